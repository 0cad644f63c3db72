package org.recoveryoutcomes.engine.render.pdf;

import com.lowagie.text.ExceptionConverter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.recoveryoutcomes.engine.render.Outline;
import org.recoveryoutcomes.engine.render.ReportContent;
import org.recoveryoutcomes.engine.render.ReportWriter;

/**
 * Writes the PDF report: A4, DejaVu Sans embedded, tagged, with a cover, contents, the template's sections and
 * the methodology and data-quality appendices.
 *
 * <p>The report is laid out twice. The first pass, thrown away, learns how many pages there are and where each
 * section starts; the second prints those numbers in the contents and in every "Page x of y". Creation date,
 * modification date, document id and font subset tags all come from the {@link ReportContent}'s options, so the
 * same content gives the same bytes. This class is stateless and thread-safe.
 */
public final class PdfReportWriter implements ReportWriter {

    public PdfReportWriter() {
    }

    @Override
    public String extension() {
        return "pdf";
    }

    @Override
    public void write(ReportContent content, OutputStream out) throws IOException {
        ReportRenderer.Pagination first;
        ReportRenderer.Pagination second;
        try {
            first = new ReportRenderer(content, null).render(OutputStream.nullOutputStream());
            second = new ReportRenderer(content, first).render(new NonClosing(out));
        } catch (ExceptionConverter e) {
            // OpenPDF wraps the stream's IOException (a full disk, a closed pipe) in an unchecked exception.
            if (e.getException() instanceof IOException io) {
                throw io;
            }
            throw new IOException("cannot write the PDF report: " + e.getMessage(), e);
        }
        if (!second.equals(first)) {
            // Layout never depends on the page numbers printed, so this would be a bug in the renderer.
            throw new IllegalStateException("the PDF's pagination changed between passes: " + first + " then "
                    + second);
        }
    }

    /**
     * The report as blocks (the same headings, sentences, tables and charts, with the same cells hidden), for a
     * flowing format such as HTML: one layout pass of the PDF, thrown away, that records what it lays out.
     */
    public static Outline outline(ReportContent content) {
        Outline.Builder b = new Outline.Builder();
        try {
            new ReportRenderer(content, null, b).render(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return b.build();
    }

    /** OpenPDF closes the stream it writes to; the caller owns {@code out}. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
