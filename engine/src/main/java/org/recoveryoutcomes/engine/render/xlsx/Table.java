package org.recoveryoutcomes.engine.render.xlsx;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One tidy table: a header row and one row per observation. Cells are {@link Datum}s or {@code null} for
 * blank; every row has one cell per header.
 *
 * @param wrap the columns whose long text wraps (definitions, explanations) instead of running on
 */
record Table(List<String> headers, List<Datum[]> rows, Set<Integer> wrap) {

    Table {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
        wrap = Set.copyOf(wrap);
        for (Datum[] row : rows) {
            if (row.length != headers.size()) {
                throw new IllegalArgumentException("a row has " + row.length + " cells for " + headers.size()
                        + " headers");
            }
        }
    }

    Table(List<String> headers, List<Datum[]> rows) {
        this(headers, rows, Set.of());
    }

    /** The index of the column with this header, or -1. */
    int column(String header) {
        return headers.indexOf(header);
    }

    /** True when any cell is hidden by disclosure control. */
    boolean hasMasked() {
        return rows.stream().flatMap(java.util.Arrays::stream).anyMatch(d -> d instanceof Datum.Masked);
    }

    /** The cell at (row, column), or {@code null}. */
    Datum cell(int row, int column) {
        return rows.get(row)[column];
    }

    /** True when any row holds this value in this column. */
    boolean anyEquals(int column, Datum value) {
        return rows.stream().anyMatch(r -> Objects.equals(r[column], value));
    }
}
