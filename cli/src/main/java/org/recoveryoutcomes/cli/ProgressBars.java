package org.recoveryoutcomes.cli;

import java.io.Console;
import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.recoveryoutcomes.engine.model.Progress;

/**
 * The progress bar long runs draw on stderr: one bar per phase the engine announces (reading, metrics, writing;
 * or the replicas of {@code sample --scale}). Nothing at all is drawn when there is no terminal (a pipe, a file,
 * a CI log: {@code System.console()} is {@code null}) or with {@code --quiet}, so scripted output never changes.
 */
final class ProgressBars {

    private ProgressBars() {
    }

    /** A bar on {@code err} when on a terminal and not {@code quiet}; else no progress at all. */
    static Progress forTerminal(boolean terminal, boolean quiet, PrintStream err) {
        return !terminal || quiet ? Progress.NONE : new Bar(err);
    }

    /** The bar of this process: on {@code System.err} when {@link System#console()} is a terminal. */
    static Progress of(boolean quiet) {
        Console console = System.console();
        return forTerminal(console != null, quiet, System.err);
    }

    private static final class Bar implements Progress {
        private final PrintStream err;
        private ProgressBar bar;

        Bar(PrintStream err) {
            this.err = err;
        }

        @Override
        public void phase(String name, long total, String unit) {
            close();
            ProgressBarBuilder b = new ProgressBarBuilder().setTaskName(name).setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(200)
                    .setConsumer(new ConsoleProgressBarConsumer(err));
            if (unit.equals("B")) {
                b.setUnit(" MiB", 1024L * 1024L);
            } else {
                b.setUnit(" " + unit, 1);
            }
            bar = b.build();
        }

        @Override
        public void advance(long done) {
            if (bar != null) {
                bar.stepTo(done);
            }
        }

        @Override
        public void finish() {
            close();
        }

        private void close() {
            if (bar != null) {
                bar.close();
                bar = null;
            }
        }
    }
}
