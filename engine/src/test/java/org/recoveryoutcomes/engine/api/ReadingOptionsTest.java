package org.recoveryoutcomes.engine.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recoveryoutcomes.engine.model.RecordIssue;

/** The request's encoding and extraction date reach the reading of the data. */
class ReadingOptionsTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @TempDir
    Path data;

    @Test
    void aRequestKeepsItsEncodingAndExtractionDateThroughToBuilder() {
        ReportRequest r = ReportRequest.builder().dataDir(data).outputs(Set.of()).encoding(WINDOWS_1252)
                .asOf(LocalDate.of(2026, 6, 30)).build();

        assertThat(r.toBuilder().build()).isEqualTo(r);
        assertThat(r.encoding()).isEqualTo(WINDOWS_1252);
        assertThat(r.asOf()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(ReportRequest.builder().dataDir(data).outputs(Set.of()).build().encoding()).isNull();
    }

    @Test
    void aRunReadsInTheEncodingGivenAndRejectsDatesAfterTheExtractionDate() throws IOException {
        Files.write(data.resolve("projects.csv"),
                "project_id,name,borough,service_type\nBAT,Café,Ealing,arts\n".getBytes(WINDOWS_1252));
        Files.writeString(data.resolve("contacts.csv"), "contact_id,client_id,project_id,contact_date,contact_type\n"
                + "C1,P1,BAT,2026-06-30,drop_in\nC2,P2,BAT,2026-07-01,drop_in\n");
        Files.writeString(data.resolve("top.csv"), "client_id,project_id,top_date,stage\n");

        RunResult r = ReportEngine.run(ReportRequest.builder().dataDir(data).outputs(Set.of())
                .encoding(WINDOWS_1252).asOf(LocalDate.of(2026, 6, 30)).build());

        assertThat(r.issues()).extracting(RecordIssue::message)
                .containsExactly("contacts.csv:3: contact_date: 2026-07-01 is in the future (after 2026-06-30)");
        assertThat(r.quarantined()).isEqualTo(1);
    }
}
