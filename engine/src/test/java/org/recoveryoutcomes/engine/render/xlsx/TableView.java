package org.recoveryoutcomes.engine.render.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Reads a sheet's table back the way an analyst would: the header row is the row above the frozen pane, and
 * cells are found by header and by the values of identifying columns.
 */
final class TableView {

    final XSSFSheet sheet;
    final int headerRow;
    final List<String> headers = new ArrayList<>();

    TableView(XSSFSheet sheet) {
        this.sheet = sheet;
        this.headerRow = sheet.getPaneInformation().getHorizontalSplitTopRow() - 1;
        for (Cell c : sheet.getRow(headerRow)) {
            headers.add(c.getStringCellValue());
        }
    }

    /** The table's data rows, top to bottom. */
    List<Row> rows() {
        List<Row> out = new ArrayList<>();
        for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
            out.add(sheet.getRow(r));
        }
        return out;
    }

    /** The cell under {@code header} in {@code row}, or {@code null} when blank. */
    Cell cell(Row row, String header) {
        int c = headers.indexOf(header);
        if (c < 0) {
            throw new AssertionError("no column '" + header + "' in " + sheet.getSheetName() + ": " + headers);
        }
        return row.getCell(c);
    }

    /** The text under {@code header}, or {@code null}. */
    String text(Row row, String header) {
        Cell c = cell(row, header);
        return c == null || c.getCellType() != CellType.STRING ? null : c.getStringCellValue();
    }

    /** The rows whose identifying cells equal these header/value pairs. */
    List<Row> where(String... pairs) {
        List<Row> out = new ArrayList<>();
        for (Row row : rows()) {
            boolean match = true;
            for (int i = 0; i < pairs.length; i += 2) {
                match &= Objects.equals(text(row, pairs[i]), pairs[i + 1]);
            }
            if (match) {
                out.add(row);
            }
        }
        return out;
    }

    /** The one row of this metric and group (by group id). */
    Row row(String metric, String groupId) {
        List<Row> rows = where("metric", metric, "group id", groupId);
        if (rows.size() != 1) {
            throw new AssertionError(rows.size() + " rows for " + metric + "/" + groupId + " in "
                    + sheet.getSheetName());
        }
        return rows.get(0);
    }

    /** The texts of column A above the header: the sheet's title and notes. */
    List<String> notes() {
        List<String> out = new ArrayList<>();
        for (int r = 0; r < headerRow; r++) {
            Row row = sheet.getRow(r);
            if (row != null && row.getCell(0) != null) {
                out.add(row.getCell(0).getStringCellValue());
            }
        }
        return out;
    }
}
