package org.recoveryoutcomes.engine.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What checking an output folder against the {@code manifest.json} its last run wrote found.
 *
 * <pre>{@code
 * OutputCheck check = ReportEngine.checkOutputs(Path.of("reports"));
 * if (!check.matches()) {
 *     System.err.println(check.message());
 * }
 * }</pre>
 *
 * <p>This class is immutable.
 *
 * @param folder the output folder
 * @param runId the run id the manifest gives, or null when it could not be read
 * @param files the files the manifest lists, relative to the folder
 * @param problems one per file that is missing or not as written, empty when every file matches
 * @param message one line saying what matches or what does not
 */
public record OutputCheck(Path folder, String runId, List<String> files, List<String> problems, String message) {

    public OutputCheck {
        Objects.requireNonNull(folder, "folder");
        files = List.copyOf(files);
        problems = List.copyOf(problems);
    }

    /** True when every file the manifest lists is there as the run wrote it. */
    public boolean matches() {
        return problems.isEmpty();
    }
}
