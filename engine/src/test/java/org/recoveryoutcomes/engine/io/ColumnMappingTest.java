package org.recoveryoutcomes.engine.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recoveryoutcomes.engine.io.table.RejectedRow;
import org.recoveryoutcomes.engine.model.RecordIssue;
import org.recoveryoutcomes.engine.model.ReportException;
import org.recoveryoutcomes.engine.model.TopRecord;
import org.recoveryoutcomes.engine.model.TopStage;

class ColumnMappingTest {

    @TempDir
    Path dir;

    private static final String MAPPING = """
            {"top": {"columns": {"Client": "client_id", "Service": "project_id", "Date": "top_date",
                                 "TOP Stage": "stage", "Psych": "psych_health"},
                     "codes": {"stage": {"S": "start", "R": "review", "E": "exit", "P": "post_exit"}}}}
            """;

    private void data() throws IOException {
        Files.writeString(dir.resolve("projects.csv"), "project_id,name,borough,service_type\nBAT,B,Ealing,arts\n");
        Files.writeString(dir.resolve("contacts.csv"), "contact_id,client_id,project_id,contact_date,contact_type\n");
        Files.writeString(dir.resolve("top.csv"), """
                Client,Service,Date,TOP Stage,Psych
                P1,BAT,01/02/2026,S,8
                P1,BAT,01/05/2026,r,12
                P1,BAT,01/06/2026,review,13
                P1,BAT,01/07/2026,X,14
                """);
    }

    @Test
    void mapsAnExportsHeadersAndCodesOntoOurs() throws IOException {
        data();
        Files.writeString(dir.resolve("mapping.json"), MAPPING);

        ReadResult result = DatasetReader.read(dir, ReadOptions.DEFAULTS);

        assertThat(result.dataset().tops()).extracting(TopRecord::date, TopRecord::stage).containsExactly(
                tuple(LocalDate.of(2026, 2, 1), TopStage.START),
                tuple(LocalDate.of(2026, 5, 1), TopStage.REVIEW),
                // a value the mapping does not name is read as written
                tuple(LocalDate.of(2026, 6, 1), TopStage.REVIEW));
        assertThat(result.dataset().columnsPresent().get("top"))
                .containsExactly("client_id", "project_id", "top_date", "stage", "psych_health");
        // an unmapped value that is no code is the usual error, quoting what the file holds
        assertThat(result.issues()).extracting(RecordIssue::message).containsExactly(
                "top.csv:5: stage: 'X' is not a known code (start, review, exit, post_exit)");
        RejectedRow rejected = result.rejected().get(0);
        assertThat(rejected.header()).containsExactly("Client", "Service", "Date", "TOP Stage", "Psych");
        assertThat(rejected.cells()).containsExactly("P1", "BAT", "01/07/2026", "X", "14");
    }

    @Test
    void takesTheMappingFileGivenInsteadOfTheDirectorysOwn() throws IOException {
        data();
        Files.writeString(dir.resolve("mapping.json"), "{\"top\": {\"columns\": {\"Nope\": \"stage\"}}}");
        Path given = Files.writeString(dir.resolve("their-mapping.json"), MAPPING);

        ReadResult result = DatasetReader.read(dir, new ReadOptions(given, false, false, null));

        assertThat(result.dataset().tops()).hasSize(3);
    }

    @Test
    void stopsOnAFileTheMappingDoesNotKnow() throws IOException {
        data();
        Files.writeString(dir.resolve("mapping.json"), "{\"sessions\": {\"columns\": {}}}");

        assertThatThrownBy(() -> DatasetReader.read(dir, ReadOptions.DEFAULTS))
                .isInstanceOfSatisfying(ReportException.class,
                        e -> assertThat(e.kind()).isEqualTo(ReportException.Kind.CONFIG))
                .hasMessage("mapping.json: sessions: not a file of the data directory (projects, contacts, clients, "
                        + "top, episodes, volunteers)");
    }

    @Test
    void stopsOnAColumnTheFileDoesNotHave() throws IOException {
        data();
        Files.writeString(dir.resolve("mapping.json"), "{\"top\": {\"columns\": {\"TOP Stage\": \"phase\"}}}");

        assertThatThrownBy(() -> DatasetReader.read(dir, ReadOptions.DEFAULTS))
                .hasMessageStartingWith("mapping.json: top.columns: 'phase' is not a column of top (client_id, "
                        + "project_id, top_date, stage, alcohol_days,");
    }

    @Test
    void stopsOnAMappingThatIsNotJson() throws IOException {
        data();
        Files.writeString(dir.resolve("mapping.json"), "{\"top\": ");

        assertThatThrownBy(() -> DatasetReader.read(dir, ReadOptions.DEFAULTS))
                .isInstanceOfSatisfying(ReportException.class,
                        e -> assertThat(e.kind()).isEqualTo(ReportException.Kind.CONFIG))
                .hasMessageStartingWith("mapping.json: the mapping is not valid JSON (");
    }

    @Test
    void namesAMappingWhoseBytesLookLikeUtf32WithoutAnExceptionName() throws IOException {
        // found by fuzzing: Jackson took these bytes for UTF-32 and the message named java.io.CharConversionException
        data();
        Files.write(dir.resolve("mapping.json"), new byte[] {'[', 0, 0, 0, 5});

        assertThatThrownBy(() -> DatasetReader.read(dir, ReadOptions.DEFAULTS))
                .isInstanceOfSatisfying(ReportException.class,
                        e -> assertThat(e.kind()).isEqualTo(ReportException.Kind.CONFIG))
                .hasMessage("mapping.json: the mapping is not UTF-8 text (Unexpected EOF in the middle of a 4-byte "
                        + "UTF-32 char: got 1, needed 4, at char #1, byte #1)); save it as UTF-8");
    }

    @Test
    void stopsWhenTheMappingFileGivenDoesNotExist() throws IOException {
        data();
        Path missing = dir.resolve("nope.json");

        assertThatThrownBy(() -> DatasetReader.read(dir, new ReadOptions(missing, false, false, null)))
                .hasMessage(missing + ": the mapping file does not exist");
    }
}
