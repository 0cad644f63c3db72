package org.recoveryoutcomes.engine.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recoveryoutcomes.engine.model.RecordIssue;
import org.recoveryoutcomes.engine.model.Severity;

/** A TOP or episode dated far beyond the data never passes without a word, though the tool never reads the clock. */
class FarFutureDatesTest {

    @TempDir
    Path temp;

    private Path dir() throws IOException {
        Path d = Files.createTempDirectory(temp, "data");
        Files.writeString(d.resolve("projects.csv"), "project_id,name,borough,service_type\nBAT,Battling,Ealing,arts\n",
                StandardCharsets.UTF_8);
        Files.writeString(d.resolve("contacts.csv"), "contact_id,client_id,project_id,contact_date,contact_type\n"
                + "C1,P1,BAT,2026-04-01,group\nC2,P2,BAT,2026-06-30,group\n", StandardCharsets.UTF_8);
        Files.writeString(d.resolve("top.csv"), "client_id,project_id,top_date,stage,psych_health\n"
                + "P1,BAT,2026-04-01,start,10\nP1,BAT,2099-05-01,review,12\nP2,BAT,2027-06-30,start,9\n",
                StandardCharsets.UTF_8);
        Files.writeString(d.resolve("episodes.csv"), "client_id,project_id,episode_start,episode_end\n"
                + "P1,BAT,2026-04-01,2028-01-01\n", StandardCharsets.UTF_8);
        return d;
    }

    @Test
    void warnsOnATopOrEpisodeDatedMoreThanAYearAfterTheLatestContactAndKeepsTheRow() throws IOException {
        ReadResult result = DatasetReader.read(dir(), ReadOptions.DEFAULTS);

        assertThat(result.issues()).filteredOn(i -> i.kind().equals("after_last_contact"))
                .allMatch(i -> i.severity() == Severity.WARNING)
                .extracting(RecordIssue::message).containsExactly(
                        "top.csv:3: top_date: 2099-05-01 is more than a year after the latest contact (2026-06-30); "
                                + "check the year, or give --as-of with the date the data was extracted",
                        "episodes.csv:2: episode_end: 2028-01-01 is more than a year after the latest contact "
                                + "(2026-06-30); check the year, or give --as-of with the date the data was extracted");
        assertThat(result.dataset().tops().size()).isEqualTo(3);
        assertThat(result.dataset().episodes()).hasSize(1);
    }

    @Test
    void aDateAfterAsOfIsStillRejected() throws IOException {
        ReadResult result = DatasetReader.read(dir(), new ReadOptions(null, false, false, LocalDate.of(2026, 7, 15)));

        assertThat(result.issues()).extracting(RecordIssue::message).contains(
                "top.csv:3: top_date: 2099-05-01 is in the future (after 2026-07-15)");
    }
}
