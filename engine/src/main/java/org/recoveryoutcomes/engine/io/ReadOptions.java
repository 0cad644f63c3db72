package org.recoveryoutcomes.engine.io;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * How to read a data directory.
 *
 * @param mappingFile a column mapping file, or {@code null} to use {@code mapping.json} in the data directory
 *     when there is one
 * @param allowIdentifiers go on when a column is named like a direct identifier
 * @param strict warnings reject their rows too
 * @param referenceDate the date the data was extracted: a date after it is "in the future" and rejects its row;
 *     {@code null} means no such check (dates before 1900 or after 2099 are rejected whatever this is)
 * @param encoding the character encoding of the CSV and JSON files, or {@code null} for UTF-8 (with or without a
 *     byte order mark); workbooks carry their own
 */
public record ReadOptions(Path mappingFile, boolean allowIdentifiers, boolean strict, LocalDate referenceDate,
                          Charset encoding) {

    public static final ReadOptions DEFAULTS = new ReadOptions(null, false, false, null, null);

    /** Options reading text as UTF-8. */
    public ReadOptions(Path mappingFile, boolean allowIdentifiers, boolean strict, LocalDate referenceDate) {
        this(mappingFile, allowIdentifiers, strict, referenceDate, null);
    }
}
