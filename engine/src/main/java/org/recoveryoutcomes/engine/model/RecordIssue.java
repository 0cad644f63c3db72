package org.recoveryoutcomes.engine.model;

import java.util.Objects;

/**
 * A problem found in one input row. An {@link Severity#ERROR} rejects the row (it goes to quarantine); a
 * {@link Severity#WARNING} keeps it. This class is immutable.
 *
 * <p>{@code message()} is the full line shown to users, e.g. {@code top.csv:118: psych_health: 24 is outside 0–20}.
 *
 * @param location the file and row, or {@code null} for a problem of a whole file
 * @param column the column concerned, or {@code null}
 * @param kind a short stable key for counting problems by reason, e.g. {@code out_of_range}
 * @param message the complete message, location first
 */
public record RecordIssue(SourceLocation location, String column, Severity severity, String kind, String message) {

    public RecordIssue {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }
}
