package org.recoveryoutcomes.engine.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportEngineProgressTest {

    /** The committed data set, relative to the engine module (surefire runs in the module's folder). */
    private static final Path SAMPLE = Path.of("..", "sample-data");

    @Test
    void reportsReadingByBytesThenMetricsThenEachOutputThenFinishes(@TempDir Path out) throws IOException {
        RecordingProgress progress = new RecordingProgress();

        ReportEngine.run(ReportRequest.builder().dataDir(SAMPLE).outDir(out)
                .outputs(EnumSet.of(OutputFormat.JSON)).build(), progress);

        long bytes = bytesIn(SAMPLE);
        // Metrics: the index, the eight trend quarters (which hold the report period, the one before and the
        // same quarter a year before), the breakdowns: 10 steps. Then disclosure control, one pattern for the
        // publication. Writing: metrics.json, then the publication's ledger (publication-ledger.json, written after
        // the reports): 2 files.
        assertThat(progress.heard).containsExactly("reading " + bytes + " B", "advance " + bytes,
                "metrics 10 steps", "advance 1", "advance 2", "advance 3", "advance 4", "advance 5", "advance 6",
                "advance 7", "advance 8", "advance 9", "advance 10", "protecting 1 publication", "advance 1",
                "writing 2 files", "advance 1", "advance 2",
                "finish");
    }

    @Test
    void aValidateOnlyRunReportsOnlyTheReading(@TempDir Path out) throws IOException {
        RecordingProgress progress = new RecordingProgress();

        ReportEngine.run(ReportRequest.builder().dataDir(SAMPLE).outDir(out)
                .outputs(EnumSet.noneOf(OutputFormat.class)).build(), progress);

        long bytes = bytesIn(SAMPLE);
        assertThat(progress.heard).containsExactly("reading " + bytes + " B", "advance " + bytes, "finish");
    }

    /** The six CSV files and the README: every regular file of the folder. */
    private static long bytesIn(Path dir) throws IOException {
        long sum = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                sum += Files.size(f);
            }
        }
        assertThat(sum).isGreaterThan(2_000_000);
        return sum;
    }
}
