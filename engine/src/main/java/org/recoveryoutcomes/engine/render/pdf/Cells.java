package org.recoveryoutcomes.engine.render.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import java.util.List;
import org.recoveryoutcomes.engine.model.GroupLevel;
import org.recoveryoutcomes.engine.model.GroupResult;

/** Table cells in the report's style: accent header row, tinted sub-headings, zebra rows, numbers right-aligned. */
final class Cells {

    private final Theme theme;
    private final boolean indentProjects;

    /** @param groups the report's groups: projects are indented under their borough when boroughs are shown */
    Cells(Theme theme, List<GroupResult> groups) {
        this.theme = theme;
        this.indentProjects = groups.stream().anyMatch(g -> g.level() == GroupLevel.BOROUGH);
    }

    PdfPCell head(String text, boolean number) {
        PdfPCell c = new PdfPCell(new Phrase(9, text, theme.tableHead));
        c.setBackgroundColor(Theme.ACCENT);
        c.setBorder(Rectangle.NO_BORDER);
        c.setHorizontalAlignment(ReportRenderer.align(number));
        c.setVerticalAlignment(Element.ALIGN_BOTTOM);
        c.setPaddingTop(4);
        c.setPaddingBottom(5);
        c.setPaddingLeft(4);
        c.setPaddingRight(4);
        return c;
    }

    PdfPCell band(String text, int colspan) {
        PdfPCell c = new PdfPCell(new Phrase(9.5f, text, theme.font(true, 8f, Theme.ACCENT)));
        c.setColspan(colspan);
        c.setBackgroundColor(Theme.TINT);
        c.setBorder(Rectangle.NO_BORDER);
        c.setPaddingTop(4);
        c.setPaddingBottom(4.5f);
        c.setPaddingLeft(4);
        return c;
    }

    PdfPCell cell(String text, boolean number, boolean zebra) {
        return cell(text, number, zebra, theme.cell);
    }

    PdfPCell cell(String text, boolean number, boolean zebra, Font font) {
        PdfPCell c = new PdfPCell(new Phrase(9, text, font));
        c.setHorizontalAlignment(ReportRenderer.align(number));
        style(c, zebra);
        return c;
    }

    PdfPCell phraseCell(Phrase p, boolean zebra) {
        PdfPCell c = new PdfPCell(p);
        style(c, zebra);
        c.setPaddingTop(4);
        c.setPaddingBottom(5);
        return c;
    }

    void style(PdfPCell c, boolean zebra) {
        c.setBackgroundColor(zebra ? Theme.ZEBRA : java.awt.Color.WHITE);
        c.setBorder(Rectangle.BOTTOM);
        c.setBorderColorBottom(Theme.RULE);
        c.setBorderWidthBottom(0.3f);
        c.setVerticalAlignment(Element.ALIGN_MIDDLE);
        c.setPaddingTop(3);
        c.setPaddingBottom(4);
        c.setPaddingLeft(4);
        c.setPaddingRight(4);
    }

    PdfPCell groupCell(GroupResult g, boolean zebra) {
        Font f = g.level() == GroupLevel.PROJECT ? theme.cell : theme.cellBold;
        PdfPCell c = cell(g.name(), false, zebra, f);
        if (g.level() == GroupLevel.PROJECT && indentProjects) {
            c.setPaddingLeft(13);
        }
        return c;
    }
}
