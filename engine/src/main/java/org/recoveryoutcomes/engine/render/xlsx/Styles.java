package org.recoveryoutcomes.engine.render.xlsx;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The workbook's cell styles, made once each on first use. The cache is only looked up, never iterated,
 * so the order styles appear in the file is the order of first use: the same for the same report.
 */
final class Styles {

    /** What a cell is for. */
    enum Role {
        /** A table cell. */
        BODY,
        /** A hidden figure ({@code *}), right-aligned like the numbers around it. */
        MASK,
        /** A table's header cell. */
        HEADER,
        /** The sheet's title. */
        TITLE,
        /** NOT FOR PUBLICATION. */
        BANNER,
        /** A note above the table. */
        NOTE
    }

    private record Key(Role role, String format, boolean quote, boolean wrap) {
    }

    private final XSSFWorkbook workbook;
    private final Map<Key, XSSFCellStyle> cache = new HashMap<>();
    private XSSFFont bold;
    private XSSFFont title;
    private XSSFFont banner;
    private XSSFFont italic;

    Styles(XSSFWorkbook workbook) {
        this.workbook = workbook;
    }

    /**
     * The style for a cell.
     *
     * @param format a number format code, or {@code null} for General
     * @param quote true to make the text show exactly as typed even if it starts with {@code =} (quote prefix)
     * @param wrap true to wrap long text within the column
     */
    XSSFCellStyle get(Role role, String format, boolean quote, boolean wrap) {
        return cache.computeIfAbsent(new Key(role, format, quote, wrap), this::create);
    }

    private XSSFCellStyle create(Key key) {
        XSSFCellStyle s = workbook.createCellStyle();
        if (key.format() != null) {
            s.setDataFormat(workbook.createDataFormat().getFormat(key.format()));
        }
        s.setQuotePrefixed(key.quote());
        s.setVerticalAlignment(VerticalAlignment.TOP);
        if (key.wrap()) {
            s.setWrapText(true);
        }
        switch (key.role()) {
            case MASK -> s.setAlignment(HorizontalAlignment.RIGHT);
            case HEADER -> {
                s.setFont(bold());
                s.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
                s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                s.setBorderBottom(BorderStyle.THIN);
                s.setWrapText(key.wrap());
            }
            case TITLE -> s.setFont(title());
            case BANNER -> s.setFont(banner());
            case NOTE -> s.setFont(italic());
            case BODY -> {
                // General alignment: numbers right, text left.
            }
        }
        return s;
    }

    private XSSFFont bold() {
        if (bold == null) {
            bold = workbook.createFont();
            bold.setBold(true);
        }
        return bold;
    }

    private XSSFFont title() {
        if (title == null) {
            title = workbook.createFont();
            title.setBold(true);
            title.setFontHeightInPoints((short) 14);
        }
        return title;
    }

    private XSSFFont banner() {
        if (banner == null) {
            banner = workbook.createFont();
            banner.setBold(true);
            banner.setFontHeightInPoints((short) 14);
            banner.setColor(IndexedColors.RED.getIndex());
        }
        return banner;
    }

    private XSSFFont italic() {
        if (italic == null) {
            italic = workbook.createFont();
            italic.setItalic(true);
        }
        return italic;
    }
}
