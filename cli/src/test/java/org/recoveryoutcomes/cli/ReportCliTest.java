package org.recoveryoutcomes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReportCliTest {

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        return ReportCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    @ParameterizedTest
    @ValueSource(strings = {"report", "metrics", "validate", "map", "verify", "sample"})
    void everyCommandHasHelpWithTheExitCodes(String command) {
        assertThat(run(command, "--help")).isZero();
        assertThat(out.toString()).startsWith("Usage: outcomes " + command)
                .contains("Exit codes:", "3   Invalid input data", "70   Internal error");
    }

    @Test
    void anUnknownOptionIsBadUsage() {
        assertThat(run("report", "--colour", "red")).isEqualTo(2);
        assertThat(err.toString()).startsWith("Unknown options: '--colour', 'red'");
    }

    @Test
    void noCommandIsBadUsage() {
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString()).startsWith("name a command: report, metrics, validate, map, verify or sample");
    }

    @Test
    void aMissingDataDirectoryIsOneLineAndExitThree() {
        assertThat(run("report", "--data", "no/such/dir", "--quiet")).isEqualTo(3);
        assertThat(err.toString()).isEqualTo("error: data directory no/such/dir does not exist or is not a folder"
                + System.lineSeparator());
    }

    @Test
    void theStackTraceAppearsOnlyWhenAskedFor() {
        assertThat(run("report", "--data", "no/such/dir", "--quiet", "--stacktrace")).isEqualTo(3);
        assertThat(err.toString()).startsWith("error: data directory no/such/dir does not exist or is not a folder")
                .contains("at org.recoveryoutcomes.engine.api.ReportEngine.run");
    }

    @Test
    void aBadPeriodIsAConfigurationError() {
        assertThat(run("report", "--data", ".", "--period", "Q3", "--quiet")).isEqualTo(4);
        assertThat(err.toString()).startsWith("error: period: period 'Q3' is not understood; write one of ");
    }

    @Test
    void projectAndBoroughCannotBothBeGiven() {
        assertThat(run("report", "--project", "BAT", "--borough", "Ealing")).isEqualTo(2);
        assertThat(err.toString()).contains("mutually exclusive");
    }

    @Test
    void eachTakesBoroughOrProjectAndNotAFocusBesideIt() {
        assertThat(run("report", "--each", "borough", "--borough", "Ealing")).isEqualTo(2);
        assertThat(err.toString()).contains("mutually exclusive");
        err.getBuffer().setLength(0);

        assertThat(run("report", "--each", "all")).isEqualTo(2);
        assertThat(err.toString()).startsWith("Invalid value for option '--each': expected one of [BOROUGH, PROJECT]"
                + " (case-insensitive) but was 'all'");
    }

    @Test
    void sampleNeedsAnOutputDirectory() {
        assertThat(run("sample")).isEqualTo(2);
        assertThat(err.toString()).startsWith("Missing required option: '--out=DIR'");
    }
}
