package org.recoveryoutcomes.engine.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.recoveryoutcomes.engine.internal.Hashing;
import org.recoveryoutcomes.engine.internal.LedgerFiles;
import org.recoveryoutcomes.engine.internal.Manifest;
import org.recoveryoutcomes.engine.internal.SettingsReader;
import org.recoveryoutcomes.engine.internal.TemplateReader;
import org.recoveryoutcomes.engine.io.DatasetReader;
import org.recoveryoutcomes.engine.io.ReadOptions;
import org.recoveryoutcomes.engine.io.ReadResult;
import org.recoveryoutcomes.engine.io.csv.QuarantineWriter;
import org.recoveryoutcomes.engine.io.table.AtomicFiles;
import org.recoveryoutcomes.engine.metrics.MetricsEngine;
import org.recoveryoutcomes.engine.metrics.MetricsRequest;
import org.recoveryoutcomes.engine.model.ContactTable;
import org.recoveryoutcomes.engine.model.Dataset;
import org.recoveryoutcomes.engine.model.EngineInfo;
import org.recoveryoutcomes.engine.model.FileReport;
import org.recoveryoutcomes.engine.model.GroupResult;
import org.recoveryoutcomes.engine.model.Ledger;
import org.recoveryoutcomes.engine.model.MetricDefinition;
import org.recoveryoutcomes.engine.model.MetricsResult;
import org.recoveryoutcomes.engine.model.Period;
import org.recoveryoutcomes.engine.model.Progress;
import org.recoveryoutcomes.engine.model.ReportException;
import org.recoveryoutcomes.engine.model.ReportTemplate;
import org.recoveryoutcomes.engine.model.Settings;
import org.recoveryoutcomes.engine.render.Publication;
import org.recoveryoutcomes.engine.render.RenderOptions;
import org.recoveryoutcomes.engine.render.ReportContent;
import org.recoveryoutcomes.engine.render.ReportWriter;
import org.recoveryoutcomes.engine.render.html.HtmlReportWriter;
import org.recoveryoutcomes.engine.render.json.MetricsJsonWriter;
import org.recoveryoutcomes.engine.render.pdf.PdfReportWriter;
import org.recoveryoutcomes.engine.render.xlsx.XlsxReportWriter;

/**
 * The engine's one entry point: read a data directory, compute every metric, write the reports.
 *
 * <pre>{@code
 * RunResult result = ReportEngine.run(ReportRequest.builder()
 *         .dataDir(Path.of("sample-data"))
 *         .outDir(Path.of("reports"))
 *         .build());
 * result.written().forEach(System.out::println);
 * }</pre>
 *
 * <p>A run is a pure function of the input files, the template, the settings and the request: the same inputs
 * give byte-identical outputs. Nothing reads the clock, the default locale or the default time zone. This class is
 * stateless and thread-safe.
 */
public final class ReportEngine {

    /** The engine's name and version, as recorded in every output. */
    public static final EngineInfo ENGINE = engineInfo();

    /** The smallest suppression threshold a publication may use (metrics.md: default 5). */
    public static final int SAFE_THRESHOLD = 5;

    /** Quarters of trend computed for every report (metrics.md: the last 8 quarters). */
    public static final int TREND_QUARTERS = 8;

    private ReportEngine() {
    }

    /**
     * Runs a request: reads and validates the data (rejected rows go to {@code <out>/quarantine/}), and unless the
     * request is validate-only, computes the metrics and writes {@code metrics.json} and the reports.
     *
     * @throws ReportException when the run has to stop; its kind says whose problem it is
     */
    public static RunResult run(ReportRequest request) {
        return run(request, Progress.NONE);
    }

