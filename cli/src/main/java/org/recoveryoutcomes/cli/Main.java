package org.recoveryoutcomes.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The {@code outcomes} command. */
public final class Main {

    static final String SIMPLE_LOG_LEVEL = "org.apache.logging.log4j.simplelog.level";

    private Main() {
    }

    public static void main(String[] args) {
        // POI logs through the Log4j API, which otherwise warns on every run that it has no logging backend.
        // The API's own simple logger is silenced too: on a damaged workbook POI logs the XML parser's stack trace
        // (found by fuzzing), and what is wrong is said in the one error: line. -D… on the command line wins.
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        if (System.getProperty(SIMPLE_LOG_LEVEL) == null) {
            System.setProperty(SIMPLE_LOG_LEVEL, "OFF");
        }
        System.exit(ReportCli.commandLine(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)).execute(args));
    }
}
