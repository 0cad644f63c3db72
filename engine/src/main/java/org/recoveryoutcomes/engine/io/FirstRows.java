package org.recoveryoutcomes.engine.io;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The ids met so far in a file, each with the row it was first met on, held compactly for tens of millions of
 * ids: each id's UTF-8 bytes and first row (and its line, where that differs) in pages of a byte arena, and an
 * open-addressing table of entry positions. Exact: ids are compared byte for byte, never by hash alone. Not
 * thread-safe.
 *
 * <p>{@code firstRows.putIfAbsent("C7", 12)} is −1 the first time, then 12.
 */
final class FirstRows {

    private static final int PAGE_BITS = 20;
    private static final int PAGE_SIZE = 1 << PAGE_BITS;
    /**
     * An entry: 2 bytes of length, the id's bytes, 4 bytes of row; when the row's line differs from it (a CSV
     * field holding line breaks came before), the row's top bit is set and 4 bytes of line follow.
     */
    private static final int MAX_ID_BYTES = 0xFFFF;

    private byte[][] pages = new byte[4][];
    private int page = -1;
    private int used = PAGE_SIZE;
    /** Entry position + 1 ({@code page << PAGE_BITS | offset}), 0 for an empty slot. */
    private int[] slots;
    /**
     * Per slot, the hash of its id: compared before the bytes, so a probe past other ids rarely reads the arena,
     * and the table grows without reading it at all.
     */
    private int[] tags;
    private int mask;
    private int size;
    private byte[] scratch = new byte[64];

    FirstRows() {
        this(1 << 10);
    }

    /** A set whose table starts with {@code initialSlots} slots (a power of two; tests use a tiny one). */
    FirstRows(int initialSlots) {
        if (Integer.bitCount(initialSlots) != 1 || initialSlots < 2) {
            throw new IllegalArgumentException("initialSlots must be a power of two >= 2: " + initialSlots);
        }
        slots = new int[initialSlots];
        tags = new int[initialSlots];
        mask = initialSlots - 1;
    }

    /** A set sized for about {@code expected} ids, so that a large file's table never grows (and copies). */
    static FirstRows forAbout(long expected) {
        long slots = Long.highestOneBit(Math.max(1024, expected * 4 / 3 + 1)) << 1;
        return new FirstRows((int) Math.min(1 << 30, slots));
    }

    /** How many distinct ids. */
    int size() {
        return size;
    }

    /**
     * Adds {@code id} first met on {@code row}, or finds it.
     *
     * @return −1 when {@code id} is new, else the row it was first met on
     */
    int putIfAbsent(String id, int row) {
        long found = putIfAbsent(id, row, row);
        return found < 0 ? -1 : row(found);
    }

    /**
     * Adds {@code id} first met on {@code row}, starting on {@code line}, or finds it.
     *
     * @return −1 when {@code id} is new, else the row and line it was first met on, read with {@link #row(long)}
     *     and {@link #line(long)}
     */
    long putIfAbsent(String id, int row, int line) {
        int len = encode(id);
        byte[] b = scratch;
        int h = hash(b, 0, len);
        int s = h & mask;
        int e;
        while ((e = slots[s]) != 0) {
            int at = e - 1;
            if (tags[s] == h && equalsAt(at, b, len)) {
                return rowAt(at, len);
            }
            s = (s + 1) & mask;
        }
        slots[s] = append(b, len, row, line) + 1;
        tags[s] = h;
        size++;
        if (size * 4L > slots.length * 3L) {
            grow();
        }
        return -1;
    }

    /** The id's UTF-8 bytes into {@link #scratch}; their count. */
    private int encode(String id) {
        int n = id.length();
        if (scratch.length < n) {
            scratch = new byte[Math.max(n, scratch.length * 2)];
        }
        for (int i = 0; i < n; i++) {
            char c = id.charAt(i);
            if (c >= 0x80) {
                byte[] utf8 = id.getBytes(StandardCharsets.UTF_8);
                if (utf8.length > MAX_ID_BYTES) {
                    throw new IllegalArgumentException("id too long: " + utf8.length + " bytes");
                }
                scratch = utf8.length > scratch.length ? utf8 : scratch;
                System.arraycopy(utf8, 0, scratch, 0, utf8.length);
                return utf8.length;
            }
            scratch[i] = (byte) c;
        }
        if (n > MAX_ID_BYTES) {
            throw new IllegalArgumentException("id too long: " + n + " bytes");
        }
        return n;
    }