    /**
     * Runs a request as {@link #run(ReportRequest)} does, telling {@code progress} how far it has gone: phase
     * {@code reading} (the input files' bytes, told as they are read), then unless validate-only
     * {@code metrics} (its steps: the index, each period of the report, comparisons and trend quarters, the
     * equality breakdowns), then {@code writing} (one step per output), then {@code finish()}.
     *
     * @throws ReportException when the run has to stop; {@code finish()} is then not called
     */
    public static RunResult run(ReportRequest request, Progress progress) {
        SettingsReader.File settingsFile = request.settingsFile() == null ? SettingsReader.File.DEFAULTS
                : SettingsReader.readAll(request.settingsFile());
        Settings settings = settingsFile.settings();
        if (!request.suppression()) {
            settings = settings.toBuilder().suppressionEnabled(false).build();
        }
        boolean suppression = settings.suppressionEnabled();
        boolean weakened = suppression && settings.suppressionThreshold() < SAFE_THRESHOLD;
        if (weakened && !request.notForPublication() && !request.validateOnly()) {
            throw new ReportException(ReportException.Kind.CONFIG, "the settings' suppression_threshold of "
                    + settings.suppressionThreshold() + " publishes counts from " + settings.suppressionThreshold()
                    + " to " + (SAFE_THRESHOLD - 1) + ", which can identify people: use " + SAFE_THRESHOLD
                    + " or more, or give --not-for-publication for a working copy marked NOT FOR PUBLICATION");
        }
        ReportTemplate template = request.validateOnly() ? null : TemplateReader.resolve(request.template());
        if (template != null) {
            // Before any reading or computing: a mistyped metric id should not cost a national-scale run.
            TemplateReader.checkMetrics(template, MetricsEngine.catalogue().stream().map(MetricDefinition::id)
                    .collect(Collectors.toSet()));
        }
        Period period = request.period() == null ? null : parsePeriod(request.period(), "period");
        Period outcome = request.outcomePeriod() == null ? null
                : parsePeriod(request.outcomePeriod(), "outcome period");

        Path dataDir = request.dataDir();
        if (!Files.isDirectory(dataDir)) {
            throw new ReportException(ReportException.Kind.INPUT, "data directory " + dataDir
                    + " does not exist or is not a folder");
        }
        if (suppression && !request.validateOnly() && !request.outputs().isEmpty()) {
            Publication.prepare(); // the solver's native library loads while the data is read
        }
        long bytes = inputBytes(dataDir);
        progress.phase("reading", bytes, "B");
        // The reader counts the bytes it works through (the TOP file twice), so its total is its own: scale it
        // onto the phase's total, never going back or past the end.
        long[] told = {0};
        ReadResult read = DatasetReader.read(dataDir, new ReadOptions(request.mappingFile(),
                request.allowIdentifiers(), request.strict(), request.asOf(), request.encoding()), (done, total) -> {
                    long scaled = total <= 0 ? 0 : Math.min(bytes, (long) ((double) done / total * bytes));
                    if (scaled > told[0]) {
                        told[0] = scaled;
                        progress.advance(scaled);
                    }
                });
        List<Path> written = new ArrayList<>();
        List<String> outputWarnings = new ArrayList<>();
        if (request.outDir() != null) {
            // Before anything is written: does the folder still hold the set its last run wrote?
            Manifest.Check before = Manifest.check(request.outDir());
            if (before != null && !before.problems().isEmpty()) {
                outputWarnings.add(Manifest.mismatch(request.outDir(), before));
            }
            // What a killed earlier run of this tool left behind: its own .part files, nothing else.
            AtomicFiles.removeStale(request.outDir());
            AtomicFiles.removeStale(request.outDir().resolve(QuarantineWriter.FOLDER));
            clearQuarantine(request.outDir());
        }
        if (request.outDir() != null && !read.rejected().isEmpty()) {
            written.addAll(QuarantineWriter.write(request.outDir(), read.rejected()));
        }
        Dataset data = read.dataset();
        if (told[0] < bytes) {
            progress.advance(bytes);
        }
        if (request.validateOnly()) {
            progress.finish();
            return new RunResult(null, data.files(), read.issues(), read.issueCount(), written, outputWarnings, null);
        }

        // Never a plausible report from broken input: stop, or go on with a banner the user asked for.
        List<String> banner = new ArrayList<>(InputGuard.rows(read.byKind(), settingsFile.maxRejectedShare(),
                request.acceptRejections()));
        if (period == null) {
            period = latestCompleteQuarter(data);
        }
        String partial = InputGuard.period(period, data.contacts(), request.asOf(), request.allowPartialPeriod());
        if (partial != null) {
            banner.add(partial);
        }
        if (outcome == null) {
            outcome = Period.monthsEnding(period.end(), settings.outcomePeriodMonths());
        }
        MetricsRequest metricsRequest = new MetricsRequest(period, outcome, settings, template.comparator(),
                template.comparatorValues(), TREND_QUARTERS, ENGINE);
        progress.phase("metrics", MetricsEngine.steps(metricsRequest), "steps");
        MetricsResult computed = MetricsEngine.compute(data, metricsRequest, progress::advance);
        // --as-of says when the data was extracted: that is its "data as at", whatever its latest date.
        MetricsResult metrics = request.asOf() == null ? computed : asOf(computed, request.asOf());
        // The records are not needed to write the reports: let them go (a gigabyte at national scale).
        RunResult.Reading reading = new RunResult.Reading(data.files(), read.issues(), read.issueCount());
        data = null;
        read = null;
        if (request.focus() != null && !request.focus().equals("all") && metrics.group(request.focus()) == null) {
            throw new ReportException(ReportException.Kind.CONFIG, "no group " + request.focus()
                    + " in the data; groups are " + metrics.groups().stream().map(g -> g.key())
                    .filter(k -> !k.equals("all")).collect(Collectors.joining(", ")));
        }

        Path out = request.outDir();
        List<String> focuses = request.each() == null ? Collections.singletonList(request.focus())
                : metrics.groups().stream().filter(g -> g.level() == request.each()).map(GroupResult::key).toList();
        List<ReportWriter> chosen = writers().entrySet().stream()
                .filter(w -> request.outputs().contains(w.getKey())).map(Map.Entry::getValue).toList();
        List<ReportWriter> runWriters = chosen.stream().filter(w -> w.scope() == ReportWriter.Scope.RUN).toList();
        List<ReportWriter> reportWriters = chosen.stream().filter(w -> w.scope() == ReportWriter.Scope.REPORT)
                .toList();
        boolean json = !runWriters.isEmpty();
        boolean raw = request.rawMetrics();
        // What the run publishes: with reports, what they show (metrics.json beside them holds no more); a run
        // writing metrics.json alone publishes every figure in it. The raw file keeps everything.
        MetricsResult shown = reportWriters.isEmpty() ? metrics : metrics.shownIn(template);
        // One disclosure-control pattern for everything this run publishes and everything the folder's ledger
        // (and any --published folder's) says was published before: solved and audited before anything is written.
        Publication publication = null;
        if (suppression && (json || !reportWriters.isEmpty())) {
            Ledger earlier = LedgerFiles.read(out);
            for (Path dir : request.published()) {
                earlier = earlier.merge(LedgerFiles.read(dir));
            }
            progress.phase("protecting", 1, "publication");
            publication = Publication.protect(shown, earlier);
            progress.advance(1);
            if (!publication.conflicts().isEmpty()) {
                throw new ReportException(ReportException.Kind.CONFIG, "the data changed since an earlier report "
                        + "of this publication: " + publication.conflicts().get(0)
                        + (publication.conflicts().size() > 1 ? " (and " + (publication.conflicts().size() - 1)
                        + " more)" : "") + "; publish into a new folder, or remove " + LedgerFiles.FILE
                        + " if the earlier reports were withdrawn");
            }
            if (!publication.audit().passed()) {
                throw new ReportException(ReportException.Kind.INTERNAL, publication.audit().line()
                        + "; nothing was written");
            }
        }
        progress.phase("writing", (json ? 1 : 0) + (raw ? 1 : 0) + (publication != null ? 1 : 0)
                + (long) focuses.size() * reportWriters.size(), "files");
        int done = 0;
        // The run's own files (metrics.json): the content of the whole publication, every group; with suppression
        // off, every figure raw.
        ReportContent whole = runWriters.isEmpty() ? null
                : (publication != null ? new ReportContent.Family(shown, template, publication)
                : new ReportContent.Family(metrics, template)).content(runOptions(metrics, template, request,
                publication != null, weakened, settingsFile));
        for (ReportWriter writer : runWriters) {
            written.add(AtomicFiles.write(out.resolve(writer.fileName(null)), o -> writer.write(whole, o)));
            progress.advance(++done);
        }
        if (raw) {
            ReportContent rawContent = new ReportContent.Family(metrics, template).content(runOptions(metrics,
                    template, request, false, weakened, settingsFile));
            ReportWriter writer = MetricsJsonWriter.raw();
            written.add(AtomicFiles.write(out.resolve(writer.fileName(null)), o -> writer.write(rawContent, o)));
            progress.advance(++done);
        }
        if (!reportWriters.isEmpty()) {
            written.addAll(writeReports(shown, template, request, suppression, weakened, publication, focuses,
                    reportWriters, out, progress, done, settingsFile, banner));
            done += focuses.size() * reportWriters.size();
        }
        if (publication != null) {
            // After the reports: a folder whose ledger is there holds every report the ledger speaks for.
            written.add(LedgerFiles.write(out, publication.ledger()));
            progress.advance(++done);
        }
        // Last: the manifest of the set just written (quarantine/ aside, which validate rewrites too). It is not
        // among the files written that the result lists: it describes them. The outputs in enum order: Set.copyOf
        // iterates in an order that changes from one JVM to the next.
        if (out != null) {
            Manifest.write(out, documentId(metrics, template, request, "run " + request.each() + " "
                    + EnumSet.copyOf(request.outputs())), ENGINE,
                    written.stream().filter(p -> !isQuarantine(p)).toList());
        }
        progress.finish();
        return new RunResult(metrics, reading.files(), reading.issues(), reading.issueCount(), written,
                outputWarnings, publication == null ? null : publication.audit().line());
    }

