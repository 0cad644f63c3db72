package org.recoveryoutcomes.engine.io;

import java.util.List;
import org.recoveryoutcomes.engine.model.Dataset;
import org.recoveryoutcomes.engine.model.RecordIssue;

/**
 * The result of reading a data directory: accepted rows in the dataset, every rejected row kept for
 * quarantine, and the problems found.
 *
 * @param issues problems in file and row order, capped (see {@code issueCount} for the total)
 * @param issueCount all problems found
 */
public record ReadResult(Dataset dataset, List<RejectedRow> rejected, List<RecordIssue> issues, long issueCount) {

    /** At most this many issues are kept in {@link #issues()}; {@link #issueCount()} counts them all. */
    public static final int MAX_ISSUES = 1000;

    public ReadResult {
        rejected = List.copyOf(rejected);
        issues = List.copyOf(issues);
    }
}
