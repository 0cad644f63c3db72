package org.recoveryoutcomes.engine.render.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPRow;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Lays content down the page from top to bottom and onto new pages, writing everything to the writer's direct
 * content inside marked-content sequences, so each block is tagged in the structure tree: headings as H1–H3,
 * paragraphs as P, tables as Table/TR/TH/TD (cell by cell), charts as Figure with alternative text. OpenPDF's
 * {@code Document.add} does not tag what it writes, which is why the report is laid out here instead.
 */
final class Flow {

    static final Rectangle PAGE = PageSize.A4;
    static final float MARGIN = 56.7f;
    static final float LEFT = MARGIN;
    static final float RIGHT = PAGE.getWidth() - MARGIN;
    static final float TOP = PAGE.getHeight() - 74f;
    static final float BOTTOM = 64f;
    static final float WIDTH = RIGHT - LEFT;
    /** A table up to this high is kept on one page; a longer one may start wherever two rows fit. */
    static final float KEEP_TOGETHER = 0.6f * (TOP - BOTTOM);

    static final PdfName ARTIFACT = new PdfName("Artifact");
    static final PdfName TR = new PdfName("TR");
    static final PdfName DIV = new PdfName("Div");
    static final PdfName SCOPE = new PdfName("Scope");
    static final PdfName COLUMN = new PdfName("Column");
    static final PdfName ATTRIBUTE_OWNER_TABLE = new PdfName("Table");
    static final PdfName A = new PdfName("A");
    static final PdfName O = new PdfName("O");
    static final PdfName ROW = new PdfName("Row");
    static final PdfName COLSPAN = new PdfName("ColSpan");
    static final PdfName ROWSPAN = new PdfName("RowSpan");

    final Document document;
    final PdfWriter writer;
    final PdfContentByte cb;
    private float y = TOP;

    Flow(Document document, PdfWriter writer) {
        this.document = document;
        this.writer = writer;
        this.cb = writer.getDirectContent();
    }

    float y() {
        return y;
    }

    void y(float value) {
        y = value;
    }

    int page() {
        return writer.getPageNumber();
    }

    /** Space left on this page. */
    float room() {
        return y - BOTTOM;
    }

    boolean atTop() {
        return y >= TOP - 0.01f;
    }

    void newPage() {
        // An empty page would be skipped by OpenPDF; a page always has its header and footer, so say so.
        writer.setPageEmpty(false);
        document.newPage();
        y = TOP;
    }

    /** Starts a new page unless {@code height} still fits on this one. */
    void ensure(float height) {
        if (height > room() && !atTop()) {
            newPage();
        }
    }

    /** Vertical space; never carried over to the top of a new page. */
    void gap(float height) {
        y -= height;
        if (y < BOTTOM) {
            newPage();
        }
    }

    /** A child element of {@code parent} with {@code role}. */
    static PdfStructureElement tag(PdfStructureElement parent, PdfName role) {
        return new PdfStructureElement(parent, role);
    }

    /** The height an element takes across the full text width. */
    float height(Element e) {
        return height(e, LEFT, RIGHT);
    }

    float height(Element e, float left, float right) {
        try {
            ColumnText ct = new ColumnText(cb);
            ct.addElement(e);
            ct.setSimpleColumn(left, -100_000f, right, 0f);
            ct.go(true);
            return -ct.getYLine();
        } catch (DocumentException ex) {
            throw new IllegalStateException("cannot measure a block of text", ex);
        }
    }

    /** Writes a text element under {@code parent} as a new element of {@code role}, across pages as needed. */
    PdfStructureElement text(Element e, PdfStructureElement parent, PdfName role) {
        PdfStructureElement s = tag(parent, role);
        // OpenPDF drops the space where it wraps a line, so text read from the page runs the last word of one
        // line into the first of the next; the element's ActualText gives assistive technology the words as
        // written.
        if (e instanceof com.lowagie.text.Phrase p && !p.getContent().isBlank()) {
            s.put(PdfName.ACTUALTEXT, new PdfString(p.getContent(), PdfString.TEXT_UNICODE));
        }
        write(e, s, LEFT, RIGHT);
        return s;
    }

    /** Writes a text element tagged as {@code s} between {@code left} and {@code right}. */
    void write(Element e, PdfStructureElement s, float left, float right) {
        try {
            ColumnText ct = new ColumnText(cb);
            ct.addElement(e);
            ct.setSimpleColumn(left, BOTTOM, right, y);
            while (true) {
                cb.beginMarkedContentSequence(s);
                int status = ct.go();
                cb.endMarkedContentSequence();
                y = ct.getYLine();
                if (!ColumnText.hasMoreText(status)) {
                    break;
                }
                newPage();
                ct.setSimpleColumn(left, BOTTOM, right, y);
            }
        } catch (DocumentException ex) {
            throw new IllegalStateException("cannot lay out a block of text", ex);
        }
    }

