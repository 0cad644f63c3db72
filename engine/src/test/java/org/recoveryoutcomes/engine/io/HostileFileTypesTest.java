package org.recoveryoutcomes.engine.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.recoveryoutcomes.engine.internal.SettingsReader;
import org.recoveryoutcomes.engine.internal.TemplateReader;
import org.recoveryoutcomes.engine.io.InputFiles;
import org.recoveryoutcomes.engine.model.ReportException;

/**
 * Files that are not regular files, or too large, are named for what they are: they never hang a run, exhaust its
 * memory, or pass for a missing file.
 */
@Timeout(60)
class HostileFileTypesTest {

    @TempDir
    Path temp;

    private static final String PROJECTS = "project_id,name,borough,service_type\nBAT,Battling,Ealing,arts\n";
    private static final String CONTACTS =
            "contact_id,client_id,project_id,contact_date,contact_type\nC1,P1,BAT,2026-04-01,group\n";

    private Path data() throws IOException {
        Path d = Files.createTempDirectory(temp, "data");
        Files.writeString(d.resolve("projects.csv"), PROJECTS, StandardCharsets.UTF_8);
        Files.writeString(d.resolve("contacts.csv"), CONTACTS, StandardCharsets.UTF_8);
        return d;
    }

    static Path fifo(Path at) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("mkfifo", at.toString()).redirectErrorStream(true).start();
        assumeThat(p.waitFor()).as("mkfifo").isZero();
        return at;
    }

    private static ReportException readFails(Path dir) {
        try {
            DatasetReader.read(dir, ReadOptions.DEFAULTS);
        } catch (ReportException e) {
            return e;
        }
        throw new AssertionError("the reading did not stop");
    }

    @Test
    void namesADanglingLinkAsSuchNotAsAMissingFile() throws IOException {
        Path d = data();
        Files.delete(d.resolve("contacts.csv"));
        Files.createSymbolicLink(d.resolve("contacts.csv"), d.resolve("gone.csv"));

        ReportException e = readFails(d);

        assertThat(e.kind()).isEqualTo(ReportException.Kind.INPUT);
        assertThat(e).hasMessage("contacts.csv: it is a symbolic link to " + d.resolve("gone.csv") + ", which does "
                + "not exist; put the exported file itself in the data directory under this name");
    }

    @Test
    void namesALinkLoop() throws IOException {
        Path d = data();
        Files.delete(d.resolve("contacts.csv"));
        Files.createSymbolicLink(d.resolve("contacts.csv"), d.resolve("contacts.csv"));

        assertThat(readFails(d)).hasMessage("contacts.csv: it is a symbolic link that leads round in a loop; put the "
                + "exported file itself in the data directory under this name");
    }

    @Test
    void namesANamedPipeAndDoesNotWaitForIt() throws Exception {
        Path d = data();
        Files.delete(d.resolve("contacts.csv"));
        fifo(d.resolve("contacts.csv"));

        assertThat(readFails(d)).hasMessage("contacts.csv: it is a named pipe (FIFO), not a regular file; put the "
                + "exported file itself in the data directory under this name");
    }

    @Test
    void anOptionalFileThatIsThereButUnreadableStopsTheRunRatherThanDroppingEveryOutcome() throws IOException {
        Path d = data();
        Files.createSymbolicLink(d.resolve("top.csv"), d.resolve("top-export.csv"));

        ReportException e = readFails(d);

        assertThat(e.kind()).isEqualTo(ReportException.Kind.INPUT);
        assertThat(e).hasMessage("top.csv: it is a symbolic link to " + d.resolve("top-export.csv") + ", which does "
                + "not exist; put the exported file itself in the data directory under this name");
    }

    @Test
    void aDataFileLinkedToADeviceIsRefused() throws IOException {
        Path d = data();
        Files.createSymbolicLink(d.resolve("clients.csv"), Path.of("/dev/zero"));

        assertThat(readFails(d)).hasMessage("clients.csv: it is a character device, not a regular file; put the "
                + "exported file itself in the data directory under this name");
    }

    @Test
    void aLinkToARegularFileIsReadAsTheFile() throws IOException {
        Path d = data();
        Path elsewhere = Files.writeString(temp.resolve("contacts-export.csv"), CONTACTS);
        Files.delete(d.resolve("contacts.csv"));
        Files.createSymbolicLink(d.resolve("contacts.csv"), elsewhere);

        assertThat(DatasetReader.read(d, ReadOptions.DEFAULTS).dataset().contacts().size()).isEqualTo(1);
    }

    @Test
    void settingsOnANamedPipeStopAtOnceWithAOneLineError() throws Exception {
        Path pipe = fifo(temp.resolve("settings.json"));

        assertThatThrownBy(() -> SettingsReader.read(pipe))
                .isInstanceOfSatisfying(ReportException.class,
                        e -> assertThat(e.kind()).isEqualTo(ReportException.Kind.CONFIG))
                .hasMessage("cannot read settings file " + pipe + ": it is a named pipe (FIFO), not a regular file");
    }

    @Test
    void settingsOnDevZeroStopAtOnceRatherThanRunningOutOfMemory() {
        long start = System.nanoTime();
        assertThatThrownBy(() -> SettingsReader.read(Path.of("/dev/zero")))
                .hasMessage("cannot read settings file /dev/zero: it is a character device, not a regular file");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aSettingsFileOverAMegabyteIsRefused() throws IOException {
        Path big = temp.resolve("settings.json");
        Files.write(big, new byte[(int) InputFiles.MAX_CONFIG_BYTES + 1]);

        assertThatThrownBy(() -> SettingsReader.read(big))
                .hasMessage("cannot read settings file " + big + ": the file is too large (1.0 MB; at most 1 MB is "
                        + "read)");
    }

    @Test
    void aTemplateOrMappingOnAPipeOrDeviceIsRefused() throws Exception {
        Path pipe = fifo(temp.resolve("template.json"));
        assertThatThrownBy(() -> TemplateReader.resolve(pipe.toString()))
                .hasMessage("cannot read template " + pipe + ": it is a named pipe (FIFO), not a regular file");

        Path d = data();
        Files.createSymbolicLink(d.resolve("mapping.json"), Path.of("/dev/zero"));
        assertThatThrownBy(() -> DatasetReader.read(d, ReadOptions.DEFAULTS))
                .isInstanceOfSatisfying(ReportException.class,
                        e -> assertThat(e.kind()).isEqualTo(ReportException.Kind.CONFIG))
                .hasMessage("mapping.json: the mapping file cannot be read: it is a character device, not a regular "
                        + "file");
    }
}
