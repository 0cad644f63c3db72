package org.recoveryoutcomes.engine.io;

import java.util.List;
import org.recoveryoutcomes.engine.io.table.RejectedRow;
import org.recoveryoutcomes.engine.model.Dataset;
import org.recoveryoutcomes.engine.model.RecordIssue;

/**
 * The result of reading a data directory: accepted rows in the dataset, every rejected row kept for
 * quarantine, and the problems found.
 *
 * @param issues problems in file and row order, capped (see {@code issueCount} for the total)
 * @param issueCount all problems found
 * @param byKind the report of each file read, by our name of the file ({@code contacts})
 */
public record ReadResult(Dataset dataset, List<RejectedRow> rejected, List<RecordIssue> issues, long issueCount,
                         java.util.Map<String, org.recoveryoutcomes.engine.model.FileReport> byKind) {

    /** At most this many issues are kept in {@link #issues()}; {@link #issueCount()} counts them all. */
    public static final int MAX_ISSUES = 1000;

    public ReadResult {
        rejected = List.copyOf(rejected);
        issues = List.copyOf(issues);
        byKind = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byKind));
    }

    /** A result whose files are not told apart by kind. */
    public ReadResult(Dataset dataset, List<RejectedRow> rejected, List<RecordIssue> issues, long issueCount) {
        this(dataset, rejected, issues, issueCount, java.util.Map.of());
    }
}
