package org.recoveryoutcomes.engine.internal.sample;

import java.nio.file.Path;
import java.util.List;

/** Placeholder until the sample branch lands. */
public final class SampleGenerator {

    private SampleGenerator() {
    }

    public static List<Path> generate(long seed, Path outDir) {
        throw new UnsupportedOperationException("TODO: sample helper");
    }
}
