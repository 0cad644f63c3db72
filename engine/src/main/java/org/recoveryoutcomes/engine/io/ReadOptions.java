package org.recoveryoutcomes.engine.io;

import java.nio.file.Path;

/**
 * How to read a data directory.
 *
 * @param mappingFile a column mapping file, or {@code null} to use {@code mapping.json} in the data directory
 *     when there is one
 * @param allowIdentifiers go on when a column is named like a direct identifier
 * @param strict warnings reject their rows too
 * @param referenceDate the latest date a record may carry (dates after it are "in the future"); {@code null}
 *     means no such check
 */
public record ReadOptions(Path mappingFile, boolean allowIdentifiers, boolean strict,
                          java.time.LocalDate referenceDate) {

    public static final ReadOptions DEFAULTS = new ReadOptions(null, false, false, null);
}
