package org.recoveryoutcomes.engine.model;

/**
 * Change from start to follow-up over {@code n} outcome pairs: means at both ends, mean change
 * (follow-up − start) with a paired-t confidence interval, the Wilcoxon signed-rank p-value and the
 * standardised effect size (mean change ÷ SD of the changes, Cohen's d<sub>z</sub>). This class is immutable.
 */
public record ChangeValue(long n, Double meanStart, Double meanFollowUp, Double meanChange, Double lower95,
                          Double upper95, Double pValue, Double effectSize, boolean suppressed)
        implements MetricValue {
}
