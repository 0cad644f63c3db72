package org.recoveryoutcomes.engine.model;

/**
 * A proportion, in percent: value = 100 × numerator ÷ denominator with its Wilson score 95% CI; all three are
 * {@code null} when the denominator is 0. Comparison, funnel, trends and the start-of-treatment figure are
 * {@code null} where not computed. This class is immutable.
 *
 * <p>{@code ProportionValue.of(12, 30, 24.6, 57.7, false).withComparison(Comparison.SIMILAR, "borough:Ealing", 45.0)}
 *
 * @param suppressed true when numerator, denominator or denominator − numerator is a small number
 * @param comparison better, similar, worse or not compared against the comparator
 * @param comparator what was compared with, e.g. {@code borough:Ealing}, {@code all} or {@code value}
 * @param comparatorValue the comparator's value in percent
 * @param funnel funnel limits around the comparator at this denominator
 * @param vsPrevious change against the previous period
 * @param vsYearBefore change against the same period a year before
 * @param atStart the same proportion at the start TOP over the same pairs (in_paid_work and alike)
 * @param pValue the paired test's p-value (McNemar exact, start vs follow-up) where one applies
 * @param denominatorShown true for a suppressed proportion whose denominator is published all the same: what else is
 *     published gives it exactly and it is not a small number, so hiding it would protect nothing (metrics.md,
 *     Disclosure control); always false for a proportion that is shown
 */
public record ProportionValue(long numerator, long denominator, Double value, Double lower95, Double upper95,
                              boolean suppressed, Comparison comparison, String comparator, Double comparatorValue,
                              Funnel funnel, Trend vsPrevious, Trend vsYearBefore, ProportionValue atStart,
                              Double pValue, boolean denominatorShown) implements MetricValue {

    public ProportionValue {
        if (numerator < 0 || denominator < 0 || numerator > denominator) {
            throw new IllegalArgumentException("a proportion needs 0 <= numerator <= denominator, had " + numerator
                    + "/" + denominator);
        }
    }

    /** A plain proportion; value = 100 × n ÷ d, or {@code null} when d = 0. */
    public static ProportionValue of(long numerator, long denominator, Double lower95, Double upper95,
                                     boolean suppressed) {
        Double value = denominator == 0 ? null : 100.0 * numerator / denominator;
        return new ProportionValue(numerator, denominator, value, lower95, upper95, suppressed, null, null, null,
                null, null, null, null, null, false);
    }

    public ProportionValue withComparison(Comparison c, String comparatorName, Double comparatorPercent) {
        return new ProportionValue(numerator, denominator, value, lower95, upper95, suppressed, c, comparatorName,
                comparatorPercent, funnel, vsPrevious, vsYearBefore, atStart, pValue, denominatorShown);
    }

    public ProportionValue withFunnel(Funnel f) {
        return new ProportionValue(numerator, denominator, value, lower95, upper95, suppressed, comparison,
                comparator, comparatorValue, f, vsPrevious, vsYearBefore, atStart, pValue, denominatorShown);
    }

    public ProportionValue withTrends(Trend previous, Trend yearBefore) {
        return new ProportionValue(numerator, denominator, value, lower95, upper95, suppressed, comparison,
                comparator, comparatorValue, funnel, previous, yearBefore, atStart, pValue, denominatorShown);
    }

    public ProportionValue withStart(ProportionValue start, Double p) {
        return new ProportionValue(numerator, denominator, value, lower95, upper95, suppressed, comparison,
                comparator, comparatorValue, funnel, vsPrevious, vsYearBefore, start, p, denominatorShown);
    }
}
