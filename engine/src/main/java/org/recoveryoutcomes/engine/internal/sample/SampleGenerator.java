package org.recoveryoutcomes.engine.internal.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.recoveryoutcomes.engine.api.ReportException;

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
     * {@code top.csv} and {@code volunteers.csv} into {@code outDir} (created if needed, files overwritten).
     *
     * @return the six paths, sorted
     * @throws ReportException of kind OUTPUT when a file cannot be written
     */
    public static List<Path> generate(long seed, Path outDir) {
        SampleWorld world = SampleWorld.build(seed);
        try {
            return SampleCsv.write(world, outDir);
        } catch (IOException e) {
            throw new ReportException(ReportException.Kind.OUTPUT,
                    "cannot write the sample data to " + outDir + ": " + e.getMessage(), e);
        }
    }
}
