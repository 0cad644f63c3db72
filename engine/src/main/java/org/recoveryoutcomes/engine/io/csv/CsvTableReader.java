package org.recoveryoutcomes.engine.io.csv;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
import org.recoveryoutcomes.engine.io.Utf8;

/**
 * Reads a CSV file: UTF-8 with or without a byte order mark, comma separated, RFC 4180 quoting, the first
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

    @Override
    public RawTable read(Path file) {
        String name = file.getFileName().toString();
        List<String> header = List.of();
        int headerRow = 1;
        List<RawRow> rows = new ArrayList<>();
        LineTrackingReader lines = null;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            skipBom(in);
            CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            lines = new LineTrackingReader(new InputStreamReader(in, utf8));
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
            throw failure(file, lines, e.getCause());
        } catch (IOException e) {
            throw failure(file, lines, e);
        }
        return new RawTable(name, headerRow, header, rows);
    }

    private static void skipBom(InputStream in) throws IOException {
        in.mark(3);
        byte[] b = in.readNBytes(3);
        if (!(b.length == 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF)) {
            in.reset();
        }
    }

    private static ReportException failure(Path file, LineTrackingReader lines, IOException e) {
        String name = file.getFileName().toString();
        if (e instanceof CharacterCodingException) {
            int line = Utf8.firstBadLine(file);
            String where = line > 0 ? name + ":" + line : name;
            return new ReportException(ReportException.Kind.INPUT, where
                    + ": the file is not UTF-8 text; save it as 'CSV UTF-8 (Comma delimited)' and run again", e);
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