    /**
     * Makes the area from {@code top} down to {@code bottom}, across the text width, a link to a named destination
     * on this page, as PDF/UA asks: the annotation has Contents (what a screen reader says) and a StructParent,
     * and the Link element {@code link}, whose text was just written, holds it as an OBJR beside that text.
     */
    void link(PdfStructureElement link, String destination, String contents, float top, float bottom) {
        com.lowagie.text.pdf.PdfAnnotation a = new com.lowagie.text.pdf.PdfAnnotation(writer, LEFT, bottom, RIGHT,
                top, com.lowagie.text.pdf.PdfAction.gotoLocalPage(destination, false));
        a.put(PdfName.CONTENTS, new PdfString(contents, PdfString.TEXT_UNICODE));
        a.setBorder(new com.lowagie.text.pdf.PdfBorderArray(0, 0, 0));
        int key = writer.getStructureTreeRoot().addExistingObject(link.getReference());
        a.put(PdfName.STRUCTPARENT, new com.lowagie.text.pdf.PdfNumber(key));
        writer.addAnnotation(a);
        PdfDictionary objr = new PdfDictionary(PdfName.OBJR);
        objr.put(PdfName.OBJ, a.getIndirectReference());
        objr.put(PdfName.PG, writer.getCurrentPage());
        com.lowagie.text.pdf.PdfArray kids = new com.lowagie.text.pdf.PdfArray();
        // OpenPDF keeps one marked-content id in K: the link's text, on this page.
        if (link.get(PdfName.K) != null) {
            kids.add(link.get(PdfName.K));
        }
        kids.add(objr);
        link.put(PdfName.K, kids);
    }

    /** Draws decoration (rules, bands) that carries no content: an artifact, outside the structure tree. */
    void artifact(Runnable drawing) {
        artifact(cb, null, drawing);
    }

    /** Draws on {@code canvas} as an artifact, of {@code type} (e.g. Pagination) when given. */
    static void artifact(PdfContentByte canvas, PdfName type, Runnable drawing) {
        PdfDictionary properties = new PdfDictionary();
        if (type != null) {
            properties.put(PdfName.TYPE, type);
        }
        canvas.beginMarkedContentSequence(ARTIFACT, properties, true);
        drawing.run();
        canvas.endMarkedContentSequence();
    }

    /**
     * Writes a table across the text width, row by row: each cell inside its own TH or TD marked content, the
     * header rows repeated (as artifacts) at the top of every page the table continues on. A table that fits
     * under {@link #KEEP_TOGETHER} is not split; otherwise at least the header and two rows stay together.
     */
    PdfStructureElement table(PdfPTable t, PdfStructureElement parent, String summary) {
        int headerRows = t.getHeaderRows();
        t.setTotalWidth(WIDTH);
        t.setLockedWidth(true);
        int rows = t.size();
        float header = 0;
        for (int r = 0; r < headerRows; r++) {
            header += t.getRowHeight(r);
        }
        float total = t.getTotalHeight();
        if (total <= KEEP_TOGETHER) {
            ensure(total);
        } else {
            float start = header;
            for (int r = headerRows; r < Math.min(rows, headerRows + 2); r++) {
                start += t.getRowHeight(r);
            }
            ensure(start);
        }
        PdfStructureElement table = tag(parent, PdfName.TABLE);
        if (summary != null) {
            PdfDictionary attributes = new PdfDictionary();
            attributes.put(O, ATTRIBUTE_OWNER_TABLE);
            attributes.put(new PdfName("Summary"), new PdfString(summary, PdfString.TEXT_UNICODE));
            table.put(A, attributes);
        }
        for (int r = 0; r < headerRows; r++) {
            row(t, r, tag(table, TR), true);
        }
        int lastSubheading = -1;
        for (int r = headerRows; r < rows; r++) {
            float h = t.getRowHeight(r);
            // A row that is one cell across the table heads the rows after it: keep it with the next one, and
            // repeat it under the header when its rows continue on a new page.
            PdfPCell[] cells = t.getRows().get(r).getCells();
            boolean subheading = cells.length > 1 && cells[0] != null && cells[0].getColspan() == cells.length;
            float need = subheading && r + 1 < rows ? h + t.getRowHeight(r + 1) : h;
            if (y - need < BOTTOM) {
                newPage();
                for (int k = 0; k < headerRows; k++) {
                    repeatedHeader(t, k);
                }
                if (!subheading && lastSubheading >= 0) {
                    repeatedHeader(t, lastSubheading);
                }
            }
            if (subheading) {
                lastSubheading = r;
            }
            row(t, r, tag(table, TR), false);
        }
        return table;
    }

