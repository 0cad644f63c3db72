package org.recoveryoutcomes.engine.render.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfGState;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import org.recoveryoutcomes.engine.render.Disclosure;

/**
 * Draws what every page carries: as pagination artifacts outside the structure tree, the running header (from
 * page 2) and the footer with "Page x of y"; on a working copy, the NOT FOR PUBLICATION band at the top (its
 * words tagged as a paragraph, so they are read out and extracted) and a faint diagonal watermark over the
 * content (an artifact).
 */
final class PageDecorator extends PdfPageEventHelper {

    private static final PdfName PAGINATION = new PdfName("Pagination");
    private static final PdfName WATERMARK = new PdfName("Watermark");

    private final ReportRenderer report;
    private final Integer totalPages;

    /** @param totalPages the page count from the first pass, or {@code null} during it */
    PageDecorator(ReportRenderer report, Integer totalPages) {
        this.report = report;
        this.totalPages = totalPages;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        int page = writer.getPageNumber();
        Theme theme = report.theme;
        PdfContentByte cb = writer.getDirectContent();
        float width = Flow.PAGE.getWidth();
        float height = Flow.PAGE.getHeight();
        Flow.artifact(cb, PAGINATION, () -> {
            cb.saveState();
            cb.setColorStroke(Theme.RULE);
            cb.setLineWidth(0.5f);
            cb.moveTo(Flow.LEFT, 46);
            cb.lineTo(Flow.RIGHT, 46);
            cb.stroke();
            cb.restoreState();
            String left = report.template.title() + "  \u00b7  " + report.subject.name() + "  \u00b7  "
                    + report.metrics.period().label();
            ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase(left, theme.note), Flow.LEFT, 34, 0);
            String of = "Page " + page + " of " + (totalPages == null ? "00" : totalPages);
            ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT, new Phrase(of, theme.note), Flow.RIGHT, 34, 0);
            if (page > 1) {
                ColumnText.showTextAligned(cb, Element.ALIGN_LEFT,
                        new Phrase(report.organisation(), theme.font(true, 7.5f, Theme.ACCENT)), Flow.LEFT,
                        height - 48, 0);
                ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT, new Phrase(report.title(), theme.note),
                        Flow.RIGHT, height - 48, 0);
                cb.saveState();
                cb.setColorStroke(Theme.RULE);
                cb.setLineWidth(0.5f);
                cb.moveTo(Flow.LEFT, height - 55);
                cb.lineTo(Flow.RIGHT, height - 55);
                cb.stroke();
                cb.restoreState();
            }
            if (report.options.notForPublication()) {
                cb.saveState();
                cb.setColorFill(Theme.WARNING);
                cb.rectangle(0, height - 24, width, 24);
                cb.fill();
                cb.restoreState();
            }
        });
        if (report.options.notForPublication()) {
            // The warning itself is content, not decoration: tagged, so a screen reader announces it on every
            // page and text extraction finds it.
            PdfStructureElement warning = new PdfStructureElement(report.structureRoot(), PdfName.P);
            cb.beginMarkedContentSequence(warning);
            ColumnText.showTextAligned(cb, Element.ALIGN_CENTER, new Phrase(Disclosure.NOT_FOR_PUBLICATION
                    + "  \u00b7  working copy: small numbers are not hidden", theme.whiteBold), width / 2,
                    height - 16, 0);
            cb.endMarkedContentSequence();
        }
        if (report.options.notForPublication()) {
            // Over the content, faint: table cells have white backgrounds that would hide it underneath.
            PdfContentByte under = writer.getDirectContent();
            Flow.artifact(under, WATERMARK, () -> {
                under.saveState();
                PdfGState faint = new PdfGState();
                faint.setFillOpacity(0.07f);
                under.setGState(faint);
                ColumnText.showTextAligned(under, Element.ALIGN_CENTER, new Phrase(Disclosure.NOT_FOR_PUBLICATION,
                        theme.font(true, 58f, new Color(0x1E, 0x24, 0x2A))), width / 2, height / 2 - 20, 52);
                under.restoreState();
            });
        }
    }
}
