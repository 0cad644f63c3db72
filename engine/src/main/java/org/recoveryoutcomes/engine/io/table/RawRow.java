package org.recoveryoutcomes.engine.io.table;

import java.util.List;
import java.util.Objects;

/**
 * One data row as read. This class is immutable.
 *
 * @param row the 1-based row number a user would look up, as a spreadsheet numbers it (the header is row 1): the
 *     record's number in a CSV file (blank lines count, a quoted field holding line breaks does not), the row in a
 *     workbook, the array index + 2 in a JSON array, the line number + 1 in JSON Lines
 * @param line the line of text where a CSV record starts (later than {@code row} after a quoted field holding
 *     line breaks); {@code row} in other formats
 * @param cells the cells as written, possibly fewer or more than the header
 * @param problem what the reader found wrong with the row itself (e.g. a JSON Lines line that is not JSON), or
 *     {@code null}; such a row is rejected
 */
public record RawRow(int row, int line, List<String> cells, Problem problem) {

    public RawRow {
        cells = cells.stream().map(c -> c == null ? "" : c).toList();
    }

    public RawRow(int row, List<String> cells, Problem problem) {
        this(row, row, cells, problem);
    }

    public RawRow(int row, List<String> cells) {
        this(row, row, cells, null);
    }

    /**
     * A problem with the row found while reading it.
     *
     * @param column the column concerned as written, or {@code null} for the whole row
     * @param kind the issue kind, e.g. {@code bad_json}
     * @param reason the message after {@code file:row: column: }
     */
    public record Problem(String column, String kind, String reason) {

        public Problem {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