    /**
     * Tags one row: header rows' cells as TH with Scope Column; in the body, the first cell names the row (TH with
     * Scope Row), unless the table has one column; a cell across several columns says so (ColSpan), so every row
     * has the table's number of columns.
     */
    private void row(PdfPTable t, int r, PdfStructureElement tr, boolean header) {
        PdfPRow row = t.getRows().get(r);
        PdfPCell[] cells = row.getCells();
        float[] widths = t.getAbsoluteWidths();
        float x = LEFT;
        for (int c = 0; c < cells.length; x += widths[c], c++) {
            if (cells[c] == null) {
                continue;
            }
            boolean rowHeader = !header && c == 0 && cells.length > 1;
            PdfStructureElement cell = tag(tr, header || rowHeader ? PdfName.TH : PdfName.TD);
            int span = Math.max(1, cells[c].getColspan());
            int rows = Math.max(1, cells[c].getRowspan());
            if (header || rowHeader || span > 1 || rows > 1) {
                PdfDictionary attributes = new PdfDictionary();
                attributes.put(O, ATTRIBUTE_OWNER_TABLE);
                if (header || rowHeader) {
                    attributes.put(SCOPE, header ? COLUMN : ROW);
                }
                if (span > 1) {
                    attributes.put(COLSPAN, new com.lowagie.text.pdf.PdfNumber(span));
                }
                if (rows > 1) {
                    attributes.put(ROWSPAN, new com.lowagie.text.pdf.PdfNumber(rows));
                }
                cell.put(A, attributes);
            }
            cb.beginMarkedContentSequence(cell);
            // With a column range, OpenPDF places the first column of the range at the x given.
            t.writeSelectedRows(c, c + Math.max(1, cells[c].getColspan()), r, r + 1, x, y, cb);
            cb.endMarkedContentSequence();
        }
        y -= t.getRowHeight(r);
    }

    private void repeatedHeader(PdfPTable t, int r) {
        artifact(() -> t.writeSelectedRows(0, -1, r, r + 1, LEFT, y, cb));
        y -= t.getRowHeight(r);
    }

    /**
     * Writes a table used only for layout (the headline tiles): not tagged as a table, which would make a
     * screen reader announce rows and columns of what is a grid of boxes. Each cell with content is a Div in
     * reading order, with {@code spoken[i]} as the replacement text of the i-th (the boxes' lines would
     * otherwise run together); empty spacer cells are artifacts. Never split across pages.
     */
    void layoutTable(PdfPTable t, java.util.List<String> spoken, PdfStructureElement parent) {
        t.setTotalWidth(WIDTH);
        t.setLockedWidth(true);
        ensure(t.getTotalHeight());
        PdfStructureElement group = tag(parent, DIV);
        float[] widths = t.getAbsoluteWidths();
        int next = 0;
        for (int r = 0; r < t.size(); r++) {
            PdfPCell[] cells = t.getRows().get(r).getCells();
            float x = LEFT;
            for (int c = 0; c < cells.length; x += widths[c], c++) {
                PdfPCell cell = cells[c];
                if (cell == null) {
                    continue;
                }
                int span = Math.max(1, cell.getColspan());
                boolean empty = cell.getPhrase() == null && (cell.getCompositeElements() == null
                        || cell.getCompositeElements().isEmpty());
                float left = x;
                final int row = r;
                final int column = c;
                if (empty) {
                    artifact(() -> t.writeSelectedRows(column, column + span, row, row + 1, left, y, cb));
                } else {
                    PdfStructureElement div = tag(group, DIV);
                    if (next < spoken.size()) {
                        div.put(PdfName.ACTUALTEXT, new PdfString(spoken.get(next++), PdfString.TEXT_UNICODE));
                    }
                    cb.beginMarkedContentSequence(div);
                    t.writeSelectedRows(c, c + span, r, r + 1, x, y, cb);
                    cb.endMarkedContentSequence();
                }
            }
            y -= t.getRowHeight(r);
        }
    }

    /** Places a drawing (a chart) at the left margin, tagged as a Figure with {@code alt} as its text. */
    void figure(PdfTemplate drawing, float width, float height, String alt, PdfStructureElement parent) {
        ensure(height);
        PdfStructureElement figure = tag(parent, PdfName.FIGURE);
        figure.put(PdfName.ALT, new PdfString(alt, PdfString.TEXT_UNICODE));
        cb.beginMarkedContentSequence(figure);
        cb.addTemplate(drawing, LEFT + (WIDTH - width) / 2, y - height);
        cb.endMarkedContentSequence();
        y -= height;
    }
}
