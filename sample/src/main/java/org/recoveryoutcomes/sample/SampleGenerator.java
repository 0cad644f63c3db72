package org.recoveryoutcomes.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.recoveryoutcomes.engine.model.Progress;
import org.recoveryoutcomes.engine.model.ReportException;

/**
 * Generates the synthetic sample data set: seven projects modelled on the peer-led services of the seed
 * texts, with contacts from 2024-04-01 to 2026-09-30, client profiles, TOPs, episodes and volunteers. Every
 * record is invented. The same seed always gives byte-identical files (no clock, no default locale, a fixed
 * order everywhere); the committed {@code sample-data/} is seed {@value #DEFAULT_SEED}.
 *
 * <p>{@code SampleGenerator.generate(20261122L, Path.of("sample-data"))}
 */
public final class SampleGenerator {

    /** The seed of the committed sample data. */
    public static final long DEFAULT_SEED = 20261122L;

    private SampleGenerator() {
    }

    /**
     * Writes {@code clients.csv}, {@code contacts.csv}, {@code episodes.csv}, {@code projects.csv},
     * {@code top.csv} and {@code volunteers.csv} into {@code outDir} (created if needed, files overwritten): the seed
     * projects, two and a half years.
     *
     * @return the six paths, sorted
     * @throws ReportException of kind OUTPUT when a file cannot be written
     */
    public static List<Path> generate(long seed, Path outDir) {
        createDirectories(outDir);
        SampleWorld world = SampleWorld.build(seed);
        try {
            return SampleCsv.write(world, outDir);
        } catch (IOException e) {
            throw new ReportException(ReportException.Kind.OUTPUT,
                    "cannot write the sample data to " + outDir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes sample data at a scale to {@code outDir}, streaming the rows to disk (one replica of the seed world in
     * memory at a time): {@code "1"} is exactly {@link #generate(long, Path)}, {@code "N"} is N replicas with their
     * own projects, {@code "national"} about 1,500 projects in 155 boroughs with 20 million contacts.
     *
     * @param scale a whole number of at least 1, or {@code "national"}
     * @param progress hears the replicas written; {@link Progress#NONE} for nothing
     * @return the files written, sorted by name
     * @throws ReportException of kind CONFIG for a scale not understood, OUTPUT when a file cannot be written
     */
    public static List<Path> generate(long seed, Path outDir, String scale, Progress progress) {
        ScaledSample.Scale parsed = ScaledSample.Scale.parse(scale);
        createDirectories(outDir);
        return ScaledSample.generate(seed, outDir, parsed, progress);
    }

    private static void createDirectories(Path outDir) {
        try {
            Files.createDirectories(outDir);
        } catch (IOException e) {
            throw new ReportException(ReportException.Kind.OUTPUT, "cannot create " + outDir + ": " + e.getMessage(), e);
        }
    }
}
