package org.recoveryoutcomes.engine.io;

import java.nio.file.Path;

/**
 * Reads one file of a data directory into a {@link RawTable}: its header cells and each data row's cells as
 * written, with the row number a user would look up. A reader knows a format (CSV, XLSX, JSON), never what the
 * columns mean: that is {@link DatasetReader}'s job.
 *
 * <p>Implementations are stateless and may be shared between threads. They are chosen from one explicit map keyed
 * by file extension inside {@link DatasetReader}; they never register themselves.
 */
public interface TableReader {

    /**
     * Reads {@code file}. Completely blank rows are not rows. An empty file gives a table without header and rows.
     *
     * @throws org.recoveryoutcomes.engine.api.ReportException of kind INPUT when the file cannot be read at all
     *     (not found, not valid UTF-8, broken quoting, not a workbook, not JSON)
     */
    RawTable read(Path file);
}
