package org.recoveryoutcomes.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.recoveryoutcomes.engine.api.OutputCheck;
import org.recoveryoutcomes.engine.api.ReportEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code outcomes verify}: does an output folder hold exactly the files its last run wrote? */
@Command(name = "verify", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Check that the files of an output folder are the ones its last report run wrote: each file listed in "
                + "its manifest.json must be there, with the size and SHA-256 listed.",
            "Exits with 5 when a file is missing or not as written (an interrupted run, or a file changed since)."
        })
final class VerifyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", required = true,
            description = "The output folder a report was written to.")
    Path out;

    @Mixin
    CommonOptions common = new CommonOptions();

    @Override
    public Integer call() {
        OutputCheck check = ReportEngine.checkOutputs(out);
        if (!check.matches()) {
            spec.commandLine().getErr().println("error: " + check.message());
            return ExitCodes.OUTPUT;
        }
        if (!common.quiet()) {
            spec.commandLine().getOut().println(check.message());
        }
        return ExitCodes.OK;
    }
}
