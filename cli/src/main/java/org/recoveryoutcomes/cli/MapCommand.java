package org.recoveryoutcomes.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.recoveryoutcomes.engine.api.MapResult;
import org.recoveryoutcomes.engine.api.ReportEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code outcomes map}: a draft mapping.json for a case-management system's export. */
@Command(name = "map", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Draft a mapping.json for a raw export folder: which file is which of ours (from its headers), each "
                + "header's column with a score, the values of every coded column with their counts and a "
                + "proposed code, and what it could not decide (marked \"?\").",
            "Edit the draft, then run outcomes validate. Run map again over an edited draft and your edits are kept."
        })
final class MapCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-d", "--data"}, paramLabel = "DIR", required = true,
            description = "The raw export folder: CSV, XLSX or JSON files with the system's own names and headers.")
    Path data;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = "Where to write the draft. Default: mapping.json in the export folder, where validate and "
                + "report look for it.")
    Path out;

    @Mixin
    CommonOptions common = new CommonOptions();

    @Override
    public Integer call() {
        PrintWriter pw = spec.commandLine().getOut();
        MapResult r = ReportEngine.map(data, out == null ? data.resolve("mapping.json") : out);
        if (!common.quiet()) {
            r.files().forEach(f -> pw.println("file: " + f));
            r.undecided().forEach(u -> pw.println("undecided: " + u));
            pw.println("wrote " + r.written());
            pw.println(r.undecided().isEmpty() ? "Check the draft, then run: outcomes validate --data " + data
                    : r.undecided().size() + " things to decide: replace each \"?\" in the draft, then run: "
                        + "outcomes validate --data " + data);
        }
        return ExitCodes.OK;
    }
}
