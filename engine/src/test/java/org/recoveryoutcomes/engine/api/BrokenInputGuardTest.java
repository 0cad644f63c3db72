package org.recoveryoutcomes.engine.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recoveryoutcomes.engine.model.ReportException;

/**
 * Never a plausible report from broken input: each wrong turn of issue 14 on the Lamplight-style export stops
 * {@code report} with an INPUT error that says what to fix, and the overrides go on with a data-quality banner.
 */
class BrokenInputGuardTest {

    @TempDir
    Path temp;

    Path copy() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("export"));
        try (Stream<Path> files = Files.list(LamplightExportTest.EXPORT)) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        return dir;
    }

    ReportRequest.Builder report(Path dir) {
        return ReportRequest.builder().dataDir(dir).outDir(temp.resolve("out")).outputs(Set.of(OutputFormat.JSON));
    }

    static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }

    @Test
    void stopsWhenNoContactIsAccepted() throws IOException {
        Path dir = copy();
        // the contacts' project names are no longer mapped to ids: every contact names an unknown project
        edit(dir.resolve("mapping.json"), "\"project_id\": {\"Café Recovery\": \"CAF\", \"Hope Street\": \"HOP\", "
                + "\"Riverside Mentors\": \"RIV\"},", "");

        assertThatThrownBy(() -> ReportEngine.run(report(dir).acceptRejections(true).build()))
                .isInstanceOfSatisfying(ReportException.class,
                        e -> assertThat(e.kind()).isEqualTo(ReportException.Kind.INPUT))
                .hasMessage("Contact log.csv: none of its 18 rows was accepted (18 unknown_project); fix them at "
                        + "source or in the mapping — outcomes validate lists each row — and run again");
        assertThat(temp.resolve("out/metrics.json")).doesNotExist();
    }

    @Test
    void stopsWhenTheContactsAreOnlyAHeader() throws IOException {
        Path dir = copy();
        Files.write(dir.resolve("Contact log.csv"), ("\uFEFFContact ID,Client Ref,Project,Date of Contact,"
                + "Contact Type,Attendance,Notes\r\n").getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> ReportEngine.run(report(dir).build()))
                .hasMessage("Contact log.csv: the file holds no data rows (at most a header), so there is no "
                        + "contacts to report on; export the contacts again with their rows");
    }

    @Test
    void stopsWhenAFileRejectsMoreThanTheShareAllowedAndGoesOnWithABannerWhenAccepted() throws IOException {
        Path dir = copy();
        // a TOP stage the mapping does not know: every TOP row is rejected, and the report would have no outcomes
        edit(dir.resolve("mapping.json"), "\"S\": \"start\", ", "");

        assertThatThrownBy(() -> ReportEngine.run(report(dir).build()))
                .isInstanceOfSatisfying(ReportException.class,
                        e -> assertThat(e.kind()).isEqualTo(ReportException.Kind.INPUT))
                .hasMessage("TOP outcomes.xlsx: 3 of 6 rows (50%) were rejected (3 bad_code), more than the 10% "
                        + "allowed (max_rejected_share); fix the rows (outcomes validate lists them), or pass "
                        + "--accept-rejections to report on the rest with a data-quality warning");

        RunResult r = ReportEngine.run(report(dir).acceptRejections(true).outputs(Set.of(OutputFormat.PDF)).build());
        assertThat(pdfText(r.written())).contains("DATA-QUALITY WARNING: TOP outcomes.xlsx: 3 of 6 rows (50%) were "
                + "rejected (3 bad_code)");
    }

    @Test
    void theShareOfRejectedRowsAllowedIsASetting() throws IOException {
        Path dir = copy();
        edit(dir.resolve("mapping.json"), "\"S\": \"start\", ", "");
        Path settings = temp.resolve("settings.json");
        Files.writeString(settings, "{\"max_rejected_share\": 0.5}");

        RunResult r = ReportEngine.run(report(dir).settingsFile(settings).build());

        assertThat(r.metrics()).isNotNull();
    }

    @Test
    void stopsWhenThePeriodRunsPastTheDataAndNamesItsRange() throws IOException {
        assertThatThrownBy(() -> ReportEngine.run(report(LamplightExportTest.EXPORT).period("2026/27-Q2").build()))
                .isInstanceOfSatisfying(ReportException.class,
                        e -> assertThat(e.kind()).isEqualTo(ReportException.Kind.INPUT))
                .hasMessage("the period 2026/27-Q2 (2026-07-01 to 2026-09-30) runs past the data's last date: the "
                        + "data runs from 2026-04-02 to 2026-06-30; choose a period inside it, or pass "
                        + "--allow-partial-period to report on the part covered with a data-quality warning");
        assertThatThrownBy(() -> ReportEngine.run(report(LamplightExportTest.EXPORT).period("2025/26-Q4").build()))
                .hasMessageStartingWith("the period 2025/26-Q4 (2026-01-01 to 2026-03-31) starts before the data's "
                        + "first date: the data runs from 2026-04-02 to 2026-06-30");
    }

    @Test
    void aPartialPeriodGoesOnWithABannerWhenAllowed() throws IOException {
        RunResult r = ReportEngine.run(report(LamplightExportTest.EXPORT).period("2026-04-01..2026-07-31")
                .allowPartialPeriod(true).outputs(Set.of(OutputFormat.PDF)).build());

        assertThat(pdfText(r.written())).contains("DATA-QUALITY WARNING: the period 2026-04-01..2026-07-31");
    }

    @Test
    void asOfSetsDataAsAtAndCoversThePeriodUpToIt() throws IOException {
        RunResult r = ReportEngine.run(report(LamplightExportTest.EXPORT).period("2026-04-01..2026-07-31")
                .asOf(LocalDate.of(2026, 7, 31)).build());

        assertThat(r.metrics().dataDate()).isEqualTo(LocalDate.of(2026, 7, 31));
        assertThat(Files.readString(temp.resolve("out/metrics.json"))).contains("\"data_date\" : \"2026-07-31\"");
    }

    @Test
    void aQuietFortnightAtTheEndOfThePeriodIsNotCalledPartial() throws IOException {
        // the data's last contact is 30 June; a period to 14 July is within the days allowed without contacts
        RunResult r = ReportEngine.run(report(LamplightExportTest.EXPORT).period("2026-04-01..2026-07-14").build());

        assertThat(r.metrics()).isNotNull();
    }

    static String pdfText(java.util.List<Path> written) throws IOException {
        Path pdf = written.stream().filter(p -> p.toString().endsWith(".pdf")).findFirst().orElseThrow();
        StringBuilder sb = new StringBuilder();
        try (PdfReader reader = new PdfReader(Files.readAllBytes(pdf))) {
            PdfTextExtractor x = new PdfTextExtractor(reader);
            for (int page = 1; page <= Math.min(3, reader.getNumberOfPages()); page++) {
                sb.append(x.getTextFromPage(page)).append('\n');
            }
        }
        return sb.toString().replaceAll("\\s+", " ");
    }
}
