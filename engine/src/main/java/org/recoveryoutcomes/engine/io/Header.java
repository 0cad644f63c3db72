package org.recoveryoutcomes.engine.io;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.recoveryoutcomes.engine.io.table.RawTable;
import org.recoveryoutcomes.engine.model.RecordIssue;
import org.recoveryoutcomes.engine.model.ReportException;
import org.recoveryoutcomes.engine.model.Severity;
import org.recoveryoutcomes.engine.model.SourceLocation;

/**
 * A file's header, understood: which cell holds each of our columns, and the warnings about the others. Stops the
 * run when a column looks like a direct identifier (unless allowed), when one of our columns appears twice, or when
 * a required column is missing, because no row of such a file can be read safely.
 *
 * @param index our column name to its 0-based cell position
 * @param present our columns the file has, in data-format.md order
 * @param warnings one per column ignored, in header order
 * @param ignored the columns that are not ours nor named like identifiers, by 0-based cell position, each as
 *     written (or {@code column 7} when it has no name): they are not read, only searched for identifier values
 */
record Header(Map<String, Integer> index, Set<String> present, List<RecordIssue> warnings,
              Map<Integer, String> ignored) {

    /** A message lists at most this many of the columns found. */
    static final int MAX_NAMES_SHOWN = 40;

    static Header resolve(FileKind kind, RawTable table, ColumnMapping mapping, boolean allowIdentifiers) {
        return resolve(kind, new SourceLocation(table.file(), table.headerRow()), table.header(), mapping,
                allowIdentifiers);
    }

    /** @param at the file and the header's row */
    static Header resolve(FileKind kind, SourceLocation at, List<String> header, ColumnMapping mapping,
                          boolean allowIdentifiers) {
        Map<String, Integer> index = new LinkedHashMap<>();
        List<RecordIssue> warnings = new ArrayList<>();
        List<String> identifiers = new ArrayList<>();
        Set<String> categories = new LinkedHashSet<>();
        Set<String> ignored = new HashSet<>();
        Map<Integer, String> others = new java.util.TreeMap<>();
        for (int i = 0; i < header.size(); i++) {
            String full = header.get(i).strip();
            String normal = ColumnMapping.normal(full);
            String written = RowCheck.cut(full); // as shown in messages: one line, not too long
            String category = Identifiers.category(kind, full);
            String ours = mapping.column(kind, full);
            if (ours == null && kind.knows(normal)) {
                ours = normal;
            }
            if (category != null) {
                if (allowIdentifiers) {
                    if (ignored.add(normal)) {
                        warnings.add(RowCheck.issue(at, written, Severity.WARNING, "identifier_column",
                                "this column looks like a direct identifier (" + category
                                        + "); it is ignored, as identifiers were allowed"));
                    }
                } else {
                    identifiers.add(written);
                    categories.add(category);
                }
            } else if (ours != null) {
                Integer earlier = index.putIfAbsent(ours, i);
                if (earlier != null) {
                    throw new ReportException(ReportException.Kind.INPUT, at, at + ": " + ours
                            + ": the column appears twice (columns " + (earlier + 1) + " and " + (i + 1)
                            + "); keep only one", null);
                }
            } else if (written.isEmpty()) {
                warnings.add(RowCheck.issue(at, null, Severity.WARNING, "unknown_column",
                        "column " + (i + 1) + " has no name, so it is ignored"));
                others.put(i, "column " + (i + 1));
            } else {
                if (ignored.add(normal)) {
                    warnings.add(RowCheck.issue(at, written, Severity.WARNING, "unknown_column",
                            "not a column of " + kind.baseName() + ", so it is ignored"));
                }
                others.put(i, written);
            }
        }
        if (!identifiers.isEmpty()) {
            String message = identifiers.size() == 1
                    ? at + ": " + identifiers.get(0) + ": this column looks like a direct identifier ("
                            + categories.iterator().next() + "); anonymised data must not hold it — remove the "
                            + "column, or pass --allow-identifiers if it holds no personal data"
                    : at + ": " + String.join(", ", identifiers) + ": these columns look like direct identifiers ("
                            + String.join(", ", categories) + "); anonymised data must not hold them — remove the "
                            + "columns, or pass --allow-identifiers if they hold no personal data";
            throw new ReportException(ReportException.Kind.INPUT, at, message, null);
        }
        List<String> missing = kind.requiredColumns().stream().filter(c -> !index.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            List<String> names = header.stream().map(String::strip).filter(h -> !h.isEmpty()).map(RowCheck::cut)
                    .toList();
            String found = names.size() <= MAX_NAMES_SHOWN ? String.join(", ", names)
                    : String.join(", ", names.subList(0, MAX_NAMES_SHOWN)) + " … and " + (names.size() - MAX_NAMES_SHOWN)
                            + " more";
            String columnsFound = found.isEmpty() ? "the file has no column names" : "the columns found are " + found;
            if (header.size() == 1 && (header.get(0).contains(";") || header.get(0).contains("\t"))) {
                columnsFound += " (the columns seem to be separated by "
                        + (header.get(0).contains(";") ? "semicolons" : "tabs") + ": save the file as comma-separated CSV)";
            }
            String message = missing.size() == 1
                    ? at + ": " + missing.get(0) + ": this required column is missing; " + columnsFound
                    : at + ": " + String.join(", ", missing) + ": these required columns are missing; " + columnsFound;
            throw new ReportException(ReportException.Kind.INPUT, at, message, null);
        }
        Set<String> present = new LinkedHashSet<>();
        for (String column : kind.columns()) {
            if (index.containsKey(column)) {
                present.add(column);
            }
        }
        return new Header(Map.copyOf(index), java.util.Collections.unmodifiableSet(present), List.copyOf(warnings),
                java.util.Collections.unmodifiableMap(others));
    }
}
