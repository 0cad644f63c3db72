package org.recoveryoutcomes.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The {@code outcomes} command. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(ReportCli.commandLine(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)).execute(args));
    }
}
