package org.recoveryoutcomes.engine.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A structured episode of engagement. This class is immutable.
 *
 * @param end {@code null} while the episode is open
 * @param exitReason {@code null} when not given
 */
public record Episode(String clientId, String projectId, LocalDate start, LocalDate end, ExitReason exitReason,
                      SourceLocation source) {

    public Episode {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(start, "start");
    }

    /** True when the episode ended with a successful completion. */
    public boolean endedSuccessfully() {
        return end != null && exitReason != null && exitReason.isSuccessful();
    }

    /** True when the episode was open on at least one day of {@code [from, to]}. */
    public boolean openDuring(LocalDate from, LocalDate to) {
        return !start.isAfter(to) && (end == null || !end.isBefore(from));
    }
}
