package org.recoveryoutcomes.engine.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.recoveryoutcomes.engine.api.ReportEngine;
import org.recoveryoutcomes.engine.api.ReportRequest;
import org.recoveryoutcomes.engine.api.RunResult;
import org.recoveryoutcomes.engine.model.Dataset;
import org.recoveryoutcomes.engine.model.FileReport;
import org.recoveryoutcomes.engine.model.RecordIssue;
import org.recoveryoutcomes.engine.model.ReportException;
import org.recoveryoutcomes.engine.model.Severity;

/**
 * Runs every case of the hostile-input corpus ({@code src/test/resources/io/hostile/}, see its README) as
 * {@code outcomes validate} would, and checks that the outcome is exactly the one written in the case's
 * {@code expected.txt}: the exit code, the per-file counts, and every message word for word. Whatever the input,
 * nothing but a {@link ReportException} may escape, every row message starts {@code file:row: column:}, and every
 * row read is either accepted or in the quarantine file.
 *
 * <p>{@code -Dgolden.update=true} rewrites each {@code expected.txt} from the actual outcome (keeping its comment,
 * {@code options:} and {@code generate:} lines); review the diff before committing.
 */
class HostileCorpusTest {

    /** Read from the sources, not the copy in target/, so that {@code golden.update} rewrites the real files. */
    static final Path CORPUS = Path.of("src/test/resources/io/hostile");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");
    /** No message, however hostile the input, is longer than this. */
    private static final int MAX_MESSAGE = 1200;

