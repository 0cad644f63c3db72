package org.recoveryoutcomes.engine.io.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.recoveryoutcomes.engine.io.table.AtomicFiles;
import org.recoveryoutcomes.engine.io.table.RejectedRow;
import org.recoveryoutcomes.engine.model.ReportException;

/**
 * Writes rejected rows to {@code <dir>/quarantine/<base name>.csv}: the original header plus {@code _row} and
 * {@code _reason}, each row's cells unchanged.
 *
 * <p>The file is CSV as RFC 4180 quotes it, UTF-8 with a byte order mark (so Excel shows the en dash of
 * {@code 0–20} and any non-ASCII cell correctly; every reader of this engine skips the mark), lines ending in
 * {@code \n}. Rows are in input row order. A row with fewer cells than the header is padded with empty cells, and
 * the header of a file holding a longer row is padded with empty names, so that {@code _row} and {@code _reason}
 * always stand in the last two columns. {@code _row} is the row as a spreadsheet numbers it, followed by the line
 * where that differs ({@code 2602 (line 2747)}, after a CSV field holding line breaks). Each file is written to a
 * temporary name and moved into place when complete.
 *
 * <p>A rejected row may be hostile, and the quarantine file is meant to be opened in a spreadsheet, so a cell
 * (the header's too) that begins with {@code = + - @}, a tab or a carriage return is neutralised as OWASP's
 * CSV-injection guidance says: a single quote is put before it and the field is quoted, so that no spreadsheet
 * takes it for a formula. That is the only change to any cell; {@code _row} still points at the original row.
 */
public final class QuarantineWriter {

    /** The folder under the output directory. */
    public static final String FOLDER = "quarantine";

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").build();

    private QuarantineWriter() {
    }

    /**
     * Writes one file per input file that had rejections; returns the files written, sorted by name.
     *
     * @throws ReportException of kind OUTPUT when a file cannot be written
     */
    public static List<Path> write(Path outDir, List<RejectedRow> rows) {
        Map<String, List<RejectedRow>> byFile = new LinkedHashMap<>();
        for (RejectedRow r : rows) {
            byFile.computeIfAbsent(r.file(), f -> new ArrayList<>()).add(r);
        }
        if (byFile.isEmpty()) {
            return List.of();
        }
        Path dir = outDir.resolve(FOLDER);
        Map<String, String> targets = new LinkedHashMap<>();
        for (String file : byFile.keySet()) {
            String target = baseName(file) + ".csv";
            String clash = targets.put(target, file);
            if (clash != null) {
                throw new ReportException(ReportException.Kind.INTERNAL, "rejected rows of " + clash + " and "
                        + file + " would both go to " + FOLDER + "/" + target);
            }
        }
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            for (Map.Entry<String, List<RejectedRow>> e : byFile.entrySet()) {
                Path target = dir.resolve(baseName(e.getKey()) + ".csv");
                writeAtomically(target, e.getValue());
                written.add(target);
            }
        } catch (IOException e) {
            throw new ReportException(ReportException.Kind.OUTPUT,
                    dir + ": the quarantine file cannot be written (" + e + ")", e);
        }
        Collections.sort(written);
        return List.copyOf(written);
    }

    private static void writeAtomically(Path target, List<RejectedRow> rows) {
        AtomicFiles.write(target, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter printer = new CSVPrinter(w, FORMAT);
            w.write('\uFEFF');
            List<RejectedRow> sorted = new ArrayList<>(rows);
            sorted.sort(java.util.Comparator.comparingInt(RejectedRow::row));
            int width = sorted.get(0).header().size();
            for (RejectedRow r : sorted) {
                width = Math.max(width, r.cells().size());
            }
            List<String> header = new ArrayList<>(sorted.get(0).header());
            pad(header, width);
            header.add("_row");
            header.add("_reason");
            printer.flush();
            record(w, header);
            for (RejectedRow r : sorted) {
                List<String> cells = new ArrayList<>(r.cells());
                pad(cells, width);
                cells.add(r.line() == r.row() ? Integer.toString(r.row()) : r.row() + " (line " + r.line() + ")");
                cells.add(r.reason());
                record(w, cells);
            }
            w.flush();
        });
    }

    /** One record as {@link CSVPrinter#printRecord} writes it, but each dangerous cell {@link #neutralised}. */
    private static void record(Writer w, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            if (isDangerous(cell)) {
                if (i > 0) {
                    w.write(FORMAT.getDelimiterString());
                }
                w.write(neutralised(cell));
            } else {
                FORMAT.print(cell, w, i == 0);
            }
        }
        FORMAT.println(w);
    }

    /** True when a spreadsheet could take the cell for a formula: it begins with = + - @, a tab or a CR. */
    static boolean isDangerous(String cell) {
        if (cell == null || cell.isEmpty()) {
            return false;
        }
        char c = cell.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /** The cell behind a single quote, quoted as RFC 4180 quotes a field: {@code =1+2} → {@code "'=1+2"}. */
    static String neutralised(String cell) {
        return "\"'" + cell.replace("\"", "\"\"") + "\"";
    }

    private static void pad(List<String> cells, int width) {
        while (cells.size() < width) {
            cells.add("");
        }
    }

    private static String baseName(String file) {
        int dot = file.lastIndexOf('.');
        return dot <= 0 ? file : file.substring(0, dot);
    }
}
