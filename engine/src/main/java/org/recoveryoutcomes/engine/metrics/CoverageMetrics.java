package org.recoveryoutcomes.engine.metrics;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
        Map<String, MetricValue> out = new LinkedHashMap<>();

        long periodStart = period.start().toEpochDay();
        long periodEnd = period.end().toEpochDay();
        long startDenominator = 0;
        long startNumerator = 0;
        for (Map.Entry<String, long[]> e : g.attendedDays().entrySet()) {
            long first = e.getValue()[0];
            if (first < periodStart || first > periodEnd) {
                continue;
            }
            startDenominator++;
            long[] starts = g.startTopDays().get(e.getKey());
            if (starts != null && GroupData.anyBetween(starts, first - s.startCoverageDays(),
                    first + s.startCoverageDays())) {
                startNumerator++;
            }
        }
        out.put(TOP_START_COVERAGE, Figures.proportion(startNumerator, startDenominator, s));

        Set<String> withPair = new HashSet<>();
        for (OutcomePair p : pairs) {
            withPair.add(p.clientId());
        }
        long outcomeStart = outcomePeriod.start().toEpochDay();
        long outcomeEnd = outcomePeriod.end().toEpochDay();
        long followDenominator = 0;
        long followNumerator = 0;
        for (Map.Entry<String, long[]> e : g.startTopDays().entrySet()) {
            if (!GroupData.anyBetween(e.getValue(), outcomeEnd - s.followUpMaxDays(), outcomeEnd - s.followUpMinDays())) {
                continue;
            }
            long[] seen = g.attendedDays().get(e.getKey());
            if (seen == null || !GroupData.anyBetween(seen, outcomeStart, outcomeEnd)) {
                continue;
            }
            followDenominator++;
            if (withPair.contains(e.getKey())) {
                followNumerator++;
            }
        }
        out.put(TOP_FOLLOW_UP_COVERAGE, Figures.proportion(followNumerator, followDenominator, s));
        return out;
    }
}
