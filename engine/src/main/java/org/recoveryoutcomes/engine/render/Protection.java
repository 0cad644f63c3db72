package org.recoveryoutcomes.engine.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Secondary suppression over any set of tables of parts and their totals, written as equations
 * {@code total = part + part + …} between cells. A cell is known to a reader when the report publishes it
 * unhidden, or when it is the only unknown cell of some equation whose other cells are known (adding and
 * subtracting published figures). A cell is sensitive when the report hides it, or when the report leaves it
 * out and it is itself a small number. {@link #solve()} hides further published cells until no sensitive cell
 * can be worked out that way.
 *
 * <p>Where a sensitive cell would be worked out from an equation, another cell of that equation is hidden, as
 * {@link Disclosure#protectParts} chooses: the smallest other part that is shown (a non-zero one when there is
 * one), or the total when no part is left to hide. The equations are worked through in the order they were
 * given, so the result is the same on every run. Not thread-safe: build, solve, read.
 */
final class Protection {

    private final List<long[]> cells = new ArrayList<>(); // {size, published, primary}
    private final List<int[]> equations = new ArrayList<>(); // {total, part, part, …}

    /**
     * Adds a cell.
     *
     * @param size what the cell contributes to its totals, used to choose the smallest part (a count, or a
     *     proportion's denominator)
     * @param published true when the report shows the cell
     * @param primary true when the cell is a small number (primary suppression)
     * @return the cell's id
     */
    int cell(long size, boolean published, boolean primary) {
        cells.add(new long[] {size, published ? 1 : 0, primary ? 1 : 0});
        return cells.size() - 1;
    }

    /** Adds {@code total = Σ parts}; an equation with no part is ignored. */
    void equation(int total, List<Integer> parts) {
        if (parts.isEmpty()) {
            return;
        }
        int[] e = new int[parts.size() + 1];
        e[0] = total;
        for (int i = 0; i < parts.size(); i++) {
            e[i + 1] = parts.get(i);
        }
        equations.add(e);
    }

    int size() {
        return cells.size();
    }

    private boolean published(int c) {
        return cells.get(c)[1] == 1;
    }

    private boolean primary(int c) {
        return cells.get(c)[2] == 1;
    }

    private long sizeOf(int c) {
        return cells.get(c)[0];
    }

    /**
     * Which cells the report hides: every published small number, and whatever protects a sensitive cell.
     *
     * <p>Cells that share no equation, directly or through other cells, cannot tell anything about each other,
     * so the equations fall apart into independent systems (one per metric and table, in practice) and each is
     * solved on its own. The result is exactly that of solving them all at once: a cell becomes known only
     * through equations of its own system, each system meets its equations in the same order either way, and a
     * cell hidden to protect one system changes nothing in another. Solving them apart keeps a report on 1,500
     * projects from re-working all its tables each time one more cell is hidden.
     */
    BitSet solve() {
        return solve(c -> published(c));
    }

    /**
     * {@link #solve()} with the cells {@code published} accepts as the published ones, whatever {@link #cell} was
     * told: the reports of one run share their tables and differ only in what they show, so the systems are
     * worked out once (on the first call) and each report only solves them with its own cells shown.
     */
    BitSet solve(java.util.function.IntPredicate published) {
        BitSet hidden = new BitSet();
        for (Subsystem system : systems()) {
            int[] members = system.members();
            Protection part = new Protection();
            for (int c : members) {
                long[] cell = cells.get(c);
                part.cells.add(new long[] {cell[0], published.test(c) ? 1 : 0, cell[2]});
            }
            part.equations.addAll(system.equations());
            BitSet partHidden = part.solveAtOnce();
            for (int i = partHidden.nextSetBit(0); i >= 0; i = partHidden.nextSetBit(i + 1)) {
                hidden.set(members[i]);
            }
        }
        return hidden;
    }

    /** The same cells and equations with the cells {@code published} accepts published: for tests. */
    Protection copyWithPublished(java.util.function.IntPredicate published) {
        Protection copy = new Protection();
        for (int c = 0; c < cells.size(); c++) {
            long[] cell = cells.get(c);
            copy.cells.add(new long[] {cell[0], published.test(c) ? 1 : 0, cell[2]});
        }
        copy.equations.addAll(equations);
        return copy;
    }

    /** One independent system: its cells in id order and its equations over their positions in {@code members}. */
    private record Subsystem(int[] members, List<int[]> equations) {
    }

    private List<Subsystem> systems;

    private synchronized List<Subsystem> systems() {
        if (systems != null && systemsFor == cells.size() + equations.size()) {
            return systems;
        }
        int n = cells.size();
        int[] root = new int[n];
        for (int c = 0; c < n; c++) {
            root[c] = c;
        }
        for (int[] e : equations) {
            for (int i = 1; i < e.length; i++) {
                union(root, e[0], e[i]);
            }
        }
        // Per system (keyed by its root cell): its cells in id order and its equations in the order given.
        Map<Integer, List<Integer>> systemCells = new LinkedHashMap<>();
        for (int c = 0; c < n; c++) {
            systemCells.computeIfAbsent(find(root, c), k -> new ArrayList<>()).add(c);
        }
        Map<Integer, List<int[]>> systemEquations = new HashMap<>();
        for (int[] e : equations) {
            systemEquations.computeIfAbsent(find(root, e[0]), k -> new ArrayList<>()).add(e);
        }
        int[] local = new int[n];
        List<Subsystem> out = new ArrayList<>();
        for (Map.Entry<Integer, List<Integer>> system : systemCells.entrySet()) {
            List<Integer> list = system.getValue();
            int[] members = new int[list.size()];
            for (int i = 0; i < members.length; i++) {
                members[i] = list.get(i);
                local[members[i]] = i;
            }
            List<int[]> mapped = new ArrayList<>();
            for (int[] e : systemEquations.getOrDefault(system.getKey(), List.of())) {
                int[] m = new int[e.length];
                for (int i = 0; i < e.length; i++) {
                    m[i] = local[e[i]];
                }
                mapped.add(m);
            }
            out.add(new Subsystem(members, mapped));
        }
        systems = out;
        systemsFor = cells.size() + equations.size();
        return systems;
    }

    private int systemsFor = -1;

    private static int find(int[] root, int c) {
        while (root[c] != c) {
            root[c] = root[root[c]];
            c = root[c];
        }
        return c;
    }

    private static void union(int[] root, int a, int b) {
        int x = find(root, a);
        int y = find(root, b);
        if (x != y) {
            root[Math.max(x, y)] = Math.min(x, y);
        }
    }

    /** {@link #solve()} on all the equations together: each round works every table out again. */
    BitSet solveAtOnce() {
        BitSet hidden = new BitSet();
        for (int c = 0; c < cells.size(); c++) {
            if (published(c) && primary(c)) {
                hidden.set(c);
            }
        }
        // Each round hides at least one more published cell, so there are at most as many rounds as cells.
        for (int round = 0; round <= cells.size(); round++) {
            int[] derivedBy = new int[cells.size()];
            Arrays.fill(derivedBy, -1);
            int violation = firstDerivedSensitive(hidden, derivedBy);
            if (violation < 0) {
                break;
            }
            if (!hideIn(derivedBy[violation], violation, hidden, derivedBy, new BitSet())) {
                break; // nothing left to hide: cannot happen while some equation holds a published cell
            }
        }
        return hidden;
    }

    /**
     * Works out every cell a reader can, in equation order, and returns the first sensitive one (−1 when none).
     * {@code derivedBy} receives, per derived cell, the equation that gave it.
     */
    private int firstDerivedSensitive(BitSet hidden, int[] derivedBy) {
        BitSet known = new BitSet();
        for (int c = 0; c < cells.size(); c++) {
            if (published(c) && !hidden.get(c)) {
                known.set(c);
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int e = 0; e < equations.size(); e++) {
                int lone = -1;
                int unknown = 0;
                for (int c : equations.get(e)) {
                    if (!known.get(c)) {
                        unknown++;
                        lone = c;
                    }
                }
                if (unknown != 1) {
                    continue;
                }
                known.set(lone);
                derivedBy[lone] = e;
                changed = true;
                if (sensitive(lone, hidden)) {
                    return lone;
                }
            }
        }
        return -1;
    }

    private boolean sensitive(int c, BitSet hidden) {
        return published(c) ? hidden.get(c) : primary(c);
    }

    /**
     * Hides a published cell of equation {@code e} other than {@code except}: the smallest shown part, else the
     * total; when every other cell was itself worked out from cells the report leaves out, a cell of the
     * equation that gave one of them.
     */
    private boolean hideIn(int e, int except, BitSet hidden, int[] derivedBy, BitSet visited) {
        if (e < 0 || visited.get(e)) {
            return false;
        }
        visited.set(e);
        int[] eq = equations.get(e);
        int best = -1;
        for (int i = 1; i < eq.length; i++) {
            int c = eq[i];
            if (c == except || !published(c) || hidden.get(c)) {
                continue;
            }
            if (best < 0 || smaller(c, best)) {
                best = c;
            }
        }
        if (best < 0 && eq[0] != except && published(eq[0]) && !hidden.get(eq[0])) {
            best = eq[0];
        }
        if (best >= 0) {
            hidden.set(best);
            return true;
        }
        for (int c : eq) {
            if (c != except && derivedBy[c] >= 0 && hideIn(derivedBy[c], c, hidden, derivedBy, visited)) {
                return true;
            }
        }
        return false;
    }

    /** {@link Disclosure#protectParts}' order: a non-zero part before a zero one, then the smaller. */
    private boolean smaller(int a, int b) {
        long x = sizeOf(a);
        long y = sizeOf(b);
        if ((x != 0) != (y != 0)) {
            return x != 0;
        }
        return x < y;
    }
}
