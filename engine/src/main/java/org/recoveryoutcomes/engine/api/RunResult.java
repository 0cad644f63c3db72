package org.recoveryoutcomes.engine.api;

import java.nio.file.Path;
import java.util.List;
import org.recoveryoutcomes.engine.model.FileReport;
import org.recoveryoutcomes.engine.model.MetricsResult;
import org.recoveryoutcomes.engine.model.RecordIssue;
import org.recoveryoutcomes.engine.model.Severity;

/**
 * What a run did. This class is immutable.
 *
 * @param metrics the computed metrics, or {@code null} for a validate-only run
 * @param files what was read from each input file
 * @param issues the problems found, in file and row order (at most {@link #MAX_ISSUES}; {@code issueCount}
 *     has the true total)
 * @param issueCount how many problems were found in all
 * @param written the files written, in the order written; a report run then writes {@code manifest.json} beside
 *     them, last, listing them (quarantine files aside)
 * @param outputWarnings what was wrong with the output folder before the run wrote to it (its files did not
 *     match its manifest), one line each; empty when nothing was
 * @param disclosureAudit the disclosure audit of the reports written (its one line), or {@code null} when no
 *     report or metrics.json was published
 */
public record RunResult(MetricsResult metrics, List<FileReport> files, List<RecordIssue> issues, long issueCount,
                        List<Path> written, List<String> outputWarnings, String disclosureAudit) {

    /** A result with no output warnings and no disclosure audit (nothing published). */
    public RunResult(MetricsResult metrics, List<FileReport> files, List<RecordIssue> issues, long issueCount,
                     List<Path> written) {
        this(metrics, files, issues, issueCount, written, List.of(), null);
    }

    /** At most this many issues are kept in memory; the counts in {@link FileReport} cover all of them. */
    public static final int MAX_ISSUES = org.recoveryoutcomes.engine.io.ReadResult.MAX_ISSUES;

    public RunResult {
        files = List.copyOf(files);
        issues = List.copyOf(issues);
        written = List.copyOf(written);
        outputWarnings = List.copyOf(outputWarnings);
    }

    /** What reading gave besides the records: kept while the records themselves are let go. */
    record Reading(List<FileReport> files, List<RecordIssue> issues, long issueCount) {
    }

    /** Rows rejected over all files. */
    public long quarantined() {
        return files.stream().mapToLong(FileReport::quarantined).sum();
    }

    /** Warnings over all files. */
    public long warnings() {
        return files.stream().flatMap(f -> f.warningsByKind().values().stream()).mapToLong(Long::longValue).sum();
    }

    /** True when some row was rejected. */
    public boolean hasErrors() {
        return issues.stream().anyMatch(i -> i.severity() == Severity.ERROR) || quarantined() > 0;
    }
}
