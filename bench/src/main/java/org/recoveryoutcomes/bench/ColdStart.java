package org.recoveryoutcomes.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * What an evaluation lead waits for (issue 17): the {@code outcomes} launcher run as a whole, fresh process on the
 * bundled sample, once per job, after warm-up runs that fill the file cache; median and fastest wall time against
 * the target. The launcher chooses the JVM's options, so the times are what a user sees.
 */
final class ColdStart {

    /** One job: what the user types after {@code outcomes}, and the wall time it should take at most. */
    record Job(String label, List<String> args, double targetSeconds) {
    }

    /** A job's timed runs, in nanoseconds. */
    record Timed(Job job, long[] runs) {

        long median() {
            return Benchmark.median(runs);
        }

        long fastest() {
            return Benchmark.min(runs);
        }

        boolean met() {
            return median() <= job.targetSeconds() * 1e9;
        }
    }

    /** The jobs of issue 17's first item; {@code out} receives the reports. */
    static List<Job> jobs(Path out) {
        String o = out.toString();
        return List.of(
                new Job("`outcomes report`, all outputs", List.of("report", "--quiet", "--out", o), 2.0),
                new Job("`outcomes report -f json`", List.of("report", "--quiet", "-f", "json", "--out", o), 2.0),
                new Job("`outcomes report -f xlsx`", List.of("report", "--quiet", "-f", "xlsx", "--out", o), 2.0),
                new Job("`outcomes report -f pdf`", List.of("report", "--quiet", "-f", "pdf", "--out", o), 2.0),
                new Job("`outcomes validate`", List.of("validate", "--quiet"), 0.6));
    }

    private ColdStart() {
    }

    /** Runs every job {@code warmup} times untimed and {@code runs} times timed, each in a fresh process. */
    static List<Timed> measure(Path launcher, Path out, int warmup, int runs) throws IOException, InterruptedException {
        List<Timed> timed = new ArrayList<>();
        for (Job job : jobs(out)) {
            long[] times = new long[runs];
            for (int i = 0; i < warmup + runs; i++) {
                long t = run(launcher, job, out);
                if (i >= warmup) {
                    times[i - warmup] = t;
                }
            }
            Timed r = new Timed(job, times);
            System.out.println("[cold start] " + job.label() + ": median " + Benchmark.seconds(r.median()) + " s");
            timed.add(r);
        }
        return timed;
    }

    /** One fresh process of the launcher, from a cleared output folder (each run is a first run there). */
    private static long run(Path launcher, Job job, Path out) throws IOException, InterruptedException {
        deleteTree(out);
        List<String> command = new ArrayList<>();
        command.add(launcher.toString());
        command.addAll(job.args());
        Path log = Files.createTempFile("outcomes-cold-start", ".log");
        try {
            long t = System.nanoTime();
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IOException(String.join(" ", command) + " did not finish in 10 minutes");
            }
            long elapsed = System.nanoTime() - t;
            if (p.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " ended with exit status " + p.exitValue() + ":\n"
                        + Files.readString(log));
            }
            return elapsed;
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /** The Markdown table: one row per job, median and fastest wall time, target, whether it is met. */
    static String table(List<Timed> timed) {
        StringBuilder b = new StringBuilder();
        b.append("| whole process on the sample | median (fastest) s | target s | |\n");
        b.append("|---|---:|---:|---|\n");
        for (Timed t : timed) {
            b.append(String.format(Locale.ROOT, "| %s | %s (%s) | %.1f | %s |%n", t.job().label(),
                    Benchmark.seconds(t.median()), Benchmark.seconds(t.fastest()), t.job().targetSeconds(),
                    t.met() ? "met" : "not met"));
        }
        return b.toString();
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(p);
            }
        }
    }
}
