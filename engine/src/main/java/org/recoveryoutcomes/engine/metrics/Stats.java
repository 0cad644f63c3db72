package org.recoveryoutcomes.engine.metrics;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.ranking.NaNStrategy;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;

/**
 * The statistics of metrics.md: Wilson score intervals (as PHEindicatormethods {@code phe_proportion}),
 * t intervals for means ({@code phe_mean}), Wilcoxon signed-rank and McNemar exact tests, Newcombe's hybrid
 * score interval for a difference of proportions, and proportion funnel limits
 * ({@code calculate_funnel_limits}). Distributions come from Commons Math.
 *
 * <p>Proportions here are fractions (0–1); callers multiply by 100 for percentages.
 */
public final class Stats {

    /** The 97.5th percentile of the standard normal distribution. */
    public static final double Z95 = 1.959963984540054;

    /**
     * Absolute accuracy asked of Commons Math's solver for t and χ² quantiles (its default is 1e-9). Its relative
     * accuracy stays at 1e-14, so small quantiles (a lower Poisson limit of 0.001) are found to about 1e-14 too.
     */
    private static final double QUANTILE_ACCURACY = 1e-300;

    /**
     * t quantiles already solved, by degrees of freedom and probability: solving one costs a root search, and
     * every group, period and breakdown category asks for the same few. The cached value is the one the solver
     * gives, so figures are unchanged.
     */
    private static final Map<TQuantile, Double> T_QUANTILES = new ConcurrentHashMap<>();

    private record TQuantile(long degreesOfFreedom, double p) {
    }

