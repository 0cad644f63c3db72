package org.recoveryoutcomes.engine.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import org.recoveryoutcomes.engine.io.table.AtomicFiles;
import org.recoveryoutcomes.engine.model.ReportException;

/**
 * Every file the engine reads is looked at before it is opened: it must be a regular file (a link to one is fine)
 * of at most a given size. A named pipe would make a read wait for ever, and {@code /dev/zero} never ends; a
 * dangling link or a link loop is named as such rather than taken for a missing file.
 */
public final class InputFiles {

    /** The largest settings, template or mapping file read: such a file is a few kilobytes. */
    public static final long MAX_CONFIG_BYTES = 1L << 20;

    private InputFiles() {
    }

    /**
     * What is wrong with {@code file} as a file to read of at most {@code maxBytes}, or null when nothing is: e.g.
     * {@code "it is a named pipe (FIFO), not a regular file"}.
     */
    public static String problem(Path file, long maxBytes) {
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            if (Files.isSymbolicLink(file)) {
                return "it is a symbolic link to " + linkTarget(file) + ", which does not exist";
            }
            return "the file does not exist";
        } catch (FileSystemException e) {
            if (Files.isSymbolicLink(file) && String.valueOf(e.getReason()).toLowerCase(Locale.ROOT)
                    .contains("levels of symbolic links")) {
                return "it is a symbolic link that leads round in a loop";
            }
            return "the file cannot be read (" + AtomicFiles.describe(e) + ")";
        } catch (IOException e) {
            return "the file cannot be read (" + AtomicFiles.describe(e) + ")";
        }
        if (attrs.isDirectory()) {
            return "it is a folder, not a file";
        }
        if (!attrs.isRegularFile()) {
            return "it is " + special(file) + ", not a regular file";
        }
        if (attrs.size() > maxBytes) {
            return "the file is too large (" + size(attrs.size()) + "; at most " + size(maxBytes) + " is read)";
        }
        if (!Files.isReadable(file)) {
            return "the file cannot be read (permission denied)";
        }
        return null;
    }

    /**
     * Stops when {@code file} is not a regular file of at most {@code maxBytes}.
     *
     * @param label how the message names the file, e.g. {@code "settings file s.json"}
     */
    public static void require(Path file, long maxBytes, String label, ReportException.Kind kind) {
        String problem = problem(file, maxBytes);
        if (problem != null) {
            throw new ReportException(kind, label + ": " + problem);
        }
    }

    /**
     * The bytes of {@code file}, checked as {@link #require} checks it and never more than {@code maxBytes} of them
     * even if it grows while it is read.
     */
    public static byte[] read(Path file, long maxBytes, String label, ReportException.Kind kind) {
        require(file, maxBytes, label, kind);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new ReportException(kind, label + ": the file is too large (more than " + size(maxBytes)
                        + ")");
            }
            return bytes;
        } catch (IOException e) {
            throw new ReportException(kind, label + ": the file cannot be read (" + AtomicFiles.describe(e) + ")", e);
        }
    }

    private static String special(Path file) {
        try {
            Object mode = Files.getAttribute(file, "unix:mode");
            if (mode instanceof Integer m) {
                switch (m & 0170000) {
                    case 0010000 -> {
                        return "a named pipe (FIFO)";
                    }
                    case 0020000 -> {
                        return "a character device";
                    }
                    case 0060000 -> {
                        return "a block device";
                    }
                    case 0140000 -> {
                        return "a socket";
                    }
                    default -> {
                    }
                }
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            // not a Unix file system: say less
        }
        return "a device, pipe or socket";
    }

    private static String linkTarget(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            return "a file";
        }
    }

    /** {@code 512 bytes}, {@code 1 MB}, {@code 2.5 GB}: binary units, as file managers show them. */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + (bytes == 1 ? " byte" : " bytes");
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double v = bytes;
        int u = -1;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        String n = v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
        return n + " " + units[u];
    }
}
