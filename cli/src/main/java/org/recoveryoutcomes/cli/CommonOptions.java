package org.recoveryoutcomes.cli;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** Options every command takes: how much to print, and stack traces for bug reports. */
final class CommonOptions {

    @Option(names = {"-x", "--stacktrace"}, description = "Show the stack trace of an error (for bug reports).")
    boolean stacktrace;

    @ArgGroup(exclusive = true, multiplicity = "0..1", heading = "%nHow much to print:%n")
    Verbosity verbosity = new Verbosity();

    static final class Verbosity {
        @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
        boolean quiet;

        @Option(names = {"-v", "--verbose"}, description = "Print every problem found in the data, not just the first 20.")
        boolean verbose;
    }

    boolean quiet() {
        return verbosity != null && verbosity.quiet;
    }

    boolean verbose() {
        return verbosity != null && verbosity.verbose;
    }
}