    static int hash(byte[] b, int from, int len) {
        int h = 0x811C9DC5;
        for (int i = from; i < from + len; i++) {
            h = (h ^ b[i]) * 0x01000193;
        }
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        return h;
    }

    private boolean equalsAt(int at, byte[] b, int len) {
        byte[] p = pages[at >>> PAGE_BITS];
        int o = at & (PAGE_SIZE - 1);
        if (((p[o] & 0xFF) << 8 | (p[o + 1] & 0xFF)) != len) {
            return false;
        }
        return Arrays.equals(p, o + 2, o + 2 + len, b, 0, len);
    }

    /** The row of a found entry, as {@link #putIfAbsent(String, int, int)} returns it. */
    static int row(long found) {
        return (int) found;
    }

    /** The line of a found entry, as {@link #putIfAbsent(String, int, int)} returns it. */
    static int line(long found) {
        return (int) (found >>> 32);
    }

    /** The row and line of the entry at {@code at}, packed as {@link #putIfAbsent(String, int, int)} returns them. */
    private long rowAt(int at, int len) {
        byte[] p = pages[at >>> PAGE_BITS];
        int o = (at & (PAGE_SIZE - 1)) + 2 + len;
        int row = intAt(p, o);
        if (row >= 0) {
            return (long) row << 32 | row;
        }
        row &= Integer.MAX_VALUE;
        return (long) intAt(p, o + 4) << 32 | row;
    }

    private static int intAt(byte[] p, int o) {
        return (p[o] & 0xFF) << 24 | (p[o + 1] & 0xFF) << 16 | (p[o + 2] & 0xFF) << 8 | (p[o + 3] & 0xFF);
    }

    private static void putInt(byte[] p, int o, int v) {
        p[o] = (byte) (v >>> 24);
        p[o + 1] = (byte) (v >>> 16);
        p[o + 2] = (byte) (v >>> 8);
        p[o + 3] = (byte) v;
    }

    private int append(byte[] b, int len, int row, int line) {
        boolean withLine = line != row;
        int need = len + (withLine ? 10 : 6);
        if (used + need > PAGE_SIZE) {
            page++;
            if (page == pages.length) {
                pages = Arrays.copyOf(pages, pages.length * 2);
            }
            if (page >= (1 << (31 - PAGE_BITS)) - 1) {
                throw new IllegalStateException("too many ids to check for duplicates");
            }
            // the first page grows with the set: a small file needs no megabyte
            pages[page] = new byte[page == 0 ? Math.max(need, 4096) : PAGE_SIZE];
            used = 0;
        }
        byte[] p = pages[page];
        if (page == 0 && used + need > p.length) {
            p = Arrays.copyOf(p, Math.min(PAGE_SIZE, Math.max(used + need, p.length * 2)));
            pages[0] = p;
        }
        int at = page << PAGE_BITS | used;
        p[used] = (byte) (len >>> 8);
        p[used + 1] = (byte) len;
        System.arraycopy(b, 0, p, used + 2, len);
        int o = used + 2 + len;
        putInt(p, o, withLine ? row | Integer.MIN_VALUE : row);
        if (withLine) {
            putInt(p, o + 4, line);
        }
        used += need;
        return at;
    }

    private void grow() {
        int[] oldSlots = slots;
        int[] oldTags = tags;
        slots = new int[oldSlots.length * 2];
        tags = new int[oldSlots.length * 2];
        mask = slots.length - 1;
        for (int i = 0; i < oldSlots.length; i++) {
            if (oldSlots[i] != 0) {
                int s = oldTags[i] & mask;
                while (slots[s] != 0) {
                    s = (s + 1) & mask;
                }
                slots[s] = oldSlots[i];
                tags[s] = oldTags[i];
            }
        }
    }
}
