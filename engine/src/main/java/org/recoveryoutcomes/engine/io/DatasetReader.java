package org.recoveryoutcomes.engine.io;

import java.nio.file.Path;

/**
 * Reads a data directory: finds each file by base name ({@code contacts.csv}, {@code contacts.xlsx},
 * {@code contacts.json}, {@code contacts.jsonl}), parses it, validates every field and cross-reference,
 * and returns accepted rows as records and rejected rows unchanged.
 */
public final class DatasetReader {

    private DatasetReader() {
    }

    /**
     * @throws org.recoveryoutcomes.engine.api.ReportException of kind INPUT when the run cannot go on: a
     *     required file or column is missing, or a column is named like a direct identifier and
     *     {@code allowIdentifiers} is off
     */
    public static ReadResult read(Path dataDir, ReadOptions options) {
        throw new UnsupportedOperationException("TODO: io helper");
    }
}
