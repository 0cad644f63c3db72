package org.recoveryoutcomes.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.recoveryoutcomes.sample.SampleGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code outcomes sample}: synthetic data for trying the tool and for tests. */
@Command(name = "sample", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Generate synthetic, anonymised sample data for the seed projects (deterministic: the same "
            + "seed gives the same files).")
final class SampleCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--seed", defaultValue = "20261122", description = "Random seed. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", required = true, description = "Directory to write the CSV files to.")
    Path out;

    @Option(names = "--scale", paramLabel = "N|national", defaultValue = "1",
            description = "How much data: N times the sample world (each replica its own seven projects, simulated "
                + "with its own seed), or 'national' (about 1,500 projects in 155 boroughs, 20 million contacts). "
                + "Rows are streamed to disk. Default: ${DEFAULT-VALUE} (the sample itself).")
    String scale;

    @Mixin
    CommonOptions common = new CommonOptions();

    @Override
    public Integer call() {
        List<Path> files = SampleGenerator.generate(seed, out, scale, ProgressBars.of(common.quiet()));
        if (!common.quiet()) {
            files.forEach(f -> spec.commandLine().getOut().println("wrote " + f));
        }
        return ExitCodes.OK;
    }
}
