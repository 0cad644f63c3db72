package org.recoveryoutcomes.cli;

import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.List;
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

/** {@code outcomes report}: the main job. */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Compute every metric and write the Excel, PDF and HTML report and metrics.json.",
            "With no options: the bundled sample data, its latest complete quarter, the quarterly-monitoring "
                + "template, written to ./reports/."
        })
final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input = new InputOptions();

    @Mixin
    AnalysisOptions analysis = new AnalysisOptions();

    @Option(names = {"-t", "--template"}, paramLabel = "NAME|FILE", defaultValue = ReportRequest.DEFAULT_TEMPLATE,
            description = "Report template: quarterly-monitoring, borough-comparison, impact-evaluation, or the path "
                + "of your own template file. Default: ${DEFAULT-VALUE}.")
    String template;

    @Option(names = {"-f", "--format"}, split = ",", paramLabel = "FORMAT",
            description = "What to write, comma-separated: ${COMPLETION-CANDIDATES}. Default: all.")
    List<OutputFormat> formats;

    @Mixin
    OutputOptions output = new OutputOptions();

    @Mixin
    CommonOptions common = new CommonOptions();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ReportRequest.Builder b = ReportRequest.builder().template(template).outDir(output.out)
                .outputs(formats == null || formats.isEmpty() ? EnumSet.allOf(OutputFormat.class) : EnumSet.copyOf(formats));
        input.apply(b, out, common.quiet());
        analysis.apply(b, spec.commandLine());
        RunResult result = ReportEngine.run(b.build(), ProgressBars.of(common.quiet()));
        Summary.outputWarnings(spec.commandLine().getErr(), result);
        if (!common.quiet()) {
            out.println("Period " + result.metrics().period().label() + " (" + result.metrics().period().start()
                    + " to " + result.metrics().period().end() + "); outcomes over "
                    + result.metrics().outcomePeriod().label());
            Summary.blankRows(out, result);
            Summary.written(out, result);
        }
        return ExitCodes.OK;
    }
}
