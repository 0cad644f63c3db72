package org.recoveryoutcomes.engine.render;

import org.recoveryoutcomes.engine.model.Comparison;
import org.recoveryoutcomes.engine.model.Polarity;
import org.recoveryoutcomes.engine.model.ProportionValue;
import org.recoveryoutcomes.engine.model.Trend;

/**
 * The "worse and worsening" flag of the league tables: a figure worse than its comparator whose change against
 * the previous period or the same period a year before is significant in the bad direction (by the metric's
 * polarity). It reads only the figure, so both renderers flag exactly the same cells.
 *
 * <p>{@code Flags.worseAndWorsening(p, Polarity.HIGH_IS_GOOD)}. This class is stateless.
 */
public final class Flags {

    /** The text of the flag, in tables and sentences. */
    public static final String WORSE_AND_WORSENING = "worse and worsening";

    private Flags() {
    }

    /** True when {@code p} is worse than its comparator and significantly worse than an earlier period. */
    public static boolean worseAndWorsening(ProportionValue p, Polarity polarity) {
        return p != null && p.comparison() == Comparison.WORSE
                && (worsened(p.vsPrevious(), polarity) || worsened(p.vsYearBefore(), polarity));
    }

    /**
     * The flag as a report shows it: never on a hidden figure, and never resting on a change whose earlier
     * figure the report hides (that change is not shown, so the flag must not reveal it either).
     */
    public static boolean worseAndWorsening(ProportionValue p, Polarity polarity, String groupKey, String metricId,
                                            Suppression suppression) {
        if (p == null || suppression.hidden(groupKey, metricId) || p.comparison() != Comparison.WORSE) {
            return false;
        }
        boolean previous = worsened(p.vsPrevious(), polarity)
                && !suppression.earlierHidden(groupKey, metricId, p.vsPrevious());
        boolean year = worsened(p.vsYearBefore(), polarity)
                && !suppression.earlierHidden(groupKey, metricId, p.vsYearBefore());
        return previous || year;
    }

    /** True when a change is significant and goes the bad way for the polarity. */
    public static boolean worsened(Trend t, Polarity polarity) {
        if (t == null || t.difference() == null || !Findings.significant(t)) {
            return false;
        }
        return switch (polarity) {
            case HIGH_IS_GOOD -> t.difference() < 0;
            case LOW_IS_GOOD -> t.difference() > 0;
            case NO_JUDGEMENT -> false;
        };
    }
}
