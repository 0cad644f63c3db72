package org.recoveryoutcomes.engine.io.csv;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.recoveryoutcomes.engine.api.ReportException;
import org.recoveryoutcomes.engine.io.RawRow;
import org.recoveryoutcomes.engine.io.RawTable;
import org.recoveryoutcomes.engine.io.TableReader;
import org.recoveryoutcomes.engine.io.TextFiles;

/**
 * Reads a CSV file: UTF-8 with or without a byte order mark (or the encoding given), comma separated, RFC 4180 quoting, the first
 * non-blank record being the header. Each row is numbered by the physical line where its record starts, so a
 * quoted field holding line breaks does not shift the numbers of later rows, and blank lines are counted although
 * they are not rows.
 */
public final class CsvTableReader implements TableReader {

    // RFC 4180, but empty lines are kept as records here so that every record's start position is exact; blank
    // records are then dropped below. The header is parsed as a plain record so duplicate or empty names do not
    // throw inside Commons CSV: DatasetReader reports them with the file's name.
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).build();

    private static final Pattern UNCLOSED =
            Pattern.compile("\\(startline (\\d+)\\) EOF reached before encapsulated token finished");
    private static final Pattern TEXT_AFTER_QUOTE =
            Pattern.compile("Invalid char between encapsulated token and delimiter at line: (\\d+)");

    /** What to save a file as that cannot be read. */
    static final String EXPORT_AS = "\"CSV UTF-8\"";

    @Override
    public RawTable read(Path file, Charset encoding) {
        String name = file.getFileName().toString();
        List<String> header = List.of();
        int headerRow = 1;
        List<RawRow> rows = new ArrayList<>();
        LineTrackingReader lines = null;
        TextFiles.requireText(file, encoding, EXPORT_AS);
        try (Reader in = TextFiles.open(file, encoding)) {
            lines = new LineTrackingReader(in);
            boolean seenHeader = false;
            try (CSVParser parser = CSVParser.parse(lines, FORMAT)) {
                for (CSVRecord record : parser) {
                    int line = Math.toIntExact(lines.lineAt(record.getCharacterPosition()));
                    List<String> cells = record.toList();
                    if (RawTable.isBlank(cells)) {
                        continue;
                    }
                    if (!seenHeader) {
                        header = cells;
                        headerRow = line;
                        seenHeader = true;
                    } else {
                        rows.add(new RawRow(line, cells));
                    }
                }
            }
        } catch (UncheckedIOException e) {
            throw failure(file, encoding, lines, e.getCause());
        } catch (IOException e) {
            throw failure(file, encoding, lines, e);
        }
        return new RawTable(name, headerRow, header, rows);
    }

    private static ReportException failure(Path file, Charset encoding, LineTrackingReader lines, IOException e) {
        String name = file.getFileName().toString();
        if (e instanceof CharacterCodingException) {
            return TextFiles.notDecodable(file, encoding, line -> line > 0 ? name + ":" + line : name, EXPORT_AS, e);
        }
        if (e instanceof NoSuchFileException) {
            return new ReportException(ReportException.Kind.INPUT, name + ": the file does not exist", e);
        }
        if (lines != null && e.getMessage() != null && !(e instanceof java.nio.file.FileSystemException)) {
            // Commons CSV says what is wrong and on which line; say it in the user's words where we can.
            String m = e.getMessage();
            Matcher open = UNCLOSED.matcher(m);
            if (open.find()) {
                return new ReportException(ReportException.Kind.INPUT, name + ":" + open.group(1)
                        + ": a quoted field starting on this line is never closed; check its quotes", e);
            }
            Matcher after = TEXT_AFTER_QUOTE.matcher(m);
            if (after.find()) {
                return new ReportException(ReportException.Kind.INPUT, name + ":" + after.group(1)
                        + ": a quoted field is followed by more text before the next comma; write a quote inside a "
                        + "quoted field as two quotes (\"\")", e);
            }
            return new ReportException(ReportException.Kind.INPUT,
                    name + ": the file cannot be read as CSV (" + m + "); check its quoting", e);
        }
        return new ReportException(ReportException.Kind.INPUT, name + ": the file cannot be read (" + e + ")", e);
    }
}
