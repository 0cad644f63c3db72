package org.recoveryoutcomes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recoveryoutcomes.engine.model.Progress;

class ProgressBarsTest {

    @Test
    void drawsNothingWithoutATerminalOrWhenQuiet() {
        PrintStream err = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

        assertThat(ProgressBars.forTerminal(false, false, err)).isSameAs(Progress.NONE);
        assertThat(ProgressBars.forTerminal(true, true, err)).isSameAs(Progress.NONE);
        assertThat(ProgressBars.forTerminal(false, true, err)).isSameAs(Progress.NONE);
    }

    @Test
    void onATerminalDrawsOneBarPerPhaseOnStderr() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress bar = ProgressBars.forTerminal(true, false, new PrintStream(bytes, true, StandardCharsets.UTF_8));

        bar.phase("sample", 3, "replicas");
        bar.advance(3);
        bar.phase("metrics", 1, "steps");
        bar.advance(1);
        bar.finish();

        String drawn = bytes.toString(StandardCharsets.UTF_8);
        assertThat(drawn).contains("sample 100%", "3/3 replicas", "metrics 100%", "1/1 steps");
    }

    @Test
    void sampleAtScalePrintsNothingExtraWhenStderrIsNotATerminal(@TempDir Path dir) {
        // Under the test runner there is no console, as in a pipe or a CI log.
        assertThat(System.console()).isNull();
        PrintStream realErr = System.err;
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code;
        try {
            System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
            code = ReportCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
                    .execute("sample", "--scale", "2", "--out", dir.toString());
        } finally {
            System.setErr(realErr);
        }

        assertThat(code).isZero();
        assertThat(stderr.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString()).isEmpty();
        assertThat(out.toString().lines()).containsExactly("wrote " + dir.resolve("clients.csv"),
                "wrote " + dir.resolve("contacts.csv"), "wrote " + dir.resolve("episodes.csv"),
                "wrote " + dir.resolve("projects.csv"), "wrote " + dir.resolve("top.csv"),
                "wrote " + dir.resolve("volunteers.csv"));
    }
}
