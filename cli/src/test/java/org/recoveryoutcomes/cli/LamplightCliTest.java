package org.recoveryoutcomes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The wrong turns of issue 14, on the command line, with the Lamplight-style export of the engine's tests
 * ({@code engine/src/test/resources/lamplight}): each ends in a clear message and a non-zero exit.
 */
class LamplightCliTest {

    static final Path EXPORT = Path.of("../engine/src/test/resources/lamplight/export");

    @TempDir
    Path temp;

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        return ReportCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    Path copy() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("export"));
        try (Stream<Path> files = Files.list(EXPORT)) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        return dir;
    }

    @Test
    void mapDraftsTheMappingThenValidateSaysWhatIsLeftAndReportRuns() throws IOException {
        Path dir = copy();
        Files.delete(dir.resolve("mapping.json"));

        assertThat(run("map", "--data", dir.toString())).isZero();
        assertThat(out.toString()).contains("file: Contact log.csv → contacts (1.00)",
                "undecided: Client details.csv: Referred By: 'Café staff' (1 rows) is no referral_source code we know",
                "wrote " + dir.resolve("mapping.json"),
                "1 things to decide: replace each \"?\" in the draft, then run: outcomes validate --data " + dir);

        out.getBuffer().setLength(0);
        assertThat(run("validate", "--data", dir.toString())).isZero();
        assertThat(out.toString()).contains("warning: mapping.json: clients.codes.referral_source: 'Café staff' is "
                + "still undecided");
        assertThat(run("report", "--data", dir.toString(), "--out", temp.resolve("out").toString(), "-f", "json"))
                .isZero();
    }

    @Test
    void theExportGivesAReport() {
        assertThat(run("report", "--data", EXPORT.toString(), "--out", temp.resolve("out").toString(), "-f", "json"))
                .isZero();
        assertThat(out.toString()).contains("Period 2026/27-Q1 (2026-04-01 to 2026-06-30)");
        // the disclosure audit's one line, right after the files written
        assertThat(out.toString().strip()).matches("(?s).*\nwrote .*publication-ledger\\.json\n"
                + "disclosure audit: [0-9,]+ hidden figures \\([0-9,]+ small numbers, [0-9,]+ to protect them"
                + "(, [0-9,]+ statistics of hidden figures)?\\), each with a range of at least 5 given everything "
                + "published; none recoverable(\n.*)?");
    }

    @Test
    void noAcceptedContactIsExitThreeAndIsPrintedEvenWhenQuiet() throws IOException {
        Path dir = copy();
        Path mapping = dir.resolve("mapping.json");
        Files.writeString(mapping, Files.readString(mapping, StandardCharsets.UTF_8).replace("\"Café Recovery\": "
                + "\"CAF\", \"Hope Street\": \"HOP\", \"Riverside Mentors\": \"RIV\"", ""), StandardCharsets.UTF_8);

        assertThat(run("report", "--data", dir.toString(), "--out", temp.resolve("out").toString(), "-q"))
                .isEqualTo(3);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).startsWith("error: Contact log.csv: none of its 18 rows was accepted (18 "
                + "unknown_project)");
    }

    @Test
    void aPeriodPastTheDataIsExitThreeAndAllowedOnRequest() {
        String[] args = {"report", "--data", EXPORT.toString(), "--out", temp.resolve("out").toString(), "-f", "json",
            "--period", "2026/27-Q2"};
        assertThat(run(args)).isEqualTo(3);
        assertThat(err.toString()).startsWith("error: the period 2026/27-Q2 (2026-07-01 to 2026-09-30) runs past the "
                + "data's last date: the data runs from 2026-04-02 to 2026-06-30");

        String[] allowed = java.util.Arrays.copyOf(args, args.length + 1);
        allowed[args.length] = "--allow-partial-period";
        assertThat(run(allowed)).isZero();
    }

    @Test
    void aPeriodOutsideTheYearsDataCanHoldIsBadUsage() {
        assertThat(run("report", "--data", EXPORT.toString(), "--period", "2150/51-Q1", "-q")).isEqualTo(2);
        assertThat(err.toString()).startsWith("--period '2150/51-Q1' lies outside the years 1900–2099 that "
                + "data can hold; check the year, e.g. 2026/27-Q2");
    }

    @Test
    void asOfTakesTheDatesFormatsAsTheDataDoes() {
        assertThat(run("report", "--data", EXPORT.toString(), "--out", temp.resolve("out").toString(), "-f", "json",
                "--as-of", "31/07/2026", "--period", "2026-04-01..2026-07-31")).isZero();
        assertThat(run("report", "--data", EXPORT.toString(), "--as-of", "31.07.2026", "-q")).isEqualTo(4);
        assertThat(err.toString()).startsWith("error: --as-of '31.07.2026' is not a date; write it as yyyy-MM-dd or "
                + "dd/MM/yyyy");
    }
}
