package org.recoveryoutcomes.engine.io.csv;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;

/**
 * Passes characters through unchanged while noting where each physical line starts, so that a record's
 * character position (which Commons CSV keeps) can be turned into the line a user sees in an editor. Line ends
 * are counted as Commons CSV counts them: {@code \n}, {@code \r\n} or a lone {@code \r}.
 *
 * <p>Only the line starts not yet asked about are kept (the parser reads ahead by a buffer at most), so memory
 * does not grow with the file. Queries must come in non-decreasing position order.
 */
final class LineTrackingReader extends FilterReader {

    private final ArrayDeque<Long> pendingLineStarts = new ArrayDeque<>();
    private long position;
    private long lineOfQueried = 1;
    private boolean pendingCr;

    LineTrackingReader(Reader in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            see((char) c);
        } else {
            flushCr();
        }
        return c;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n < 0) {
            flushCr();
        }
        for (int i = 0; i < n; i++) {
            see(buf[off + i]);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // The parser never skips; refuse rather than lose count of lines.
        throw new IOException("skip is not supported");
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void see(char c) {
        if (pendingCr) {
            pendingCr = false;
            if (c == '\n') {
                lineStartsAt(position + 1);
                position++;
                return;
            }
            lineStartsAt(position);
        }
        if (c == '\r') {
            pendingCr = true;
        } else if (c == '\n') {
            lineStartsAt(position + 1);
        }
        position++;
    }

    private void flushCr() {
        if (pendingCr) {
            pendingCr = false;
            lineStartsAt(position);
        }
    }

    private void lineStartsAt(long pos) {
        pendingLineStarts.addLast(pos);
    }

    /** The 1-based line holding character position {@code pos} (0-based, as Commons CSV counts). */
    long lineAt(long pos) {
        while (!pendingLineStarts.isEmpty() && pendingLineStarts.peekFirst() <= pos) {
            pendingLineStarts.removeFirst();
            lineOfQueried++;
        }
        return lineOfQueried;
    }
}
