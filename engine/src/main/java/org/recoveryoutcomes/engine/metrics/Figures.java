package org.recoveryoutcomes.engine.metrics;

import java.util.Arrays;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.recoveryoutcomes.engine.model.ChangeValue;
import org.recoveryoutcomes.engine.model.CountValue;
import org.recoveryoutcomes.engine.model.MeanValue;
import org.recoveryoutcomes.engine.model.ProportionValue;
import org.recoveryoutcomes.engine.model.Settings;

/**
 * Builds metric values with their statistics and primary suppression flag, so every metric applies
 * metrics.md's Statistics and Disclosure control the same way.
 */
public final class Figures {

    private Figures() {
    }

    /** A count; suppressed when from 1 to threshold − 1. */
    public static CountValue count(long count, Settings s) {
        return new CountValue(count, s.isSmall(count));
    }

    /**
     * A proportion in percent with its Wilson CI; suppressed when the numerator, the denominator or
     * denominator − numerator is a small number. Value and CI are {@code null} when d = 0.
     */
    public static ProportionValue proportion(long numerator, long denominator, Settings s) {
        if (numerator < 0 || numerator > denominator) {
            throw new IllegalArgumentException("a proportion needs 0 <= numerator <= denominator, had " + numerator
                    + "/" + denominator);
        }
        boolean suppressed = s.isSmall(numerator) || s.isSmall(denominator) || s.isSmall(denominator - numerator);
        if (denominator == 0) {
            return ProportionValue.of(0, 0, null, null, false);
        }
        Stats.Interval ci = Stats.wilson(numerator, denominator, s.confidenceLevel());
        return ProportionValue.of(numerator, denominator, 100 * ci.lower(), 100 * ci.upper(), suppressed);
    }

    /**
     * Mean and median of {@code values} with the mean's t CI; suppressed when the count is small. Missing values
     * ({@code NaN}) are left out, never read as zero. Figures are {@code null} when there are no values (and the CI
     * when fewer than two).
     */
    public static MeanValue mean(double[] values, Settings s) {
        values = Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
        long n = values.length;
        if (n == 0) {
            return new MeanValue(0, null, null, null, null, false);
        }
        DescriptiveStatistics d = new DescriptiveStatistics(values);
        Stats.Interval ci = Stats.meanT(d.getMean(), d.getStandardDeviation(), n, s.confidenceLevel());
        return new MeanValue(n, d.getMean(), Stats.median(values), nan(ci.lower()), nan(ci.upper()), s.isSmall(n));
    }

    /**
     * Change from start to follow-up over paired values: both means, the mean change with its paired-t CI, the
     * Wilcoxon signed-rank p and the effect size d<sub>z</sub> (mean change ÷ SD of changes; {@code null} when
     * that SD is 0). Suppressed when the number of pairs is small. A pair with either value missing ({@code NaN})
     * is left out.
     */
    public static ChangeValue change(double[] start, double[] followUp, Settings s) {
        if (start.length != followUp.length) {
            throw new IllegalArgumentException("paired values differ in length: " + start.length + " starts, "
                    + followUp.length + " follow-ups");
        }
        int kept = 0;
        double[] a = new double[start.length];
        double[] b = new double[start.length];
        for (int i = 0; i < start.length; i++) {
            if (!Double.isNaN(start[i]) && !Double.isNaN(followUp[i])) {
                a[kept] = start[i];
                b[kept] = followUp[i];
                kept++;
            }
        }
        start = Arrays.copyOf(a, kept);
        followUp = Arrays.copyOf(b, kept);
        long n = start.length;
        if (n == 0) {
            return new ChangeValue(0, null, null, null, null, null, null, null, false);
        }
        double[] diff = new double[start.length];
        for (int i = 0; i < diff.length; i++) {
            diff[i] = followUp[i] - start[i];
        }
        DescriptiveStatistics d = new DescriptiveStatistics(diff);
        Stats.Interval ci = Stats.meanT(d.getMean(), d.getStandardDeviation(), n, s.confidenceLevel());
        double sd = d.getStandardDeviation();
        Double effect = n < 2 || sd == 0 || Double.isNaN(sd) ? null : d.getMean() / sd;
        return new ChangeValue(n, new DescriptiveStatistics(start).getMean(),
                new DescriptiveStatistics(followUp).getMean(), d.getMean(), nan(ci.lower()), nan(ci.upper()),
                nan(Stats.wilcoxonSignedRankP(start, followUp)), effect, s.isSmall(n));
    }

    private static Double nan(double v) {
        return Double.isNaN(v) ? null : v;
    }
}
