package org.recoveryoutcomes.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recoveryoutcomes.engine.api.ReportEngine;
import org.recoveryoutcomes.engine.api.ReportRequest;
import org.recoveryoutcomes.engine.model.ReportException;

/** A template file giving a key twice is a CONFIG error, never its last value silently taken. */
class TemplateDuplicateKeyTest {

    private static final Path EXPORT = Path.of("src/test/resources/lamplight/export");

    @TempDir
    Path temp;

    @Test
    void aTopLevelFieldGivenTwiceIsAnError() {
        assertThatThrownBy(() -> TemplateReader.parse("""
                {"id": "mine", "title": "Mine",
                 "title": "Yours",
                 "sections": [{"id": "a", "title": "A", "kind": "table"}]}
                """, "mine.json"))
                .isInstanceOfSatisfying(ReportException.class,
                        e -> assertThat(e.kind()).isEqualTo(ReportException.Kind.CONFIG))
                .hasMessage("template mine.json: line 2: the key 'title' is given twice; give each field once");
    }

    @Test
    void aSectionsFieldGivenTwiceIsNamedByItsPath() {
        assertThatThrownBy(() -> TemplateReader.parse("""
                {"id": "mine", "title": "Mine", "sections": [
                  {"id": "a", "title": "A", "kind": "table"},
                  {"id": "b", "title": "B", "kind": "table", "kind": "chart"}]}
                """, "mine.json"))
                .hasMessage("template mine.json: line 3: the key 'sections[1].kind' is given twice; give each field "
                        + "once");
    }

    @Test
    void theSameFieldInTwoSectionsIsNoDuplicate() {
        assertThat(TemplateReader.parse("{\"id\": \"mine\", \"title\": \"Mine\", \"sections\": ["
                + "{\"id\": \"a\", \"title\": \"A\", \"kind\": \"table\"}, "
                + "{\"id\": \"b\", \"title\": \"B\", \"kind\": \"chart\"}]}", "mine.json").sections()).hasSize(2);
    }

    @Test
    void aRunWithSuchATemplateFileStopsBeforeWritingAnything() throws IOException {
        Path t = Files.writeString(temp.resolve("mine.json"), "{\"id\": \"mine\", \"id\": \"other\", \"title\": "
                + "\"Mine\", \"sections\": [{\"id\": \"a\", \"title\": \"A\", \"kind\": \"table\", "
                + "\"metrics\": [\"contacts\"]}]}");
        Path out = temp.resolve("out");

        assertThatThrownBy(() -> ReportEngine.run(ReportRequest.builder().dataDir(EXPORT)
                .outDir(out).template(t.toString()).build()))
                .isInstanceOfSatisfying(ReportException.class,
                        e -> assertThat(e.kind()).isEqualTo(ReportException.Kind.CONFIG))
                .hasMessage("template mine.json: line 1: the key 'id' is given twice; give each field once");
        assertThat(out).doesNotExist();
    }
}
