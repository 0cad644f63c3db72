package org.recoveryoutcomes.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.recoveryoutcomes.engine.model.ReportException;

/** The sample data packaged in the jar (from {@code sample-data/}), unpacked to a temporary folder to be read. */
final class BundledSample {

    static final List<String> FILES = List.of("projects.csv", "contacts.csv", "clients.csv", "top.csv",
            "episodes.csv", "volunteers.csv");

    private BundledSample() {
    }

    static Path unpack() {
        try {
            Path dir = Files.createTempDirectory("outcomes-sample-");
            dir.toFile().deleteOnExit();
            int found = 0;
            for (String f : FILES) {
                try (InputStream in = BundledSample.class.getResourceAsStream("/org/recoveryoutcomes/sample-data/" + f)) {
                    if (in != null) {
                        Path target = dir.resolve(f);
                        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                        target.toFile().deleteOnExit();
                        found++;
                    }
                }
            }
            if (found == 0) {
                throw new ReportException(ReportException.Kind.INTERNAL,
                        "this build has no bundled sample data: give --data DIR");
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack the bundled sample data", e);
        }
    }
}
