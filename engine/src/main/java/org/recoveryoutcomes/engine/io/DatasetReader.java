package org.recoveryoutcomes.engine.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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
import org.recoveryoutcomes.engine.api.ReportException;
import org.recoveryoutcomes.engine.io.csv.CsvTableReader;
import org.recoveryoutcomes.engine.io.json.JsonTableReader;
import org.recoveryoutcomes.engine.io.xlsx.XlsxTableReader;
import org.recoveryoutcomes.engine.model.Client;
import org.recoveryoutcomes.engine.model.Contact;
import org.recoveryoutcomes.engine.model.Dataset;
import org.recoveryoutcomes.engine.model.Episode;
import org.recoveryoutcomes.engine.model.FileReport;
import org.recoveryoutcomes.engine.model.Project;
import org.recoveryoutcomes.engine.model.RecordIssue;
import org.recoveryoutcomes.engine.model.Severity;
import org.recoveryoutcomes.engine.model.TopRecord;
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

    /**
     * @throws org.recoveryoutcomes.engine.api.ReportException of kind INPUT when the run cannot go on: a
     *     required file or column is missing, or a column is named like a direct identifier and
     *     {@code allowIdentifiers} is off; of kind CONFIG when the mapping file is wrong
     */
    public static ReadResult read(Path dataDir, ReadOptions options) {
        Objects.requireNonNull(dataDir, "dataDir");
        ReadOptions opts = options == null ? ReadOptions.DEFAULTS : options;
        if (!Files.isDirectory(dataDir)) {
            throw new ReportException(ReportException.Kind.INPUT, Files.exists(dataDir)
                    ? dataDir + ": not a directory; name the folder holding projects.csv, contacts.csv …"
                    : dataDir + ": the data directory does not exist");
        }
        ColumnMapping mapping = mapping(dataDir, opts);
        Map<FileKind, List<RecordIssue>> notes = new EnumMap<>(FileKind.class);
        Map<FileKind, Path> files = locate(dataDir, notes);

        // Read every file and understand every header before checking any row: a run that must stop (an
        // identifier or a missing column) stops before the long work.
        Map<FileKind, Table> tables = new EnumMap<>(FileKind.class);
        for (Map.Entry<FileKind, Path> e : files.entrySet()) {
            tables.put(e.getKey(), Table.read(e.getKey(), e.getValue(), mapping, opts));
        }

        Checks checks = new Checks(mapping, opts.referenceDate());
        IssueLog log = new IssueLog();
        List<RejectedRow> rejected = new ArrayList<>();
        List<FileReport> reports = new ArrayList<>();
        Map<String, Set<String>> columns = new TreeMap<>();

        List<Project> projects = new ArrayList<>();
        List<Contact> contacts = new ArrayList<>();
        List<Client> clients = new ArrayList<>();
        List<TopRecord> tops = new ArrayList<>();
        List<Episode> episodes = new ArrayList<>();
        List<Volunteer> volunteers = new ArrayList<>();

        for (FileKind kind : FileKind.values()) {
            notes.getOrDefault(kind, List.of()).forEach(log::add);
            Table table = tables.remove(kind); // let each raw table go once its rows are decided
            if (table == null) {
                continue;
            }
            columns.put(kind.baseName(), table.header() == null ? Set.of() : table.header().present());
            switch (kind) {
                case PROJECTS -> finish(table, checks.rows(table, checks::project), opts, projects, log, rejected,
                        reports);
                case CONTACTS -> finish(table, checks.rows(table, checks::contact), opts, contacts, log, rejected,
                        reports);
                case CLIENTS -> finish(table, checks.rows(table, checks::client), opts, clients, log, rejected,
                        reports);
                case TOP -> {
                    List<Outcome<TopRecord>> rows = checks.rows(table, checks::top);
                    Checks.warnReviewsBeforeStart(rows);
                    finish(table, rows, opts, tops, log, rejected, reports);
                }
                case EPISODES -> finish(table, checks.rows(table, checks::episode), opts, episodes, log, rejected,
                        reports);
                case VOLUNTEERS -> finish(table, checks.rows(table, checks::volunteer), opts, volunteers, log,
                        rejected, reports);
                default -> throw new IllegalStateException(kind.toString());
            }
        }
        Dataset dataset = Dataset.of(projects, contacts, clients, tops, episodes, volunteers, reports, columns);
        return new ReadResult(dataset, rejected, log.issues(), log.count());
    }

    /** One row checked: its record when it passed, else null; its issues are in the check. */
    record Outcome<T>(RowCheck check, T record) {
    }

    /**
     * Decides each row's fate: kept, or rejected with every problem as its reason (warnings too, under
     * {@code strict}, where they become errors). Fills the file's report.
     */
    private static <T> void finish(Table table, List<Outcome<T>> rows, ReadOptions opts, List<T> accepted,
                                   IssueLog log, List<RejectedRow> rejected, List<FileReport> reports) {
        Map<String, Long> quarantinedBy = new TreeMap<>();
        Map<String, Long> warningsBy = new TreeMap<>();
        for (RecordIssue w : table.notes()) {
            log.add(w);
            warningsBy.merge(w.kind(), 1L, Long::sum);
        }
        long kept = 0;
        long quarantined = 0;
        for (Outcome<T> row : rows) {
            List<RecordIssue> issues = row.check().issues();
            boolean reject = row.record() == null || (opts.strict() && !issues.isEmpty());
            if (reject && opts.strict()) {
                issues = issues.stream().map(i -> i.severity() == Severity.ERROR ? i
                        : new RecordIssue(i.location(), i.column(), Severity.ERROR, i.kind(), i.message())).toList();
            }
            issues.forEach(log::add);
            if (reject) {
                quarantined++;
                quarantinedBy.merge(issues.get(0).kind(), 1L, Long::sum);
                String prefix = row.check().location() + ": ";
                String reason = String.join("; ", issues.stream()
                        .map(i -> i.message().startsWith(prefix) ? i.message().substring(prefix.length())
                                : i.message())
                        .toList());
                RawRow raw = row.check().raw();
                rejected.add(new RejectedRow(table.raw().file(), table.raw().header(), raw.cells(), raw.row(),
                        reason));
            } else {
                kept++;
                accepted.add(row.record());
                issues.forEach(i -> warningsBy.merge(i.kind(), 1L, Long::sum));
            }
        }
        reports.add(new FileReport(table.raw().file(), table.sha256(), kept + quarantined, kept, quarantined,
                quarantinedBy, warningsBy));
    }

    private static ColumnMapping mapping(Path dataDir, ReadOptions opts) {
        if (opts.mappingFile() != null) {
            if (!Files.isRegularFile(opts.mappingFile())) {
                throw new ReportException(ReportException.Kind.CONFIG,
                        opts.mappingFile() + ": the mapping file does not exist");
            }
            return ColumnMapping.load(opts.mappingFile());
        }
        Path inDir = dataDir.resolve("mapping.json");
        return Files.isRegularFile(inDir) ? ColumnMapping.load(inDir) : ColumnMapping.NONE;
    }

    /**
     * Finds the file of each kind. File names are matched ignoring case. Notes per kind: a file in a format we
     * cannot read, and a missing {@code top} file.
     */
    private static Map<FileKind, Path> locate(Path dataDir, Map<FileKind, List<RecordIssue>> notes) {
        Map<FileKind, TreeSet<String>> candidates = new EnumMap<>(FileKind.class);
        Map<FileKind, TreeSet<String>> unreadable = new EnumMap<>(FileKind.class);
        Map<String, Path> byName = new TreeMap<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(dataDir)) {
            for (Path p : dir) {
                if (!Files.isRegularFile(p)) {
                    continue;
                }
                String name = p.getFileName().toString();
                int dot = name.lastIndexOf('.');
                if (dot <= 0) {
                    continue;
                }
                FileKind kind = FileKind.ofBaseName(name.substring(0, dot).toLowerCase(Locale.ROOT));
                if (kind == null) {
                    continue;
                }
                String ext = name.substring(dot + 1).toLowerCase(Locale.ROOT);
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

    private static void note(Map<FileKind, List<RecordIssue>> notes, FileKind kind, String message, String issueKind) {
        notes.computeIfAbsent(kind, k -> new ArrayList<>())
                .add(new RecordIssue(null, null, Severity.WARNING, issueKind, message));
    }

    /** A file read and its header understood. {@code header} is null for an empty file. */
    record Table(FileKind kind, RawTable raw, String sha256, Header header, List<RecordIssue> notes) {

        static Table read(FileKind kind, Path path, ColumnMapping mapping, ReadOptions opts) {
            String name = path.getFileName().toString();
            String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            String sha = DatasetReader.sha256(path);
            RawTable raw = READERS.get(ext).read(path, opts.encoding());
            if (raw.isEmpty()) {
                return new Table(kind, raw, sha, null, List.of(new RecordIssue(null, null, Severity.WARNING,
                        "empty_file", name + ": the file is empty, so it gives no " + kind.baseName())));
            }
            Header header = Header.resolve(kind, raw, mapping, opts.allowIdentifiers());
            return new Table(kind, raw, sha, header, header.warnings());
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
