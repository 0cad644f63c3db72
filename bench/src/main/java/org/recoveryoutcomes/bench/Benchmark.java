package org.recoveryoutcomes.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.recoveryoutcomes.bench.DuckDbMetrics.Figure;
import org.recoveryoutcomes.engine.api.OutputFormat;
import org.recoveryoutcomes.engine.api.ReportEngine;
import org.recoveryoutcomes.engine.api.ReportRequest;
import org.recoveryoutcomes.engine.api.RunResult;
import org.recoveryoutcomes.engine.model.GroupLevel;
import org.recoveryoutcomes.engine.model.MetricsResult;
import org.recoveryoutcomes.engine.model.Progress;
import org.recoveryoutcomes.engine.model.ReportException;
import org.recoveryoutcomes.engine.model.Settings;
import org.recoveryoutcomes.sample.SampleGenerator;
import org.recoveryoutcomes.sample.ScaledSample;

/**
 * The benchmark (docs/performance.md): for each scale, generates the sample data at that scale (once, kept under
 * the work folder), times our engine end to end (read and check the six files, every metric for every group,
 * the raw {@code metrics.json}: DuckDB's figures are raw too, and disclosure control is timed by {@code --reports})
 * and DuckDB computing the core metrics in SQL from the same CSVs, checks that both give the
 * same figures for every group, and prints a table: median and fastest wall time, the ratio ours/DuckDB, peak
 * heap, peak live heap, peak RSS and rows per second.
 *
 * <pre>
 * mvn -B -q -pl bench -am package -DskipTests
 * java -Xmx2g -jar bench/target/outcomes-bench.jar --scale 1,10 --work /tmp/bench
 * </pre>
 *
 * <p>Options: {@code --scale} (comma-separated; whole numbers or {@code national}; default 1), {@code --work}
 * (default {@code bench/data}), {@code --runs} timed runs (default 3), {@code --warmup} runs (default 1),
 * {@code --seed} (default the sample's), {@code --engines duckdb} to time DuckDB alone (for scales ours cannot
 * hold), {@code --reports borough} (or {@code project}) to time, after the rest, one run that writes the
 * quarterly-monitoring report (xlsx and pdf) of every borough (project), phase by phase. Exit status 0 when every
 * figure agrees, 1 on any mismatch, 2 on bad arguments. {@code --cold-start ./outcomes} adds, first, the cold-start
 * table: that launcher run as whole, fresh processes on the bundled sample (see {@link ColdStart}).
 */
public final class Benchmark {

    private record Options(List<String> scales, Path work, int runs, int warmup, long seed, boolean ours,
                           GroupLevel reports, Path coldStart) {
    }

    /** The run that writes one report per group of a level: files written and the time of each phase. */
    private record Reports(int files, long total, long reading, long metrics, long protecting, long writing) {
    }

