package org.recoveryoutcomes.engine.model;

/**
 * The change of a proportion against an earlier period: difference in percentage points (this − earlier)
 * with its 95% CI by Newcombe's hybrid score method. {@code significant} when the CI excludes 0. This class
 * is immutable.
 *
 * @param period the label of the earlier period
 * @param earlierValue the earlier period's value in percent, or {@code null} when it had no denominator
 * @param earlierSuppressed true when the earlier figure is itself a small number that a published report must
 *     hide: then its value, and the difference (which would reveal it), are hidden too
 */
public record Trend(String period, Double earlierValue, Double difference, Double lower95, Double upper95,
                    boolean significant, boolean earlierSuppressed) {

    /** A trend whose earlier figure may be published. */
    public Trend(String period, Double earlierValue, Double difference, Double lower95, Double upper95,
                 boolean significant) {
        this(period, earlierValue, difference, lower95, upper95, significant, false);
    }
}
