package org.recoveryoutcomes.engine.metrics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.recoveryoutcomes.engine.model.MetricValue;
import org.recoveryoutcomes.engine.model.Period;
import org.recoveryoutcomes.engine.model.ProportionValue;
import org.recoveryoutcomes.engine.model.Settings;
import org.recoveryoutcomes.engine.model.Trend;

/**
 * Change over time (metrics.md, Statistics): a proportion against the previous period and the same period a year
 * before, and the quarters of the trend series.
 *
 * <p>Choices where metrics.md is silent:
 * <ul>
 *   <li>An earlier period's outcome period keeps its relation to the report period: when the outcome period is
 *       the N whole months ending on the report period's last day (the default), the earlier one is the N months
 *       ending on the earlier period's last day; any other outcome period moves by as many days as the period's
 *       end did.</li>
 *   <li>Trend quarters are financial-year quarters when the period is written as a financial year or financial
 *       quarter ({@code 2026/27}, {@code 2026/27-Q2}), calendar quarters otherwise. The series ends with the last
 *       whole quarter ending on or before the period's last day, so a period ending mid-quarter never gets a
 *       part-quarter point that would look like a fall.</li>
 *   <li>Where either period has no figure, the trend carries no difference and is not significant.</li>
 * </ul>
 */
final class Trends {

    private static final Pattern FINANCIAL = Pattern.compile("\\d{4}/\\d{2}(-Q[1-4])?");

    private Trends() {
    }

    /** The change of {@code current} against {@code earlier}, in percentage points with Newcombe's CI. */
    static Trend trend(ProportionValue current, ProportionValue earlier, String earlierLabel, Settings s) {
        Double earlierValue = earlier.value();
        if (current.denominator() == 0 || earlier.denominator() == 0) {
            return new Trend(earlierLabel, earlierValue, null, null, null, false, earlier.suppressed());
        }
        double difference = 100.0 * current.numerator() / current.denominator()
                - 100.0 * earlier.numerator() / earlier.denominator();
        Stats.Interval ci = Stats.newcombeDifference(current.numerator(), current.denominator(), earlier.numerator(),
                earlier.denominator(), s.confidenceLevel());
        double lower = 100 * ci.lower();
        double upper = 100 * ci.upper();
        return new Trend(earlierLabel, earlierValue, difference, lower, upper, lower > 0 || upper < 0,
                earlier.suppressed());
    }

    /**
     * One group's metrics with {@code vsPrevious} and {@code vsYearBefore} set on every proportion that the earlier
     * periods also have.
     */
    static Map<String, MetricValue> attach(Map<String, MetricValue> metrics, Map<String, MetricValue> previous,
                                           String previousLabel, Map<String, MetricValue> yearBefore,
                                           String yearBeforeLabel, Settings s) {
        Map<String, MetricValue> out = new LinkedHashMap<>();
        metrics.forEach((id, value) -> {
            if (value instanceof ProportionValue p) {
                Trend vsPrevious = previous.get(id) instanceof ProportionValue e ? trend(p, e, previousLabel, s) : null;
                Trend vsYear = yearBefore.get(id) instanceof ProportionValue e ? trend(p, e, yearBeforeLabel, s) : null;
                value = p.withTrends(vsPrevious, vsYear);
            }
            out.put(id, value);
        });
        return out;
    }

    /** The outcome period to use with {@code shifted} when {@code outcome} goes with {@code period}. */
    static Period outcomeFor(Period period, Period outcome, Period shifted) {
        if (outcome.end().equals(period.end())) {
            int months = wholeMonths(outcome);
            LocalDate end = shifted.end();
            if (months > 0 && isMonthEnd(end)) {
                return months(end.plusDays(1).minusMonths(months), end, months);
            }
            // N months ending on a day that is not a month end, as Period.twelveMonthsEnding counts them.
            for (int m = 1; m <= 120; m++) {
                if (outcome.start().equals(outcome.end().minusMonths(m).plusDays(1))) {
                    return months(end.minusMonths(m).plusDays(1), end, m);
                }
            }
        }
        long delta = ChronoUnit.DAYS.between(period.end(), shifted.end());
        LocalDate start = outcome.start().plusDays(delta);
        LocalDate end = outcome.end().plusDays(delta);
        return new Period(start + ".." + end, start, end);
    }

    private static Period months(LocalDate start, LocalDate end, int months) {
        return new Period(months == 12 ? "12m:" + end : start + ".." + end, start, end);
    }

    /** The number of calendar months {@code p} covers when it runs from a 1st to a month end, else 0. */
    private static int wholeMonths(Period p) {
        if (p.start().getDayOfMonth() != 1 || !isMonthEnd(p.end())) {
            return 0;
        }
        return (int) ChronoUnit.MONTHS.between(p.start(), p.end().plusDays(1));
    }

    private static boolean isMonthEnd(LocalDate date) {
        return date.plusDays(1).getDayOfMonth() == 1;
    }

    /**
     * The last {@code count} quarters of the period's kind, oldest first, ending with the last whole quarter that
     * ends on or before the period's last day. Empty when {@code count} is 0.
     */
    static List<Period> quarters(Period period, int count) {
        if (count <= 0) {
            return List.of();
        }
        boolean financial = FINANCIAL.matcher(period.label()).matches();
        LocalDate end = period.end();
        Period q = financial ? Period.financialQuarterOf(end) : Period.calendarQuarterOf(end);
        if (!q.end().equals(end)) {
            q = q.previous();
        }
        List<Period> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(q);
            q = q.previous();
        }
        Collections.reverse(out);
        return List.copyOf(out);
    }
}