    private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);

    private Stats() {
    }

    /** A confidence interval; either end may be {@code NaN} where it cannot be computed. */
    public record Interval(double lower, double upper) {
    }

    /** Funnel limits at one denominator, as fractions clamped to [0, 1]. */
    public record FunnelLimits(double lower95, double upper95, double lower998, double upper998) {
    }

    /** The two-sided normal quantile for {@code confidence}: z = Φ⁻¹(c + (1 − c)/2). */
    public static double z(double confidence) {
        if (confidence == 0.95) {
            return Z95;
        }
        return NORMAL.inverseCumulativeProbability(confidence + (1 - confidence) / 2);
    }

    /**
     * Wilson score interval for {@code x} successes out of {@code n}:
     * (2x + z² ∓ z√(z² + 4x(1 − x/n))) ÷ (2(n + z²)). Both ends are {@code NaN} when n is 0 and when x or n is
     * missing ({@code NaN}), as {@code phe_proportion} gives NA. At x = 0 the lower end is exactly 0 and at x = n
     * the upper end exactly 1. Non-integer x is allowed (PHE's {@code wilson_lower} takes it).
     *
     * @throws IllegalArgumentException when x is negative or larger than n
     */
    public static Interval wilson(double x, double n, double confidence) {
        if (Double.isNaN(x) || !(n > 0)) {
            return new Interval(Double.NaN, Double.NaN);
        }
        if (x < 0 || x > n) {
            throw new IllegalArgumentException("a proportion needs 0 <= x <= n, had " + x + "/" + n);
        }
        double z = z(confidence);
        double z2 = z * z;
        double root = z * Math.sqrt(z2 + 4 * x * (1 - x / n));
        double denom = 2 * (n + z2);
        double lower = (2 * x + z2 - root) / denom;
        double upper = (2 * x + z2 + root) / denom;
        // At x = 0 and x = n the exact bound is 0 or 1; rounding must not push it past.
        return new Interval(x == 0 ? 0.0 : Math.max(0, lower), x == n ? 1.0 : Math.min(1, upper));
    }

    /** t-distribution interval for a mean: mean ± t(1 − (1 − c)/2, n − 1) × sd ÷ √n; {@code NaN} when n < 2. */
    public static Interval meanT(double mean, double sd, long n, double confidence) {
        if (n < 2 || Double.isNaN(sd)) {
            return new Interval(Double.NaN, Double.NaN);
        }
        // Commons Math solves for the t quantile only to 1e-9 by default (4e-10 off at 17 df, 99.8%); ask for
        // near machine precision so the interval matches R's qt, as PHEindicatormethods uses.
        double t = T_QUANTILES.computeIfAbsent(new TQuantile(n - 1, confidence + (1 - confidence) / 2),
                k -> new TDistribution(null, k.degreesOfFreedom(), QUANTILE_ACCURACY)
                        .inverseCumulativeProbability(k.p()));
        double half = t * sd / Math.sqrt(n);
        return new Interval(mean - half, mean + half);
    }

    /** The mean's t interval computed from the values (sample SD, n − 1 denominator). */
    public static Interval meanT(double[] values, double confidence) {
        DescriptiveStatistics d = new DescriptiveStatistics(values);
        return meanT(d.getMean(), d.getStandardDeviation(), d.getN(), confidence);
    }

    /** The median (average of the two middle values for an even count); {@code NaN} when empty. */
    public static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] v = values.clone();
        Arrays.sort(v);
        int m = v.length / 2;
        return v.length % 2 == 1 ? v[m] : (v[m - 1] + v[m]) / 2;
    }

    /**
     * Two-sided p-value of the Wilcoxon signed-rank test on paired values (follow-up − start).
     *
     * <p>Zero differences are dropped (Wilcoxon's method, as R's {@code wilcox.test}); tied absolute differences
     * get average ranks. For at most 30 non-zero differences the p-value is exact: the permutation
     * distribution of the signed-rank sum over all 2ⁿ sign assignments of the actual (possibly tied) ranks,
     * counted by dynamic programming. Above 30 the normal approximation with tie and continuity corrections is
     * used. Returns 1 when every difference is zero, {@code NaN} when there are no pairs. Callers drop pairs with
     * a missing value first: a {@code NaN} difference throws {@link IllegalArgumentException}.
     */
    public static double wilcoxonSignedRankP(double[] start, double[] followUp) {
        if (start.length != followUp.length) {
            throw new IllegalArgumentException("paired samples differ in length: " + start.length + " vs "
                    + followUp.length);
        }
        if (start.length == 0) {
            return Double.NaN;
        }
        double[] diffs = new double[start.length];
        int n = 0;
        for (int i = 0; i < start.length; i++) {
            double d = followUp[i] - start[i];
            if (d != 0) {
                diffs[n++] = d;
            }
        }
        if (n == 0) {
            return 1.0;
        }
        double[] nonZero = Arrays.copyOf(diffs, n);
        double[] abs = new double[n];
        for (int i = 0; i < n; i++) {
            abs[i] = Math.abs(nonZero[i]);
        }
        double[] ranks = new NaturalRanking(NaNStrategy.FAILED, TiesStrategy.AVERAGE).rank(abs);
        double wPlus = 0;
        for (int i = 0; i < n; i++) {
            if (nonZero[i] > 0) {
                wPlus += ranks[i];
            }
        }
        return n <= 30 ? exactSignedRankP(ranks, wPlus) : normalSignedRankP(ranks, wPlus);
    }

    private static double exactSignedRankP(double[] ranks, double wPlus) {
        // Average ranks are multiples of 0.5, so doubled ranks are whole numbers.
        int[] r2 = new int[ranks.length];
        int total = 0;
        for (int i = 0; i < ranks.length; i++) {
            r2[i] = (int) Math.round(ranks[i] * 2);
            total += r2[i];
        }
        double[] ways = new double[total + 1];
        ways[0] = 1;
        int reach = 0;
        for (int r : r2) {
            for (int s = reach; s >= 0; s--) {
                if (ways[s] != 0) {
                    ways[s + r] += ways[s];
                }
            }
            reach += r;
        }
        int w = (int) Math.round(wPlus * 2);
        double all = Math.pow(2, ranks.length);
        double below = 0;
        double above = 0;
        for (int s = 0; s <= total; s++) {
            if (s <= w) {
                below += ways[s];
            }
            if (s >= w) {
                above += ways[s];
            }
        }
        return Math.min(1.0, 2 * Math.min(below, above) / all);
    }

    private static double normalSignedRankP(double[] ranks, double wPlus) {
        int n = ranks.length;
        double mean = n * (n + 1) / 4.0;
        double var = n * (n + 1) * (2.0 * n + 1) / 24.0;
        double[] sorted = ranks.clone();
        Arrays.sort(sorted);
        int i = 0;
        while (i < n) {
            int j = i;
            while (j < n && sorted[j] == sorted[i]) {
                j++;
            }
            double t = j - i;
            var -= (t * t * t - t) / 48.0;
            i = j;
        }
        if (var <= 0) {
            return 1.0;
        }
        double diff = wPlus - mean;
        double corrected = Math.max(0, Math.abs(diff) - 0.5);
        double zScore = corrected / Math.sqrt(var);
        // The lower tail at −z keeps small p-values: 1 − Φ(z) cancels to 0 once Φ(z) rounds to 1 (z above ~8.3).
        return Math.min(1.0, 2 * NORMAL.cumulativeProbability(-zScore));
    }

    /**
     * McNemar's exact test: the two-sided binomial test of the discordant pairs, {@code b} (no at start, yes at
     * follow-up) against {@code c} (yes at start, no at follow-up), with p = ½. Returns 1 with no discordant pairs.
     */
    public static double mcnemarExactP(long b, long c) {
        long n = b + c;
        if (n == 0) {
            return 1.0;
        }
        BinomialDistribution bin = new BinomialDistribution(null, (int) n, 0.5);
        return Math.min(1.0, 2 * bin.cumulativeProbability((int) Math.min(b, c)));
    }

    /**
     * Newcombe's hybrid score interval (method 10) for p1 − p2 of two independent proportions, built from the
     * two Wilson intervals. {@code NaN} ends when either denominator is 0.
     */
    public static Interval newcombeDifference(long x1, long n1, long x2, long n2, double confidence) {
        if (n1 == 0 || n2 == 0) {
            return new Interval(Double.NaN, Double.NaN);
        }
        double p1 = (double) x1 / n1;
        double p2 = (double) x2 / n2;
        Interval w1 = wilson(x1, n1, confidence);
        Interval w2 = wilson(x2, n2, confidence);
        double d = p1 - p2;
        double lower = d - Math.sqrt(sq(p1 - w1.lower()) + sq(w2.upper() - p2));
        double upper = d + Math.sqrt(sq(w1.upper() - p1) + sq(p2 - w2.lower()));
        return new Interval(lower, upper);
    }

    /**
     * Proportion funnel limits at denominator {@code n} around {@code baseline}: P ∓ Φ⁻¹(p)·√(P(1 − P)/n) with
     * p = 0.975 and 0.999, clamped to [0, 1], as PHEindicatormethods computes them.
     */
    public static FunnelLimits funnelLimits(double baseline, double n) {
        double se = Math.sqrt(baseline * (1 - baseline) / n);
        double z975 = Z95;
        double z999 = NORMAL.inverseCumulativeProbability(0.999);
        return new FunnelLimits(clamp(baseline - z975 * se), clamp(baseline + z975 * se),
                clamp(baseline - z999 * se), clamp(baseline + z999 * se));
    }

    /**
     * Where x/n falls against the funnel around {@code baseline}, with PHEindicatormethods' labels and order of
     * tests: {@code Low (0.001)}, {@code Low (0.025)}, {@code High (0.001)}, {@code High (0.025)},
     * {@code Not significant}. The limits are not clamped here.
     */
    public static String funnelSignificance(double x, double n, double baseline) {
        double p = x / n;
        double se = Math.sqrt(baseline * (1 - baseline) / n);
        double z975 = Z95;
        double z999 = NORMAL.inverseCumulativeProbability(0.999);
        if (p < baseline - z999 * se) {
            return "Low (0.001)";
        }
        if (p < baseline - z975 * se) {
            return "Low (0.025)";
        }
        if (p > baseline + z999 * se) {
            return "High (0.001)";
        }
        if (p > baseline + z975 * se) {
            return "High (0.025)";
        }
        return "Not significant";
    }

    /**
     * Confidence interval for a rate of {@code x} events over denominator {@code n} (person-years, population),
     * per unit of n, as PHEindicatormethods {@code phe_rate} computes it: exact Poisson limits below 10 events,
     * lower = χ²((1 − c)/2; 2x) ÷ 2 (0 when x = 0) and upper = χ²(c + (1 − c)/2; 2x + 2) ÷ 2; Byar's approximation
     * from 10 events ({@link #byarsLower}, {@link #byarsUpper}). Both limits are then divided by n; callers apply the
     * multiplier (per 100 000 and alike). Unlike a proportion, x may exceed n. Both ends are {@code NaN} when x or
     * n is missing ({@code NaN}) or n is not positive.
     *
     * @throws IllegalArgumentException when x is negative
     */
    public static Interval rateCi(double x, double n, double confidence) {
        if (Double.isNaN(x) || !(n > 0)) {
            return new Interval(Double.NaN, Double.NaN);
        }
        if (x < 0) {
            throw new IllegalArgumentException("a rate needs 0 or more events, had " + x);
        }
        double lower;
        double upper;
        if (x < 10) {
            double alpha = 1 - confidence;
            lower = x == 0 ? 0.0 : chiSquaredQuantile(alpha / 2, 2 * x) / 2;
            upper = chiSquaredQuantile(confidence + alpha / 2, 2 * x + 2) / 2;
        } else {
            lower = byarsLower(x, confidence);
            upper = byarsUpper(x, confidence);
        }
        return new Interval(lower / n, upper / n);
    }

    /**
     * Byar's approximate lower confidence limit for a Poisson count: x(1 − 1/(9x) − z/(3√x))³; {@code NaN} when
     * that is negative (as PHEindicatormethods' {@code byars_lower} gives NA), which happens only for small x.
     */
    static double byarsLower(double x, double confidence) {
        double lower = x * Math.pow(1 - 1 / (9 * x) - z(confidence) / (3 * Math.sqrt(x)), 3);
        return lower < 0 ? Double.NaN : lower;
    }

    /** Byar's approximate upper confidence limit for a Poisson count: (x + 1)(1 − 1/(9(x + 1)) + z/(3√(x + 1)))³. */
    static double byarsUpper(double x, double confidence) {
        double y = x + 1;
        return y * Math.pow(1 - 1 / (9 * y) + z(confidence) / (3 * Math.sqrt(y)), 3);
    }

    private static double chiSquaredQuantile(double p, double degreesOfFreedom) {
        return new ChiSquaredDistribution(null, degreesOfFreedom, QUANTILE_ACCURACY).inverseCumulativeProbability(p);
    }

    /**
     * The Jacobson–Truax reliable change threshold: 1.96 × S1 × √2 × √(1 − r), where S1 is the SD at start.
     */
    public static double reliableChangeThreshold(double sdStart, double reliability) {
        return 1.96 * sdStart * Math.sqrt(2) * Math.sqrt(1 - reliability);
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    private static double sq(double v) {
        return v * v;
    }
}
