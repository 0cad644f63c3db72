package org.recoveryoutcomes.engine.io;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.recoveryoutcomes.engine.io.table.DataRow;
import org.recoveryoutcomes.engine.io.table.RowStream;
import org.recoveryoutcomes.engine.model.ReportException;

/**
 * Reads a file's rows on a second thread, a batch ahead of the thread that checks them: splitting lines and
 * decoding text overlap with checking rows, so a large file uses both processors. The rows, their order and any
 * error are exactly those of the stream it wraps; an error is raised where the wrapped stream would have raised
 * it, after the rows before it. Only this stream's reader thread touches the wrapped stream after the first
 * {@link #next()}. Not for sharing between callers.
 */
final class PrefetchingRowStream implements RowStream {

    private static final int BATCH = 2048;

    /** Rows read ahead; {@code end} after the last; {@code error} when reading failed after {@code rows}. */
    private record Batch(DataRow[] rows, int count, long bytesRead, boolean end, RuntimeException error) {
    }

    private final RowStream source;
    private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(8);
    private Thread reader;
    private Batch current;
    private int next;
    private long bytesRead;
    private boolean finished;

    PrefetchingRowStream(RowStream source) {
        this.source = source;
    }

    @Override
    public String file() {
        return source.file();
    }

    @Override
    public int headerRow() {
        return source.headerRow();
    }

    @Override
    public int headerLine() {
        return source.headerLine();
    }

    @Override
    public List<String> header() {
        return source.header();
    }

    @Override
    public boolean isEmpty() {
        return source.isEmpty();
    }

    /** Final once {@link #next()} has returned null (the reading thread's count, handed over with the last batch). */
    @Override
    public long blankRows() {
        return source.blankRows();
    }

    @Override
    public DataRow next() {
        if (finished) {
            return null;
        }
        if (reader == null) {
            reader = new Thread(this::readAhead, "outcomes-read-" + source.file());
            reader.setDaemon(true);
            reader.start();
        }
        while (current == null || next == current.count()) {
            if (current != null && current.error() != null) {
                finished = true;
                throw current.error();
            }
            if (current != null && current.end()) {
                finished = true;
                return null;
            }
            current = take();
            next = 0;
            bytesRead = current.bytesRead();
        }
        return current.rows()[next++];
    }

    private Batch take() {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReportException(ReportException.Kind.INTERNAL, "interrupted while reading " + source.file(), e);
        }
    }

    private void readAhead() {
        try {
            while (true) {
                DataRow[] rows = new DataRow[BATCH];
                int n = 0;
                RuntimeException error = null;
                boolean end = false;
                try {
                    while (n < BATCH) {
                        DataRow row = source.next();
                        if (row == null) {
                            end = true;
                            break;
                        }
                        rows[n++] = row;
                    }
                } catch (RuntimeException e) {
                    error = e;
                } catch (OutOfMemoryError e) {
                    error = new IllegalStateException("out of memory while reading " + source.file(), e);
                }
                queue.put(new Batch(rows, n, source.bytesRead(), end, error));
                if (end || error != null) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            // closed before the end: stop reading
        }
    }

    @Override
    public String encodingNote() {
        return source.encodingNote();
    }

    @Override
    public long bytesRead() {
        return bytesRead;
    }

    @Override
    public void close() {
        if (reader != null) {
            reader.interrupt();
            queue.clear(); // a reader blocked on a full queue wakes to the interrupt
            try {
                reader.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        source.close();
    }
}
