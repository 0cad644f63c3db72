package org.recoveryoutcomes.engine.api;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link ReportEngine#map(Path, Path)} drafted: the mapping file written, which raw file was taken for which
 * of ours, and what is left to decide.
 *
 * <pre>{@code
 * MapResult r = ReportEngine.map(Path.of("export"), Path.of("export/mapping.json"));
 * r.undecided().forEach(System.out::println);
 * }</pre>
 *
 * <p>This class is immutable.
 *
 * @param written the draft mapping file
 * @param files one line per raw file taken, e.g. {@code Contact log.csv → contacts (0.97)}
 * @param undecided one line per header or value the draft could not decide (a {@code "?"} in it)
 */
public record MapResult(Path written, List<String> files, List<String> undecided) {

    public MapResult {
        files = List.copyOf(files);
        undecided = List.copyOf(undecided);
    }
}
