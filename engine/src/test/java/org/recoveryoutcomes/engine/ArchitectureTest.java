package org.recoveryoutcomes.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The package rules of the style guide, read from the sources' imports: {@code io}, {@code metrics} and
 * {@code render} depend on {@code model} (and the API's exception), never on each other; {@code model} depends on
 * nothing of ours but itself.
 */
class ArchitectureTest {

    private static final Path MAIN = Path.of("src/main/java/org/recoveryoutcomes/engine");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?org\\.recoveryoutcomes\\.engine\\.([a-z]+)",
            Pattern.MULTILINE);

    static List<String> violations(String pkg, List<String> allowed) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN.resolve(pkg))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = IMPORT.matcher(Files.readString(f));
                while (m.find()) {
                    if (!allowed.contains(m.group(1))) {
                        out.add(MAIN.relativize(f) + " imports engine." + m.group(1));
                    }
                }
            }
        }
        return out;
    }

    @Test
    void modelDependsOnNothingOfOurs() throws IOException {
        assertThat(violations("model", List.of("model"))).isEmpty();
    }

    @Test
    void ioMetricsAndRenderNeverDependOnEachOther() throws IOException {
        assertThat(violations("io", List.of("model", "io", "api", "internal"))).isEmpty();
        assertThat(violations("metrics", List.of("model", "metrics", "api"))).isEmpty();
        assertThat(violations("render", List.of("model", "render", "api"))).isEmpty();
    }

    @Test
    void ioUsesOnlyTheSharedAtomicWriteOfInternal() throws IOException {
        List<String> uses = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN.resolve("io"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Files.readString(f).lines().filter(l -> l.startsWith("import org.recoveryoutcomes.engine.internal."))
                        .filter(l -> !l.equals("import org.recoveryoutcomes.engine.internal.AtomicFiles;"))
                        .forEach(l -> uses.add(MAIN.relativize(f) + ": " + l));
            }
        }
        assertThat(uses).isEmpty();
    }

    @Test
    void renderAndIoUseOnlyTheApisException() throws IOException {
        List<String> apiUses = new ArrayList<>();
        for (String pkg : List.of("io", "metrics", "render")) {
            try (Stream<Path> files = Files.walk(MAIN.resolve(pkg))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Files.readString(f).lines().filter(l -> l.startsWith("import org.recoveryoutcomes.engine.api."))
                            .filter(l -> !l.equals("import org.recoveryoutcomes.engine.api.ReportException;"))
                            .forEach(l -> apiUses.add(MAIN.relativize(f) + ": " + l));
                }
            }
        }
        assertThat(apiUses).isEmpty();
    }
}
