package org.recoveryoutcomes.engine.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ProtectionTest {

    @Test
    void hidesTheSmallestOtherPartWhereASmallPartCouldBeWorkedOut() {
        // total 30 = 3 (small) + 12 + 15, all published: hiding the 3 alone leaves it as 30 − 12 − 15, so the
        // smallest other shown part (12) goes too. A second table is untouched.
        Protection p = new Protection();
        int total = p.cell(30, true, false);
        int small = p.cell(3, true, true);
        int twelve = p.cell(12, true, false);
        int fifteen = p.cell(15, true, false);
        p.equation(total, List.of(small, twelve, fifteen));
        int otherTotal = p.cell(40, true, false);
        int a = p.cell(20, true, false);
        int b = p.cell(20, true, false);
        p.equation(otherTotal, List.of(a, b));

        BitSet hidden = p.solve();

        assertThat(hidden.stream().boxed().toList()).containsExactly(small, twelve);
    }

    @Test
    void solvingEachIndependentSystemApartHidesExactlyWhatSolvingThemTogetherDoes() {
        Random random = new Random(20261122);
        for (int trial = 0; trial < 300; trial++) {
            Protection p = randomSystems(random);

            assertThat(p.solve()).as("trial %d", trial).isEqualTo(p.solveAtOnce());
        }
    }

    @Test
    void reportsThatShowDifferentCellsOfOneLayoutEachGetTheirOwnAnswer() {
        // One layout solved for two reports in turn: each answer must be that of a layout built for it alone,
        // whatever was solved before (the independent systems are worked out once and reused).
        Random random = new Random(7);
        for (int trial = 0; trial < 100; trial++) {
            Protection shared = randomSystems(random);
            long seed = random.nextLong();
            for (int report = 0; report < 2; report++) {
                Random shown = new Random(seed + report);
                boolean[] published = new boolean[shared.size()];
                for (int c = 0; c < published.length; c++) {
                    published[c] = shown.nextInt(3) > 0;
                }
                Protection alone = shared.copyWithPublished(c -> published[c]);

                assertThat(shared.solve(c -> published[c])).as("trial %d report %d", trial, report)
                        .isEqualTo(alone.solveAtOnce());
            }
        }
    }

    /**
     * Several interleaved hierarchies (all = Σ boroughs, borough = Σ projects), cells added in a shuffled order so
     * that the systems' ids and equations interleave, with random sizes, publication and small numbers.
     */
    private static Protection randomSystems(Random random) {
        Protection p = new Protection();
        int systems = 1 + random.nextInt(5);
        List<int[]> pending = new ArrayList<>();
        for (int s = 0; s < systems; s++) {
            int all = cell(p, random);
            int boroughs = 1 + random.nextInt(4);
            List<Integer> boroughCells = new ArrayList<>();
            for (int b = 0; b < boroughs; b++) {
                int borough = cell(p, random);
                boroughCells.add(borough);
                int projects = 1 + random.nextInt(4);
                int[] eq = new int[projects + 1];
                eq[0] = borough;
                for (int k = 1; k <= projects; k++) {
                    eq[k] = cell(p, random);
                }
                pending.add(eq);
            }
            int[] top = new int[boroughCells.size() + 1];
            top[0] = all;
            for (int i = 0; i < boroughCells.size(); i++) {
                top[i + 1] = boroughCells.get(i);
            }
            pending.add(top);
        }
        java.util.Collections.shuffle(pending, random);
        for (int[] eq : pending) {
            List<Integer> parts = new ArrayList<>();
            for (int i = 1; i < eq.length; i++) {
                parts.add(eq[i]);
            }
            p.equation(eq[0], parts);
        }
        return p;
    }

    private static int cell(Protection p, Random random) {
        return p.cell(random.nextInt(40), random.nextInt(5) > 0, random.nextInt(4) == 0);
    }
}
