package org.recoveryoutcomes.engine.render.pdf;

import java.io.IOException;
import java.io.OutputStream;
import org.recoveryoutcomes.engine.render.ReportContent;
import org.recoveryoutcomes.engine.render.ReportWriter;

/** Placeholder until the pdf branch lands. */
public final class PdfReportWriter implements ReportWriter {

    @Override
    public String extension() {
        return "pdf";
    }

    @Override
    public void write(ReportContent content, OutputStream out) throws IOException {
        throw new UnsupportedOperationException("TODO: pdf helper");
    }
}
