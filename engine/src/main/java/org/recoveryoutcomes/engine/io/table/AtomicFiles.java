package org.recoveryoutcomes.engine.io.table;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recoveryoutcomes.engine.model.ReportException;

/**
 * Writes a file under a temporary name beside it and moves it into place only when complete, so an interrupted
 * run never leaves a half-written report where an earlier good one stood.
 *
 * <p>An output folder may be shared, so nothing here follows a link someone else planted. The temporary file is
 * created exclusively ({@code O_CREAT|O_EXCL}: it fails rather than open anything already at that name, a link
 * included) under a name holding 64 random bits, which nobody can plant a link at beforehand. A final name that is
 * a symbolic link is refused: the engine never writes through a link, and never silently replaces one either. The
 * move itself is a {@code rename}, which replaces a name, never what a name points to.
 */
public final class AtomicFiles {

    /** Writes the content of a file to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** {@code .<name>.<pid>.<random>.part}: the pid says whether the run that made it is still going. */
    private static final Pattern TEMPORARY = Pattern.compile("\\..+\\.([0-9]{1,19})\\.[0-9a-z]+\\.part");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final long PID = ProcessHandle.current().pid();

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

    /**
     * Writes {@code target} atomically; on failure the temporary file is removed and {@code target} untouched.
     *
     * @throws ReportException of kind OUTPUT when the file cannot be written, or {@code target} is a symbolic link
     */
    public static Path write(Path target, Content content) {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            refuseLink(target);
            // Not Files.createTempFile: that makes it owner-only (rw-------), and the report would keep those
            // permissions after the move. A new file gets the user's usual umask; CREATE_NEW makes it exclusive.
            OutputStream out = null;
            for (int attempt = 0; out == null; attempt++) {
                tmp = dir.resolve(temporaryName(target.getFileName().toString()));
                try {
                    out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                            LinkOption.NOFOLLOW_LINKS);
                } catch (FileAlreadyExistsException e) {
                    tmp = null; // not ours: leave it alone, and never follow it
                    if (attempt >= 9) {
                        throw e;
                    }
                }
            }
            IN_PROGRESS.add(tmp);
            try (OutputStream o = out) {
                content.writeTo(o);
            }
            refuseLink(target);
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

    private static void refuseLink(Path target) {
        if (Files.isSymbolicLink(target)) {
            throw new ReportException(ReportException.Kind.OUTPUT, "cannot write " + target + ": it is a symbolic "
                    + "link, and reports are never written through a link; remove the link, or choose another "
                    + "output folder");
        }
    }

    /** {@code .<name>.<pid>.<16 random hex digits>.part}. */
    static String temporaryName(String name) {
        byte[] random = new byte[8];
        RANDOM.nextBytes(random);
        return "." + name + "." + PID + "." + HexFormat.of().formatHex(random) + ".part";
    }

    /**
     * Removes the temporary files that earlier runs of this tool left in {@code dir} (killed before they could
     * tidy up): the {@code .<name>.<pid>.<…>.part} files whose process has ended. Another running process's files,
     * and every other file, are left alone; a link is removed as a link, never followed.
     *
     * @return the files removed, sorted
     */
    public static List<Path> removeStale(Path dir) {
        List<Path> removed = new ArrayList<>();
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return removed;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, ".*.part")) {
            for (Path p : files) {
                Matcher m = TEMPORARY.matcher(p.getFileName().toString());
                if (!m.matches()) {
                    continue;
                }
                long pid;
                try {
                    pid = Long.parseLong(m.group(1));
                } catch (NumberFormatException e) {
                    continue;
                }
                if (pid == PID || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                    continue;
                }
                if (Files.deleteIfExists(p)) {
                    removed.add(p);
                }
            }
        } catch (IOException e) {
            // Best effort: a stale temporary file shadows nothing, and the writes that follow say what is wrong.
        }
        removed.sort(null);
        return removed;
    }

    /** An I/O failure in words for a message: {@code "no such file /x/y"}, {@code "access denied /x"}. */
    public static String describe(IOException e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2")
                .toLowerCase(java.util.Locale.ROOT) + (m == null ? "" : " " + m);
    }
}
