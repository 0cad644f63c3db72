package org.recoveryoutcomes.engine.io.csv;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.recoveryoutcomes.engine.io.table.DataRow;
import org.recoveryoutcomes.engine.io.table.RawTable;
import org.recoveryoutcomes.engine.io.table.RowStream;
import org.recoveryoutcomes.engine.io.table.TextFiles;

/**
 * A CSV file read record by record, as {@link CsvTableReader} reads it. A line without a quote character is split
 * at its commas here (what RFC 4180 parsing gives for such a line); from the first line holding a quote on, the
 * rest of the file is parsed by Commons CSV, so quoting, and its error messages, are exactly Commons CSV's. Rows
 * are numbered by record, as a spreadsheet numbers them (a blank line is a row, a quoted field holding line
 * breaks is not more than one); lines as {@link LineTrackingReader} numbers them: {@code \n}, {@code \r\n} or a
 * lone {@code \r} ends one.
 */
final class CsvRowStream implements RowStream {

    private static final String[] ONE_EMPTY = {""};

    private final Path path;
    private final Charset encoding;
    /** How the encoding was chosen, when the user should hear it; or null. */
    private final String encodingNote;
    private final String name;
    private final Counting bytes;
    private final Reader in;
    private char[] buf = new char[1 << 16];
    private int pos;
    private int lim;
    private boolean eof;
    /** The physical line the next record starts on. */
    private int line = 1;
    /** The line of the record {@link #record()} returned last. */
    private int recordLine;
    /** The records read so far, blank ones and those before the header included: the last one's row. */
    private int records;

    // Once a quote is met: Commons CSV reads the rest, its lines counted from lineOffset + 1.
    private LineTrackingReader tracker;
    private CSVParser parser;
    private Iterator<CSVRecord> iterator;
    private int lineOffset;

    /** Blank records after the header: written by the thread that reads, so volatile for the one that asks. */
    private volatile long blank;

    private List<String> header = List.of();
    private int headerRow = 1;
    private int headerLine = 1;

    CsvRowStream(Path file, Charset encoding) {
        this.path = file;
        TextFiles.Encoding resolved = TextFiles.resolve(file, encoding);
        this.encoding = resolved.charset();
        this.encodingNote = resolved.note();
        this.name = file.getFileName().toString();
        TextFiles.requireText(file, this.encoding, CsvTableReader.EXPORT_AS);
        Reader reader = null;
        Counting counting = null;
        try {
            counting = new Counting(Files.newInputStream(file));
            reader = TextFiles.open(counting, this.encoding);
        } catch (IOException e) {
            if (counting != null) {
                try {
                    counting.close();
                } catch (IOException ignored) {
                    // the failure below says what is wrong
                }
            }
            throw CsvTableReader.failure(file, this.encoding, false, 0, 0, e);
        }
        this.bytes = counting;
        this.in = reader;
        try {
            String[] cells;
            while ((cells = record()) != null) {
                if (!isBlank(cells)) {
                    header = List.of(cells);
                    headerRow = records;
                    headerLine = recordLine;
                    break;
                }
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    @Override
    public String file() {
        return name;
    }

    @Override
    public String encodingNote() {
        return encodingNote;
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
    public long blankRows() {
        return blank;
    }

    @Override
    public long bytesRead() {
        return bytes.count;
    }

    @Override
    public DataRow next() {
        String[] cells;
        while ((cells = record()) != null) {
            if (!isBlank(cells)) {
                return new DataRow(records, recordLine, cells, null);
            }
            blank++;
        }
        return null;
    }

    @Override
    public void close() {
        try {
            if (parser != null) {
                parser.close();
            }
            in.close();
        } catch (IOException ignored) {
            // nothing more to read from it
        }
    }

    /** The next record, blank or not, or null at the end. */
    private String[] record() {
        String[] cells;
        try {
            cells = iterator != null ? commonsRecord() : nextRecord();
        } catch (UncheckedIOException e) {
            throw CsvTableReader.failure(path, encoding, true, lineOffset, records + 1, e.getCause());
        } catch (IOException e) {
            throw CsvTableReader.failure(path, encoding, true, lineOffset, records + 1, e);
        }
        if (cells != null) {
            records++;
        }
        return cells;
    }

    private String[] nextRecord() throws IOException {
        int i = pos;
        while (true) {
            if (i >= lim || buf[i] == '\r' && i + 1 >= lim) {
                if (eof) {
                    break;
                }
                // Read more, keeping the line begun at pos.
                if (pos > 0) {
                    System.arraycopy(buf, pos, buf, 0, lim - pos);
                    lim -= pos;
                    i -= pos;
                    pos = 0;
                } else if (lim == buf.length) {
                    buf = Arrays.copyOf(buf, buf.length * 2);
                }
                int n = in.read(buf, lim, buf.length - lim);
                if (n < 0) {
                    eof = true;
                } else {
                    lim += n;
                }
                continue;
            }
            char c = buf[i];
            if (c == '\n' || c == '\r') {
                break;
            }
            if (c == '"') {
                switchToCommons();
                return commonsRecord();
            }
            i++;
        }
        if (i >= lim && pos >= lim) {
            return null;
        }
        recordLine = line;
        String[] cells = split(pos, i);
        if (i < lim) {
            pos = buf[i] == '\r' && i + 1 < lim && buf[i + 1] == '\n' ? i + 2 : i + 1;
            line++;
        } else {
            pos = lim;
        }
        return cells;
    }

    private String[] split(int from, int to) {
        if (from == to) {
            return ONE_EMPTY.clone();
        }
        int n = 1;
        for (int i = from; i < to; i++) {
            if (buf[i] == ',') {
                n++;
            }
        }
        String[] cells = new String[n];
        int k = 0;
        int start = from;
        for (int i = from; i < to; i++) {
            if (buf[i] == ',') {
                cells[k++] = i == start ? "" : new String(buf, start, i - start);
                start = i + 1;
            }
        }
        cells[k] = to == start ? "" : new String(buf, start, to - start);
        return cells;
    }

    private void switchToCommons() throws IOException {
        lineOffset = line - 1;
        tracker = new LineTrackingReader(new Rest());
        parser = CSVParser.parse(tracker, CsvTableReader.FORMAT);
        iterator = parser.iterator();
    }

    private String[] commonsRecord() {
        if (!iterator.hasNext()) {
            return null;
        }
        CSVRecord r = iterator.next();
        recordLine = lineOffset + Math.toIntExact(tracker.lineAt(r.getCharacterPosition()));
        return r.values();
    }

    private static boolean isBlank(String[] cells) {
        for (String c : cells) {
            if (!c.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** What is left of the buffer, then the rest of the file. */
    private final class Rest extends Reader {
        @Override
        public int read(char[] cbuf, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (pos < lim) {
                int n = Math.min(len, lim - pos);
                System.arraycopy(buf, pos, cbuf, off, n);
                pos += n;
                return n;
            }
            return eof ? -1 : in.read(cbuf, off, len);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** Counts the bytes read, for progress. */
    private static final class Counting extends FilterInputStream {
        private volatile long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }

    /** Every record of the file as a table, as {@link CsvTableReader#read} returns it. */
    RawTable readAll() {
        List<org.recoveryoutcomes.engine.io.table.RawRow> rows = new java.util.ArrayList<>();
        DataRow r;
        while ((r = next()) != null) {
            rows.add(new org.recoveryoutcomes.engine.io.table.RawRow(r.row(), r.line(), Arrays.asList(r.cells()), null));
        }
        return new RawTable(name, headerRow, header, rows, blank);
    }
}