    @TempDir
    Path temp;

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(CORPUS)) {
            return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList().stream();
        }
    }

    @Test
    void holdsAtLeastSixtyCasesEachWithItsExpectedOutcome() throws IOException {
        List<String> names = cases().toList();

        assertThat(names).hasSizeGreaterThanOrEqualTo(60);
        for (String name : names) {
            assertThat(CORPUS.resolve(name).resolve("expected.txt")).as(name).isRegularFile();
        }
    }

    @Test
    void keepsTheRepositorySmall() throws IOException {
        try (Stream<Path> files = Files.walk(CORPUS)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.size(f)).as(CORPUS.relativize(f).toString()).isLessThan(200_000);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void survivesHostileInput(String name) throws IOException {
        Path source = CORPUS.resolve(name);
        Case c = Case.read(source.resolve("expected.txt"));
        Path data = Files.createDirectory(temp.resolve("data"));
        try (Stream<Path> files = Files.list(source)) {
            for (Path f : files.filter(p -> !p.getFileName().toString().equals("expected.txt")).toList()) {
                Files.copy(f, data.resolve(f.getFileName().toString()));
            }
        }
        for (String[] g : c.generate()) {
            HostileFiles.generate(g[0], data, data.resolve(g[1]));
        }

        List<String> actual = outcome(data, temp.resolve("out"), c.options(), source);

        if (UPDATE) {
            c.write(source.resolve("expected.txt"), actual);
        }
        assertThat(String.join("\n", actual)).as(name).isEqualTo(String.join("\n", c.expected()));
    }

    /** The outcome as {@code outcomes validate} reports it, checked for what must hold whatever the input. */
    private List<String> outcome(Path data, Path out, List<String> options, Path caseDir) throws IOException {
        ReportRequest.Builder b = ReportRequest.builder().dataDir(data).outDir(out).outputs(Set.of());
        ReadOptions read = apply(options, b, caseDir);
        List<String> lines = new ArrayList<>();
        RunResult result;
        try {
            result = ReportEngine.run(b.build());
        } catch (ReportException e) {
            assertThat(e.kind()).as("kind of: " + e.getMessage()).isNotEqualTo(ReportException.Kind.INTERNAL);
            e.location().ifPresent(at -> assertThat(e.getMessage()).startsWith(at + ": "));
            checkLine(e.getMessage());
            lines.add("exit: " + exitCode(e.kind()));
            lines.add("error: " + e.getMessage().replace(data.toString(), "<data>"));
            return lines;
        }
        lines.add("exit: " + (result.quarantined() > 0 ? 3 : 0));
        for (FileReport f : result.files()) {
            lines.add("file: " + f.file() + " rows " + (f.blank() == 0 ? "" : "read ") + f.rowsRead() + " = accepted "
                    + f.accepted() + " + quarantined " + f.quarantined() + (f.blank() == 0 ? "" : " + blank "
                    + f.blank()) + (f.quarantinedByReason().isEmpty() ? "" : " " + f.quarantinedByReason())
                    + (f.warningsByKind().isEmpty() ? "" : "; warnings " + f.warningsByKind()));
            assertThat(f.rows()).isEqualTo(f.accepted() + f.quarantined());
            assertThat(f.rowsRead()).isEqualTo(f.accepted() + f.quarantined() + f.blank());
            assertThat(quarantineRows(out, f.file())).as("rows in quarantine for " + f.file())
                    .isEqualTo(f.quarantined());
        }
        for (RecordIssue i : result.issues()) {
            checkLine(i.message());
            if (i.location() != null) {
                String prefix = i.location() + ": " + (i.column() == null ? "" : i.column() + ": ");
                assertThat(i.message()).startsWith(prefix);
            }
            lines.add((i.severity() == Severity.ERROR ? "rejected: " : "warning: ")
                    + i.message().replace(data.toString(), "<data>"));
        }
        if (result.issueCount() > result.issues().size()) {
            lines.add("… and " + (result.issueCount() - result.issues().size()) + " more");
        }
        checkEveryAcceptedRowIsInTheDataset(data, read, result);
        return lines;
    }

    /** The options of {@code outcomes validate} that a case may give. */
    private static ReadOptions apply(List<String> options, ReportRequest.Builder b, Path caseDir) {
        Path mapping = null;
        boolean allow = false;
        boolean strict = false;
        LocalDate asOf = null;
        Charset encoding = null;
        for (int i = 0; i < options.size(); i++) {
            switch (options.get(i)) {
                case "--strict" -> strict = true;
                case "--allow-identifiers" -> allow = true;
                case "--as-of" -> asOf = LocalDate.parse(options.get(++i));
                case "--encoding" -> encoding = Charset.forName(options.get(++i));
                case "--mapping" -> mapping = caseDir.resolve(options.get(++i));
                default -> throw new IllegalArgumentException("unknown option " + options.get(i));
            }
        }
        b.strict(strict).allowIdentifiers(allow).asOf(asOf).encoding(encoding).mappingFile(mapping);
        return new ReadOptions(mapping, allow, strict, asOf, encoding);
    }

    private static void checkLine(String message) {
        assertThat(message).doesNotContain("\n", "\r", "Exception", "\tat ").hasSizeLessThanOrEqualTo(MAX_MESSAGE);
    }

    /** The records in {@code <out>/quarantine/<base>.csv}, 0 when there is no such file. */
    private static long quarantineRows(Path out, String file) throws IOException {
        Path q = out.resolve("quarantine").resolve(file.substring(0, file.lastIndexOf('.')) + ".csv");
        if (!Files.exists(q)) {
            return 0;
        }
        try (Reader r = Files.newBufferedReader(q, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.parse(r).stream().count() - 1;
        }
    }

    /** Reading the same directory again gives a dataset holding exactly the rows each file report accepted. */
    private static void checkEveryAcceptedRowIsInTheDataset(Path data, ReadOptions options, RunResult result) {
        Dataset d = DatasetReader.read(data, options).dataset();
        for (FileReport f : result.files()) {
            int held = switch (f.file().substring(0, f.file().lastIndexOf('.')).toLowerCase(java.util.Locale.ROOT)) {
                case "projects" -> d.projects().size();
                case "contacts" -> d.contacts().size();
                case "clients" -> d.clients().size();
                case "top" -> d.tops().size();
                case "episodes" -> d.episodes().size();
                case "volunteers" -> d.volunteers().size();
                default -> throw new IllegalStateException(f.file());
            };
            assertThat((long) held).as("accepted rows of " + f.file()).isEqualTo(f.accepted());
        }
    }

    /** The exit code of the command line for a run that stopped (cli ExitCodes). */
    static int exitCode(ReportException.Kind kind) {
        return switch (kind) {
            case INPUT -> 3;
            case CONFIG -> 4;
            case OUTPUT -> 5;
            case INTERNAL -> 70;
        };
    }

    /**
     * A case's {@code expected.txt}: comment lines ({@code #}), {@code options:} and {@code generate: <generator>
     * <file>} lines say how to run it; every other line is the expected outcome.
     */
    record Case(List<String> head, List<String> options, List<String[]> generate, List<String> expected) {

        static Case read(Path file) throws IOException {
            List<String> head = new ArrayList<>();
            List<String> options = new ArrayList<>();
            List<String[]> generate = new ArrayList<>();
            List<String> expected = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.startsWith("#") || line.startsWith("options:") || line.startsWith("generate:")) {
                    head.add(line);
                    if (line.startsWith("options:")) {
                        options.addAll(List.of(line.substring("options:".length()).strip().split("\\s+")));
                    } else if (line.startsWith("generate:")) {
                        generate.add(line.substring("generate:".length()).strip().split("\\s+"));
                    }
                } else if (!line.isBlank()) {
                    expected.add(line);
                }
            }
            return new Case(head, options, generate, expected);
        }

        void write(Path file, List<String> outcome) throws IOException {
            List<String> all = new ArrayList<>(head);
            all.addAll(outcome);
            Files.write(file, all, StandardCharsets.UTF_8);
        }
    }
}
