package org.recoveryoutcomes.engine.io;

/**
 * Told how far reading a data directory has got, in bytes: about every few megabytes, and once at the end with
 * {@code done == total}. The TOP file is read twice (see {@link DatasetReader}), so it counts twice in both.
 * Called on the reading thread.
 */
@FunctionalInterface
public interface ReadProgress {

    /** {@code done} of {@code total} bytes read; {@code done} never decreases. */
    void read(long done, long total);
}
