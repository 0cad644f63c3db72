package org.recoveryoutcomes.engine.io.csv;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.recoveryoutcomes.engine.io.table.RawTable;
import org.recoveryoutcomes.engine.io.table.RowStream;
import org.recoveryoutcomes.engine.io.table.TableReader;
import org.recoveryoutcomes.engine.io.table.TextFiles;
import org.recoveryoutcomes.engine.model.ReportException;
import org.recoveryoutcomes.engine.model.SourceLocation;

/**
 * Reads a CSV file: UTF-8 with or without a byte order mark (or the encoding given), comma separated, RFC 4180
 * quoting, the first non-blank record being the header. Each row is numbered by its record, as a spreadsheet
 * opening the file numbers it (blank lines are counted although they are not data), and keeps the line of text
 * where its record starts: after a quoted field holding line breaks the two differ, and messages give both.
 */
public final class CsvTableReader implements TableReader {

    // RFC 4180, but empty lines are kept as records here so that every record's start position is exact; blank
    // records are then dropped below. The header is parsed as a plain record so duplicate or empty names do not
    // throw inside Commons CSV: DatasetReader reports them with the file's name.
    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).build();

    private static final Pattern UNCLOSED =
            Pattern.compile("\\(startline (\\d+)\\) EOF reached before encapsulated token finished");
    private static final Pattern TEXT_AFTER_QUOTE =
            Pattern.compile("Invalid char between encapsulated token and delimiter at line: (\\d+)");

    /** What to save a file as that cannot be read. */
    static final String EXPORT_AS = "\"CSV UTF-8\"";

    @Override
    public RawTable read(Path file, Charset encoding) {
        try (CsvRowStream rows = new CsvRowStream(file, encoding)) {
            return rows.readAll();
        }
    }

    @Override
    public RowStream open(Path file, Charset encoding) {
        return new CsvRowStream(file, encoding);
    }

    /**
     * The error for a file that cannot be read on.
     *
     * @param parsing the file was opened and is being parsed
     * @param lineOffset the lines before the one Commons CSV began parsing at
     * @param row the row of the record being read (1-based, as {@link CsvRowStream} numbers rows), or 0
     */
    static ReportException failure(Path file, Charset encoding, boolean parsing, int lineOffset, int row,
                                   IOException e) {
        String name = file.getFileName().toString();
        if (e instanceof CharacterCodingException) {
            return TextFiles.notDecodable(file, encoding, line -> line > 0 ? at(name, rowOfLine(file, encoding, line),
                    line) : name, EXPORT_AS, e);
        }
        if (e instanceof NoSuchFileException) {
            return new ReportException(ReportException.Kind.INPUT, name + ": the file does not exist", e);
        }
        if (parsing && e.getMessage() != null && !(e instanceof java.nio.file.FileSystemException)) {
            // Commons CSV says what is wrong and on which line; say it in the user's words where we can.
            String m = e.getMessage();
            Matcher open = UNCLOSED.matcher(m);
            if (open.find()) {
                return new ReportException(ReportException.Kind.INPUT, at(name, row, lineOf(open, lineOffset))
                        + ": a quoted field starting on this line is never closed; check its quotes", e);
            }
            Matcher after = TEXT_AFTER_QUOTE.matcher(m);
            if (after.find()) {
                return new ReportException(ReportException.Kind.INPUT, at(name, row, lineOf(after, lineOffset))
                        + ": a quoted field is followed by more text before the next comma; write a quote inside a "
                        + "quoted field as two quotes (\"\")", e);
            }
            return new ReportException(ReportException.Kind.INPUT,
                    name + ": the file cannot be read as CSV (" + m + "); check its quoting", e);
        }
        return new ReportException(ReportException.Kind.INPUT, name + ": the file cannot be read (" + e + ")", e);
    }

    private static int lineOf(Matcher m, int lineOffset) {
        return Math.toIntExact(Long.parseLong(m.group(1)) + lineOffset);
    }

    /**
     * {@code contacts.csv:14} for a line that is its row, {@code contacts.csv: row 12 (line 14)} for one that is
     * not, {@code contacts.csv: line 14} when the row is not known.
     */
    private static String at(String name, int row, int line) {
        if (row <= 0 || row > line) {
            return name + ": line " + line;
        }
        return new SourceLocation(name, row, line).toString();
    }

    /**
     * The row (as {@link CsvRowStream} numbers rows) holding {@code line}, or 0 when the file cannot be parsed that
     * far. Reads the file again from the start, with what cannot be decoded replaced: only for a message about a
     * file that is being rejected.
     */
    static int rowOfLine(Path file, Charset encoding, int line) {
        Charset cs = encoding == null ? StandardCharsets.UTF_8 : encoding;
        CharsetDecoder decoder = cs.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try (LineTrackingReader lines = new LineTrackingReader(new InputStreamReader(Files.newInputStream(file),
                decoder)); CSVParser parser = CSVParser.parse(lines, FORMAT)) {
            int row = 0;
            for (CSVRecord r : parser) {
                if (lines.lineAt(r.getCharacterPosition()) > line) {
                    break;
                }
                row++;
            }
            return row;
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return 0;
        }
    }
}