    /**
     * Writes the reports of every focus in {@code focuses} (a {@code null} focus is the report on every group), each
     * in every writer's format. The files are rendered on as many threads as there are processors, one task per file
     * (so the workbook, PDF and HTML page of a single report are rendered side by side): each is a pure function of
     * the shared, immutable metrics and its focus's content, built once for all its formats, so the bytes do not
     * depend on the threads; the files are listed, and progress told, in focus order from this thread.
     */
    private static List<Path> writeReports(MetricsResult metrics, ReportTemplate template, ReportRequest request,
                                           boolean suppression, boolean weakened, Publication publication,
                                           List<String> focuses, List<ReportWriter> writers, Path out,
                                           Progress progress, int doneBefore, SettingsReader.File settingsFile,
                                           List<String> banner) {
        Period period = metrics.period();
        LocalDate reportDate = reportDate(metrics);
        ReportContent.Family family = publication == null ? new ReportContent.Family(metrics, template)
                : new ReportContent.Family(metrics, template, publication);
        List<Callable<Path>> tasks = new ArrayList<>();
        for (String focus : focuses) {
            Shared<ReportContent> content = new Shared<>(writers.size(), () -> family.content(new RenderOptions(
                    RenderOptions.EN_GB, suppression, focus, reportDate, documentId(metrics, template, request, focus),
                    settingsFile.organisation(), settingsFile.logo(), banner, weakened, settingsFile.wording())));
            String base = shortened("report-" + template.id() + "-" + fileLabel(period.label())
                    + (focus == null || focus.equals("all") ? "" : "-" + fileLabel(focus)));
            for (ReportWriter writer : writers) {
                tasks.add(() -> {
                    try {
                        return AtomicFiles.write(out.resolve(writer.fileName(base)),
                                o -> writer.write(content.get(), o));
                    } finally {
                        content.release();
                    }
                });
            }
        }
        List<Path> written = new ArrayList<>();
        int threads = Math.min(tasks.size(), Runtime.getRuntime().availableProcessors());
        if (threads <= 1) {
            for (Callable<Path> task : tasks) {
                written.add(call(task));
                if (written.size() % writers.size() == 0) {
                    progress.advance(doneBefore + written.size());
                }
            }
            return written;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "outcomes-render");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Path>> futures = new ArrayList<>();
            for (Callable<Path> task : tasks) {
                futures.add(pool.submit(task));
            }
            for (Future<Path> f : futures) {
                written.add(result(f));
                if (written.size() % writers.size() == 0) { // a focus's every format: one step, as before
                    progress.advance(doneBefore + written.size());
                }
            }
            return written;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * A value shared by a known number of users: computed on first use, once, by whichever thread asks first (the
     * others wait for it), and let go when the last user is done, so that a run of 155 reports holds only the
     * contents being rendered.
     */
    private static final class Shared<T> {
        private final java.util.function.Supplier<T> compute;
        private int users;
        private T value;

        Shared(int users, java.util.function.Supplier<T> compute) {
            this.users = users;
            this.compute = compute;
        }

        synchronized T get() {
            if (value == null) {
                value = compute.get();
            }
            return value;
        }

        synchronized void release() {
            if (--users == 0) {
                value = null;
            }
        }
    }

    /** {@code m} with {@code date} as its "data as at". */
    private static MetricsResult asOf(MetricsResult m, LocalDate date) {
        return new MetricsResult(m.engine(), m.period(), m.outcomePeriod(), m.inputs(), m.settings(),
                m.reliableChangeThresholds(), m.definitions(), m.groups(), m.trends(), date, m.methodologyNotes(),
                m.breakdowns());
    }

    private static <T> T call(Callable<T> task) {
        try {
            return task.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ReportException(ReportException.Kind.INTERNAL, "a report could not be written: " + e, e);
        }
    }

    private static <T> T result(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReportException(ReportException.Kind.INTERNAL, "interrupted while writing the reports", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new ReportException(ReportException.Kind.INTERNAL, "a report could not be written: "
                    + e.getCause(), e.getCause());
        }
    }

    /**
     * Drafts a mapping file for a raw export folder ({@code outcomes map}): which file is which of ours, each
     * header's column with a score, each coded column's values with their counts and a proposed code, and what could
     * not be decided. An existing file at {@code out} is read first and every decision in it kept.
     *
     * @param out where the draft goes, e.g. {@code rawDir/mapping.json}
     * @throws ReportException INPUT when the folder holds nothing to map, CONFIG when the earlier draft is not
     *     JSON, OUTPUT when the draft cannot be written
     */
    public static MapResult map(Path rawDir, Path out) {
        org.recoveryoutcomes.engine.io.MappingDraft.Result draft =
                org.recoveryoutcomes.engine.io.MappingDraft.draft(rawDir, out);
        Path written = AtomicFiles.write(out, o -> o.write(draft.json().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        return new MapResult(written, draft.files(), draft.undecided());
    }

    /** The bytes of the regular files directly in {@code dir}: what the reading phase works through. */
    private static long inputBytes(Path dir) {
        try (var files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * Removes the quarantine files an earlier run left for the six input files, so that {@code quarantine/} only
     * ever holds this run's rejected rows. Nothing else in the folder is touched.
     */
    private static void clearQuarantine(Path outDir) {
        Path q = outDir.resolve("quarantine");
        for (String kind : DatasetReader.fileNames()) {
            try {
                Files.deleteIfExists(q.resolve(kind + ".csv"));
            } catch (IOException e) {
                throw new ReportException(ReportException.Kind.OUTPUT, "cannot remove the earlier quarantine file "
                        + q.resolve(kind + ".csv") + ": " + e.getMessage(), e);
            }
        }
    }

    private static boolean isQuarantine(Path p) {
        Path parent = p.getParent();
        return parent != null && parent.getFileName() != null
                && parent.getFileName().toString().equals(QuarantineWriter.FOLDER);
    }

    /**
     * Checks an output folder against the {@code manifest.json} its last run wrote: every file it lists must be
     * there, of the size and SHA-256 listed.
     *
     * @throws ReportException of kind OUTPUT when the folder holds no manifest
     */
    public static OutputCheck checkOutputs(Path outDir) {
        Manifest.Check check = Manifest.check(outDir);
        if (check == null) {
            throw new ReportException(ReportException.Kind.OUTPUT, outDir + ": no " + Manifest.FILE + " here, so "
                    + "there is nothing to check the files against; name the folder a report was written to");
        }
        List<String> files = check.files().stream().map(Manifest.Entry::file).toList();
        String message = check.problems().isEmpty()
                ? outDir + ": all " + files.size() + (files.size() == 1 ? " file" : " files") + " match "
                        + Manifest.FILE + " (run " + check.runId() + ")"
                : Manifest.mismatch(outDir, check);
        return new OutputCheck(outDir, check.runId(), files, check.problems(), message);
    }

    /**
     * The options of a run's own files ({@link ReportWriter.Scope#RUN}): the report on every group, as the run's
     * reports would render it.
     */
    private static RenderOptions runOptions(MetricsResult metrics, ReportTemplate template, ReportRequest request,
                                            boolean suppression, boolean weakened, SettingsReader.File settingsFile) {
        return new RenderOptions(RenderOptions.EN_GB, suppression, null, reportDate(metrics),
                documentId(metrics, template, request, null), settingsFile.organisation(), settingsFile.logo(),
                List.of(), weakened, settingsFile.wording());
    }

    /** The date a report of {@code metrics} is dated: its data's "data as at", else the period's end. */
    private static LocalDate reportDate(MetricsResult metrics) {
        return metrics.dataDate() != null ? metrics.dataDate() : metrics.period().end();
    }

    /** What the engine can write, in the order it is written: metrics.json, then the reports. */
    static Map<OutputFormat, ReportWriter> writers() {
        Map<OutputFormat, ReportWriter> w = new EnumMap<>(OutputFormat.class);
        w.put(OutputFormat.JSON, new MetricsJsonWriter());
        w.put(OutputFormat.XLSX, new XlsxReportWriter());
        w.put(OutputFormat.PDF, new PdfReportWriter());
        // The HTML says what the PDF says: it is built from the blocks the PDF's layout records.
        w.put(OutputFormat.HTML, new HtmlReportWriter(PdfReportWriter::outline));
        return w;
    }

    /**
     * The latest UK financial-year quarter that the contacts cover completely: the quarter holding the last contact
     * date if that date is the quarter's last day, else the quarter before.
     */
    static Period latestCompleteQuarter(Dataset data) {
        ContactTable contacts = data.contacts();
        if (contacts.isEmpty()) {
            throw new ReportException(ReportException.Kind.INPUT, "the data holds no contacts, so there is no latest "
                    + "quarter to report on: add contacts or give --period");
        }
        int lastDay = Integer.MIN_VALUE;
        for (int i = 0; i < contacts.size(); i++) {
            lastDay = Math.max(lastDay, contacts.day(i));
        }
        return Period.latestCompleteFinancialQuarter(LocalDate.ofEpochDay(lastDay));
    }

    private static Period parsePeriod(String text, String what) {
        try {
            return Period.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ReportException(ReportException.Kind.CONFIG, what + ": " + e.getMessage());
        }
    }

    /** A label safe in a file name: {@code 2026/27-Q2} → {@code 2026-27-Q2}, {@code 12m:2026-09-30} → {@code 12m-2026-09-30}. */
    static String fileLabel(String label) {
        return label.replace("..", "_to_").replaceAll("[^A-Za-z0-9._-]+", "-");
    }

    /** The longest base name of a report file: with its extension, well inside the 255 bytes file systems allow. */
    static final int MAX_BASE_NAME = 120;

    /**
     * {@code base} when it is at most {@link #MAX_BASE_NAME} characters, else its start and {@code -} and the first
     * 8 hex digits of its SHA-256: a 300-character borough name gives a file name every file system takes, and two
     * long names that start alike still give two files.
     */
    static String shortened(String base) {
        if (base.length() <= MAX_BASE_NAME) {
            return base;
        }
        return base.substring(0, MAX_BASE_NAME - 9) + "-" + Hashing.sha256(base).substring(0, 8);
    }

    /** A stable document id: a hash of the inputs' hashes, template, settings, period and request. */
    private static String documentId(MetricsResult m, ReportTemplate t, ReportRequest r, String focus) {
        StringBuilder sb = new StringBuilder();
        for (FileReport f : m.inputs()) {
            sb.append(f.file()).append('=').append(f.sha256()).append('\n');
        }
        sb.append(t).append('\n').append(m.settings()).append('\n').append(m.period()).append('\n')
                .append(m.outcomePeriod()).append('\n').append(focus).append('\n').append(r.suppression())
                .append('\n').append(ENGINE).append('\n').append(r.strict()).append('\n').append(r.asOf())
                .append('\n').append(r.encoding()).append('\n').append(r.allowIdentifiers());
        if (r.mappingFile() != null && Files.isRegularFile(r.mappingFile())) {
            try {
                sb.append('\n').append(Hashing.sha256(Files.readAllBytes(r.mappingFile())));
            } catch (IOException e) {
                throw new ReportException(ReportException.Kind.CONFIG, "cannot read mapping file " + r.mappingFile()
                        + ": " + e.getMessage(), e);
            }
        }
        return Hashing.sha256(sb.toString()).substring(0, 32);
    }

    private static EngineInfo engineInfo() {
        Properties p = new Properties();
        try (InputStream in = ReportEngine.class.getResourceAsStream("/org/recoveryoutcomes/engine/engine.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
        return new EngineInfo(p.getProperty("name", "Recovery Outcomes"), p.getProperty("version", "unknown"));
    }
}
