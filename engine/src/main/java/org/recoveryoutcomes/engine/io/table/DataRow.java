package org.recoveryoutcomes.engine.io.table;

import java.util.Arrays;
import java.util.List;

/**
 * One data row as streamed from a file: its row number and line (as {@link RawRow#row()} and {@link RawRow#line()}
 * define them), its cells as written and what the reader found wrong with it. Unlike {@link RawRow} the cells are
 * not copied: a row that is kept is never materialised as a {@link RawRow}. Internal to the engine's readers.
 *
 * @param cells never null, no null cell
 * @param problem as {@link RawRow#problem()}, or {@code null}
 */
public record DataRow(int row, int line, String[] cells, RawRow.Problem problem) {

    /** A row whose line is its number (any format but CSV). */
    public DataRow(int row, String[] cells, RawRow.Problem problem) {
        this(row, row, cells, problem);
    }

    /** The cells as a list, without a copy. */
    public List<String> cellList() {
        return Arrays.asList(cells);
    }

    static DataRow of(RawRow raw) {
        return new DataRow(raw.row(), raw.line(), raw.cells().toArray(String[]::new), raw.problem());
    }
}
