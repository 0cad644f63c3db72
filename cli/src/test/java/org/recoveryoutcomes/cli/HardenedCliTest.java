package org.recoveryoutcomes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the command line says about hostile files and faults: one line, the right exit code. */
class HardenedCliTest {

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @TempDir
    Path temp;

    int run(String... args) {
        return ReportCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    private Path data(String contactsTail) throws IOException {
        Path d = Files.createDirectories(temp.resolve("data"));
        Files.writeString(d.resolve("projects.csv"), "project_id,name,borough,service_type\n"
                + "BAT,Battling,Ealing,peer_aftercare\n");
        Files.writeString(d.resolve("contacts.csv"), "contact_id,client_id,project_id,contact_date,contact_type\n"
                + "C1,P1,BAT,2026-04-01,drop_in\nC2,P2,BAT,2026-05-01,group\nC3,P1,BAT,2026-06-30,one_to_one\n"
                + contactsTail);
        return d;
    }

    @Test
    void aDamagedWorkbookGivesOneErrorLineAndNoLibraryStackTrace() throws Exception {
        // POI logs the XML parser's stack trace on this workbook (a fuzzing finding): only Main's set-up silences it,
        // so the command runs in a JVM of its own, as a user runs it
        Path d = Files.createDirectories(temp.resolve("data"));
        for (String f : new String[] {"projects.csv", "contacts.xlsx"}) {
            try (var in = getClass().getResourceAsStream("/hostile-logging/" + f)) {
                Files.copy(in, d.resolve(f));
            }
        }
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "validate", "--data", d.toString(),
                "--quiet").redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String stderr = new String(p.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);

        assertThat(p.waitFor()).isEqualTo(3);
        assertThat(stderr).isEqualTo("error: contacts.xlsx: the file cannot be read as an Excel workbook (OOXML file "
                + "structure broken/invalid - no core document found!); save it from Excel as .xlsx, or as CSV UTF-8"
                + System.lineSeparator());
    }

    @Test
    void validateCountsBlankRowsSoThatEveryRowReadIsAccountedFor() throws IOException {
        Path d = data(",".repeat(1_000_000) + "\n");

        assertThat(run("validate", "--data", d.toString())).isZero();

        assertThat(out.toString()).contains("  contacts.csv: 1 blank row skipped (rows read 4 = 3 accepted + 0 "
                + "quarantined + 1 blank)" + System.lineSeparator());
    }

    @Test
    void reportSaysHowManyBlankRowsItSkipped() throws IOException {
        Path d = data("\n,,,,\n");

        assertThat(run("report", "--data", d.toString(), "--out", temp.resolve("out").toString(), "--period",
                "2026/27-Q1", "--format", "json")).isZero();

        assertThat(out.toString()).contains("  contacts.csv: 2 blank rows skipped (rows read 5 = 3 accepted + 0 "
                + "quarantined + 2 blank)" + System.lineSeparator());
    }

    @Test
    void verifySaysWhetherAFolderHoldsTheSetItsLastRunWroteAndTheNextReportWarns() throws IOException {
        Path d = data("");
        Path out = temp.resolve("out");
        assertThat(run("report", "--data", d.toString(), "--out", out.toString(), "--period", "2026/27-Q1",
                "--format", "json", "--quiet")).isZero();

        assertThat(run("verify", "--out", out.toString())).isZero();
        // metrics.json and the publication ledger
        assertThat(this.out.toString()).startsWith(out + ": all 2 files match manifest.json (run ");

        Files.writeString(out.resolve("metrics.json"), "{}");
        assertThat(run("verify", "--out", out.toString())).isEqualTo(5);
        assertThat(err.toString()).startsWith("error: " + out + ": the files do not match manifest.json (run ")
                .endsWith("): metrics.json is not the file the run wrote (its size or SHA-256 differs); a run into "
                        + "this folder was interrupted or the files were changed since" + System.lineSeparator());
        err.getBuffer().setLength(0);

        assertThat(run("report", "--data", d.toString(), "--out", out.toString(), "--period", "2026/27-Q1",
                "--format", "json", "--quiet")).isZero();
        assertThat(err.toString()).startsWith("warning: " + out + ": the files do not match manifest.json");
        err.getBuffer().setLength(0);
        assertThat(run("verify", "--out", out.toString(), "--quiet")).isZero();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aReportWhoseOutputNameIsALinkExitsFiveAndLeavesTheLinkedFileAlone() throws IOException {
        Path d = data("");
        Path out = Files.createDirectories(temp.resolve("out"));
        Path victim = Files.writeString(temp.resolve("victim.txt"), "precious");
        Files.createSymbolicLink(out.resolve("metrics.json"), victim);

        assertThat(run("report", "--data", d.toString(), "--out", out.toString(), "--period", "2026/27-Q1",
                "--quiet")).isEqualTo(5);

        assertThat(err.toString()).isEqualTo("error: cannot write " + out.resolve("metrics.json") + ": it is a "
                + "symbolic link, and reports are never written through a link; remove the link, or choose another "
                + "output folder" + System.lineSeparator());
        assertThat(victim).hasContent("precious");
    }
}
