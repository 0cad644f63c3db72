package org.recoveryoutcomes.engine.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.recoveryoutcomes.engine.api.ReportException;

/**
 * Writes a file under a temporary name beside it and moves it into place only when complete, so an interrupted
 * run never leaves a half-written report where an earlier good one stood.
 */
public final class AtomicFiles {

    /** Writes the content of a file to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Temporary files being written now: a shutdown hook (which runs on Ctrl-C) removes them. */
    private static final Set<Path> IN_PROGRESS = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            for (Path p : IN_PROGRESS) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // The JVM is going down; a stray .part file is harmless, the report it shadows is intact.
                }
            }
        }, "outcomes-temporary-files"));
    }

    private AtomicFiles() {
    }

    /** Writes {@code target} atomically; on failure the temporary file is removed and {@code target} untouched. */
    public static Path write(Path target, Content content) {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            // A plain new file, not Files.createTempFile: that makes it owner-only (rw-------), and the report
            // would keep those permissions after the move. A new file gets the user's usual umask.
            tmp = dir.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + "."
                    + Thread.currentThread().getId() + ".part");
            IN_PROGRESS.add(tmp);
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } catch (IOException e) {
            throw new ReportException(ReportException.Kind.OUTPUT,
                    "cannot write " + target + ": " + describe(e) + " (check the folder exists and is writable)", e);
        } finally {
            if (tmp != null) {
                IN_PROGRESS.remove(tmp);
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // Best effort: the temporary file has a name no report uses.
                }
            }
        }
    }

    static String describe(IOException e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2")
                .toLowerCase(java.util.Locale.ROOT) + (m == null ? "" : " " + m);
    }
}
