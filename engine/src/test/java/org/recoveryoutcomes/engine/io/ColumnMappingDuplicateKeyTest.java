package org.recoveryoutcomes.engine.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recoveryoutcomes.engine.api.OutputFormat;
import org.recoveryoutcomes.engine.api.ReportEngine;
import org.recoveryoutcomes.engine.api.ReportRequest;
import org.recoveryoutcomes.engine.model.ReportException;

/** A mapping file giving a key twice is a CONFIG error, never its last value silently taken. */
class ColumnMappingDuplicateKeyTest {

    @TempDir
    Path dir;

    private void data() throws IOException {
        Files.writeString(dir.resolve("projects.csv"), "project_id,name,borough,service_type\nBAT,B,Ealing,arts\n");
        Files.writeString(dir.resolve("contacts.csv"), "contact_id,client_id,project_id,contact_date,contact_type\n");
        Files.writeString(dir.resolve("top.csv"), """
                Client,Service,Date,TOP Stage,Psych
                P1,BAT,01/02/2026,S,8
                """);
    }

    @Test
    void aHeaderGivenTwiceIsAnError() throws IOException {
        data();
        Files.writeString(dir.resolve("mapping.json"), """
                {"top": {"columns": {"Client": "client_id", "Service": "project_id",
                                     "Date": "top_date", "TOP Stage": "stage",
                                     "TOP Stage": "psych_health"}}}
                """);

        assertThatThrownBy(() -> DatasetReader.read(dir, ReadOptions.DEFAULTS))
                .isInstanceOfSatisfying(ReportException.class,
                        e -> assertThat(e.kind()).isEqualTo(ReportException.Kind.CONFIG))
                .hasMessage("mapping.json: line 3: the key 'top.columns.TOP Stage' is given twice; give each key once");
    }

    @Test
    void aFileOrACodeGivenTwiceIsAnError() throws IOException {
        data();
        Files.writeString(dir.resolve("mapping.json"), "{\"top\": {\"columns\": {}},\n \"top\": {\"codes\": {}}}");
        assertThatThrownBy(() -> DatasetReader.read(dir, ReadOptions.DEFAULTS))
                .hasMessage("mapping.json: line 2: the key 'top' is given twice; give each key once");

        Files.writeString(dir.resolve("mapping.json"), "{\"top\": {\"codes\": {\"stage\": {\"S\": \"start\", "
                + "\"S\": \"review\"}}}}");
        assertThatThrownBy(() -> DatasetReader.read(dir, ReadOptions.DEFAULTS))
                .hasMessage("mapping.json: line 1: the key 'top.codes.stage.S' is given twice; give each key once");
    }

    @Test
    void aRunWithSuchAMappingStopsBeforeWritingAnything() throws IOException {
        data();
        Path mapping = Files.writeString(dir.resolve("their-mapping.json"),
                "{\"top\": {\"file\": \"top.csv\", \"file\": \"other.csv\"}}");
        Path out = dir.resolve("out");

        assertThatThrownBy(() -> ReportEngine.run(ReportRequest.builder().dataDir(dir).mappingFile(mapping)
                .outDir(out).outputs(Set.of(OutputFormat.JSON)).build()))
                .isInstanceOfSatisfying(ReportException.class,
                        e -> assertThat(e.kind()).isEqualTo(ReportException.Kind.CONFIG))
                .hasMessage("their-mapping.json: line 1: the key 'top.file' is given twice; give each key once");
        assertThat(out).doesNotExist();
    }

    @Test
    void outcomesMapKeepsNeitherValueOfAKeyGivenTwiceInTheEarlierDraft() throws IOException {
        data();
        String before = "{\"top\": {\"columns\": {\"TOP Stage\": \"stage\",\n \"TOP Stage\": null}}}";
        Path draft = Files.writeString(dir.resolve("mapping.json"), before);

        assertThatThrownBy(() -> ReportEngine.map(dir, draft))
                .isInstanceOfSatisfying(ReportException.class,
                        e -> assertThat(e.kind()).isEqualTo(ReportException.Kind.CONFIG))
                .hasMessage("mapping.json: line 2: the key 'top.columns.TOP Stage' is given twice, so the earlier "
                        + "draft's edits cannot be kept; give each key once, or move it away to draft afresh");
        assertThat(Files.readString(draft)).isEqualTo(before);
    }
}
