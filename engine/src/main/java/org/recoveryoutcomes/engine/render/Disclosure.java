package org.recoveryoutcomes.engine.render;

import java.util.Arrays;
import org.recoveryoutcomes.engine.model.MetricValue;
import org.recoveryoutcomes.engine.model.ProportionValue;
import org.recoveryoutcomes.engine.model.Trend;

/**
 * Statistical disclosure control for published figures (metrics.md, Disclosure control). Primary suppression
 * is decided by the metrics ({@link MetricValue#suppressed()}); this class applies it when suppression is on and
 * adds secondary suppression to tables of parts and their total.
 */
public final class Disclosure {

    /** What a hidden figure shows. */
    public static final String MASK = "*";

    /** The footnote for every report that hides figures. */
    public static final String FOOTNOTE = "* Hidden to protect confidentiality: a count from 1 to 4, a percentage "
            + "resting on such a count, or a figure hidden so that another cannot be worked out by subtraction. A "
            + "number shown beside a hidden percentage is its denominator, which the other figures give anyway.";

    /**
     * What a sentence or tile says of any hidden figure, whether it is a small number or hidden to protect one: the
     * same words for both, as telling them apart would tell a reader which figures are from 1 to 4.
     */
    public static final String HIDDEN = "hidden to protect confidentiality";

    /** The banner of an unsuppressed working copy. */
    public static final String NOT_FOR_PUBLICATION = "NOT FOR PUBLICATION";

    private Disclosure() {
    }

    /** True when {@code value} must be shown as {@link #MASK} in this report. */
    public static boolean hidden(MetricValue value, RenderOptions options) {
        return options.suppression() && value != null && value.suppressed();
    }

    /**
     * True when a proportion's denominator shows as {@link #MASK}: its figure is {@code hidden} and the denominator
     * is not one the publication shows all the same ({@link ProportionValue#denominatorShown()}: given exactly by
     * the published figures, and not a small number).
     */
    public static boolean denominatorHidden(ProportionValue p, boolean hidden) {
        return hidden && !p.denominatorShown();
    }

    /** {@code numerator / denominator} as a table cell shows it: {@code * / 1,204} or {@code *} when hidden. */
    public static String fraction(ProportionValue p, boolean hidden) {
        if (!hidden) {
            return Formats.count(p.numerator()) + " / " + Formats.count(p.denominator());
        }
        return denominatorHidden(p, true) ? MASK : MASK + " / " + Formats.count(p.denominator());
    }

    /**
     * True when a change against an earlier period must be hidden because the earlier figure was a small number:
     * the earlier value and the difference would reveal it.
     */
    public static boolean earlierHidden(Trend trend, RenderOptions options) {
        return options.suppression() && trend != null && trend.earlierSuppressed();
    }

    /**
     * Secondary suppression for parts shown with their total: where exactly one part is hidden, the smallest
     * other part is hidden too (a non-zero one when there is one), so the hidden part cannot be found by
     * subtracting the others from the total.
     *
     * @param parts the parts' values
     * @param hidden which parts are already hidden (primary suppression)
     * @return which parts to hide: a new array, {@code hidden} plus any secondary cells
     */
    public static boolean[] protectParts(long[] parts, boolean[] hidden) {
        boolean[] out = Arrays.copyOf(hidden, hidden.length);
        int count = 0;
        for (boolean h : out) {
            if (h) {
                count++;
            }
        }
        if (count != 1) {
            return out;
        }
        int best = -1;
        for (int i = 0; i < parts.length; i++) {
            if (out[i]) {
                continue;
            }
            boolean better = best < 0
                    || (parts[best] == 0 && parts[i] != 0)
                    || ((parts[i] != 0) == (parts[best] != 0) && parts[i] < parts[best]);
            if (better) {
                best = i;
            }
        }
        if (best >= 0) {
            out[best] = true;
        }
        return out;
    }
}
