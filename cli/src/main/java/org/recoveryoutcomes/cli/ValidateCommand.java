package org.recoveryoutcomes.cli;

import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.concurrent.Callable;
import org.recoveryoutcomes.engine.api.OutputFormat;
import org.recoveryoutcomes.engine.api.ReportEngine;
import org.recoveryoutcomes.engine.api.ReportRequest;
import org.recoveryoutcomes.engine.api.RunResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code outcomes validate}: check the data, write nothing but quarantine files. */
@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Check a data directory against the data format and print a data-quality summary: per file, rows read, "
                + "accepted, quarantined by reason, and warnings.",
            "Exits with 3 when any row is rejected or a required file is missing."
        })
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input = new InputOptions();

    @Option(names = {"-o", "--out"}, paramLabel = "DIR",
            description = "Write rejected rows, unchanged and with the reason, to DIR/quarantine/. Default: write nothing.")
    java.nio.file.Path out;

    @Mixin
    CommonOptions common = new CommonOptions();

    @Override
    public Integer call() {
        PrintWriter pw = spec.commandLine().getOut();
        ReportRequest.Builder b = ReportRequest.builder().outDir(out).outputs(EnumSet.noneOf(OutputFormat.class));
        input.apply(b, pw, common.quiet());
        RunResult result = ReportEngine.run(b.build());
        Summary.outputWarnings(spec.commandLine().getErr(), result);
        if (!common.quiet()) {
            Summary.dataQuality(pw, result);
            Summary.issues(pw, result, common.verbose());
            Summary.written(pw, result);
            pw.println(result.quarantined() == 0 ? "OK: every row was accepted."
                    : "Rows were rejected: fix them at source and run again.");
        }
        return result.quarantined() == 0 ? ExitCodes.OK : ExitCodes.INVALID_DATA;
    }
}
