package org.recoveryoutcomes.engine.render.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPRow;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;
import org.recoveryoutcomes.engine.render.Outline;

/**
 * Turns what the PDF lays out into {@link Outline} blocks: a table's cells as text (what the page shows), a chart
 * as SVG drawn by the same JFreeChart code that draws it into the PDF.
 */
final class Transcribe {

    private Transcribe() {
    }

    static Outline.Table table(int number, String caption, PdfPTable t, List<String> notes) {
        List<Outline.Row> rows = new ArrayList<>();
        for (PdfPRow row : t.getRows()) {
            List<Outline.Cell> cells = new ArrayList<>();
            for (PdfPCell c : row.getCells()) {
                if (c != null) {
                    // Projects are indented under their borough by a wider left padding.
                    cells.add(new Outline.Cell(text(c), c.getHorizontalAlignment() == Element.ALIGN_RIGHT,
                            Math.max(1, c.getColspan()), Math.max(1, c.getRowspan()), c.getPaddingLeft() > 10));
                }
            }
            rows.add(new Outline.Row(cells));
        }
        return new Outline.Table(number, caption, t.getHeaderRows(), rows, notes);
    }

    /** The text a cell shows: its phrase, or its paragraphs one after another. */
    static String text(PdfPCell c) {
        if (c.getPhrase() != null) {
            return c.getPhrase().getContent().strip();
        }
        List<String> parts = new ArrayList<>();
        if (c.getCompositeElements() != null) {
            for (Object e : c.getCompositeElements()) {
                if (e instanceof Phrase p && !p.getContent().isBlank()) {
                    parts.add(p.getContent().strip());
                }
            }
        }
        return String.join(" ", parts);
    }

    /**
     * The chart drawn at {@code width} by {@code height} points as an SVG element that scales to its container.
     * Every id it defines starts with {@code idPrefix}, so several charts can share a page; coordinates are
     * rounded to two decimals, so the same chart gives the same text.
     */
    static String svg(JFreeChart chart, float width, float height, String idPrefix) {
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        g2.setDefsKeyPrefix(idPrefix);
        g2.setGeomDoubleConverter(Transcribe::decimal);
        g2.setTransformDoubleConverter(Transcribe::decimal);
        // Text as outlines of the same DejaVu glyphs the PDF embeds: the labels were placed by those glyphs'
        // widths, so a browser's substitute font would overrun them. The chart's words are in its title and in
        // the table of its figures, which is what assistive technology reads.
        g2.setRenderingHint(org.jfree.svg.SVGHints.KEY_DRAW_STRING_TYPE,
                org.jfree.svg.SVGHints.VALUE_DRAW_STRING_TYPE_VECTOR);
        chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        g2.dispose();
        return g2.getSVGElement(null, false, new ViewBox(0, 0, width, height), null, null);
    }

    private static String decimal(double d) {
        if (!Double.isFinite(d)) {
            return "0";
        }
        return BigDecimal.valueOf(d).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
