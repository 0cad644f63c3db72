package org.recoveryoutcomes.engine.render;

import java.io.IOException;
import java.io.OutputStream;

/** Renders a report in one format. Implementations are stateless and safe to share. */
public interface ReportWriter {

    /** The file extension without the dot: {@code xlsx}, {@code pdf}. */
    String extension();

    /** Writes the whole report to {@code out}; does not close it. Same content, same bytes. */
    void write(ReportContent content, OutputStream out) throws IOException;
}
