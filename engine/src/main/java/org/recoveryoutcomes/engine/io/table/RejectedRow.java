package org.recoveryoutcomes.engine.io.table;

import java.util.List;
import java.util.Objects;

/**
 * A rejected input row, kept unchanged for the quarantine file.
 *
 * @param file the input file's name, e.g. {@code top.csv}
 * @param header the file's header cells as they were written
 * @param cells the row's cells as they were written (possibly fewer or more than the header)
 * @param row the 1-based row number, as a spreadsheet numbers it (header = 1)
 * @param line the line of text where the row starts ({@code row} but after a CSV field holding line breaks)
 * @param reason every error message of the row, joined with "; "
 */
public record RejectedRow(String file, List<String> header, List<String> cells, int row, int line, String reason) {

    public RejectedRow {
        Objects.requireNonNull(file, "file");
        header = List.copyOf(header);
        cells = cells.stream().map(c -> c == null ? "" : c).toList();
        Objects.requireNonNull(reason, "reason");
    }

    /** A row whose line is its number. */
    public RejectedRow(String file, List<String> header, List<String> cells, int row, String reason) {
        this(file, header, cells, row, row, reason);
    }
}
