package org.recoveryoutcomes.engine.render.xlsx;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.IgnoredErrorType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.recoveryoutcomes.engine.render.Disclosure;
import org.recoveryoutcomes.engine.render.RenderOptions;

/**
 * Lays out a sheet: a few lines of notes above one tidy table (a NOT FOR PUBLICATION banner first when
 * suppression is off, the title, the section's text, the disclosure footnote when a cell is hidden), then a
 * blank row, the header row with frozen panes below it and an auto-filter over the table.
 */
final class SheetWriter {

    /** Widest column, in characters, for text that runs on. */
    static final int MAX_WIDTH = 50;
    /** Width, in characters, of columns that wrap long text. */
    static final int WRAP_WIDTH = 60;
    /** Narrowest column, so a filter button never covers a short header. */
    static final int MIN_WIDTH = 8;
    /** Height in points of one line of 11-point text. */
    static final float LINE_POINTS = 15f;
    /** Characters of column width one landscape A4 page prints readably. */
    static final int PAGE_CHARS = 220;
    /** Excel's tallest row, in points. */
    static final float MAX_ROW_POINTS = 409f;
    /** Longest text in a page header section: Excel allows 255 characters for the whole header. */
    static final int MAX_HEADER_CHARS = 100;

    private final XSSFWorkbook workbook;
    private final Styles styles;
    private final RenderOptions options;
    private final String reportTitle;

    SheetWriter(XSSFWorkbook workbook, Styles styles, RenderOptions options, String reportTitle) {
        this.workbook = workbook;
        this.styles = styles;
        this.options = options;
        this.reportTitle = reportTitle;
    }

    /** A new sheet with its page set up for printing: A4 landscape, one page wide, running header and footer. */
    XSSFSheet newSheet(String name) {
        XSSFSheet sheet = workbook.createSheet(name);
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.getHeader().setLeft(escapeHeader(reportTitle));
        if (options.notForPublication()) {
            sheet.getHeader().setCenter(Disclosure.NOT_FOR_PUBLICATION);
            sheet.getFooter().setLeft(Disclosure.NOT_FOR_PUBLICATION);
        }
        sheet.getHeader().setRight("&A");
        sheet.getFooter().setCenter("Page &P of &N");
        return sheet;
    }

    /**
     * Writes the notes and the table.
     *
     * @param title the sheet's heading
     * @param notes lines of explanation under the title, one cell each
     */
    Placed write(XSSFSheet sheet, String title, List<String> notes, Table table) {
        int r = writeNotes(sheet, title, notes, table.hasMasked());
        r++; // one blank row, so the table is a region of its own (Ctrl+A, pivot tables)
        int headerRow = r;
        List<String> headers = table.headers();
        int[] widths = new int[headers.size()];
        XSSFRow hr = sheet.createRow(headerRow);
        for (int c = 0; c < headers.size(); c++) {
            XSSFCell cell = hr.createCell(c);
            cell.setCellValue(headers.get(c));
            cell.setCellStyle(styles.get(Styles.Role.HEADER, null, false, false));
            widths[c] = headers.get(c).length();
        }
        for (int i = 0; i < table.rows().size(); i++) {
            Datum[] row = table.rows().get(i);
            XSSFRow xr = sheet.createRow(headerRow + 1 + i);
            for (int c = 0; c < row.length; c++) {
                widths[c] = Math.max(widths[c], Datum.displayLength(row[c]));
            }
        }
        int total = 0;
        for (int c = 0; c < widths.length; c++) {
            int chars = table.wrap().contains(c) ? Math.min(widths[c], WRAP_WIDTH) : Math.min(widths[c], MAX_WIDTH);
            widths[c] = Math.max(MIN_WIDTH, chars + 2);
            sheet.setColumnWidth(c, widths[c] * 256);
            total += widths[c];
        }
        // Printed, a wide table spreads over as many pages across as keep its text readable.
        sheet.getPrintSetup().setFitWidth((short) Math.max(1, (total + PAGE_CHARS - 1) / PAGE_CHARS));
        for (int i = 0; i < table.rows().size(); i++) {
            Datum[] row = table.rows().get(i);
            XSSFRow xr = sheet.getRow(headerRow + 1 + i);
            int lines = 1;
            for (int c = 0; c < row.length; c++) {
                boolean wrap = table.wrap().contains(c);
                put(xr, c, row[c], wrap);
                if (wrap && row[c] instanceof Datum.Text t) {
                    lines = Math.max(lines, wrappedLines(t.text(), widths[c] - 2));
                }
            }
            if (lines > 1) {
                xr.setHeightInPoints(Math.min(MAX_ROW_POINTS, lines * LINE_POINTS));
            }
        }
        int lastRow = headerRow + Math.max(table.rows().size(), 0);
        sheet.createFreezePane(0, headerRow + 1);
        sheet.setAutoFilter(new CellRangeAddress(headerRow, lastRow, 0, headers.size() - 1));
        // Codes such as a project id "0042" are text on purpose: no green "number stored as text" triangles.
        sheet.addIgnoredErrors(new CellRangeAddress(headerRow, lastRow, 0, headers.size() - 1),
                IgnoredErrorType.NUMBER_STORED_AS_TEXT);
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        return new Placed(sheet, table, headerRow, headerRow + 1);
    }

