package org.recoveryoutcomes.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.recoveryoutcomes.engine.api.RunResult;
import org.recoveryoutcomes.engine.model.FileReport;
import org.recoveryoutcomes.engine.model.RecordIssue;

/** Prints what a run read and wrote, for people. */
final class Summary {

    private static final int FIRST_ISSUES = 20;

    private Summary() {
    }

    /** The data-quality table: per file, rows read, accepted, quarantined, warnings; then reasons. */
    static void dataQuality(PrintWriter out, RunResult r) {
        out.printf(Locale.ROOT, "%-18s %9s %9s %11s %9s%n", "file", "rows", "accepted", "quarantined", "warnings");
        for (FileReport f : r.files()) {
            long warnings = f.warningsByKind().values().stream().mapToLong(Long::longValue).sum();
            out.printf(Locale.ROOT, "%-18s %9d %9d %11d %9d%n", f.file(), f.rows(), f.accepted(), f.quarantined(),
                    warnings);
        }
        for (FileReport f : r.files()) {
            for (Map.Entry<String, Long> e : f.quarantinedByReason().entrySet()) {
                out.printf(Locale.ROOT, "  %s: %d rejected (%s)%n", f.file(), e.getValue(), e.getKey());
            }
            for (Map.Entry<String, Long> e : f.warningsByKind().entrySet()) {
                out.printf(Locale.ROOT, "  %s: %d warnings (%s)%n", f.file(), e.getValue(), e.getKey());
            }
            blank(out, f);
        }
    }

    /** The files' blank rows, for a report run (which prints no data-quality table): nothing when there are none. */
    static void blankRows(PrintWriter out, RunResult r) {
        for (FileReport f : r.files()) {
            blank(out, f);
        }
    }

    private static void blank(PrintWriter out, FileReport f) {
        if (f.blank() > 0) {
            out.printf(Locale.ROOT, "  %s: %d blank %s skipped (rows read %d = %d accepted + %d quarantined + %d "
                    + "blank)%n", f.file(), f.blank(), f.blank() == 1 ? "row" : "rows", f.rowsRead(),
                    f.accepted(), f.quarantined(), f.blank());
        }
    }

    /** What was wrong with the output folder before the run wrote to it: on the error stream, even when quiet. */
    static void outputWarnings(PrintWriter err, RunResult r) {
        for (String w : r.outputWarnings()) {
            err.println("warning: " + w);
        }
    }

    /** The problems found: the first 20, or all (up to the engine's cap) when verbose. */
    static void issues(PrintWriter out, RunResult r, boolean verbose) {
        int shown = 0;
        for (RecordIssue i : r.issues()) {
            if (!verbose && shown == FIRST_ISSUES) {
                break;
            }
            out.println((i.severity() == org.recoveryoutcomes.engine.model.Severity.ERROR ? "rejected: " : "warning: ")
                    + i.message());
            shown++;
        }
        if (r.issueCount() > shown) {
            out.printf(Locale.ROOT, "… and %d more (%s)%n", r.issueCount() - shown,
                    verbose ? "the rest are counted above" : "--verbose shows more");
        }
    }

    static void written(PrintWriter out, RunResult r) {
        for (Path p : r.written()) {
            out.println("wrote " + p);
        }
        if (r.disclosureAudit() != null) {
            out.println(r.disclosureAudit());
        }
        if (r.quarantined() > 0) {
            boolean kept = r.written().stream().anyMatch(p -> p.getParent() != null
                    && p.getParent().getFileName().toString().equals("quarantine"));
            out.printf(Locale.ROOT, kept
                    ? "%d rows were rejected and kept unchanged, with the reason, in quarantine/%n"
                    : "%d rows were rejected; give --out DIR to keep them unchanged, with the reason, in "
                        + "DIR/quarantine/%n", r.quarantined());
        }
    }
}
