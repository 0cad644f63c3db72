package org.recoveryoutcomes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs cases of the engine's hostile-input corpus ({@code engine/src/test/resources/io/hostile}, see its README)
 * through {@code outcomes validate} as a user would: the exit code is the one the case expects, a run that stops
 * says so in one {@code error: …} line, every message the case expects is printed, and nothing looks like a stack
 * trace.
 */
class HostileCorpusCliTest {

    static final Path CORPUS = Path.of("../engine/src/test/resources/io/hostile");

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(List<String> args) {
        return ReportCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(args.toArray(String[]::new));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"windows-1252", "windows-1252-with-encoding", "utf16-with-bom", "zero-bytes",
        "xls-named-csv", "csv-named-xlsx", "damaged-xlsx", "unclosed-quote", "semicolons", "very-long-header",
        "identifier-columns", "two-contacts-files", "json-broken", "mapping-not-json", "impossible-dates",
        "future-dates-as-of", "nhs-number-values", "header-only", "empty-file", "mapped-export", "mapping-given",
        "identifier-values-strict", "jsonl-bad-lines"})
    void validateGivesTheCasesExitCodeAndMessages(String name) throws IOException {
        Path dir = CORPUS.resolve(name);
        List<String> expected = new ArrayList<>();
        List<String> args = new ArrayList<>(List.of("validate", "--data", dir.toString()));
        for (String line : Files.readAllLines(dir.resolve("expected.txt"), StandardCharsets.UTF_8)) {
            if (line.startsWith("options:")) {
                String[] options = line.substring("options:".length()).strip().split("\\s+");
                for (int i = 0; i < options.length; i++) {
                    args.add(options[i]);
                    if (options[i].equals("--mapping")) {
                        args.add(dir.resolve(options[++i]).toString());
                    }
                }
            } else if (!line.startsWith("#") && !line.startsWith("generate:") && !line.isBlank()) {
                expected.add(line.replace("<data>", dir.toString()));
            }
        }
        int exit = Integer.parseInt(expected.get(0).substring("exit: ".length()));

        assertThat(run(args)).isEqualTo(exit);

        String error = expected.stream().filter(l -> l.startsWith("error: ")).findFirst().orElse(null);
        if (error != null) {
            assertThat(err.toString()).isEqualTo(error + System.lineSeparator());
        } else {
            assertThat(err.toString()).isEmpty();
            List<String> printed = out.toString().lines().toList();
            expected.stream().filter(l -> l.startsWith("rejected: ") || l.startsWith("warning: "))
                    .forEach(l -> assertThat(printed).contains(l));
            assertThat(printed).last().isEqualTo(exit == 0 ? "OK: every row was accepted."
                    : "Rows were rejected: fix them at source and run again.");
        }
        assertThat(out.toString() + err.toString()).doesNotContain("Exception", "at org.", "at java.");
    }

    @Test
    void anEncodingJavaDoesNotKnowIsAConfigurationError() {
        assertThat(run(List.of("validate", "--data", CORPUS.resolve("header-only").toString(), "--encoding",
                "klingon"))).isEqualTo(4);
        assertThat(err.toString()).isEqualTo("error: --encoding 'klingon' is not an encoding Java knows; use e.g. "
                + "UTF-8, windows-1252, ISO-8859-1 or UTF-16" + System.lineSeparator());
    }

    @Test
    void anAsOfThatIsNotADateIsAConfigurationError() {
        assertThat(run(List.of("validate", "--data", CORPUS.resolve("header-only").toString(), "--as-of",
                "2026-02-30"))).isEqualTo(4);
        assertThat(err.toString()).isEqualTo("error: --as-of '2026-02-30' is not a date; write it as yyyy-MM-dd or "
                + "dd/MM/yyyy, e.g. 2026-10-15 or 15/10/2026" + System.lineSeparator());
    }

    @Test
    void windows1252DataReadsWithTheEncodingNamed() {
        assertThat(run(List.of("validate", "--data", CORPUS.resolve("windows-1252").toString(), "--encoding",
                "windows-1252", "--quiet"))).isZero();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void theStackTraceOfAnInputErrorAppearsOnlyWhenAskedFor() {
        assertThat(run(List.of("validate", "--data", CORPUS.resolve("xls-named-csv").toString(), "--stacktrace")))
                .isEqualTo(3);
        assertThat(err.toString()).startsWith("error: contacts.csv: the file is not text: it is an old-style Office "
                + "file").contains("at org.recoveryoutcomes.engine.io.table.TextFiles.requireText");
    }
}
