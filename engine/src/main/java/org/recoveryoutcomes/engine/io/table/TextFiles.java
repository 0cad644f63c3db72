package org.recoveryoutcomes.engine.io.table;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.IntFunction;
import org.recoveryoutcomes.engine.model.ReportException;

/**
 * Opens the text formats (CSV, JSON) in the encoding asked for, and says exactly what is wrong with a file that is
 * not text in it: a workbook or an image renamed, UTF-16 text, or Windows-1252 text saved by Excel where UTF-8 was
 * expected. Internal to the engine's readers: public only because they live in sub-packages.
 */
public final class TextFiles {

    /** The encoding Excel's plain "CSV (Comma delimited)" uses on Western European Windows. */
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** How much of a file's start is looked at to tell text from binary data. */
    static final int SNIFF_BYTES = 8192;

    private TextFiles() {
    }

    /** How much of a file is checked for being UTF-8, and shown to the detector when it is not. */
    static final int DETECT_BYTES = 4 << 20;

    /**
     * The encoding a text file is read in, and how it was chosen.
     *
     * @param note what to tell the user (the encoding was detected, or a byte order mark overrode the one given),
     *     or null when the file is read as asked or as plain UTF-8
     */
    public record Encoding(Charset charset, String note) {
    }

    /**
     * The encoding of {@code file}: a byte order mark always wins (UTF-8, UTF-16); else the encoding given; else
     * UTF-8 when the file's first {@link #DETECT_BYTES} bytes are valid UTF-8; else the single-byte encoding the
     * detector (juniversalchardet) finds, Windows-1252 when it finds none.
     */
    public static Encoding resolve(Path file, Charset given) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(DETECT_BYTES);
        } catch (IOException e) {
            return new Encoding(given == null ? StandardCharsets.UTF_8 : given, null); // the reader says why
        }
        String name = file.getFileName().toString();
        Charset bom = bom(head);
        if (bom != null) {
            boolean same = given == null || given.equals(bom)
                    || given.name().startsWith("UTF-16") && bom.name().startsWith("UTF-16");
            return new Encoding(bom, same ? null : name + ": read as " + bom.name()
                    + ", as its byte order mark says, not as " + given.name() + " (--encoding or the mapping)");
        }
        if (given != null) {
            return new Encoding(given, null);
        }
        if (isUtf8(head)) {
            return new Encoding(StandardCharsets.UTF_8, null);
        }
        org.mozilla.universalchardet.UniversalDetector detector = new org.mozilla.universalchardet.UniversalDetector();
        detector.handleData(head, 0, head.length);
        detector.dataEnd();
        Charset found = WINDOWS_1252;
        String detected = detector.getDetectedCharset();
        if (detected != null && Charset.isSupported(detected)) {
            Charset cs = Charset.forName(detected);
            // Only a single-byte encoding is believed: a multi-byte guess on a Western export is a false one.
            if (cs.newEncoder().maxBytesPerChar() <= 1.0f) {
                found = cs;
            }
        }
        // ISO-8859-1 is Windows-1252 without its printable 0x80–0x9F (€, curly quotes): read the superset.
        if (found.name().equals("ISO-8859-1") || found.name().equals("US-ASCII")) {
            found = WINDOWS_1252;
        }
        if (!decodes(head, found)) {
            // Text in no encoding we can tell: read as UTF-8, whose error then says where and what to do.
            return new Encoding(StandardCharsets.UTF_8, null);
        }
        return new Encoding(found, name + ": the file is not UTF-8; it was read as " + found.name()
                + " (detected); if its accented letters look wrong, give its \"encoding\" in the mapping");
    }

    /** The encoding a byte order mark at the start of {@code b} names, or null. */
    static Charset bom(byte[] b) {
        if (starts(b, 0xEF, 0xBB, 0xBF)) {
            return StandardCharsets.UTF_8;
        }
        if (starts(b, 0xFF, 0xFE)) {
            return StandardCharsets.UTF_16LE;
        }
        if (starts(b, 0xFE, 0xFF)) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** True when {@code b} is valid UTF-8, but for a sequence cut short at its very end. */
    static boolean isUtf8(byte[] b) {
        return decodes(b, StandardCharsets.UTF_8);
    }

    /** True when {@code b} is text in {@code cs}, but for a sequence cut short at its very end. */
    static boolean decodes(byte[] b, Charset cs) {
        CharsetDecoder decoder = strict(cs);
        CharBuffer chars = CharBuffer.allocate(1 << 16);
        ByteBuffer bytes = ByteBuffer.wrap(b);
        while (true) {
            CoderResult r = decoder.decode(bytes, chars, false);
            if (r.isError()) {
                return false;
            }
            if (r.isUnderflow()) {
                return true; // what is left is at most the start of one character cut by the sample's end
            }
            chars.clear();
        }
    }

    /**
     * True when {@code text} looks like UTF-8 read in a single-byte encoding ("Ã©" for "é", "â€™" for "’"):
     * the mark of a file read in the wrong encoding.
     */
    public static boolean isMojibake(String text) {
        for (int i = 0; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\u00C3' && c != '\u00C2' && c != '\u00E2') {
                continue;
            }
            char d = text.charAt(i + 1);
            if (c == '\u00E2' ? d == '\u20AC' || d == '\u0080' : d >= '\u0080' && d <= '\u00BF'
                    || d == '\u20AC' || d == '\u201A' || d == '\u0192' || d == '\u201E' || d == '\u2026'
                    || d == '\u2020' || d == '\u2021' || d == '\u02C6' || d == '\u2030' || d == '\u0160'
                    || d == '\u2039' || d == '\u0152' || d == '\u017D' || d == '\u2018' || d == '\u2019'
                    || d == '\u201C' || d == '\u201D' || d == '\u2022' || d == '\u2013' || d == '\u2014'
                    || d == '\u02DC' || d == '\u2122' || d == '\u0161' || d == '\u203A' || d == '\u0153'
                    || d == '\u017E' || d == '\u0178') {
                return true;
            }
        }
        return false;
    }

    /** True when the text is read as UTF-8: no encoding was given, or UTF-8 was. */
    public static boolean isUtf8(Charset encoding) {
        return encoding == null || encoding.equals(StandardCharsets.UTF_8);
    }

    /**
     * A reader of {@code file} that decodes strictly (a byte sequence that is not text in the encoding throws a
     * {@link CharacterCodingException}) and skips a byte order mark.
     */
    public static Reader open(Path file, Charset encoding) throws IOException {
        return open(new BufferedInputStream(Files.newInputStream(file)), encoding);
    }

    /** As {@link #open(Path, Charset)}, reading {@code bytes} (closed with the reader). */
    public static Reader open(InputStream bytes, Charset encoding) throws IOException {
        PushbackReader in = new PushbackReader(new InputStreamReader(bytes, strict(encoding)));
        try {
            int first = in.read();
            if (first >= 0 && first != '\uFEFF') {
                in.unread(first);
            }
            return in;
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    private static CharsetDecoder strict(Charset encoding) {
        return (encoding == null ? StandardCharsets.UTF_8 : encoding).newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /**
     * Stops when the start of {@code file} shows it is not text: a zip archive (such as a workbook), an old Office
     * file, a PDF, an image, UTF-16 text when UTF-16 was not asked for, or binary data.
     *
     * @param exportAs what the user should export instead, e.g. {@code "CSV UTF-8"} (with the quotes)
     * @throws ReportException of kind INPUT naming what the file seems to be and what to do
     */
    public static void requireText(Path file, Charset encoding, String exportAs) {
        String name = file.getFileName().toString();
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF_BYTES);
        } catch (IOException e) {
            return; // the reader that follows says why the file cannot be read
        }
        String what = signature(head);
        if (what != null) {
            String fix = what.startsWith("a zip archive")
                    ? "if it is an Excel workbook, name it " + baseName(name) + ".xlsx"
                    : what.startsWith("an old-style") ? "save it from Excel as .xlsx (Excel Workbook) or as CSV UTF-8"
                    : "export the data as " + exportAs;
            throw new ReportException(ReportException.Kind.INPUT,
                    name + ": the file is not text: it is " + what + "; " + fix);
        }
        String family = encoding == null ? "" : encoding.name().toUpperCase(Locale.ROOT);
        if (family.startsWith("UTF-16") || family.startsWith("UTF-32")) {
            return; // zero bytes are part of such text
        }
        String utf16 = utf16(head);
        if (utf16 != null) {
            throw new ReportException(ReportException.Kind.INPUT, name + ": the file is UTF-16 text (Excel's "
                    + "\"Unicode Text\"), not " + (encoding == null ? "UTF-8" : encoding.name()) + "; save it as "
                    + exportAs + " or pass --encoding " + utf16);
        }
        for (byte b : head) {
            if (b == 0) {
                throw new ReportException(ReportException.Kind.INPUT, name
                        + ": the file is not text: it holds binary data (zero bytes); export the data as " + exportAs);
            }
        }
    }

    /** What the first bytes say the file is, or null. */
    static String signature(byte[] b) {
        if (starts(b, 'P', 'K', 3, 4) || starts(b, 'P', 'K', 5, 6)) {
            return "a zip archive, such as an Excel workbook";
        }
        if (starts(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return "an old-style Office file, such as an Excel 97-2003 workbook (.xls)";
        }
        if (starts(b, '%', 'P', 'D', 'F', '-')) {
            return "a PDF document";
        }
        if (starts(b, 0x89, 'P', 'N', 'G')) {
            return "a PNG image";
        }
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return "a JPEG image";
        }
        if (starts(b, 'G', 'I', 'F', '8')) {
            return "a GIF image";
        }
        if (starts(b, 0x1F, 0x8B)) {
            return "a gzip archive";
        }
        return null;
    }

    /**
     * {@code UTF-16LE} or {@code UTF-16BE} when the bytes look like UTF-16 text (a byte order mark, or zero bytes
     * in every other place as ASCII text in UTF-16 has them), else null.
     */
    static String utf16(byte[] b) {
        if (starts(b, 0xFF, 0xFE)) {
            return "UTF-16";
        }
        if (starts(b, 0xFE, 0xFF)) {
            return "UTF-16";
        }
        int pairs = b.length / 2;
        if (pairs < 2) {
            return null;
        }
        int zeroOdd = 0;
        int zeroEven = 0;
        for (int i = 0; i + 1 < b.length; i += 2) {
            zeroEven += b[i] == 0 ? 1 : 0;
            zeroOdd += b[i + 1] == 0 ? 1 : 0;
        }
        // ASCII in UTF-16: one byte of each pair is zero, the other almost never is
        if (zeroOdd * 10 >= pairs * 9 && zeroEven * 10 <= pairs) {
            return "UTF-16LE";
        }
        if (zeroEven * 10 >= pairs * 9 && zeroOdd * 10 <= pairs) {
            return "UTF-16BE";
        }
        return null;
    }

    private static boolean starts(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The error for a file that is not text in its encoding: where the first bad byte is, what the file seems to be
     * instead, and the fix.
     *
     * @param where the location for a 1-based line (0 when unknown), e.g. {@code contacts.csv:14}
     * @param exportAs what to save the file as, e.g. {@code "CSV UTF-8"} (with the quotes)
     */
    public static ReportException notDecodable(Path file, Charset encoding, IntFunction<String> where,
                                               String exportAs, Throwable cause) {
        Charset cs = encoding == null ? StandardCharsets.UTF_8 : encoding;
        String at = where.apply(firstBadLine(file, cs));
        String message;
        if (isUtf8(encoding)) {
            message = decodes(file, WINDOWS_1252)
                    ? at + ": the file is not UTF-8 (it looks like Windows-1252, e.g. 'é' or '£' saved by Excel); save "
                            + "it as " + exportAs + ", or give \"encoding\": \"windows-1252\" for the file in the mapping (or pass "
                            + "--encoding windows-1252)"
                    : at + ": the file is not UTF-8 text; save it as " + exportAs + ", or pass --encoding with the "
                            + "encoding it was saved in";
        } else {
            message = at + ": the file is not " + cs.name() + " text (it holds bytes that mean nothing in "
                    + cs.name() + "); check the encoding given with --encoding, or save the file as " + exportAs;
        }
        return new ReportException(ReportException.Kind.INPUT, message, cause);
    }

    /** True when the whole file decodes in {@code cs}. */
    static boolean decodes(Path file, Charset cs) {
        return firstBadLine(file, cs) == 0;
    }

    /**
     * The 1-based line holding the first byte sequence that is not text in {@code cs}, or 0 when the whole file is
     * (or cannot be read). Lines end as the CSV reader counts them: {@code \n}, {@code \r\n} or a lone {@code \r}.
     */
    static int firstBadLine(Path file, Charset cs) {
        CharsetDecoder decoder = strict(cs);
        ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        CharBuffer chars = CharBuffer.allocate(1 << 16);
        int line = 1;
        boolean pendingCr = false;
        boolean eof = false;
        try (InputStream in = Files.newInputStream(file)) {
            while (true) {
                if (!eof && bytes.hasRemaining()) {
                    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                    if (n < 0) {
                        eof = true;
                    } else {
                        bytes.position(bytes.position() + n);
                    }
                }
                bytes.flip();
                CoderResult result = decoder.decode(bytes, chars, eof);
                if (eof && result.isUnderflow()) {
                    result = decoder.flush(chars);
                }
                chars.flip();
                while (chars.hasRemaining()) {
                    char c = chars.get();
                    if (pendingCr && c != '\n') {
                        line++;
                    }
                    pendingCr = c == '\r';
                    if (c == '\n') {
                        line++;
                    }
                }
                chars.clear();
                if (result.isError()) {
                    return pendingCr ? line + 1 : line;
                }
                bytes.compact();
                if (eof && result.isUnderflow() && bytes.position() == 0) {
                    return 0;
                }
            }
        } catch (IOException e) {
            return 0;
        }
    }

    private static String baseName(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }
}
