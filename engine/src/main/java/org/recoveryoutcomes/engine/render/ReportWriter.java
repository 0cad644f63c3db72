package org.recoveryoutcomes.engine.render;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Renders a report in one format. Implementations are stateless and safe to share.
 *
 * <p>Most formats write one file per report ({@link Scope#REPORT}: the workbook, the PDF, the HTML page of one
 * focus). {@code metrics.json} writes one file per run ({@link Scope#RUN}): every figure the run publishes, for
 * every group, from the content of the whole publication.
 */
public interface ReportWriter {

    /** How many files a writer writes in a run. */
    enum Scope {
        /** One file per report: the report on its focus. */
        REPORT,
        /** One file per run, whatever the focuses: every figure the run publishes. */
        RUN
    }

    /** The file extension without the dot: {@code xlsx}, {@code pdf}. */
    String extension();

    /** One file per report (the default), or one per run. */
    default Scope scope() {
        return Scope.REPORT;
    }

    /**
     * The name of the file this writer writes for a report whose files are named {@code base}
     * ({@code report-quarterly-monitoring-2026-27-Q2}): {@code base.extension()}, unless the writer's file has a
     * name of its own (a {@link Scope#RUN} writer's).
     */
    default String fileName(String base) {
        return base + "." + extension();
    }

    /** Writes the whole report to {@code out}; does not close it. Same content, same bytes. */
    void write(ReportContent content, OutputStream out) throws IOException;
}
