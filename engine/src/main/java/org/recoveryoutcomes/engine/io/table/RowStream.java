package org.recoveryoutcomes.engine.io.table;

import java.util.Iterator;
import java.util.List;

/**
 * A file opened for reading row by row: its header is read when it is opened, its data rows (blank rows
 * skipped) one at a time by {@link #next()}. Internal to the engine's readers: public only because they live in
 * sub-packages.
 */
public interface RowStream extends AutoCloseable {

    /** The file's name, e.g. {@code contacts.csv}. */
    String file();

    /** The row of the header as a spreadsheet numbers it (1 unless blank or title rows precede it). */
    int headerRow();

    /**
     * The line of text where the header starts: later than {@link #headerRow()} only in a CSV file with a quoted
     * field holding line breaks above the header.
     */
    default int headerLine() {
        return headerRow();
    }

    /** The header cells as written; empty for an empty file. */
    List<String> header();

    /**
     * The next data row, or {@code null} after the last.
     *
     * @throws org.recoveryoutcomes.engine.model.ReportException of kind INPUT when the rest of the file cannot be read
     */
    DataRow next();

    /** How many bytes of the file have been read so far (an estimate for progress, never more than its size). */
    long bytesRead();

    /**
     * How the file's encoding was chosen, when the user should hear it (detected; a byte order mark overrode the
     * encoding given), or null.
     */
    default String encodingNote() {
        return null;
    }

    /**
     * The blank rows after the header skipped so far (a blank line, {@code ,,,}, an empty object, an empty
     * workbook row): never data, but counted so that rows read = accepted + quarantined + blank.
     */
    default long blankRows() {
        return 0;
    }

    /** True when the file held nothing at all: no header and no rows. */
    default boolean isEmpty() {
        return header().isEmpty();
    }

    @Override
    void close();

    /** The rows of a table read whole. */
    static RowStream of(RawTable table, long size) {
        Iterator<RawRow> rows = table.rows().iterator();
        return new RowStream() {
            private long read;

            @Override
            public String file() {
                return table.file();
            }

            @Override
            public int headerRow() {
                return table.headerRow();
            }

            @Override
            public List<String> header() {
                return table.header();
            }

            @Override
            public DataRow next() {
                if (!rows.hasNext()) {
                    read = size;
                    return null;
                }
                return DataRow.of(rows.next());
            }

            @Override
            public long bytesRead() {
                return read;
            }

            @Override
            public boolean isEmpty() {
                return table.isEmpty();
            }

            @Override
            public long blankRows() {
                return table.blankRows();
            }

            @Override
            public void close() {
            }
        };
    }
}
