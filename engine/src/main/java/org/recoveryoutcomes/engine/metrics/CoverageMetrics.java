package org.recoveryoutcomes.engine.metrics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.recoveryoutcomes.engine.model.MetricValue;
import org.recoveryoutcomes.engine.model.Period;
import org.recoveryoutcomes.engine.model.Settings;

/**
 * TOP coverage (metrics.md, Coverage): how many clients the outcome figures rest on.
 *
 * <p>Choices where metrics.md is silent:
 * <ul>
 *   <li>{@code top_start_coverage}: "first contact" is the client's first attended contact ever with any project
 *       of the group (the same clients as {@code new_clients}), and it must fall in the report period. "Within 28
 *       days of it" is either side: a start TOP from {@code startCoverageDays} before to {@code startCoverageDays}
 *       after the first contact, at any project of the group, counts (a TOP taken at an assessment that was not
 *       logged as a contact is still a start TOP). A TOP dated after the period end counts when the data has it.</li>
 *   <li>{@code top_follow_up_coverage}: the denominator is the clients with a start TOP at a project of the group
 *       dated {@code followUpMinDays}–{@code followUpMaxDays} days before the outcome period's end and an attended
 *       contact in the outcome period; the numerator is those of them with an outcome pair in the group, so it
 *       never exceeds the denominator.</li>
 *   <li>Both are left out where the data has no TOP file: 0% would claim no TOPs were done.</li>
 * </ul>
 */
final class CoverageMetrics {

    static final String TOP_START_COVERAGE = "top_start_coverage";
    static final String TOP_FOLLOW_UP_COVERAGE = "top_follow_up_coverage";

    private CoverageMetrics() {
    }

    /**
     * Both coverage metrics of group {@code g}.
     *
     * @param pairs the group's outcome pairs in {@code outcomePeriod} (one per client at borough and all level)
     */
    static Map<String, MetricValue> compute(GroupData g, Period period, Period outcomePeriod, List<OutcomePair> pairs,
                                            Settings s) {
        return compute(g, period, outcomePeriod, PairList.of(pairs, g.index().clientIds()), s);
    }

    /** {@link #compute(GroupData, Period, Period, List, Settings)} with the pairs' client ordinals at hand. */
    static Map<String, MetricValue> compute(GroupData g, Period period, Period outcomePeriod, PairList pairs,
                                            Settings s) {
        Map<String, MetricValue> out = new LinkedHashMap<>();
        Runs seen = g.attended();
        Runs starts = g.startTops();
        int group = g.group();

        long periodStart = period.start().toEpochDay();
        long periodEnd = period.end().toEpochDay();
        long startDenominator = 0;
        long startNumerator = 0;
        int sr = starts.groupRun[group];
        int srEnd = starts.groupRun[group + 1];
        for (int r = seen.groupRun[group]; r < seen.groupRun[group + 1]; r++) {
            long first = seen.items[seen.runStart[r]];
            if (first < periodStart || first > periodEnd) {
                continue;
            }
            startDenominator++;
            int client = seen.runClient[r];
            while (sr < srEnd && starts.runClient[sr] < client) {
                sr++;
            }
            if (sr < srEnd && starts.runClient[sr] == client && Runs.anyBetween(starts.items,
                    starts.runStart[sr], starts.runStart[sr + 1], first - s.startCoverageDays(),
                    first + s.startCoverageDays())) {
                startNumerator++;
            }
        }
        out.put(TOP_START_COVERAGE, Figures.proportion(startNumerator, startDenominator, s));

        Scratch withPair = Scratch.marks(g.index().clientIds().size()).clear();
        for (int c : pairs.clients()) {
            withPair.mark(c);
        }
        long outcomeStart = outcomePeriod.start().toEpochDay();
        long outcomeEnd = outcomePeriod.end().toEpochDay();
        long followDenominator = 0;
        long followNumerator = 0;
        int ar = seen.groupRun[group];
        int arEnd = seen.groupRun[group + 1];
        for (int r = starts.groupRun[group]; r < srEnd; r++) {
            if (!Runs.anyBetween(starts.items, starts.runStart[r], starts.runStart[r + 1],
                    outcomeEnd - s.followUpMaxDays(), outcomeEnd - s.followUpMinDays())) {
                continue;
            }
            int client = starts.runClient[r];
            while (ar < arEnd && seen.runClient[ar] < client) {
                ar++;
            }
            if (ar >= arEnd || seen.runClient[ar] != client || !Runs.anyBetween(seen.items, seen.runStart[ar],
                    seen.runStart[ar + 1], outcomeStart, outcomeEnd)) {
                continue;
            }
            followDenominator++;
            if (withPair.marked(client)) {
                followNumerator++;
            }
        }
        out.put(TOP_FOLLOW_UP_COVERAGE, Figures.proportion(followNumerator, followDenominator, s));
        return out;
    }
}
