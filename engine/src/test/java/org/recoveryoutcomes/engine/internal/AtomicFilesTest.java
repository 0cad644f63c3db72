package org.recoveryoutcomes.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recoveryoutcomes.engine.api.ReportException;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void aFailureMidWriteLeavesTheEarlierReportIntactAndNoTemporaryFile() throws IOException {
        Path report = dir.resolve("report.pdf");
        AtomicFiles.write(report, out -> out.write("good".getBytes(StandardCharsets.UTF_8)));

        assertThatThrownBy(() -> AtomicFiles.write(report, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).isInstanceOf(ReportException.class)
                .hasMessageStartingWith("cannot write " + report + ": io disk full");

        assertThat(Files.readString(report)).isEqualTo("good");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(report);
        }
    }

    @Test
    void aReportIsReadableByOthersLikeAnyFileTheUserMakes() throws IOException {
        Path f = dir.resolve("report.pdf");
        AtomicFiles.write(f, out -> out.write('1'));
        Path plain = Files.writeString(dir.resolve("plain.txt"), "x");
        assertThat(Files.getPosixFilePermissions(f)).isEqualTo(Files.getPosixFilePermissions(plain));
    }

    @Test
    void replacesTheEarlierFileWhenComplete() throws IOException {
        Path f = dir.resolve("sub/metrics.json");
        AtomicFiles.write(f, out -> out.write('1'));
        AtomicFiles.write(f, out -> out.write('2'));
        assertThat(Files.readString(f)).isEqualTo("2");
    }
}
