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
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code outcomes metrics}: metrics.json only, for analysts and dashboards. */
@Command(name = "metrics", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Compute every metric for every group and write metrics.json to the output directory: "
            + "every hidden figure withheld, as beside a report; --raw-metrics adds every figure raw in "
            + "metrics-NOT-FOR-PUBLICATION.json.")
final class MetricsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input = new InputOptions();

    @Mixin
    AnalysisOptions analysis = new AnalysisOptions();

    @Mixin
    OutputOptions output = new OutputOptions();

    @Mixin
    CommonOptions common = new CommonOptions();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ReportRequest.Builder b = ReportRequest.builder().outDir(output.out).outputs(EnumSet.of(OutputFormat.JSON));
        input.apply(b, out, common.quiet());
        analysis.apply(b, spec.commandLine());
        RunResult result = ReportEngine.run(b.build(), ProgressBars.of(common.quiet()));
        Summary.outputWarnings(spec.commandLine().getErr(), result);
        if (!common.quiet()) {
            out.println("Period " + result.metrics().period().label() + "; " + result.metrics().groups().size()
                    + " groups; " + result.metrics().definitions().size() + " metrics");
            Summary.blankRows(out, result);
            Summary.written(out, result);
        }
        return ExitCodes.OK;
    }
}
