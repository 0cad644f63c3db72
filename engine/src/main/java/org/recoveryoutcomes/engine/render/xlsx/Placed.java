package org.recoveryoutcomes.engine.render.xlsx;

import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Where a table landed on its sheet (0-based rows and columns), for charts that refer to its cells.
 *
 * @param headerRow the header's row
 * @param firstRow the first data row, {@code headerRow + 1}
 */
record Placed(XSSFSheet sheet, Table table, int headerRow, int firstRow) {

    /** The sheet row of the table's data row {@code i}. */
    int rowOf(int i) {
        return firstRow + i;
    }

    /** The first column to the right of the table with one empty column between. */
    int columnAfter() {
        return table.headers().size() + 1;
    }
}