    /**
     * A sheet of text only (narrative, a section with nothing to show): the text in the first cell of the
     * first row, wrapped in a wide column; after the banner row when suppression is off.
     */
    void writeText(XSSFSheet sheet, String text) {
        int r = 0;
        if (options.notForPublication()) {
            putNote(sheet, r++, Disclosure.NOT_FOR_PUBLICATION, Styles.Role.BANNER);
        }
        int width = 100;
        sheet.setColumnWidth(0, (width + 2) * 256);
        XSSFRow row = sheet.createRow(r);
        XSSFCell cell = row.createCell(0);
        setText(cell, text, Styles.Role.BODY, true);
        row.setHeightInPoints(Math.min(MAX_ROW_POINTS, wrappedLines(text, width) * LINE_POINTS));
    }

    private int writeNotes(XSSFSheet sheet, String title, List<String> notes, boolean masked) {
        int r = 0;
        if (options.notForPublication()) {
            putNote(sheet, r++, Disclosure.NOT_FOR_PUBLICATION
                    + ": small numbers are not hidden in this working copy.", Styles.Role.BANNER);
        }
        putNote(sheet, r++, title, Styles.Role.TITLE);
        List<String> all = new ArrayList<>(notes);
        if (masked) {
            all.add(Disclosure.FOOTNOTE);
        }
        for (String note : all) {
            putNote(sheet, r++, note, Styles.Role.NOTE); // one cell per note, running on across the empty cells
        }
        return r;
    }

    private void putNote(XSSFSheet sheet, int r, String text, Styles.Role role) {
        XSSFCell cell = sheet.createRow(r).createCell(0);
        setText(cell, text, role, false);
    }

    private void put(XSSFRow row, int c, Datum d, boolean wrap) {
        if (d == null) {
            return;
        }
        XSSFCell cell = row.createCell(c);
        if (d instanceof Datum.Text t) {
            setText(cell, t.text(), Styles.Role.BODY, wrap);
        } else if (d instanceof Datum.Num n) {
            cell.setCellValue(n.value());
            cell.setCellStyle(styles.get(Styles.Role.BODY, n.format(), false, false));
        } else if (d instanceof Datum.Day day) {
            cell.setCellValue(day.date());
            cell.setCellStyle(styles.get(Styles.Role.BODY, Formats.DATE, false, false));
        } else {
            cell.setCellValue(Disclosure.MASK);
            cell.setCellStyle(styles.get(Styles.Role.MASK, null, false, false));
        }
    }

    /**
     * Writes text so that no spreadsheet evaluates it: a string cell always, and a quote prefix when it
     * starts with a character that would begin a formula if the cell were edited and re-entered.
     */
    void setText(XSSFCell cell, String text, Styles.Role role, boolean wrap) {
        cell.setCellValue(text);
        cell.setCellStyle(styles.get(role, null, looksLikeFormula(text), wrap));
    }

    /** True for text starting with {@code = + - @}, a tab or a carriage return (or their full-width forms). */
    static boolean looksLikeFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r'
                || c == '\uFF1D' || c == '\uFF0B' || c == '\uFF0D' || c == '\uFF20';
    }

    /** Splits text into lines of at most {@code width} characters at spaces (a longer word stands alone). */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                if (line.length() > 0) {
                    line.append(' ');
                }
                line.append(word);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /**
     * The lines wrapped text takes in a column {@code width} characters wide. A column's width is counted in
     * digit widths and average text is narrower, so about a tenth more characters fit than the width says.
     */
    static int wrappedLines(String text, int width) {
        return wrap(text, Math.max(1, width * 11 / 10)).size();
    }

    /**
     * Text for a page header: at most {@link #MAX_HEADER_CHARS} characters, and {@code &} (which starts a
     * code there) written twice.
     */
    static String escapeHeader(String text) {
        String t = text.length() > MAX_HEADER_CHARS ? text.substring(0, MAX_HEADER_CHARS - 1) + "\u2026" : text;
        return t.replace("&", "&&");
    }
}
