package org.recoveryoutcomes.engine.render.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class FixedZipTest {

    private static byte[] zip(long time) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            for (String name : List.of("b.xml", "a.xml")) {
                ZipEntry e = new ZipEntry(name);
                e.setTime(time);
                z.putNextEntry(e);
                z.write(("<" + name + "/>").getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void keepsEntriesInOrderWithTheirContentAndStampsThemWithOneTime() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FixedZip.rewrite(zip(1_700_000_000_000L), LocalDateTime.of(2026, 10, 3, 0, 0), out);
        List<String> seen = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                seen.add(e.getName() + "=" + new String(in.readAllBytes(), StandardCharsets.UTF_8) + "@"
                        + e.getTimeLocal());
            }
        }
        assertThat(seen).containsExactly("b.xml=<b.xml/>@2026-10-03T00:00", "a.xml=<a.xml/>@2026-10-03T00:00");
    }

    @Test
    void givesTheSameBytesWhateverTimesTheInputHad() throws IOException {
        ByteArrayOutputStream one = new ByteArrayOutputStream();
        ByteArrayOutputStream two = new ByteArrayOutputStream();
        FixedZip.rewrite(zip(1_700_000_000_000L), LocalDateTime.of(2026, 10, 3, 0, 0), one);
        FixedZip.rewrite(zip(1_000_000_000_000L), LocalDateTime.of(2026, 10, 3, 0, 0), two);
        assertThat(one.toByteArray()).isEqualTo(two.toByteArray());
    }

    @Test
    void clampsADateBeforeNineteenEightyToOneAZipHoldsWithoutATimeZone() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FixedZip.rewrite(zip(0L), LocalDateTime.of(1975, 6, 1, 0, 0), out);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            ZipEntry e = in.getNextEntry();
            assertThat(e.getTimeLocal()).isEqualTo(LocalDateTime.of(1980, 1, 2, 0, 0));
            assertThat(e.getExtra()).isNull();
        }
    }

    @Test
    void leavesTheCallersStreamOpen() throws IOException {
        boolean[] closed = {false};
        OutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        FixedZip.rewrite(zip(0L), LocalDateTime.of(2026, 10, 3, 0, 0), out);
        assertThat(closed[0]).isFalse();
    }
}
