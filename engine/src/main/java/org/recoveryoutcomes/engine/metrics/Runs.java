package org.recoveryoutcomes.engine.metrics;

import java.util.Arrays;
import java.util.function.IntUnaryOperator;

/**
 * Items (contact rows, TOP rows, episode indexes) of one group level arranged in per-client runs (CSR): the runs
 * of group {@code g} are {@code groupRun[g]} to {@code groupRun[g + 1] - 1}, run {@code r} is client
 * {@code runClient[r]}'s items {@code items[runStart[r]]} to {@code items[runStart[r + 1] - 1]}. Runs of a group
 * are in client ordinal order, i.e. client id order.
 */
final class Runs {

    final int[] groupRun;
    final int[] runClient;
    final int[] runStart;
    /** The items in (group, client, …) order; for day runs, replaced by the epoch days and sorted per run. */
    final int[] items;

    private Runs(int[] groupRun, int[] runClient, int[] runStart, int[] items) {
        this.groupRun = groupRun;
        this.runClient = runClient;
        this.runStart = runStart;
        this.items = items;
    }

    /**
     * Arranges {@code byClient} (items already in client order, stably) by group, keeping client order within a
     * group, and cuts it into runs.
     */
    static Runs of(int[] byClient, IntUnaryOperator groupOf, int groups, IntUnaryOperator clientOf) {
        int[] items = stableByKey(byClient, groupOf, groups);
        int[] groupRun = new int[groups + 1];
        int runs = 0;
        int prevGroup = -1;
        int prevClient = -1;
        for (int item : items) {
            int g = groupOf.applyAsInt(item);
            int c = clientOf.applyAsInt(item);
            if (g != prevGroup || c != prevClient) {
                runs++;
                prevGroup = g;
                prevClient = c;
            }
        }
        int[] runClient = new int[runs];
        int[] runStart = new int[runs + 1];
        int r = -1;
        prevGroup = -1;
        prevClient = -1;
        for (int k = 0; k < items.length; k++) {
            int g = groupOf.applyAsInt(items[k]);
            int c = clientOf.applyAsInt(items[k]);
            if (g != prevGroup || c != prevClient) {
                r++;
                runClient[r] = c;
                runStart[r] = k;
                if (g != prevGroup) {
                    for (int x = prevGroup + 1; x <= g; x++) {
                        groupRun[x] = r;
                    }
                }
                prevGroup = g;
                prevClient = c;
            }
        }
        for (int x = prevGroup + 1; x <= groups; x++) {
            groupRun[x] = runs;
        }
        runStart[runs] = items.length;
        return new Runs(groupRun, runClient, runStart, items);
    }

    /** Replaces every item by {@code dayOf(item)} and sorts each run's days. */
    Runs toSortedDays(IntUnaryOperator dayOf) {
        for (int k = 0; k < items.length; k++) {
            items[k] = dayOf.applyAsInt(items[k]);
        }
        for (int r = 0; r < runClient.length; r++) {
            Arrays.sort(items, runStart[r], runStart[r + 1]);
        }
        return this;
    }

    /** A stable counting sort of {@code items} by {@code keyOf} in {@code [0, range)}. */
    static int[] stableByKey(int[] items, IntUnaryOperator keyOf, int range) {
        int[] count = new int[range + 1];
        for (int item : items) {
            count[keyOf.applyAsInt(item) + 1]++;
        }
        for (int k = 0; k < range; k++) {
            count[k + 1] += count[k];
        }
        int[] out = new int[items.length];
        for (int item : items) {
            out[count[keyOf.applyAsInt(item)]++] = item;
        }
        return out;
    }

    /** The first index in {@code [from, to)} of {@code sorted} holding a value ≥ {@code key}, else {@code to}. */
    static int lowerBound(int[] sorted, int from, int to, long key) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** True when {@code sorted[from, to)} holds a value in {@code [lo, hi]}. */
    static boolean anyBetween(int[] sorted, int from, int to, long lo, long hi) {
        int i = lowerBound(sorted, from, to, lo);
        return i < to && sorted[i] <= hi;
    }
}
