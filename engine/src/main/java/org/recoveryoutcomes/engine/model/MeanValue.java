package org.recoveryoutcomes.engine.model;

/**
 * A mean and median over {@code n} values, with a t-distribution confidence interval for the mean. Figures
 * are {@code null} when {@code n} is too small to give them. This class is immutable.
 */
public record MeanValue(long n, Double mean, Double median, Double lower95, Double upper95, boolean suppressed)
        implements MetricValue {
}
