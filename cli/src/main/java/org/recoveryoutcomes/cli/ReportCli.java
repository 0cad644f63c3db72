package org.recoveryoutcomes.cli;

import java.io.PrintWriter;
import org.recoveryoutcomes.engine.api.ReportEngine;
import org.recoveryoutcomes.engine.model.ReportException;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine;

/** The top command, {@code outcomes}: it only holds the subcommands. */
@Command(name = "outcomes",
        mixinStandardHelpOptions = true,
        versionProvider = ReportCli.Version.class,
        description = {
            "Outcome reports for drug and alcohol recovery and peer-led support projects.",
            "Reads anonymised contacts and TOP outcome records, computes engagement, abstinence and reintegration "
                + "metrics with confidence intervals, and writes Excel, PDF and HTML reports with small numbers hidden."
        },
        subcommands = {RunCommand.class, MetricsCommand.class, ValidateCommand.class, MapCommand.class,
            VerifyCommand.class, SampleCommand.class, CommandLine.HelpCommand.class})
final class ReportCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "name a command: report, metrics, validate, map, verify or sample (see outcomes --help)");
    }

    /**
     * The command line with its output and error writers and the handler that turns a {@link ReportException}
     * into one line and an exit code. Tests call this with {@code StringWriter}s.
     */
    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new ReportCli());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler(new ErrorHandler());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(ExitCodes.HELP);
        for (CommandLine sub : cl.getSubcommands().values()) {
            sub.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(ExitCodes.HELP);
        }
        return cl;
    }

    /** One line for the user's mistakes; the stack trace only with {@code --stacktrace}. */
    static final class ErrorHandler implements IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parseResult) {
            PrintWriter err = cl.getErr();
            boolean trace = false;
            for (ParseResult p = parseResult; p != null; p = p.subcommand()) {
                trace |= p.hasMatchedOption("--stacktrace");
            }
            int code;
            if (ex instanceof ReportException re) {
                err.println("error: " + re.getMessage());
                code = ExitCodes.of(re.kind());
            } else {
                err.println("internal error: " + ex + " (this is a defect: run again with --stacktrace and report it)");
                code = ExitCodes.INTERNAL;
            }
            if (trace) {
                ex.printStackTrace(err);
            }
            err.flush();
            return code;
        }
    }

    /** The version from the engine's build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {ReportEngine.ENGINE.name() + " " + ReportEngine.ENGINE.version()};
        }
    }
}
