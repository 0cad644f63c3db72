package org.recoveryoutcomes.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where outputs go. */
final class OutputOptions {

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "reports",
            description = "Output directory (created if missing). Default: ${DEFAULT-VALUE}.")
    Path out;
}
