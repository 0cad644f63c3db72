package org.recoveryoutcomes.engine.io.table;

import java.util.List;
import java.util.Objects;

/**
 * One input file as read, before anything is checked: the header cells and the data rows, each cell a string as
 * written ({@code ""} for an empty cell). This class is immutable.
 *
 * @param file the file's name, e.g. {@code contacts.csv}, used in every message
 * @param headerRow the row of the header as a spreadsheet numbers it (1 unless blank lines precede it)
 * @param header the header cells as written; empty for an empty file
 * @param rows the data rows in file order
 * @param blankRows the rows after the header that were blank (see {@link #isBlank}), skipped and counted
 */
public record RawTable(String file, int headerRow, List<String> header, List<RawRow> rows, long blankRows) {

    /** A table without blank rows. */
    public RawTable(String file, int headerRow, List<String> header, List<RawRow> rows) {
        this(file, headerRow, header, rows, 0);
    }

    public RawTable {
        Objects.requireNonNull(file, "file");
        header = header.stream().map(c -> c == null ? "" : c).toList();
        rows = List.copyOf(rows);
    }

    /**
     * True when every cell is empty or blank: such a row holds nothing and is not a row (a blank line in a CSV
     * file, {@code ,,,} left by a spreadsheet, a formatted but empty workbook row).
     */
    public static boolean isBlank(List<String> cells) {
        for (String c : cells) {
            if (c != null && !c.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** True when the file held nothing at all: no header and no rows. */
    public boolean isEmpty() {
        return header.isEmpty() && rows.isEmpty();
    }
}
