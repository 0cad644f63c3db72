package org.recoveryoutcomes.engine.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recoveryoutcomes.engine.model.CountValue;
import org.recoveryoutcomes.engine.model.FileReport;
import org.recoveryoutcomes.engine.model.GroupResult;
import org.recoveryoutcomes.engine.model.ProportionValue;
import org.recoveryoutcomes.engine.model.RecordIssue;
import org.recoveryoutcomes.engine.model.ReportException;

/**
 * A Lamplight-style export ({@code src/test/resources/lamplight}), not in our format: its own file names, headers,
 * codes and dates, title rows above a header, a Windows-1252 CSV next to a UTF-8 one with a byte order mark, Excel
 * date-times, attendance with "Cancelled by client", and notes holding an e-mail address and a phone number. Read
 * through its mapping, it gives figures that can be checked by hand; each wrong turn ends in a clear error.
 */
class LamplightExportTest {

    static final Path EXPORT = Path.of("src/test/resources/lamplight/export");

    @TempDir
    Path temp;

    /** A copy of the export to change. */
    Path copy() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("export"));
        try (Stream<Path> files = Files.list(EXPORT)) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        return dir;
    }

    RunResult validate(Path dir) {
        return ReportEngine.run(ReportRequest.builder().dataDir(dir).outputs(Set.of()).build());
    }

    static FileReport file(RunResult r, String name) {
        return r.files().stream().filter(f -> f.file().equals(name)).findFirst().orElseThrow();
    }

    static Stream<String> messages(RunResult r) {
        return r.issues().stream().map(RecordIssue::message);
    }

    @Test
    void everyRowOfTheExportIsAcceptedThroughItsMapping() {
        RunResult r = validate(EXPORT);

        assertThat(r.files()).extracting(FileReport::file, FileReport::rows, FileReport::accepted)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Projects.xlsx", 3L, 3L),
                        org.assertj.core.groups.Tuple.tuple("Contact log.csv", 18L, 18L),
                        org.assertj.core.groups.Tuple.tuple("Client details.csv", 8L, 8L),
                        org.assertj.core.groups.Tuple.tuple("TOP outcomes.xlsx", 6L, 6L));
        assertThat(r.quarantined()).isZero();
    }

    @Test
    void excelDateTimesAndIsoTimestampsAreReadAsTheirDateWithOneWarningCountPerFile() {
        RunResult r = validate(EXPORT);

        assertThat(file(r, "TOP outcomes.xlsx").warningsByKind()).containsEntry("date_with_time", 6L);
        assertThat(file(r, "Contact log.csv").warningsByKind()).containsEntry("date_with_time", 2L);
        assertThat(file(r, "Projects.xlsx").warningsByKind()).containsEntry("date_with_time", 1L);
        assertThat(messages(r)).contains("TOP outcomes.xlsx: 6 dates hold a time of day as well (the first on row "
                + "2); each is read as its date, the time ignored");
    }

    @Test
    void anUnreadableOptionalProjectDateBlanksTheCellAndKeepsTheProjectAndItsContacts() {
        RunResult r = validate(EXPORT);

        assertThat(messages(r)).contains("Projects.xlsx:6: opened: 'TBC' is not a valid date (use yyyy-MM-dd or "
                + "dd/MM/yyyy); the cell is read as empty");
        assertThat(file(r, "Projects.xlsx").warningsByKind()).containsEntry("bad_date", 1L);
        assertThat(file(r, "Projects.xlsx").accepted()).isEqualTo(3);
        assertThat(file(r, "Contact log.csv").quarantinedByReason()).isEmpty();
    }

    @Test
    void theWindows1252FileIsDetectedAndSaidSoAndTheByteOrderMarkedFileIsUtf8() {
        RunResult r = validate(EXPORT);

        assertThat(messages(r)).contains("Client details.csv: the file is not UTF-8; it was read as windows-1252 "
                + "(detected); if its accented letters look wrong, give its \"encoding\" in the mapping");
        assertThat(file(r, "Client details.csv").warningsByKind()).containsEntry("encoding", 1L);
        assertThat(file(r, "Contact log.csv").warningsByKind()).doesNotContainKey("encoding");
        assertThat(messages(r)).noneMatch(m -> m.contains("mojibake") || m.contains("garbled"));
    }

    @Test
    void anEncodingGivenForEveryFileNeverBreaksTheFileWithAByteOrderMark() {
        RunResult r = ReportEngine.run(ReportRequest.builder().dataDir(EXPORT).outputs(Set.of())
                .encoding(java.nio.charset.Charset.forName("windows-1252")).build());

        assertThat(r.quarantined()).isZero();
        assertThat(messages(r)).contains("Contact log.csv: read as UTF-8, as its byte order mark says, not as "
                + "windows-1252 (--encoding or the mapping)");
    }

    @Test
    void utf8TextReadAsWindows1252IsCalledGarbled() throws IOException {
        Path dir = copy();
        // Café Recovery's contacts, the file saved without its byte order mark and read as Windows-1252
        byte[] bytes = Files.readAllBytes(dir.resolve("Contact log.csv"));
        Files.write(dir.resolve("Contact log.csv"), java.util.Arrays.copyOfRange(bytes, 3, bytes.length));
        String mapping = Files.readString(dir.resolve("mapping.json"))
                .replace("\"date_format\": \"dd/MM/yyyy\",", "\"date_format\": \"dd/MM/yyyy\", \"encoding\": \"windows-1252\",");
        Files.writeString(dir.resolve("mapping.json"), mapping);

        RunResult r = validate(dir);

        // "CafÃ© Recovery" is no project the mapping names: its 8 contacts are rejected, and the reason is told
        assertThat(file(r, "Contact log.csv").quarantinedByReason()).containsEntry("unknown_project", 8L);
        assertThat(messages(r)).anyMatch(m -> m.startsWith("Contact log.csv:2: project_id: the text looks garbled "
                + "(such as 'Ã©' for 'é')"));
    }

    @Test
    void identifiersInFreeTextAreCaught() {
        RunResult r = validate(EXPORT);

        assertThat(messages(r)).contains(
                "Contact log.csv:7: Notes: this value holds what looks like an e-mail address; anonymised data must "
                        + "not hold one",
                "Contact log.csv:9: Notes: this value holds what looks like a phone number; anonymised data must not "
                        + "hold one");
    }

    @Test
    void anEmailOrPhoneColumnStopsTheRunLikeAnyDirectIdentifier() throws IOException {
        Path dir = copy();
        Path clients = dir.resolve("Client details.csv");
        String text = new String(Files.readAllBytes(clients), "windows-1252")
                .replace("Referred By", "Email Address").replace("Client Ref,", "Mobile Phone,Client Ref,")
                .replaceAll("(?m)^CR-", "07700 900123,CR-");
        Files.write(clients, text.getBytes("windows-1252"));

        assertThatThrownBy(() -> validate(dir)).isInstanceOf(ReportException.class)
                .hasMessage("Client details.csv:1: Mobile Phone, Email Address: these columns look like direct "
                        + "identifiers (phone number, e-mail address); anonymised data must not hold them — remove "
                        + "the columns, or pass --allow-identifiers if they hold no personal data");
    }

    @Test
    void cancelledContactsAreNeitherAttendedNorMissedAndDataQualityCountsThem() throws IOException {
        RunResult r = ReportEngine.run(ReportRequest.builder().dataDir(EXPORT).outDir(temp)
                .outputs(Set.of(OutputFormat.JSON)).build());

        assertThat(file(r, "Contact log.csv").warningsByKind()).containsEntry("cancelled", 2L);
        // 18 contacts: 2 cancelled, 3 did not attend, 13 attended; the DNA rate is 3 of the 16 booked. The figures
        // as computed (3 is a small number, so metrics.json withholds the rate: read them from the run's result)
        GroupResult all = r.metrics().group("all");
        assertThat(((CountValue) all.metric("contacts")).count()).isEqualTo(13);
        ProportionValue dna = (ProportionValue) all.metric("did_not_attend_rate");
        assertThat(dna.numerator()).isEqualTo(3);
        assertThat(dna.denominator()).isEqualTo(16);
        assertThat(((CountValue) all.metric("clients_seen")).count()).isEqualTo(8);
        // and as published: the rate of 3 is hidden, with no number of it left in the file; the other figures are
        // shown as computed or withheld (with 18 contacts, most of them are needed to protect the small ones)
        JsonNode published = group(temp.resolve("metrics.json"), "all");
        assertThat(published.at("/did_not_attend_rate/suppressed").asBoolean()).isTrue();
        assertThat(published.get("did_not_attend_rate").has("numerator")).isFalse();
        assertThat(published.get("did_not_attend_rate").has("denominator")).isFalse();
        assertThat(published.get("did_not_attend_rate").has("value")).isFalse();
        shownAsOrWithheld(published.get("contacts"), "count", 13);
        shownAsOrWithheld(published.get("clients_seen"), "count", 8);
    }

    /** A figure of metrics.json: its true value, or withheld with no number of it at all. */
    static void shownAsOrWithheld(JsonNode figure, String field, long value) {
        if (figure.path("suppressed").asBoolean()) {
            assertThat(figure.has(field)).as("a withheld figure has no " + field).isFalse();
        } else {
            assertThat(figure.get(field).asLong()).isEqualTo(value);
        }
    }

    @Test
    void theProjectNamedInTheContactsIsMappedToItsIdAndPreferNotToSayIsNotRecorded() throws IOException {
        RunResult r = ReportEngine.run(ReportRequest.builder().dataDir(EXPORT).outDir(temp)
                .outputs(Set.of(OutputFormat.JSON)).build());

        assertThat(r.quarantined()).isZero();
        // 8 contacts, one missed, one cancelled: 6, as computed (by type 2, 3 and 1, all small numbers, so that
        // metrics.json may withhold their total, the 6, with them)
        assertThat(((CountValue) r.metrics().group("project:CAF").metric("contacts")).count()).isEqualTo(6);
        shownAsOrWithheld(group(temp.resolve("metrics.json"), "project:CAF").get("contacts"), "count", 6);
    }

    @Test
    void everyMissingColumnOfEveryFileIsNamedAtOnce() throws IOException {
        Path dir = copy();
        // a mapping that leaves out one required column of the contacts and one of the TOP file
        String mapping = Files.readString(dir.resolve("mapping.json"), StandardCharsets.UTF_8)
                .replace("\"Date of Contact\": \"contact_date\",", "").replace("\"TOP Date\": \"top_date\",", "");
        Files.writeString(dir.resolve("mapping.json"), mapping, StandardCharsets.UTF_8);

        assertThatThrownBy(() -> validate(dir)).isInstanceOf(ReportException.class)
                .hasMessageStartingWith("Contact log.csv:1: contact_date: this required column is missing; the "
                        + "columns found are Contact ID, Client Ref, Project, Date of Contact, Contact Type, "
                        + "Attendance, Notes — and TOP outcomes.xlsx:1: top_date: this required column is missing; ");
    }

    static JsonNode group(Path metricsJson, String key) throws IOException {
        JsonNode root = new ObjectMapper().readTree(Files.readString(metricsJson, StandardCharsets.UTF_8));
        for (JsonNode g : root.get("groups")) {
            String k = g.get("level").asText().equals("all") ? "all" : g.get("level").asText() + ":" + g.get("id").asText();
            if (k.equals(key)) {
                JsonNode metrics = g.get("metrics");
                if (metrics.isArray()) {
                    com.fasterxml.jackson.databind.node.ObjectNode byId = new ObjectMapper().createObjectNode();
                    for (JsonNode m : metrics) {
                        byId.set(m.get("id").asText(), m);
                    }
                    return byId;
                }
                return metrics;
            }
        }
        throw new AssertionError("no group " + key + " in " + metricsJson + ": " + Map.of());
    }
}
