package org.recoveryoutcomes.engine.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recoveryoutcomes.engine.model.CountValue;
import org.recoveryoutcomes.engine.model.GroupResult;
import org.recoveryoutcomes.engine.model.ProportionValue;
import org.recoveryoutcomes.engine.model.RecordIssue;

/**
 * {@code outcomes map} on the Lamplight-style export without its mapping: the draft takes each file for the right
 * one of ours, maps every header and code it can, marks the rest "?", and keeps the user's edits when run again;
 * validate then says what is still undecided, and the report from the draft gives the hand-mapped figures.
 */
class MappingDraftTest {

    @TempDir
    Path temp;

    Path raw;

    @BeforeEach
    void rawExport() throws IOException {
        raw = Files.createDirectories(temp.resolve("raw"));
        try (Stream<Path> files = Files.list(LamplightExportTest.EXPORT)) {
            for (Path f : files.filter(f -> !f.getFileName().toString().equals("mapping.json")).toList()) {
                Files.copy(f, raw.resolve(f.getFileName()));
            }
        }
    }

    JsonNode draft() throws IOException {
        return new ObjectMapper().readTree(Files.readString(raw.resolve("mapping.json"), StandardCharsets.UTF_8));
    }

    @Test
    void theDraftTakesEachFileForTheRightOneOfOursFromItsHeaders() throws IOException {
        MapResult r = ReportEngine.map(raw, raw.resolve("mapping.json"));

        assertThat(r.files()).containsExactly("Projects.xlsx → projects (1.00)", "Contact log.csv → contacts (1.00)",
                "Client details.csv → clients (1.00)", "TOP outcomes.xlsx → top (1.00)");
        JsonNode d = draft();
        assertThat(d.at("/projects/header_row").asInt()).isEqualTo(4);
        assertThat(d.at("/clients/encoding").asText()).isEqualTo("windows-1252");
        assertThat(d.at("/contacts/columns/Date of Contact").asText()).isEqualTo("contact_date");
        assertThat(d.at("/contacts/columns/Notes").isNull()).isTrue();
        assertThat(d.at("/top/columns/Alcohol: days used in past 4 weeks").asText()).isEqualTo("alcohol_days");
        assertThat(d.at("/top/columns/Psychological health status").asText()).isEqualTo("psych_health");
        assertThat(d.at("/top/_column_scores/Alcohol: days used in past 4 weeks").asDouble()).isBetween(0.8, 1.0);
    }

    @Test
    void theDraftProposesACodeForEveryValueOfACodedColumnWithItsCount() throws IOException {
        ReportEngine.map(raw, raw.resolve("mapping.json"));

        JsonNode d = draft();
        assertThat(d.at("/contacts/codes/attended/Cancelled by client").asText()).isEqualTo("cancelled");
        assertThat(d.at("/contacts/codes/attended/DNA").asText()).isEqualTo("N");
        assertThat(d.at("/contacts/_values/attended/Attended").asInt()).isEqualTo(13);
        assertThat(d.at("/contacts/codes/contact_type/1:1").asText()).isEqualTo("one_to_one");
        assertThat(d.at("/contacts/codes/project_id/Café Recovery").asText()).isEqualTo("CAF");
        assertThat(d.at("/top/codes/stage/S").asText()).isEqualTo("start");
        assertThat(d.at("/clients/codes/ethnicity/Black, Black British, Caribbean or African: Caribbean").asText())
                .isEqualTo("black");
        assertThat(d.at("/clients/codes/ethnicity/Other ethnic group: Arab").asText()).isEqualTo("other");
        assertThat(d.at("/clients/codes/sex/Prefer not to say").asText()).isEqualTo("not_stated");
        assertThat(d.at("/clients/codes/sex/Non-binary").asText()).isEqualTo("other");
        assertThat(d.at("/projects/codes/service_type/Mentoring").asText()).isEqualTo("peer_mentoring");
    }

    @Test
    void whatItCannotDecideIsMarkedAndListedAndValidateSaysSo() throws IOException {
        MapResult r = ReportEngine.map(raw, raw.resolve("mapping.json"));

        assertThat(r.undecided()).containsExactly(
                "Client details.csv: Referred By: 'Café staff' (1 rows) is no referral_source code we know");
        assertThat(draft().at("/clients/codes/referral_source/Café staff").asText()).isEqualTo("?");

        RunResult v = ReportEngine.run(ReportRequest.builder().dataDir(raw).outputs(Set.of()).build());
        assertThat(v.issues()).extracting(RecordIssue::message).contains("mapping.json: clients.codes.referral_source: "
                + "'Café staff' is still undecided (\"?\"): map it to one of our codes, or to null if it means not "
                + "recorded");
        assertThat(v.quarantined()).isZero();
    }

    @Test
    void drawingAgainKeepsTheUsersEdits() throws IOException {
        ReportEngine.map(raw, raw.resolve("mapping.json"));
        Path mapping = raw.resolve("mapping.json");
        Files.writeString(mapping, Files.readString(mapping, StandardCharsets.UTF_8)
                .replace("\"Café staff\" : \"?\"", "\"Café staff\" : \"treatment_service\"")
                .replace("\"Woman\" : \"female\"", "\"Woman\" : \"other\""), StandardCharsets.UTF_8);

        MapResult again = ReportEngine.map(raw, mapping);

        assertThat(again.undecided()).isEmpty();
        assertThat(draft().at("/clients/codes/referral_source/Café staff").asText()).isEqualTo("treatment_service");
        assertThat(draft().at("/clients/codes/sex/Woman").asText()).isEqualTo("other");
    }

    @Test
    void theReportFromTheDraftGivesTheFiguresOfTheHandWrittenMapping() throws IOException {
        ReportEngine.map(raw, raw.resolve("mapping.json"));

        RunResult r = ReportEngine.run(ReportRequest.builder().dataDir(raw).outDir(temp.resolve("out"))
                .outputs(Set.of(OutputFormat.JSON)).build());

        // The figures as computed: metrics.json withholds the DNA rate (3 of 16, a small number), so the
        // comparison with the hand-written mapping's figures is on the run's result
        GroupResult all = r.metrics().group("all");
        assertThat(((CountValue) all.metric("contacts")).count()).isEqualTo(13);
        assertThat(((ProportionValue) all.metric("did_not_attend_rate")).numerator()).isEqualTo(3);
        assertThat(((ProportionValue) all.metric("did_not_attend_rate")).denominator()).isEqualTo(16);
        JsonNode published = LamplightExportTest.group(temp.resolve("out/metrics.json"), "all");
        LamplightExportTest.shownAsOrWithheld(published.get("contacts"), "count", 13);
        assertThat(published.at("/did_not_attend_rate/suppressed").asBoolean()).isTrue();
        assertThat(published.get("did_not_attend_rate").has("denominator")).isFalse();
        assertThat(r.files()).allMatch(f -> f.quarantined() == 0);
    }
}
