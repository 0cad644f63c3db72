package org.recoveryoutcomes.engine.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recoveryoutcomes.engine.model.Dataset;
import org.recoveryoutcomes.engine.model.FileReport;
import org.recoveryoutcomes.engine.model.RecordIssue;
import org.recoveryoutcomes.engine.model.Severity;
import org.recoveryoutcomes.engine.model.TopRecord;

/** Reading streams each file: the two-pass TOP warning, the shared client dictionary, the byte progress. */
class StreamingReadTest {

    @TempDir
    Path temp;

    private static final String PROJECTS = "project_id,name,borough,service_type\nBAT,Battling,Ealing,arts\n";
    private static final String CONTACTS = "contact_id,client_id,project_id,contact_date,contact_type\n"
            + "K1,C1,BAT,2026-04-01,group\nK2,C2,BAT,2026-04-02,group\nK1,C3,BAT,2026-04-03,group\n";
    /**
     * Row 2: a review before the first accepted start (row 3, found only later in the file). Row 3: a start with a
     * warning (a postcode in an ignored column): it is accepted when not strict, so it counts as the first start
     * even when strict rejects it. Row 4: an earlier start with an error: rejected, so it does not count. Row 5: an
     * exit before the start. Row 6: a review after it.
     */
    private static final String TOP = "client_id,project_id,top_date,stage,psych_health,notes\n"
            + "C1,BAT,2026-01-03,review,10,\n"
            + "C1,BAT,2026-02-01,START,12,moved to W6 9HR\n"
            + "C1,BAT,2025-12-01,start,25,\n"
            + "C1,BAT,2026-01-15,exit,11,\n"
            + "C1,BAT,2026-03-01,review,9,\n";

    private Path dir(String... nameThenContent) throws IOException {
        Path d = Files.createTempDirectory(temp, "data");
        for (int i = 0; i < nameThenContent.length; i += 2) {
            Files.writeString(d.resolve(nameThenContent[i]), nameThenContent[i + 1], StandardCharsets.UTF_8);
        }
        return d;
    }

    private static List<String> messages(ReadResult r) {
        return r.issues().stream().map(RecordIssue::message).toList();
    }

    @Test
    void warnsOnTopsBeforeAStartThatComesLaterInTheFile() throws IOException {
        Path d = dir("projects.csv", PROJECTS, "contacts.csv", CONTACTS, "top.csv", TOP);

        ReadResult r = DatasetReader.read(d, ReadOptions.DEFAULTS);

        assertThat(messages(r)).containsExactly(
                "contacts.csv:4: contact_id: 'K1' duplicates row 2",
                "top.csv:1: notes: not a column of top, so it is ignored",
                "top.csv:2: top_date: review dated 2026-01-03 is before the client's first start TOP (2026-02-01)",
                "top.csv:3: notes: this value holds what looks like a UK postcode; anonymised data must not hold one",
                "top.csv:4: psych_health: 25 is outside 0–20",
                "top.csv:5: top_date: exit dated 2026-01-15 is before the client's first start TOP (2026-02-01)");
        assertThat(r.dataset().tops()).extracting(TopRecord::date).extracting(Object::toString)
                .containsExactly("2026-01-03", "2026-02-01", "2026-01-15", "2026-03-01");
        FileReport top = r.dataset().files().get(2);
        assertThat(top.rows()).isEqualTo(5);
        assertThat(top.quarantined()).isEqualTo(1);
        assertThat(top.warningsByKind()).containsExactly(java.util.Map.entry("possible_identifier", 1L),
                java.util.Map.entry("top_before_start", 2L), java.util.Map.entry("unknown_column", 1L));
    }

    @Test
    void strictRejectsTheWarnedTopsAndStillDatesFromTheStartItRejects() throws IOException {
        Path d = dir("projects.csv", PROJECTS, "contacts.csv", CONTACTS, "top.csv", TOP);

        ReadResult r = DatasetReader.read(d, new ReadOptions(null, false, true, null));

        assertThat(r.dataset().tops()).extracting(TopRecord::date).extracting(Object::toString)
                .containsExactly("2026-03-01");
        assertThat(r.issues()).filteredOn(i -> i.location() != null && i.location().file().equals("top.csv")
                        && i.location().row() > 1)
                .allMatch(i -> i.severity() == Severity.ERROR)
                .extracting(i -> i.location().row() + " " + i.kind())
                .containsExactly("2 top_before_start", "3 possible_identifier", "4 out_of_range",
                        "5 top_before_start");
        assertThat(r.rejected()).filteredOn(x -> x.file().equals("top.csv"))
                .extracting(x -> x.row() + ": " + x.reason())
                .containsExactly(
                        "2: top_date: review dated 2026-01-03 is before the client's first start TOP (2026-02-01)",
                        "3: notes: this value holds what looks like a UK postcode; anonymised data must not hold one",
                        "4: psych_health: 25 is outside 0–20",
                        "5: top_date: exit dated 2026-01-15 is before the client's first start TOP (2026-02-01)");
        assertThat(r.rejected().get(r.rejected().size() - 3).cells())
                .containsExactly("C1", "BAT", "2026-02-01", "START", "12", "moved to W6 9HR");
        FileReport top = r.dataset().files().get(2);
        assertThat(top.quarantinedByReason()).containsExactly(java.util.Map.entry("out_of_range", 1L),
                java.util.Map.entry("possible_identifier", 1L), java.util.Map.entry("top_before_start", 2L));
    }

    @Test
    void numbersEveryClientOfEveryFileInOneDictionary() throws IOException {
        Path d = dir("projects.csv", PROJECTS, "contacts.csv", CONTACTS, "top.csv", TOP,
                "clients.csv", "client_id,sex\nC9,female\nC1,male\n",
                "episodes.csv", "client_id,project_id,episode_start\nC7,BAT,2026-01-01\n");

        Dataset data = DatasetReader.read(d, ReadOptions.DEFAULTS).dataset();

        assertThat(data.clientIds().ids()).containsExactly("C1", "C2", "C7", "C9");
        assertThat(data.tops().clientIds()).isSameAs(data.contacts().clientIds());
        assertThat(data.contacts()).extracting(c -> c.clientId()).containsExactly("C1", "C2");
    }

    @Test
    void tellsTheBytesReadEndingWithTheTotalWithTheTopFileCountedTwice() throws IOException {
        StringBuilder contacts = new StringBuilder("contact_id,client_id,project_id,contact_date,contact_type\n");
        for (int i = 0; i < 200_000; i++) {
            contacts.append('K').append(i).append(",C").append(i % 1000).append(",BAT,2026-04-01,group\n");
        }
        Path d = dir("projects.csv", PROJECTS, "contacts.csv", contacts.toString(), "top.csv", TOP);
        long total = Files.size(d.resolve("projects.csv")) + Files.size(d.resolve("contacts.csv"))
                + 2 * Files.size(d.resolve("top.csv"));
        List<long[]> told = new ArrayList<>();

        ReadResult r = DatasetReader.read(d, ReadOptions.DEFAULTS, (done, all) -> told.add(new long[] {done, all}));

        assertThat(r.dataset().contacts()).hasSize(200_000);
        assertThat(told.size()).isGreaterThan(1);
        assertThat(told).allMatch(t -> t[1] == total);
        for (int i = 1; i < told.size(); i++) {
            assertThat(told.get(i)[0]).isGreaterThanOrEqualTo(told.get(i - 1)[0]);
        }
        assertThat(told.get(told.size() - 1)[0]).isEqualTo(total);
    }
}
