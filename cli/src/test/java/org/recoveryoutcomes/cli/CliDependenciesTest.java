package org.recoveryoutcomes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The command line uses the engine through its API and model only (style guide, thin commands). */
class CliDependenciesTest {

    @Test
    void importsOnlyTheEnginesApiAndModel() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            List<String> bad = files.filter(p -> p.toString().endsWith(".java")).flatMap(f -> {
                try {
                    return Files.readString(f).lines()
                            .filter(l -> l.startsWith("import org.recoveryoutcomes.engine."))
                            .filter(l -> !l.startsWith("import org.recoveryoutcomes.engine.api.")
                                    && !l.startsWith("import org.recoveryoutcomes.engine.model."))
                            .map(l -> f.getFileName() + ": " + l);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
            assertThat(bad).isEmpty();
        }
    }
}
