package org.recoveryoutcomes.engine.io.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recoveryoutcomes.engine.model.ReportException;

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

    @Test
    void neverWritesThroughALinkPlantedAtATemporaryName() throws IOException {
        Path victim = Files.writeString(dir.resolve("victim.txt"), "precious");
        Path report = dir.resolve("metrics.json");
        // The names an earlier version used, predictable from the pid and thread id
        for (long thread = 0; thread < 64; thread++) {
            Files.createSymbolicLink(dir.resolve(".metrics.json." + ProcessHandle.current().pid() + "." + thread
                    + ".part"), victim);
        }

        AtomicFiles.write(report, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));

        assertThat(Files.readString(victim)).isEqualTo("precious");
        assertThat(Files.isSymbolicLink(report)).isFalse();
        assertThat(Files.readString(report)).isEqualTo("new");
    }

    @Test
    void temporaryNamesAreUnpredictable() {
        assertThat(AtomicFiles.temporaryName("metrics.json"))
                .matches("\\.metrics\\.json\\.[0-9]+\\.[0-9a-f]{16}\\.part")
                .isNotEqualTo(AtomicFiles.temporaryName("metrics.json"));
    }

    @Test
    void refusesAFinalNameThatIsASymbolicLinkAndLeavesItsTargetAlone() throws IOException {
        Path victim = Files.writeString(dir.resolve("victim.txt"), "precious");
        Path report = Files.createSymbolicLink(dir.resolve("metrics.json"), victim);

        assertThatThrownBy(() -> AtomicFiles.write(report, out -> out.write('1')))
                .isInstanceOf(ReportException.class)
                .hasMessage("cannot write " + report + ": it is a symbolic link, and reports are never written "
                        + "through a link; remove the link, or choose another output folder")
                .extracting(e -> ((ReportException) e).kind()).isEqualTo(ReportException.Kind.OUTPUT);
        assertThat(Files.readString(victim)).isEqualTo("precious");
        assertThat(Files.isSymbolicLink(report)).isTrue();
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactlyInAnyOrder(victim, report);
        }
    }

    @Test
    void removesTheStaleTemporaryFilesOfEndedRunsAndNothingElse() throws IOException {
        long ended = ProcessHandle.current().pid() + 1_000_000_000L; // no such process
        Path stale = Files.writeString(dir.resolve(".metrics.json." + ended + ".0123456789abcdef.part"), "half");
        Path oldStyle = Files.writeString(dir.resolve(".report.pdf." + ended + ".1.part"), "half");
        Path victim = Files.writeString(dir.resolve("victim.txt"), "precious");
        Path staleLink = Files.createSymbolicLink(dir.resolve(".a.xlsx." + ended + ".ff.part"), victim);
        Path running = Files.writeString(dir.resolve(".metrics.json." + ProcessHandle.current().pid()
                + ".00.part"), "being written");
        Path other = Files.writeString(dir.resolve("notes.part"), "mine");

        assertThat(AtomicFiles.removeStale(dir)).containsExactlyInAnyOrder(stale, oldStyle, staleLink);

        try (var files = Files.list(dir)) {
            assertThat(files).containsExactlyInAnyOrder(victim, running, other);
        }
        assertThat(Files.readString(victim)).isEqualTo("precious");
    }
}
