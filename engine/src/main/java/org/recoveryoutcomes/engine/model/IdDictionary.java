package org.recoveryoutcomes.engine.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Distinct identifiers (client ids, project ids …) numbered 0, 1, 2 … in their sort order
 * ({@link String#compareTo}), so that columns can hold an {@code int} ordinal instead of a {@code String} per row
 * and anything iterated by ordinal comes out in id order. This class is immutable.
 *
 * <p>{@code dict.id(dict.ordinal("C000753"))} is {@code "C000753"}; {@code dict.ordinal("nobody")} is −1.
 */
public final class IdDictionary {

    private static final IdDictionary EMPTY = new IdDictionary(new String[0]);

    private final String[] ids;
    /** Open addressing on {@code String.hashCode}: ordinal + 1, 0 for an empty slot. */
    private final int[] slots;
    private final int mask;

    private IdDictionary(String[] sortedDistinct) {
        this.ids = sortedDistinct;
        int capacity = Integer.highestOneBit(Math.max(4, sortedDistinct.length * 2 - 1)) << 1;
        this.slots = new int[capacity];
        this.mask = capacity - 1;
        for (int i = 0; i < sortedDistinct.length; i++) {
            int s = spread(sortedDistinct[i].hashCode()) & mask;
            while (slots[s] != 0) {
                s = (s + 1) & mask;
            }
            slots[s] = i + 1;
        }
    }

    /** The empty dictionary. */
    public static IdDictionary empty() {
        return EMPTY;
    }

    /** The distinct ids of {@code ids}, sorted. */
    public static IdDictionary of(Collection<String> ids) {
        String[] sorted = ids.stream().map(id -> Objects.requireNonNull(id, "id")).distinct().sorted()
                .toArray(String[]::new);
        return new IdDictionary(sorted);
    }

    private static int spread(int h) {
        return (h ^ (h >>> 16)) * 0x9E3779B1;
    }

    /** How many ids. */
    public int size() {
        return ids.length;
    }

    /** The id numbered {@code ordinal}. */
    public String id(int ordinal) {
        return ids[ordinal];
    }

    /** The number of {@code id}, or −1 when it is not here. */
    public int ordinal(String id) {
        int s = spread(id.hashCode()) & mask;
        int o;
        while ((o = slots[s]) != 0) {
            if (ids[o - 1].equals(id)) {
                return o - 1;
            }
            s = (s + 1) & mask;
        }
        return -1;
    }

    /** Every id in order. */
    public List<String> ids() {
        return List.of(ids);
    }

    /**
     * Gives ids a provisional number as they are met (while a file is streamed), then sorts them once: the
     * provisional numbers of the rows kept so far are turned into the final ones with {@link Sorted#remap()}.
     * Not thread-safe.
     */
    public static final class Builder {
        private final Map<String, Integer> provisional = new HashMap<>();
        private final List<String> ids = new ArrayList<>();

        /** The provisional number of {@code id}, new ids getting the next one. */
        public int intern(String id) {
            Integer known = provisional.get(id);
            if (known != null) {
                return known;
            }
            int n = ids.size();
            provisional.put(id, n);
            ids.add(id);
            return n;
        }

        /**
         * {@code id} as first met: the one {@code String} the dictionary keeps for it, so that records holding the
         * id (a client profile, an episode) share it instead of keeping a copy each. Interns {@code id} when new.
         */
        public String canonical(String id) {
            return ids.get(intern(id));
        }

        /** The provisional number of {@code id}, or −1 when it has not been met. */
        public int find(String id) {
            Integer known = provisional.get(id);
            return known == null ? -1 : known;
        }

        /** How many distinct ids so far. */
        public int size() {
            return ids.size();
        }

        /** The sorted dictionary and, per provisional number, the final ordinal. */
        public Sorted build() {
            Integer[] order = new Integer[ids.size()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> ids.get(a).compareTo(ids.get(b)));
            String[] sorted = new String[order.length];
            int[] remap = new int[order.length];
            for (int i = 0; i < order.length; i++) {
                sorted[i] = ids.get(order[i]);
                remap[order[i]] = i;
            }
            return new Sorted(new IdDictionary(sorted), remap);
        }
    }

    /**
     * A built dictionary.
     *
     * @param remap per provisional number of the builder, the ordinal in {@code dictionary}
     */
    public record Sorted(IdDictionary dictionary, int[] remap) {

        /** Turns the provisional numbers of {@code column} into ordinals of {@link #dictionary}, in place; −1 stays. */
        public int[] renumber(int[] column) {
            for (int i = 0; i < column.length; i++) {
                if (column[i] >= 0) {
                    column[i] = remap[column[i]];
                }
            }
            return column;
        }
    }
}
