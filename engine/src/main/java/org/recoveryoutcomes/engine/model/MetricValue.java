package org.recoveryoutcomes.engine.model;

/**
 * The value of one metric for one group. Raw numbers are kept; {@code suppressed} says whether a published
 * report must hide the figure (metrics.md, Disclosure control). A figure that cannot be computed is
 * {@code null}, never zero.
 */
public sealed interface MetricValue
        permits CountValue, AmountValue, ProportionValue, MeanValue, ChangeValue, BreakdownValue {

    /** True when a published report must show this figure as {@code *}. */
    boolean suppressed();
}
