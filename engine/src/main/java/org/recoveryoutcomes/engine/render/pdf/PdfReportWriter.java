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
 * section starts, and records the report as blocks for the HTML page ({@link #outline}); the second prints those
 * numbers in the contents and in every "Page x of y". Creation date,
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
            first = firstPass(content).pagination();
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
     * flowing format such as HTML: what the PDF's first layout pass records as it lays the report out. The pass is
     * made once per content, whichever of the PDF and the HTML page asks first.
     */
    public static Outline outline(ReportContent content) {
        return firstPass(content).outline();
    }

    /** The first layout pass, thrown away: where the pages break, and the report as blocks. */
    private record FirstPass(ReportRenderer.Pagination pagination, Outline outline) {
    }

    /** The content's first layout pass, made on the first call and shared by the PDF and the HTML page. */
    private static FirstPass firstPass(ReportContent content) {
        return content.shared(FirstPass.class, () -> {
            Outline.Builder b = new Outline.Builder();
            try {
                ReportRenderer.Pagination p = new ReportRenderer(content, null, b)
                        .render(OutputStream.nullOutputStream());
                return new FirstPass(p, b.build());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
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
