package org.recoveryoutcomes.engine.internal;

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
import org.recoveryoutcomes.engine.api.RunResult;
import org.recoveryoutcomes.engine.model.ReportException;

/** A settings file giving a key twice is a CONFIG error, never its last value silently taken. */
class SettingsDuplicateKeyTest {

    /** A small export with its own mapping, that a run with the default settings reports on. */
    private static final Path EXPORT = Path.of("src/test/resources/lamplight/export");

    @TempDir
    Path temp;

    @Test
    void aThresholdGivenTwiceIsAnErrorWhicheverComesLast() {
        for (String json : new String[] {"{\"suppression_threshold\": 5, \"suppression_threshold\": 1}",
            "{\"suppression_threshold\": 1, \"suppression_threshold\": 5}"}) {
            assertThatThrownBy(() -> SettingsReader.parse(json, "settings.json"))
                    .isInstanceOfSatisfying(ReportException.class,
                            e -> assertThat(e.kind()).isEqualTo(ReportException.Kind.CONFIG))
                    .hasMessage("settings settings.json: line 1: the key 'suppression_threshold' is given twice; give "
                            + "each setting once");
        }
    }

    @Test
    void namesTheLineOfTheSecondOneAndANestedKeyByItsPath() {
        assertThatThrownBy(() -> SettingsReader.parse("""
                {
                  "suppression_threshold": 5,
                  "retention_days": 84,
                  "suppression_threshold": 1
                }
                """, "settings.json"))
                .hasMessage("settings settings.json: line 4: the key 'suppression_threshold' is given twice; give "
                        + "each setting once");
        assertThatThrownBy(() -> SettingsReader.parse("""
                {"reliability": {"psych_health": 0.7,
                                 "psych_health": 0.9}}
                """, "s.json"))
                .hasMessage("settings s.json: line 2: the key 'reliability.psych_health' is given twice; give each "
                        + "setting once");
    }

    @Test
    void theSameKeyInTwoObjectsIsNoDuplicate() {
        assertThat(SettingsReader.parse("{\"reliability\": {\"psych_health\": 0.7}, \"suppression_threshold\": 7}",
                "s.json").suppressionThreshold()).isEqualTo(7);
    }

    @Test
    void aRunWithSuchASettingsFileStopsBeforeWritingAnything() throws IOException {
        Path settings = Files.writeString(temp.resolve("settings.json"),
                "{\"suppression_threshold\": 5, \"suppression_threshold\": 1}");
        Path out = temp.resolve("out");
        ReportRequest request = ReportRequest.builder().dataDir(EXPORT).settingsFile(settings).outDir(out)
                .outputs(Set.of(OutputFormat.JSON)).build();

        // (were the last value taken, the message would be about a threshold of 1)
        assertThatThrownBy(() -> ReportEngine.run(request))
                .isInstanceOfSatisfying(ReportException.class,
                        e -> assertThat(e.kind()).isEqualTo(ReportException.Kind.CONFIG))
                .hasMessage("settings settings.json: line 1: the key 'suppression_threshold' is given twice; give "
                        + "each setting once");
        assertThat(out).doesNotExist();
        // the same run with the key given once writes its reports
        Files.writeString(settings, "{\"suppression_threshold\": 5}");
        RunResult r = ReportEngine.run(request);
        assertThat(r.written()).isNotEmpty();
    }
}
