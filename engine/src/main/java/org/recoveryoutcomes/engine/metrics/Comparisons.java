package org.recoveryoutcomes.engine.metrics;

import java.util.LinkedHashMap;
import java.util.Map;
import org.recoveryoutcomes.engine.model.Comparison;
import org.recoveryoutcomes.engine.model.Funnel;
import org.recoveryoutcomes.engine.model.GroupLevel;
import org.recoveryoutcomes.engine.model.MetricValue;
import org.recoveryoutcomes.engine.model.Polarity;
import org.recoveryoutcomes.engine.model.ProportionValue;
import org.recoveryoutcomes.engine.model.Settings;

/**
 * Comparison with a comparator and funnel limits for every proportion (metrics.md, Statistics).
 *
 * <p>Choices where metrics.md is silent:
 * <ul>
 *   <li>{@code parent}: a project is compared with its borough, a borough with {@code all}; {@code all} is compared
 *       with nothing. {@code all}: every group but {@code all} itself is compared with {@code all}. {@code value}:
 *       every group, {@code all} included, is compared with the template's figure for the metric; a metric the
 *       template gives no figure for is not compared.</li>
 *   <li>Where the comparator has no figure (its denominator is 0), there is no comparison at all (comparison,
 *       comparator and funnel stay {@code null}).</li>
 *   <li>A comparator lying exactly on a CI limit is inside it: {@code similar}.</li>
 *   <li>A metric with polarity {@code no_judgement} is {@code not_compared}: calling it better or worse would be a
 *       judgement, and calling it similar when the comparator lies outside its CI would be false.</li>
 *   <li>The funnel is given wherever there is a comparator and the denominator is above 0, even below the
 *       comparison's minimum denominator: a funnel plot shows every point.</li>
 * </ul>
 */
final class Comparisons {

    /** The comparator kinds a request may name. */
    static final String PARENT = "parent";
    static final String ALL = "all";
    static final String VALUE = "value";

    private Comparisons() {
    }

    /** Checks a request's comparator and says what it may be. */
    static void checkComparator(String comparator) {
        if (!comparator.equals(PARENT) && !comparator.equals(ALL) && !comparator.equals(VALUE)) {
            throw new IllegalArgumentException("comparator '" + comparator + "' is not understood: write parent "
                    + "(project vs borough, borough vs all), all or value");
        }
    }

    /**
     * The key of the group {@code g} is compared with under {@code comparator} ({@code parent} or {@code all}), or
     * {@code null} when it is compared with no group.
     */
    static String comparatorGroup(String comparator, GroupLevel level, String borough) {
        if (level == GroupLevel.ALL || comparator.equals(VALUE)) {
            return null;
        }
        if (comparator.equals(ALL) || level == GroupLevel.BOROUGH) {
            return "all";
        }
        return "borough:" + borough;
    }

    /**
     * The metrics of one group with every proportion compared.
     *
     * @param comparatorMetrics the comparator group's metrics, or {@code null} when compared with fixed values or
     *     with nothing
     * @param comparatorName {@code all}, {@code borough:<name>} or {@code value}, or {@code null} for no comparison
     * @param fixedValues the template's comparator percentages per metric id (used when comparatorName is
     *     {@code value})
     */
    static Map<String, MetricValue> apply(Map<String, MetricValue> metrics, Map<String, MetricValue> comparatorMetrics,
                                          String comparatorName, Map<String, Double> fixedValues,
                                          Map<String, Polarity> polarities, Settings s) {
        Map<String, MetricValue> out = new LinkedHashMap<>();
        metrics.forEach((id, value) -> {
            if (value instanceof ProportionValue p && comparatorName != null) {
                Double cv = comparatorName.equals(VALUE) ? fixedValues.get(id)
                        : comparatorMetrics.get(id) instanceof ProportionValue c ? c.value() : null;
                if (cv != null) {
                    value = compare(p, cv, comparatorName, polarities.getOrDefault(id, Polarity.NO_JUDGEMENT), s);
                }
            }
            out.put(id, value);
        });
        return out;
    }

    /** {@code p} with its comparison against {@code comparatorPercent} and its funnel. */
    static ProportionValue compare(ProportionValue p, double comparatorPercent, String comparatorName,
                                   Polarity polarity, Settings s) {
        ProportionValue out = p.withComparison(judge(p, comparatorPercent, polarity, s), comparatorName,
                comparatorPercent);
        return p.denominator() > 0 ? out.withFunnel(funnel(p.numerator(), p.denominator(), comparatorPercent)) : out;
    }

    /** Better, similar, worse or not compared: the comparator against the figure's CI, read with the polarity. */
    static Comparison judge(ProportionValue p, double comparatorPercent, Polarity polarity, Settings s) {
        if (p.denominator() < s.minDenominatorForComparison() || p.denominator() == 0
                || polarity == Polarity.NO_JUDGEMENT) {
            return Comparison.NOT_COMPARED;
        }
        boolean higher = p.lower95() > comparatorPercent; // the whole CI lies above the comparator
        boolean lower = p.upper95() < comparatorPercent;
        if (!higher && !lower) {
            return Comparison.SIMILAR;
        }
        return higher == (polarity == Polarity.HIGH_IS_GOOD) ? Comparison.BETTER : Comparison.WORSE;
    }

    /** Funnel limits at denominator {@code n} around the comparator, in percent, and where x/n falls. */
    static Funnel funnel(long x, long n, double comparatorPercent) {
        double baseline = comparatorPercent / 100;
        Stats.FunnelLimits l = Stats.funnelLimits(baseline, n);
        return new Funnel(comparatorPercent, 100 * l.lower95(), 100 * l.upper95(), 100 * l.lower998(),
                100 * l.upper998(), Stats.funnelSignificance(x, n, baseline));
    }
}
