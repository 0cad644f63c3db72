package org.recoveryoutcomes.engine.io.table;

import java.nio.charset.Charset;
import java.nio.file.Path;

/**
 * Reads one file of a data directory into a {@link RawTable}: its header cells and each data row's cells as
 * written, with the row number a user would look up. A reader knows a format (CSV, XLSX, JSON), never what the
 * columns mean: that is {@link org.recoveryoutcomes.engine.io.DatasetReader}'s job.
 *
 * <p>Implementations are stateless and may be shared between threads. They are chosen from one explicit map keyed
 * by file extension inside {@link org.recoveryoutcomes.engine.io.DatasetReader}; they never register themselves.
 */
public interface TableReader {

    /**
     * Reads {@code file}. Completely blank rows are not rows. An empty file gives a table without header and rows.
     *
     * @param encoding the character encoding of a text format, or {@code null} for UTF-8 with or without a byte
     *     order mark; formats that carry their own (workbooks) ignore it
     * @throws org.recoveryoutcomes.engine.model.ReportException of kind INPUT when the file cannot be read at all
     *     (not found, not text, not in the encoding, broken quoting, not a workbook, not JSON, too large or too
     *     deeply nested to read safely)
     */
    RawTable read(Path file, Charset encoding);

    /**
     * Opens {@code file} for reading row by row: the header is read now, the rows as they are asked for. A
     * format read whole (a workbook, JSON) reads the whole file here; CSV streams.
     *
     * @throws org.recoveryoutcomes.engine.model.ReportException as {@link #read(Path, Charset)}, for the part of the
     *     file read so far
     */
    default RowStream open(Path file, Charset encoding) {
        RawTable table = read(file, encoding);
        long size;
        try {
            size = java.nio.file.Files.size(file);
        } catch (java.io.IOException e) {
            size = 0;
        }
        return RowStream.of(table, size);
    }

    /** Reads {@code file}, text being UTF-8. */
    default RawTable read(Path file) {
        return read(file, null);
    }
}
