package org.recoveryoutcomes.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The {@code outcomes} command. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // POI logs through the Log4j API, which otherwise warns on every run that it has no logging backend.
        // The API's own simple logger prints only errors.
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        System.exit(ReportCli.commandLine(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)).execute(args));
    }
}
