package org.recoveryoutcomes.engine.render.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import org.recoveryoutcomes.engine.render.ReportContent;
import org.recoveryoutcomes.engine.render.ReportWriter;

/** Placeholder until the xlsx branch lands. */
public final class XlsxReportWriter implements ReportWriter {

    @Override
    public String extension() {
        return "xlsx";
    }

    @Override
    public void write(ReportContent content, OutputStream out) throws IOException {
        throw new UnsupportedOperationException("TODO: xlsx helper");
    }
}
