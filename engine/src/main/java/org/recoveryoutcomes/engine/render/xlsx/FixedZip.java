package org.recoveryoutcomes.engine.render.xlsx;

import java.io.ByteArrayInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a zip (the .xlsx POI wrote) with every entry stamped with one fixed time, in the same order with
 * the same content. POI stamps entries with the clock, which would make two runs differ in bytes.
 */
final class FixedZip {

    /**
     * Not 1980-01-01 00:00 itself: java.util.zip reads that DOS time as "before 1980" and then adds an extended
     * timestamp computed in the JVM's time zone.
     */
    private static final LocalDateTime EARLIEST = LocalDateTime.of(1980, 1, 2, 0, 0);
    private static final LocalDateTime LATEST = LocalDateTime.of(2107, 12, 31, 0, 0);

    private FixedZip() {
    }

    /**
     * Copies {@code zip} to {@code out} with every entry's time set to {@code time} (clamped to the range a
     * zip's DOS time holds, so no time-zone-dependent extra field is ever written). Does not close {@code out}.
     */
    static void rewrite(byte[] zip, LocalDateTime time, OutputStream out) throws IOException {
        LocalDateTime stamp = time.isBefore(EARLIEST) ? EARLIEST : time.isAfter(LATEST) ? LATEST : time;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream z = new ZipOutputStream(new FilterOutputStream(out) {
                 @Override
                 public void write(byte[] b, int off, int len) throws IOException {
                     out.write(b, off, len);
                 }

                 @Override
                 public void close() throws IOException {
                     flush(); // the caller owns out
                 }
             })) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTimeLocal(stamp);
                z.putNextEntry(copy);
                in.transferTo(z);
                z.closeEntry();
            }
        }
    }
}
