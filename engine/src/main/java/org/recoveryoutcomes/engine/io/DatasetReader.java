package org.recoveryoutcomes.engine.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import org.recoveryoutcomes.engine.io.csv.CsvTableReader;
import org.recoveryoutcomes.engine.io.json.JsonTableReader;
import org.recoveryoutcomes.engine.io.table.DataRow;
import org.recoveryoutcomes.engine.io.table.RejectedRow;
import org.recoveryoutcomes.engine.io.table.RowStream;
import org.recoveryoutcomes.engine.io.table.TableReader;
import org.recoveryoutcomes.engine.io.xlsx.XlsxTableReader;
import org.recoveryoutcomes.engine.model.Client;
import org.recoveryoutcomes.engine.model.Code;
import org.recoveryoutcomes.engine.model.ContactTable;
import org.recoveryoutcomes.engine.model.Dataset;
import org.recoveryoutcomes.engine.model.Episode;
import org.recoveryoutcomes.engine.model.FileReport;
import org.recoveryoutcomes.engine.model.IdDictionary;
import org.recoveryoutcomes.engine.model.Project;
import org.recoveryoutcomes.engine.model.RecordIssue;
import org.recoveryoutcomes.engine.model.ReportException;
import org.recoveryoutcomes.engine.model.Severity;
import org.recoveryoutcomes.engine.model.SourceLocation;
import org.recoveryoutcomes.engine.model.TopStage;
import org.recoveryoutcomes.engine.model.TopTable;
import org.recoveryoutcomes.engine.model.Volunteer;

/**
 * Reads a data directory: finds each file by base name ({@code contacts.csv}, {@code contacts.xlsx},
 * {@code contacts.json}, {@code contacts.jsonl}), parses it, validates every field and cross-reference,
 * and returns accepted rows as records and rejected rows unchanged.
 *
 * <p>Every data row ends either in the dataset or among the rejected rows: {@code rows == accepted +
 * quarantined} in each {@link FileReport}. A rejected row is counted once, under the kind of its first error.
 */
public final class DatasetReader {

    /** The one registry of formats, keyed by lower-case extension. */
    private static final Map<String, TableReader> READERS = readers();

    private DatasetReader() {
    }

    private static Map<String, TableReader> readers() {
        Map<String, TableReader> readers = new LinkedHashMap<>();
        readers.put("csv", new CsvTableReader());
        readers.put("xlsx", new XlsxTableReader());
        readers.put("json", JsonTableReader.array());
        readers.put("jsonl", JsonTableReader.lines());
        return java.util.Collections.unmodifiableMap(readers);
    }

    /** The base names of a data directory's files, in reading order: {@code projects}, {@code contacts} … */
    public static List<String> fileNames() {
        return java.util.Arrays.stream(FileKind.values()).map(FileKind::baseName).toList();
    }

    /** The base names of the files without which there is no report: {@code projects}, {@code contacts}. */
    public static List<String> requiredFileNames() {
        return java.util.Arrays.stream(FileKind.values()).filter(FileKind::required).map(FileKind::baseName).toList();
    }

    /**
     * @throws org.recoveryoutcomes.engine.model.ReportException of kind INPUT when the run cannot go on: a
     *     required file or column is missing, or a column is named like a direct identifier and
     *     {@code allowIdentifiers} is off; of kind CONFIG when the mapping file is wrong
     */
    public static ReadResult read(Path dataDir, ReadOptions options) {
        return read(dataDir, options, null);
    }

