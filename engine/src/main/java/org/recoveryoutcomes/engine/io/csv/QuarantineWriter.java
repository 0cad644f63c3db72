package org.recoveryoutcomes.engine.io.csv;

import java.nio.file.Path;
import java.util.List;
import org.recoveryoutcomes.engine.io.RejectedRow;

/**
 * Writes rejected rows to {@code <dir>/quarantine/<base name>.csv}: the original header plus {@code _row} and
 * {@code _reason}, each row's cells unchanged.
 */
public final class QuarantineWriter {

    private QuarantineWriter() {
    }

    /** Writes one file per input file that had rejections; returns the files written, sorted by name. */
    public static List<Path> write(Path outDir, List<RejectedRow> rows) {
        throw new UnsupportedOperationException("TODO: io helper");
    }
}