    /** One scale's results; times in nanoseconds, memory in bytes; {@code oursError} set when ours failed. */
    private record Result(String scale, long rows, long[] ours, long[] duck, long oursHeap, long oursLive,
                          long oursRss, long duckHeap, long duckRss, String oursError, int mismatches,
                          Reports reports) {
    }

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        // POI logs through Log4j's API; without an implementation on the class path Log4j prints a warning on
        // first use. The simple context keeps it quiet, as the CLI does.
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        Options o;
        try {
            o = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("outcomes-bench: " + e.getMessage());
            System.err.println("usage: java -Xmx2g -jar outcomes-bench.jar [--scale 1,10,100|national] [--work DIR]"
                    + " [--runs 3] [--warmup 1] [--seed N] [--engines both|duckdb] [--reports borough|project|none]"
                    + " [--cold-start LAUNCHER]");
            System.exit(2);
            return;
        }
        System.out.println("# outcomes-bench: " + Runtime.getRuntime().availableProcessors() + " processors, max heap "
                + mib(Runtime.getRuntime().maxMemory()) + ", Java " + System.getProperty("java.version"));
        String coldStart = "";
        if (o.coldStart() != null) {
            coldStart = ColdStart.table(ColdStart.measure(o.coldStart(), o.work().resolve("cold-start"),
                    Math.max(1, o.warmup()), o.runs())) + "\n";
        }
        List<Result> results = new ArrayList<>();
        for (String scale : o.scales()) {
            results.add(runScale(o, scale));
        }
        String table = coldStart + table(results);
        System.out.println();
        System.out.println(table);
        Files.createDirectories(o.work());
        Files.writeString(o.work().resolve("results.md"), table, StandardCharsets.UTF_8);
        System.exit(results.stream().anyMatch(r -> r.mismatches() > 0) ? 1 : 0);
    }

    private static Result runScale(Options o, String scale) throws Exception {
        Path data = o.work().resolve("scale-" + scale.toLowerCase(Locale.ROOT));
        Path done = data.resolve(".complete");
        if (!Files.exists(done)) {
            System.out.println("[" + scale + "] generating the data in " + data + " …");
            long t = System.nanoTime();
            SampleGenerator.generate(o.seed(), data, scale, Progress.NONE);
            Files.writeString(done, "seed " + o.seed() + "\n", StandardCharsets.UTF_8);
            System.out.println("[" + scale + "] generated in " + seconds(System.nanoTime() - t) + " s");
        }
        Path out = o.work().resolve("out-" + scale.toLowerCase(Locale.ROOT));
        // Like for like: DuckDB computes the raw figures, so ours writes the raw metrics.json (disclosure control off).
        // Protecting a publication is a step DuckDB does not do; --reports times it as a phase of its own.
        ReportRequest request = ReportRequest.builder().dataDir(data).outDir(out)
                .outputs(EnumSet.of(OutputFormat.JSON)).suppression(false).build();

        // Ours: warm-up, then timed runs.
        long[] ours = new long[o.runs()];
        MetricsResult metrics = null;
        String error = null;
        long oursHeap = -1;
        long oursLive = -1;
        long oursRss = -1;
        long started = System.nanoTime();
        if (!o.ours()) {
            error = "not run (--engines duckdb)";
        } else {
            try {
                for (int i = 0; i < o.warmup(); i++) {
                    System.out.println("[" + scale + "] ours warm-up " + (i + 1));
                    metrics = ReportEngine.run(request).metrics();
                }
                Measure.resetPeaks();
                try (Measure.HeapAfterGc live = new Measure.HeapAfterGc()) {
                    for (int i = 0; i < o.runs(); i++) {
                        long t = System.nanoTime();
                        RunResult r = ReportEngine.run(request);
                        ours[i] = System.nanoTime() - t;
                        metrics = r.metrics();
                        System.out.println("[" + scale + "] ours run " + (i + 1) + ": " + seconds(ours[i]) + " s");
                    }
                    oursLive = live.maxBytes();
                }
                oursHeap = Measure.peakHeapBytes();
                oursRss = Measure.peakRssBytes();
            } catch (OutOfMemoryError e) {
                metrics = null;
                error = "OutOfMemoryError (" + e.getMessage() + ") after "
                        + seconds(System.nanoTime() - started) + " s";
                System.out.println("[" + scale + "] ours failed: " + error);
            }
        }
        long rows = rows(data);

        // DuckDB: needs the periods; take them from our run, or work them out as the engine would.
        Settings settings = Settings.DEFAULTS;
        DuckDbMetrics duckdb = new DuckDbMetrics(settings);
        if (metrics == null) {
            System.out.println("[" + scale + "] no figures of ours to check against; DuckDB is timed only");
        }
        var period = metrics == null ? new org.recoveryoutcomes.engine.model.Period("2026/27-Q2",
                java.time.LocalDate.of(2026, 7, 1), java.time.LocalDate.of(2026, 9, 30)) : metrics.period();
        var outcome = metrics == null ? new org.recoveryoutcomes.engine.model.Period("12m:2026-09-30",
                java.time.LocalDate.of(2025, 10, 1), java.time.LocalDate.of(2026, 9, 30)) : metrics.outcomePeriod();
        long[] duck = new long[o.runs()];
        Map<String, Map<String, Figure>> theirs = null;
        for (int i = 0; i < o.warmup(); i++) {
            System.out.println("[" + scale + "] DuckDB warm-up " + (i + 1));
            duckdb.compute(data, period.start(), period.end(), outcome.start(), outcome.end());
        }
        Measure.resetPeaks();
        for (int i = 0; i < o.runs(); i++) {
            long t = System.nanoTime();
            theirs = duckdb.compute(data, period.start(), period.end(), outcome.start(), outcome.end());
            duck[i] = System.nanoTime() - t;
            System.out.println("[" + scale + "] DuckDB run " + (i + 1) + ": " + seconds(duck[i]) + " s");
        }
        long duckHeap = Measure.peakHeapBytes();
        long duckRss = Measure.peakRssBytes();

        int mismatches = 0;
        if (metrics != null) {
            List<String> diffs = CrossCheck.differences(CrossCheck.ours(metrics), theirs);
            mismatches = diffs.size();
            if (diffs.isEmpty()) {
                System.out.println("[" + scale + "] cross-check: every figure agrees (" + theirs.size() + " groups × "
                        + CrossCheck.ids().size() + " metrics)");
            } else {
                System.out.println("[" + scale + "] CROSS-CHECK FAILED: " + diffs.size() + " differences");
                diffs.stream().limit(50).forEach(d -> System.out.println("  " + d));
            }
        }
        Reports reports = null;
        if (o.reports() != null && o.ours() && error == null) {
            reports = reports(scale, data, o.work().resolve("reports-" + scale.toLowerCase(Locale.ROOT)),
                    o.reports());
        }
        return new Result(scale, rows, ours, duck, oursHeap, oursLive, oursRss, duckHeap, duckRss, error,
                mismatches, reports);
    }

    /**
     * One run writing the quarterly-monitoring report (xlsx and pdf) of every group of {@code level}, timed phase
     * by phase through the engine's progress callback.
     */
    private static Reports reports(String scale, Path data, Path out, GroupLevel level) {
        long[] phases = new long[5]; // start of reading, metrics, protecting (disclosure control), writing; end
        Progress timer = new Progress() {
            @Override
            public void phase(String name, long total, String unit) {
                switch (name) {
                    case "reading" -> phases[0] = System.nanoTime();
                    case "metrics" -> phases[1] = System.nanoTime();
                    case "protecting" -> phases[2] = System.nanoTime();
                    case "writing" -> phases[3] = System.nanoTime();
                    default -> { }
                }
            }

            @Override
            public void advance(long done) {
            }

            @Override
            public void finish() {
                phases[4] = System.nanoTime();
            }
        };
        System.out.println("[" + scale + "] ours: one report for each " + level.code() + " (xlsx + pdf) …");
        RunResult r = ReportEngine.run(ReportRequest.builder().dataDir(data).outDir(out).each(level)
                .outputs(EnumSet.of(OutputFormat.XLSX, OutputFormat.PDF)).build(), timer);
        Reports reports = new Reports(r.written().size(), phases[4] - phases[0], phases[1] - phases[0],
                phases[2] - phases[1], phases[3] - phases[2], phases[4] - phases[3]);
        System.out.println("[" + scale + "] ours: " + reports.files() + " files in " + seconds(reports.total())
                + " s (reading " + seconds(reports.reading()) + " s, metrics " + seconds(reports.metrics())
                + " s, disclosure control " + seconds(reports.protecting()) + " s, writing the reports "
                + seconds(reports.writing()) + " s)");
        return reports;
    }

    /** Data rows in the six files (lines less headers). */
    private static long rows(Path data) throws IOException {
        long rows = 0;
        for (String f : List.of("projects", "contacts", "clients", "top", "episodes", "volunteers")) {
            try (var lines = Files.lines(data.resolve(f + ".csv"), StandardCharsets.UTF_8)) {
                rows += lines.count() - 1;
            }
        }
        return rows;
    }

    private static String table(List<Result> results) {
        StringBuilder b = new StringBuilder();
        b.append("| scale | rows | ours median (min) s | DuckDB median (min) s | ours/DuckDB | ours rows/s"
                + " | ours peak heap | ours peak heap after GC | ours peak RSS | DuckDB peak RSS | figures |\n");
        b.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (Result r : results) {
            long dm = median(r.duck());
            if (r.oursError() != null) {
                b.append(String.format(Locale.ROOT, "| %s | %,d | %s | %s (%s) | – | – | – | – | – | %s | – |%n",
                        r.scale(), r.rows(), r.oursError().startsWith("not run") ? "not run" : "failed: " + r.oursError(), seconds(dm), seconds(min(r.duck())), mib(r.duckRss())));
                continue;
            }
            long om = median(r.ours());
            b.append(String.format(Locale.ROOT, "| %s | %,d | %s (%s) | %s (%s) | %.1f | %,d | %s | %s | %s | %s | %s |%n",
                    r.scale(), r.rows(), seconds(om), seconds(min(r.ours())), seconds(dm), seconds(min(r.duck())),
                    (double) om / dm, Math.round(r.rows() / (om / 1e9)), mib(r.oursHeap()), mib(r.oursLive()),
                    mib(r.oursRss()), mib(r.duckRss()),
                    r.mismatches() == 0 ? "agree" : r.mismatches() + " differ"));
        }
        if (results.stream().anyMatch(r -> r.reports() != null)) {
            b.append("\n| scale | report files (xlsx + pdf) | whole run s | reading s | metrics s | disclosure control s"
                    + " | writing the reports s | s per report file |\n");
            b.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
            for (Result r : results) {
                Reports x = r.reports();
                if (x != null) {
                    b.append(String.format(Locale.ROOT, "| %s | %,d | %s | %s | %s | %s | %s | %.3f |%n", r.scale(),
                            x.files(), seconds(x.total()), seconds(x.reading()), seconds(x.metrics()),
                            seconds(x.protecting()), seconds(x.writing()), x.writing() / 1e9 / Math.max(1, x.files())));
                }
            }
        }
        return b.toString();
    }

    static long median(long[] times) {
        long[] sorted = times.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    static long min(long[] times) {
        return Arrays.stream(times).min().orElse(0);
    }

    static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.2f", nanos / 1e9);
    }

    private static String mib(long bytes) {
        return bytes < 0 ? "n/a" : String.format(Locale.ROOT, "%,d MiB", bytes / (1024 * 1024));
    }

    private static Options parse(String[] args) {
        List<String> scales = List.of("1");
        Path work = Path.of("bench", "data");
        int runs = 3;
        int warmup = 1;
        long seed = 20261122L;
        boolean ours = true;
        GroupLevel reports = null;
        Path coldStart = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("option " + a + " needs a value");
            }
            String v = args[++i];
            try {
                switch (a) {
                    case "--scale" -> scales = List.of(v.split(","));
                    case "--work" -> work = Path.of(v);
                    case "--runs" -> runs = Integer.parseInt(v);
                    case "--warmup" -> warmup = Integer.parseInt(v);
                    case "--seed" -> seed = Long.parseLong(v);
                    case "--engines" -> {
                        if (!v.equals("both") && !v.equals("duckdb")) {
                            throw new IllegalArgumentException("--engines is both or duckdb, not " + v);
                        }
                        ours = v.equals("both");
                    }
                    case "--reports" -> reports = switch (v) {
                        case "borough" -> GroupLevel.BOROUGH;
                        case "project" -> GroupLevel.PROJECT;
                        case "none" -> null;
                        default -> throw new IllegalArgumentException("--reports is borough, project or none, not "
                                + v);
                    };
                    case "--cold-start" -> coldStart = Path.of(v).toAbsolutePath();
                    default -> throw new IllegalArgumentException("unknown option " + a);
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(a + " needs a whole number, not " + v);
            }
        }
        if (runs < 1 || warmup < 0) {
            throw new IllegalArgumentException("--runs must be at least 1 and --warmup at least 0");
        }
        for (String s : scales) {
            try {
                ScaledSample.Scale.parse(s);
            } catch (ReportException e) {
                throw new IllegalArgumentException(e.getMessage());
            }
        }
        return new Options(scales, work, runs, warmup, seed, ours, reports, coldStart);
    }
}