    /**
     * Reads {@code dataDir} as {@link #read(Path, ReadOptions)} does, telling {@code progress} (when not null) how
     * many bytes have been read.
     *
     * <p>Rows stream one at a time from each file through the checks into the dataset's tables; only rejected rows
     * keep their cells. Each file's SHA-256 is computed on a second thread while it is parsed. The TOP file is read
     * twice: first its accepted start TOPs, which the {@code top_before_start} warning needs before any row is
     * judged, then every row.
     */
    public static ReadResult read(Path dataDir, ReadOptions options, ReadProgress progress) {
        Objects.requireNonNull(dataDir, "dataDir");
        ReadOptions opts = options == null ? ReadOptions.DEFAULTS : options;
        if (!Files.isDirectory(dataDir)) {
            throw new ReportException(ReportException.Kind.INPUT, Files.exists(dataDir)
                    ? dataDir + ": not a directory; name the folder holding projects.csv, contacts.csv …"
                    : dataDir + ": the data directory does not exist");
        }
        ColumnMapping mapping = mapping(dataDir, opts);
        Map<FileKind, List<RecordIssue>> notes = new EnumMap<>(FileKind.class);
        Map<FileKind, Path> files = locate(dataDir, mapping, notes);
        for (Map.Entry<FileKind, String> u : mapping.undecided()) {
            note(notes, u.getKey(), u.getValue(), "mapping_undecided");
        }

        ExecutorService hasher = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "outcomes-sha256");
            t.setDaemon(true);
            return t;
        });
        Map<FileKind, Opened> opened = new EnumMap<>(FileKind.class);
        try {
            Map<FileKind, Future<String>> hashes = new EnumMap<>(FileKind.class);
            for (Map.Entry<FileKind, Path> e : files.entrySet()) {
                Path path = e.getValue();
                hashes.put(e.getKey(), hasher.submit(() -> sha256(path)));
            }
            // Open every file and understand every header before checking any row: a run that must stop (an
            // identifier or a missing column) stops before the long work.
            // Every file's header is looked at, so that one run names every missing column of every file.
            List<ReportException> stops = new ArrayList<>();
            for (Map.Entry<FileKind, Path> e : files.entrySet()) {
                try {
                    opened.put(e.getKey(), Opened.open(e.getKey(), e.getValue(), mapping, opts,
                            hashes.get(e.getKey())));
                } catch (ReportException stop) {
                    if (stop.kind() != ReportException.Kind.INPUT) {
                        throw stop;
                    }
                    stops.add(stop);
                }
            }
            if (stops.size() == 1) {
                throw stops.get(0);
            }
            if (!stops.isEmpty()) {
                // one line still: each file's problem, in reading order
                String message = String.join(" — and ", stops.stream().map(ReportException::getMessage).toList());
                throw new ReportException(ReportException.Kind.INPUT, stops.get(0).location().orElse(null), message,
                        stops.get(0));
            }
            Bytes bytes = new Bytes(progress, files);
            Run run = new Run(new Checks(mapping, opts.referenceDate()), mapping, opts, bytes);
            for (FileKind kind : FileKind.values()) {
                notes.getOrDefault(kind, List.of()).forEach(run.log::add);
                Opened file = opened.get(kind);
                if (file == null) {
                    continue;
                }
                run.file(file, files.get(kind));
                file.rows().close();
                bytes.fileDone(files.get(kind));
                run.checks.done(kind);
            }
            bytes.finish();
            return run.result();
        } finally {
            for (Opened o : opened.values()) {
                o.rows().close();
            }
            hasher.shutdownNow();
        }
    }

    /** The state of one reading: the checks, the records kept, the issues and rejected rows found. */
    private static final class Run {
        final Checks checks;
        final ColumnMapping mapping;
        final ReadOptions opts;
        final Bytes bytes;
        final IssueLog log = new IssueLog();
        final List<RejectedRow> rejected = new ArrayList<>();
        final List<FileReport> reports = new ArrayList<>();
        final Map<String, FileReport> byKind = new LinkedHashMap<>();
        final Map<String, Set<String>> columns = new TreeMap<>();
        final IdDictionary.Builder clientIds = new IdDictionary.Builder();
        final List<Project> projects = new ArrayList<>();
        final ContactTable.Builder contacts = new ContactTable.Builder(clientIds);
        final List<Client> clients = new ArrayList<>();
        final TopTable.Builder tops = new TopTable.Builder(clientIds);
        final List<Episode> episodes = new ArrayList<>();
        /** Project ids as first met, shared by the episodes that name them. */
        final Map<String, String> projectIds = new java.util.HashMap<>();
        final List<Volunteer> volunteers = new ArrayList<>();

        Run(Checks checks, ColumnMapping mapping, ReadOptions opts, Bytes bytes) {
            this.checks = checks;
            this.mapping = mapping;
            this.opts = opts;
            this.bytes = bytes;
        }

        void file(Opened file, Path path) {
            columns.put(file.kind().baseName(), file.header() == null ? Set.of() : file.header().present());
            long expected = estimateRows(path);
            checks.expect(file.kind(), expected);
            if (file.kind() == FileKind.CONTACTS) {
                contacts.ensureCapacity(expected);
            } else if (file.kind() == FileKind.TOP) {
                tops.ensureCapacity(expected);
            }
            switch (file.kind()) {
                case PROJECTS -> rows(file, checks::project, projects::add, null);
                case CONTACTS -> rows(file, checks::contact, contacts::add, null);
                case CLIENTS -> rows(file, checks::client, c -> clients.add(shared(c)), null);
                case TOP -> {
                    Checks.FirstStarts starts = file.header() == null ? null : firstStarts(file, path);
                    rows(file, checks::top, tops::add, starts == null ? null : starts::warn);
                }
                case EPISODES -> rows(file, checks::episode, e -> episodes.add(shared(e)), null);
                case VOLUNTEERS -> rows(file, checks::volunteer, volunteers::add, null);
                default -> throw new IllegalStateException(file.kind().toString());
            }
        }

        /**
         * The client profile with its id interned in the client dictionary and the dictionary's own copy of the id:
         * a national file holds over a million profiles, each id otherwise kept twice.
         */
        private Client shared(Client c) {
            String id = clientIds.canonical(c.clientId());
            return id == c.clientId() ? c : new Client(id, c.sex(), c.ageBand(), c.birthYear(), c.ethnicity(),
                    c.disability(), c.sexualOrientation(), c.primarySubstance(), c.referralSource(), c.source());
        }

        /** The episode with its client id interned, sharing the dictionary's and the project's id strings. */
        private Episode shared(Episode e) {
            String client = clientIds.canonical(e.clientId());
            String project = projectIds.computeIfAbsent(e.projectId(), p -> p);
            return client == e.clientId() && project == e.projectId() ? e
                    : new Episode(client, project, e.start(), e.end(), e.exitReason(), e.source());
        }

        /** The first pass over the TOP file: its accepted start TOPs. */
        private Checks.FirstStarts firstStarts(Opened file, Path path) {
            Checks.FirstStarts starts = new Checks.FirstStarts();
            Header header = file.header();
            int width = file.rows().header().size();
            int stage = header.index().get("stage");
            try (RowStream again = openRows(file.kind(), path, mapping, opts)) {
                DataRow raw;
                int n = 0;
                while ((raw = again.next()) != null) {
                    if ((++n & 0xFFF) == 0) {
                        bytes.at(again.bytesRead());
                    }
                    if (raw.problem() != null || raw.cells().length != width || !isStart(raw.cells()[stage])) {
                        continue;
                    }
                    RowCheck c = check(file, raw);
                    starts.add(checks.row(c, raw, width, header, checks::top));
                }
                bytes.fileDone(path);
            }
            return starts;
        }

        /** True when the stage cell reads as {@code start}, as {@link RowCheck#code} reads it. */
        private boolean isStart(String cell) {
            String v = mapping.code(FileKind.TOP, "stage", cell);
            v = v == null ? null : v.strip();
            return v != null && !v.isEmpty() && Code.parse(TopStage.class, v).orElse(null) == TopStage.START;
        }

        private RowCheck check(Opened file, DataRow raw) {
            return new RowCheck(file.kind(), new SourceLocation(file.rows().file(), raw.row(), raw.line()),
                    raw.cellList(), file.header().index(), mapping, opts.referenceDate());
        }

        /**
         * Checks each row of {@code file} with {@code rule} and decides its fate: kept ({@code accept}ed), or
         * rejected with every problem as its reason (warnings too, under {@code strict}, where they become
         * errors). Fills the file's report. {@code then}, when not null, is told of each row after its checks.
         */
        private <T> void rows(Opened file, Function<RowCheck, T> rule, Consumer<T> accept,
                              BiConsumer<RowCheck, T> then) {
            Map<String, Long> quarantinedBy = new TreeMap<>();
            Map<String, Long> warningsBy = new TreeMap<>();
            for (RecordIssue w : file.notes()) {
                log.add(w);
                warningsBy.merge(w.kind(), 1L, Long::sum);
            }
            long kept = 0;
            long quarantined = 0;
            long timed = 0;
            SourceLocation firstTimed = null;
            long cancelled = 0;
            RowStream stream = file.rows();
            if (file.header() != null) {
                int width = stream.header().size();
                DataRow raw;
                while ((raw = stream.next()) != null) {
                    if (((kept + quarantined + 1) & 0xFFF) == 0) {
                        bytes.at(stream.bytesRead());
                    }
                    RowCheck c = check(file, raw);
                    T record = checks.row(c, raw, width, file.header(), rule);
                    if (then != null) {
                        then.accept(c, record);
                    }
                    List<RecordIssue> issues = c.issues();
                    boolean reject = record == null || (opts.strict() && !issues.isEmpty());
                    if (reject && opts.strict()) {
                        issues = issues.stream().map(i -> i.severity() == Severity.ERROR ? i
                                : new RecordIssue(i.location(), i.column(), Severity.ERROR, i.kind(), i.message()))
                                .toList();
                    }
                    issues.forEach(log::add);
                    if (reject) {
                        quarantined++;
                        // under its first error: a warning (a garbled value) may come before it
                        RecordIssue first = issues.stream().filter(i -> i.severity() == Severity.ERROR).findFirst()
                                .orElse(issues.get(0));
                        quarantinedBy.merge(first.kind(), 1L, Long::sum);
                        String prefix = c.location() + ": ";
                        String reason = String.join("; ", issues.stream()
                                .map(i -> i.message().startsWith(prefix) ? i.message().substring(prefix.length())
                                        : i.message())
                                .toList());
                        rejected.add(new RejectedRow(stream.file(), stream.header(), raw.cellList(), raw.row(),
                                raw.line(), reason));
                    } else {
                        kept++;
                        if (c.timeDropped() && timed++ == 0) {
                            firstTimed = c.location();
                        }
                        if (record instanceof org.recoveryoutcomes.engine.model.Contact k && k.cancelled()) {
                            cancelled++;
                        }
                        accept.accept(record);
                        for (RecordIssue i : issues) {
                            warningsBy.merge(i.kind(), 1L, Long::sum);
                        }
                    }
                }
            }
            if (timed > 0) {
                // One warning for the file, not one a row: an Excel date-time column holds a time on every row.
                log.add(new RecordIssue(null, null, Severity.WARNING,
                        "date_with_time", stream.file() + ": " + timed + (timed == 1 ? " date holds" : " dates hold")
                                + " a time of day as well (the first on " + firstTimed.rowAndLine() + "); each is read as "
                                + "its date, the time ignored"));
                warningsBy.merge("date_with_time", timed, Long::sum);
            }
            if (cancelled > 0) {
                log.add(new RecordIssue(null, null, Severity.WARNING, "cancelled", stream.file() + ": "
                        + cancelled + (cancelled == 1 ? " contact was" : " contacts were") + " cancelled: "
                        + "they count neither as attended nor as did-not-attend"));
                warningsBy.merge("cancelled", cancelled, Long::sum);
            }
            FileReport report = new FileReport(stream.file(), file.sha256(), kept + quarantined, kept, quarantined,
                    quarantinedBy, warningsBy, stream.blankRows());
            reports.add(report);
            byKind.put(file.kind().baseName(), report);
        }

        ReadResult result() {
            IdDictionary.Sorted sorted = clientIds.build();
            Dataset dataset = new Dataset(projects, contacts.build(sorted), clients, tops.build(sorted), episodes,
                    volunteers, reports, columns);
            return new ReadResult(dataset, rejected, log.issues(), log.count(), byKind);
        }
    }

    /** Bytes read so far, told to a {@link ReadProgress} every few megabytes. */
    private static final class Bytes {
        private static final long STEP = 4L << 20;
        private final ReadProgress progress;
        private final long total;
        private long before;
        private long told = -1;

        Bytes(ReadProgress progress, Map<FileKind, Path> files) {
            this.progress = progress;
            long sum = 0;
            for (Map.Entry<FileKind, Path> e : files.entrySet()) {
                long size = size(e.getValue());
                sum += e.getKey() == FileKind.TOP ? 2 * size : size;
            }
            this.total = sum;
        }

        private static long size(Path p) {
            try {
                return Files.size(p);
            } catch (IOException e) {
                return 0;
            }
        }

        /** {@code inFile} bytes of the file being read are read. */
        void at(long inFile) {
            long done = Math.min(total, before + inFile);
            if (progress != null && done - told >= STEP) {
                told = done;
                progress.read(done, total);
            }
        }

        void fileDone(Path file) {
            before += size(file);
            at(0);
        }

        void finish() {
            if (progress != null) {
                progress.read(total, total);
            }
        }
    }

    private static ColumnMapping mapping(Path dataDir, ReadOptions opts) {
        if (opts.mappingFile() != null) {
            if (!Files.exists(opts.mappingFile()) && !Files.isSymbolicLink(opts.mappingFile())) {
                throw new ReportException(ReportException.Kind.CONFIG,
                        opts.mappingFile() + ": the mapping file does not exist");
            }
            return ColumnMapping.load(opts.mappingFile());
        }
        Path inDir = dataDir.resolve("mapping.json");
        // present in any form (a link, a pipe): loaded, so that what is wrong with it is said
        return Files.exists(inDir, java.nio.file.LinkOption.NOFOLLOW_LINKS) ? ColumnMapping.load(inDir)
                : ColumnMapping.NONE;
    }

    /**
     * Finds the file of each kind. File names are matched ignoring case. Notes per kind: a file in a format we
     * cannot read, and a missing {@code top} file.
     */
    private static Map<FileKind, Path> locate(Path dataDir, ColumnMapping mapping,
                                              Map<FileKind, List<RecordIssue>> notes) {
        Map<FileKind, Path> named = new EnumMap<>(FileKind.class);
        for (FileKind kind : FileKind.values()) {
            String name = mapping.file(kind).file();
            if (name == null) {
                continue;
            }
            Path p = dataDir.resolve(name);
            String ext = extension(p);
            if (!Files.isRegularFile(p)) {
                throw new ReportException(ReportException.Kind.INPUT, "the mapping names " + name + " as the "
                        + kind.baseName() + " file, but " + dataDir + " holds no such file; check its name in the "
                        + "mapping's \"file\"");
            }
            if (!READERS.containsKey(ext)) {
                throw new ReportException(ReportException.Kind.INPUT, name + ": this format cannot be read; save it "
                        + "as .csv (UTF-8) or .xlsx and name that file in the mapping");
            }
            named.put(kind, p);
        }
        Map<FileKind, TreeSet<String>> candidates = new EnumMap<>(FileKind.class);
        Map<FileKind, TreeSet<String>> unreadable = new EnumMap<>(FileKind.class);
        Map<String, Path> byName = new TreeMap<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(dataDir)) {
            for (Path p : dir) {
                String name = p.getFileName().toString();
                int dot = name.lastIndexOf('.');
                if (dot <= 0) {
                    continue;
                }
                FileKind kind = FileKind.ofBaseName(name.substring(0, dot).toLowerCase(Locale.ROOT));
                if (kind == null || named.containsKey(kind) || named.containsValue(p)) {
                    continue; // the mapping names the file of this kind
                }
                String ext = name.substring(dot + 1).toLowerCase(Locale.ROOT);
                if (READERS.containsKey(ext)) {
                    requireReadable(p, ext);
                } else if (!Files.isRegularFile(p)) {
                    continue;
                }
                byName.put(name, p);
                (READERS.containsKey(ext) ? candidates : unreadable)
                        .computeIfAbsent(kind, k -> new TreeSet<>()).add(name);
            }
        } catch (IOException e) {
            throw new ReportException(ReportException.Kind.INPUT,
                    dataDir + ": the data directory cannot be listed (" + e + ")", e);
        }
        Map<FileKind, Path> files = new EnumMap<>(FileKind.class);
        for (FileKind kind : FileKind.values()) {
            if (named.containsKey(kind)) {
                files.put(kind, named.get(kind));
                continue;
            }
            TreeSet<String> names = candidates.getOrDefault(kind, new TreeSet<>());
            TreeSet<String> others = unreadable.getOrDefault(kind, new TreeSet<>());
            if (names.size() > 1) {
                throw new ReportException(ReportException.Kind.INPUT, dataDir + ": " + String.join(" and ", names)
                        + " both hold " + kind.baseName() + "; keep only one of them");
            }
            if (names.size() == 1) {
                files.put(kind, byName.get(names.first()));
                for (String other : others) {
                    note(notes, kind, other + ": this file is ignored: " + names.first() + " is read instead",
                            "unsupported_file");
                }
                continue;
            }
            String unsupported = others.isEmpty() ? "" : "; found " + String.join(", ", others)
                    + ", which cannot be read: save it as .csv (UTF-8) or .xlsx";
            if (kind.required()) {
                throw new ReportException(ReportException.Kind.INPUT, "no " + kind.baseName() + " file in "
                        + dataDir + ": expected " + kind.expectedNames() + unsupported);
            }
            if (!others.isEmpty()) {
                note(notes, kind, String.join(", ", others) + ": this format cannot be read, so "
                        + kind.baseName() + " is treated as absent; save it as .csv (UTF-8) or .xlsx",
                        "unsupported_file");
            }
            if (kind == FileKind.TOP) {
                note(notes, kind, "no top file in " + dataDir + ": outcome metrics cannot be computed (expected "
                        + kind.expectedNames() + ")", "missing_file");
            }
        }
        return files;
    }

    /**
     * The largest data file read, by format: a CSV file streams, so only the disk bounds it; a JSON file and a
     * workbook are held in memory whole while they are read.
     */
    static long maxBytes(String extension) {
        return switch (extension) {
            case "csv" -> 256L << 30;
            case "json", "jsonl" -> 2L << 30;
            default -> 512L << 20;
        };
    }

    /**
     * Stops when a data file (required or not) is there but is not a regular file within {@link #maxBytes}: a
     * dangling link, a link loop, a named pipe, a device, a folder. Taking it for absent would drop every figure it
     * gives without a word; reading it could wait for ever.
     */
    private static void requireReadable(Path p, String extension) {
        String problem = InputFiles.problem(p, maxBytes(extension));
        if (problem != null) {
            String fix = problem.startsWith("the file is too large")
                    ? (extension.equals("csv") ? "split it" : "export it as CSV UTF-8, which is read row by row")
                    : "put the exported file itself in the data directory under this name";
            throw new ReportException(ReportException.Kind.INPUT, p.getFileName() + ": " + problem + "; " + fix);
        }
    }

    private static void note(Map<FileKind, List<RecordIssue>> notes, FileKind kind, String message, String issueKind) {
        notes.computeIfAbsent(kind, k -> new ArrayList<>())
                .add(new RecordIssue(null, null, Severity.WARNING, issueKind, message));
    }

    /**
     * About how many rows a CSV file holds, from the length of the lines in sixteen samples spread through it (a
     * file's first lines can be shorter or longer than the rest), a few per cent over; 0 for a small file or
     * another format. Used only to size the tables and the duplicate check up front.
     */
    static long estimateRows(Path path) {
        try (java.nio.channels.FileChannel in = java.nio.channels.FileChannel.open(path)) {
            long size = in.size();
            if (size < (4 << 20) || !extension(path).equals("csv")) {
                return 0;
            }
            java.nio.ByteBuffer sample = java.nio.ByteBuffer.allocate(1 << 16);
            long lines = 0;
            long sampled = 0;
            for (int k = 0; k < 16; k++) {
                sample.clear();
                int n = in.read(sample, size / 16 * k);
                for (int i = 0; i < n; i++) {
                    if (sample.get(i) == '\n') {
                        lines++;
                    }
                }
                sampled += Math.max(0, n);
            }
            return lines == 0 ? 0 : (long) (size * 1.02 * lines / sampled);
        } catch (IOException e) {
            return 0; // the reading proper reports what is wrong with the file
        }
    }

    /** The reader of files ending in {@code extension} (lower case), or null. */
    static TableReader reader(String extension) {
        return READERS.get(extension);
    }

    /**
     * Opens the file of {@code kind} at {@code path} as the mapping says: in its encoding (else the one asked for),
     * its header on the row it names (else the first non-blank row).
     */
    static RowStream openRows(FileKind kind, Path path, ColumnMapping mapping, ReadOptions opts) {
        ColumnMapping.FileSpec spec = mapping.file(kind);
        Charset encoding = spec.encoding() != null ? spec.encoding() : opts.encoding();
        RowStream rows = prefetching(READERS.get(extension(path)).open(path, encoding), path);
        return spec.headerRow() == null ? rows
                : HeaderBelow.of(rows, spec.headerRow(), !extension(path).equals("csv"));
    }

    /**
     * A file whose header is on a given row, below title rows: the rows above it are not read, the header is
     * that row's cells.
     */
    static final class HeaderBelow implements RowStream {
        private final RowStream rows;
        private final int headerRow;
        private final int headerLine;
        private final List<String> header;
        private final boolean pad;

        private HeaderBelow(RowStream rows, int headerRow, int headerLine, List<String> header, boolean pad) {
            this.rows = rows;
            this.headerRow = headerRow;
            this.headerLine = headerLine;
            this.header = header;
            this.pad = pad;
        }

        /** @param pad a short row is padded to the header's width, as a workbook's rows are (CSV's are ragged) */
        static RowStream of(RowStream rows, int headerRow, boolean pad) {
            if (rows.isEmpty() || rows.headerRow() == headerRow) {
                return rows;
            }
            try {
                if (rows.headerRow() > headerRow) {
                    throw noHeader(rows, headerRow, "the first row holding anything is row " + rows.headerRow());
                }
                DataRow r;
                while ((r = rows.next()) != null && r.row() < headerRow) {
                    // a title row above the header
                }
                if (r == null || r.row() != headerRow) {
                    throw noHeader(rows, headerRow, "that row is blank or past the end");
                }
                List<String> cells = new ArrayList<>(List.of(r.cells()));
                while (pad && !cells.isEmpty() && cells.get(cells.size() - 1).isBlank()) {
                    cells.remove(cells.size() - 1);
                }
                return new HeaderBelow(rows, headerRow, r.line(), List.copyOf(cells), pad);
            } catch (RuntimeException e) {
                rows.close();
                throw e;
            }
        }

        private static ReportException noHeader(RowStream rows, int headerRow, String why) {
            return new ReportException(ReportException.Kind.CONFIG, rows.file() + ": the mapping puts the header on "
                    + "row " + headerRow + ", but " + why + "; give the row of the column names as \"header_row\"");
        }

        @Override
        public String file() {
            return rows.file();
        }

        @Override
        public int headerRow() {
            return headerRow;
        }

        @Override
        public int headerLine() {
            return headerLine;
        }

        @Override
        public List<String> header() {
            return header;
        }

        @Override
        public DataRow next() {
            DataRow r = rows.next();
            if (r == null || !pad || r.cells().length >= header.size()) {
                return r;
            }
            String[] cells = java.util.Arrays.copyOf(r.cells(), header.size());
            java.util.Arrays.fill(cells, r.cells().length, cells.length, "");
            return new DataRow(r.row(), r.line(), cells, r.problem());
        }

        @Override
        public long bytesRead() {
            return rows.bytesRead();
        }

        @Override
        public String encodingNote() {
            return rows.encodingNote();
        }

        /** The file's blank rows (those between a title row and the mapping's header row included). */
        @Override
        public long blankRows() {
            return rows.blankRows();
        }

        @Override
        public boolean isEmpty() {
            return false;
        }

        @Override
        public void close() {
            rows.close();
        }
    }

    /** A large CSV file's rows read a batch ahead on a second thread; other files as they are. */
    static RowStream prefetching(RowStream rows, Path path) {
        try {
            return extension(path).equals("csv") && Files.size(path) >= (1 << 20) ? new PrefetchingRowStream(rows)
                    : rows;
        } catch (IOException e) {
            return rows;
        }
    }

    private static String extension(Path path) {
        String name = path.getFileName().toString();
        return name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    }

    /** A file opened and its header understood. {@code header} is null for an empty file. */
    record Opened(FileKind kind, RowStream rows, Future<String> hash, Header header, List<RecordIssue> notes) {

        static Opened open(FileKind kind, Path path, ColumnMapping mapping, ReadOptions opts, Future<String> hash) {
            String name = path.getFileName().toString();
            RowStream rows;
            try {
                rows = openRows(kind, path, mapping, opts);
            } catch (ReportException e) {
                hashed(hash); // a file that cannot be read at all fails as it always did: when hashed first
                throw e;
            }
            try {
                if (rows.isEmpty()) {
                    return new Opened(kind, rows, hash, null, List.of(new RecordIssue(null, null, Severity.WARNING,
                            "empty_file", name + ": the file is empty, so it gives no " + kind.baseName())));
                }
                Header header = Header.resolve(kind, new SourceLocation(rows.file(), rows.headerRow(),
                        rows.headerLine()), rows.header(), mapping, opts.allowIdentifiers());
                List<RecordIssue> notes = header.warnings();
                if (rows.encodingNote() != null) {
                    notes = new ArrayList<>(notes);
                    notes.add(0, new RecordIssue(null, null, Severity.WARNING, "encoding", rows.encodingNote()));
                }
                return new Opened(kind, rows, hash, header, notes);
            } catch (RuntimeException e) {
                rows.close();
                throw e;
            }
        }

        String sha256() {
            return hashed(hash);
        }

        private static String hashed(Future<String> hash) {
            try {
                return hash.get();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof ReportException r) {
                    throw r;
                }
                throw new ReportException(ReportException.Kind.INTERNAL, "hashing a file failed: " + e.getCause(),
                        e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ReportException(ReportException.Kind.INTERNAL, "interrupted while hashing a file", e);
            }
        }
    }

    static String sha256(Path file) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new ReportException(ReportException.Kind.INPUT,
                    file.getFileName() + ": the file cannot be read (" + e + ")", e);
        } catch (NoSuchAlgorithmException e) {
            throw new ReportException(ReportException.Kind.INTERNAL, "SHA-256 is not available in this Java", e);
        }
    }

    /** Keeps the first {@link ReadResult#MAX_ISSUES} issues in order and counts them all. */
    static final class IssueLog {
        private final List<RecordIssue> issues = new ArrayList<>();
        private long count;

        void add(RecordIssue issue) {
            count++;
            if (issues.size() < ReadResult.MAX_ISSUES) {
                issues.add(issue);
            }
        }

        List<RecordIssue> issues() {
            return issues;
        }

        long count() {
            return count;
        }
    }
}
