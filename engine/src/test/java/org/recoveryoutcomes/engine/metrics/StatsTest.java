package org.recoveryoutcomes.engine.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.special.Erf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link Stats} on small cases worked by hand or from closed forms; the PHEindicatormethods rows are in
 * {@link PheOracleTest}.
 */
class StatsTest {

    /** z² for 95%: 1.959963984540054² = 3.8414588206941254. */
    private static final double Z95_SQUARED = Stats.Z95 * Stats.Z95;

    // ---------------------------------------------------------------- z

    @Test
    void zAtNinetyFivePercentIsTheReadmeValue() {
        // oracle/phe/README.md: z = 1.959963984540054 for c = 0.95.
        assertThat(Stats.z(0.95)).isEqualTo(1.959963984540054);
    }

    @Test
    void zAtNinetyNinePointEightPercentIsTheReadmeValue() {
        // README: z = 3.090232306167813 for c = 0.998 (R's qnorm, AS241). The exact quantile is
        // 3.0902323061678135415…; 3.090232306167813 and 3.0902323061678136 are the doubles either side of it,
        // 4.4e-16 apart. Commons Math returns the second (correctly rounded), so agreement is within one ulp.
        assertThat(Stats.z(0.998)).isCloseTo(3.090232306167813, within(1e-15));
    }

    @Test
    void zAtNinetyPercentIsTheNormalQuantileAtNinetyFive() {
        // Φ⁻¹(0.95) = 1.6448536269514722 (R: qnorm(0.95)).
        assertThat(Stats.z(0.90)).isCloseTo(1.6448536269514722, within(1e-15));
    }

    // ---------------------------------------------------------------- Wilson

    @Test
    void wilsonLowerIsExactlyZeroWhenNoneSucceed() {
        // x = 0: the root is z·√z² = z², so lower = 0 and upper = 2z² ÷ 2(n + z²) = z² ÷ (n + z²)
        // = 3.8414588206941254 ÷ 13.8414588206941254 = 0.2775327998628892.
        Stats.Interval ci = Stats.wilson(0, 10, 0.95);

        assertThat(ci.lower()).isEqualTo(0.0);
        assertThat(ci.upper()).isCloseTo(Z95_SQUARED / (10 + Z95_SQUARED), within(1e-15))
                .isCloseTo(0.2775327998628892, within(1e-15));
    }

    @Test
    void wilsonUpperIsExactlyOneWhenAllSucceed() {
        // x = n: the root is z², so lower = 2n ÷ 2(n + z²) = n ÷ (n + z²) = 10 ÷ 13.8414588206941254
        // = 0.7224672001371107, and upper = (2n + 2z²) ÷ 2(n + z²) = 1.
        Stats.Interval ci = Stats.wilson(10, 10, 0.95);

        assertThat(ci.lower()).isCloseTo(10 / (10 + Z95_SQUARED), within(1e-15))
                .isCloseTo(0.7224672001371107, within(1e-15));
        assertThat(ci.upper()).isEqualTo(1.0);
    }

    @Test
    void wilsonEndsFollowTheConfidenceLevelAtTheExtremes() {
        // At 99.8%, z² = 3.090232306167813² = 9.5495357…; x = 0 of 20 gives upper z² ÷ (20 + z²).
        double z2 = Stats.z(0.998) * Stats.z(0.998);
        Stats.Interval none = Stats.wilson(0, 20, 0.998);
        Stats.Interval all = Stats.wilson(20, 20, 0.998);

        assertThat(none.lower()).isEqualTo(0.0);
        assertThat(none.upper()).isCloseTo(z2 / (20 + z2), within(1e-15))
                .isCloseTo(0.32317041462405516, within(1e-14));
        assertThat(all.lower()).isCloseTo(20 / (20 + z2), within(1e-15))
                .isCloseTo(0.6768295853759448, within(1e-14));
        assertThat(all.upper()).isEqualTo(1.0);
    }

    @Test
    void wilsonHasNoIntervalForAZeroDenominator() {
        Stats.Interval ci = Stats.wilson(0, 0, 0.95);

        assertThat(ci.lower()).isNaN();
        assertThat(ci.upper()).isNaN();
    }

    @Test
    void wilsonHasNoIntervalForAMissingNumerator() {
        // phe_proportion returns NA for an NA numerator (oracle row P033); NaN stands for NA.
        Stats.Interval ci = Stats.wilson(Double.NaN, 100, 0.95);

        assertThat(ci.lower()).isNaN();
        assertThat(ci.upper()).isNaN();
    }

    @Test
    void wilsonRejectsANumeratorAboveTheDenominator() {
        assertThatThrownBy(() -> Stats.wilson(11, 10, 0.95)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a proportion needs 0 <= x <= n, had 11.0/10.0");
    }

    @Test
    void wilsonRejectsANegativeNumerator() {
        assertThatThrownBy(() -> Stats.wilson(-1, 10, 0.95)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a proportion needs 0 <= x <= n, had -1.0/10.0");
    }

    // ---------------------------------------------------------------- t interval

    @Test
    void meanOfTwoValuesUsesTheCauchyQuantile() {
        // With 1 df the t quantile is tan(π(p − ½)): t(0.975, 1) = tan(0.475π) = 12.706204736174707.
        // Values 1, 3: mean 2, sd √2, sd ÷ √2 = 1, so the interval is 2 ∓ 12.706204736174707.
        Stats.Interval ci = Stats.meanT(new double[] {1, 3}, 0.95);

        assertThat(ci.lower()).isCloseTo(2 - 12.706204736174707, within(1e-12));
        assertThat(ci.upper()).isCloseTo(2 + 12.706204736174707, within(1e-12));
    }

    @Test
    void meanOfThreeValuesUsesTheTwoDegreeQuantile() {
        // With 2 df the t quantile is (2p − 1) ÷ √(2p(1 − p)): at p = 0.975, 0.95 ÷ √0.04875 = 4.302652729749464.
        // Values 1, 2, 3: mean 2, sd 1, half-width 4.302652729749464 ÷ √3 = 2.484137711750331.
        Stats.Interval ci = Stats.meanT(new double[] {1, 2, 3}, 0.95);

        assertThat(ci.lower()).isCloseTo(2 - 2.484137711750331, within(1e-13));
        assertThat(ci.upper()).isCloseTo(2 + 2.484137711750331, within(1e-13));
    }

    @Test
    void meanOfOneValueHasNoInterval() {
        Stats.Interval ci = Stats.meanT(new double[] {5}, 0.95);

        assertThat(ci.lower()).isNaN();
        assertThat(ci.upper()).isNaN();
    }

    @Test
    void meanOfIdenticalValuesHasAZeroWidthInterval() {
        Stats.Interval ci = Stats.meanT(new double[] {4, 4, 4, 4}, 0.95);

        assertThat(ci.lower()).isEqualTo(4.0);
        assertThat(ci.upper()).isEqualTo(4.0);
    }

    // ---------------------------------------------------------------- median

    @Test
    void medianOfAnOddCountIsTheMiddleValue() {
        assertThat(Stats.median(new double[] {7, 1, 3})).isEqualTo(3.0);
    }

    @Test
    void medianOfAnEvenCountAveragesTheTwoMiddleValues() {
        // Sorted 1, 2, 4, 9: (2 + 4) ÷ 2 = 3.
        assertThat(Stats.median(new double[] {9, 2, 1, 4})).isEqualTo(3.0);
    }

    @Test
    void medianOfNothingIsNaN() {
        assertThat(Stats.median(new double[0])).isNaN();
    }

    @Test
    void medianLeavesTheCallersArrayInItsOrder() {
        double[] values = {9, 2, 1, 4};

        Stats.median(values);

        assertThat(values).containsExactly(9, 2, 1, 4);
    }

    // ---------------------------------------------------------------- Wilcoxon signed-rank

    @Test
    void wilcoxonThreeRisesIsTwoInEight() {
        // Differences +1, +2, +3: W+ = 6 is the largest of the 2³ = 8 equally likely sign patterns, and W+ = 0
        // the smallest; two-sided p = 2 × 1/8 = 0.25.
        assertThat(Stats.wilcoxonSignedRankP(new double[] {0, 0, 0}, new double[] {1, 2, 3})).isEqualTo(0.25);
    }

    @Test
    void wilcoxonFiveRisesIsTwoInThirtyTwo() {
        // Differences +1..+5: p = 2 × 1/32 = 0.0625.
        assertThat(Stats.wilcoxonSignedRankP(new double[] {0, 0, 0, 0, 0}, new double[] {1, 2, 3, 4, 5}))
                .isEqualTo(0.0625);
    }

    @Test
    void wilcoxonFiveFallsIsTheSameAsFiveRises() {
        assertThat(Stats.wilcoxonSignedRankP(new double[] {1, 2, 3, 4, 5}, new double[] {0, 0, 0, 0, 0}))
                .isEqualTo(0.0625);
    }

    @Test
    void wilcoxonMixedSignsCountsBothTails() {
        // Differences +1, −2, +3, −4: W+ = 1 + 3 = 4. Subset sums of {1, 2, 3, 4} that are ≤ 4: {}, 1, 2, 3, 4,
        // 1+2, 1+3 → 7 of 16; ≥ 4: 16 − 5 (those ≤ 3) = 11 of 16. p = 2 × 7/16 = 0.875.
        assertThat(Stats.wilcoxonSignedRankP(new double[] {0, 2, 0, 4}, new double[] {1, 0, 3, 0}))
                .isEqualTo(0.875);
    }

    @Test
    void wilcoxonUsesTheExactDistributionOfTiedRanks() {
        // Differences −1, +1, +1, +2, +3: |d| 1, 1, 1 share ranks 1–3 (average 2); 2 → rank 4; 3 → rank 5.
        // W+ = 2 + 2 + 4 + 5 = 13 of a total 15, so W− = 2. Conditional on the ranks {2, 2, 2, 4, 5}, the
        // sign patterns with W− ≤ 2 are: none negative (0) and each single rank-2 negative (3 ways) → 4 of 32.
        // p = 2 × 4/32 = 0.25. (Untied ranks 1..5 would give 0.125, 0.1875 or 0.3125, depending on order.)
        assertThat(Stats.wilcoxonSignedRankP(new double[] {1, 0, 0, 0, 0}, new double[] {0, 1, 1, 2, 3}))
                .isEqualTo(0.25);
    }

    @Test
    void wilcoxonWithEveryRankTiedCountsSignsOnly() {
        // Differences +1, +1, +1, −1: all ranks 2.5, so W+ = 2.5 × (number of rises). P(3 or more rises of 4)
        // = (4 + 1)/16 = 5/16, and P(3 or fewer) = 15/16. p = 2 × 5/16 = 0.625.
        assertThat(Stats.wilcoxonSignedRankP(new double[] {0, 0, 0, 1}, new double[] {1, 1, 1, 0}))
                .isEqualTo(0.625);
    }

    @Test
    void wilcoxonDropsZeroDifferences() {
        // Differences 0, 0, +1, +2, +3: the zeros are dropped (Wilcoxon's method), leaving the three-rise case.
        assertThat(Stats.wilcoxonSignedRankP(new double[] {5, 5, 0, 0, 0}, new double[] {5, 5, 1, 2, 3}))
                .isEqualTo(0.25);
    }

    @Test
    void wilcoxonOfNoChangeIsOne() {
        assertThat(Stats.wilcoxonSignedRankP(new double[] {3, 4}, new double[] {3, 4})).isEqualTo(1.0);
    }

    @Test
    void wilcoxonOfNoPairsIsNaN() {
        assertThat(Stats.wilcoxonSignedRankP(new double[0], new double[0])).isNaN();
    }

    @Test
    void wilcoxonRejectsUnpairedSamples() {
        assertThatThrownBy(() -> Stats.wilcoxonSignedRankP(new double[] {1, 2}, new double[] {1, 2, 3}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("paired samples differ in length: 2 vs 3");
    }

    @Test
    void wilcoxonRejectsAMissingValue() {
        assertThatThrownBy(() -> Stats.wilcoxonSignedRankP(new double[] {1, Double.NaN}, new double[] {2, 3}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void wilcoxonIsStillExactAtThirtyPairs() {
        // 30 distinct rises: only the all-rise and all-fall patterns are as extreme; p = 2 × 2⁻³⁰.
        assertThat(Stats.wilcoxonSignedRankP(new double[30], rising(30))).isEqualTo(2 / Math.pow(2, 30));
    }

    @Test
    void wilcoxonAboveThirtyPairsUsesTheNormalApproximation() {
        // 31 distinct rises: W+ = 31·32/2 = 496, mean 31·32/4 = 248, variance 31·32·63/24 = 2604.
        // z = (496 − 248 − 0.5) ÷ √2604 = 4.850144897830777; p = 2Φ(−z) = erfc(z/√2) ≈ 1.2337e-6
        // (the exact p would be 2 × 2⁻³¹ ≈ 9.3e-10).
        double z = (496 - 248 - 0.5) / Math.sqrt(2604);
        double expected = Erf.erfc(z / Math.sqrt(2));

        assertThat(expected).isCloseTo(1.2337131658718577e-6, within(1e-16));
        assertThat(Stats.wilcoxonSignedRankP(new double[31], rising(31)))
                .isCloseTo(expected, within(expected * 1e-12));
    }

    @Test
    void wilcoxonNormalApproximationCorrectsForTies() {
        // 40 differences: |d| = 1, 2, 3, 4, ten of each; average ranks 5.5, 15.5, 25.5, 35.5. Falls: four of the
        // 1s, three of the 2s, two of the 3s, one of the 4s. W+ = 6·5.5 + 7·15.5 + 8·25.5 + 9·35.5 = 665.
        // Mean 40·41/4 = 410. Variance 40·41·81/24 − Σ(t³ − t)/48 = 5535 − 4·990/48 = 5452.5.
        // z = (665 − 410 − 0.5) ÷ √5452.5 = 3.4465925866724185; p = erfc(z/√2) ≈ 5.677e-4.
        double[] start = new double[40];
        double[] followUp = new double[40];
        int[] falls = {4, 3, 2, 1};
        for (int size = 1; size <= 4; size++) {
            for (int k = 0; k < 10; k++) {
                int i = (size - 1) * 10 + k;
                followUp[i] = k < falls[size - 1] ? -size : size;
            }
        }
        double z = (665 - 410 - 0.5) / Math.sqrt(5452.5);
        double expected = Erf.erfc(z / Math.sqrt(2));

        assertThat(expected).isCloseTo(5.677039998238054e-4, within(1e-15));
        assertThat(Stats.wilcoxonSignedRankP(start, followUp)).isCloseTo(expected, within(expected * 1e-12));
    }

    @Test
    void wilcoxonNormalApproximationKeepsVerySmallPValues() {
        // 100 distinct rises: W+ = 5050, mean 2525, variance 100·101·201/24 = 84587.5;
        // z = 2524.5 ÷ √84587.5 = 8.680051067684394 and p = erfc(z/√2) ≈ 3.9559e-18. 1 − Φ(z) would round to 0.
        double z = 2524.5 / Math.sqrt(84587.5);
        double expected = Erf.erfc(z / Math.sqrt(2));

        assertThat(expected).isCloseTo(3.955911608899515e-18, within(1e-27));
        assertThat(Stats.wilcoxonSignedRankP(new double[100], rising(100)))
                .isCloseTo(expected, within(expected * 1e-9));
    }

    @Test
    void wilcoxonNormalApproximationAtTheCentreIsOne() {
        // 32 differences ±1..±32 with falls {24..32, 12}: W− = 252 + 12 = 264 = W+ = the mean 32·33/4, so the
        // continuity-corrected distance is 0 and p = 1.
        double[] followUp = rising(32);
        for (int fall : new int[] {12, 24, 25, 26, 27, 28, 29, 30, 31, 32}) {
            followUp[fall - 1] = -fall;
        }

        assertThat(Stats.wilcoxonSignedRankP(new double[32], followUp)).isEqualTo(1.0);
    }

    private static double[] rising(int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = i + 1;
        }
        return v;
    }

    // ---------------------------------------------------------------- McNemar

    @ParameterizedTest(name = "b = {0}, c = {1}: p = {2}")
    @CsvSource({
        // 2 × P(X ≤ 2), X ~ Bin(10, ½) = 2 × (1 + 10 + 45)/1024 = 112/1024
        "8, 2, 0.109375",
        "2, 8, 0.109375",
        // 2 × P(X ≤ 0), X ~ Bin(6, ½) = 2/64
        "0, 6, 0.03125",
        // 2 × P(X ≤ 1), X ~ Bin(12, ½) = 2 × 13/4096
        "11, 1, 0.00634765625",
        // b = c: the doubled tail passes 1 and is capped
        "5, 5, 1",
        // no discordant pairs
        "0, 0, 1"})
    void mcnemarExactIsTheDoubledBinomialTail(long b, long c, double p) {
        assertThat(Stats.mcnemarExactP(b, c)).isCloseTo(p, within(1e-15));
    }

    // ---------------------------------------------------------------- Newcombe

    @ParameterizedTest(name = "{0}/{1} − {2}/{3}: {4} to {5}")
    @CsvSource({
        // Newcombe (1998), Statistics in Medicine 17:873–890, Table II, method 10 (score, no continuity
        // correction), printed to 4 d.p. Our formula values, to 6 d.p., are in the trailing comments.
        "56, 70, 48, 80, 0.0524, 0.3339",   // 0.052431, 0.333873
        "9, 10, 3, 10, 0.1705, 0.8090",     // 0.170523, 0.809018
        // The brief quoted 0.0381 for this lower limit; the method 10 formula gives 0.058228, which is the
        // value we pin (0.0381 is example (d)'s lower limit, negated).
        "6, 7, 2, 7, 0.0582, 0.8062",       // 0.058228, 0.806250
        "5, 56, 0, 29, -0.0381, 0.1926",    // -0.038137, 0.192560
        "0, 10, 0, 20, -0.1611, 0.2775",    // -0.161125, 0.277533
        "10, 10, 0, 20, 0.6791, 1.0000"})   // 0.679086, 1 exactly
    void newcombeMatchesThePublishedExamples(long x1, long n1, long x2, long n2, double lower, double upper) {
        Stats.Interval ci = Stats.newcombeDifference(x1, n1, x2, n2, 0.95);

        assertThat(ci.lower()).isCloseTo(lower, within(0.5e-4));
        assertThat(ci.upper()).isCloseTo(upper, within(0.5e-4));
    }

    @Test
    void newcombeIsBuiltFromTheTwoWilsonIntervals() {
        // L = d − √((p1 − l1)² + (u2 − p2)²), U = d + √((u1 − p1)² + (p2 − l2)²), from the Wilson limits.
        Stats.Interval w1 = Stats.wilson(56, 70, 0.95);
        Stats.Interval w2 = Stats.wilson(48, 80, 0.95);
        double p1 = 0.8;
        double p2 = 0.6;
        double lower = 0.2 - Math.sqrt(Math.pow(p1 - w1.lower(), 2) + Math.pow(w2.upper() - p2, 2));
        double upper = 0.2 + Math.sqrt(Math.pow(w1.upper() - p1, 2) + Math.pow(p2 - w2.lower(), 2));

        Stats.Interval ci = Stats.newcombeDifference(56, 70, 48, 80, 0.95);

        assertThat(ci.lower()).isCloseTo(lower, within(1e-15)).isCloseTo(0.0524314724023649, within(1e-15));
        assertThat(ci.upper()).isCloseTo(upper, within(1e-15)).isCloseTo(0.333872654036906, within(1e-15));
    }

    @Test
    void newcombeReachesExactlyOneWhenEveryoneVersusNoOne() {
        assertThat(Stats.newcombeDifference(10, 10, 0, 20, 0.95).upper()).isEqualTo(1.0);
    }

    @Test
    void newcombeHasNoIntervalWhenEitherGroupIsEmpty() {
        assertThat(Stats.newcombeDifference(0, 0, 3, 10, 0.95).lower()).isNaN();
        assertThat(Stats.newcombeDifference(3, 10, 0, 0, 0.95).upper()).isNaN();
    }

    // ---------------------------------------------------------------- Poisson rates

    @Test
    void rateOfNoEventsHasLowerZeroAndTheExponentialUpperLimit() {
        // χ² with 2 df is exponential with mean 2, so χ²(p; 2) ÷ 2 = −ln(1 − p): upper = −ln(0.025)
        // = 3.6888794541139363 events, over n = 1000.
        Stats.Interval ci = Stats.rateCi(0, 1000, 0.95);

        assertThat(ci.lower()).isEqualTo(0.0);
        assertThat(ci.upper()).isCloseTo(-Math.log(0.025) / 1000, within(1e-17));
    }

    @Test
    void rateOfOneEventHasTheExponentialLowerLimit() {
        // Lower = χ²(0.025; 2) ÷ 2 = −ln(0.975) = 0.025317807984289897 (PHE oracle R001: 2.5317807984289897E-2 per
        // 100 with n = 100).
        assertThat(Stats.rateCi(1, 1, 0.95).lower()).isCloseTo(-Math.log(0.975), within(1e-16));
    }

    @Test
    void rateSwitchesToByarsAtTenEvents() {
        // Nine events: exact χ² limits; ten: Byar's, 10(1 − 1/90 − 1.959963984540054/(3√10))³ = 4.787449913967563.
        Stats.Interval ten = Stats.rateCi(10, 1, 0.95);
        double byars = 10 * Math.pow(1 - 1.0 / 90 - Stats.Z95 / (3 * Math.sqrt(10)), 3);

        assertThat(ten.lower()).isEqualTo(byars).isCloseTo(4.787449913967563, within(1e-14));
        assertThat(Stats.rateCi(9, 1, 0.95).lower()).isNotEqualTo(Stats.byarsLower(9, 0.95));
    }

    @Test
    void rateAllowsMoreEventsThanTheDenominator() {
        // phe_rate allows 250 events over 220 (oracle R036: lower 99984.947385328764 per 100 000).
        assertThat(Stats.rateCi(250, 220, 0.95).lower()).isCloseTo(0.99984947385328764, within(1e-14));
    }

    @Test
    void rateHasNoIntervalForAZeroDenominator() {
        assertThat(Stats.rateCi(3, 0, 0.95).upper()).isNaN();
    }

    @Test
    void rateRejectsNegativeEvents() {
        assertThatThrownBy(() -> Stats.rateCi(-1, 10, 0.95)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a rate needs 0 or more events, had -1.0");
    }

    // ---------------------------------------------------------------- reliable change, funnels

    @Test
    void reliableChangeThresholdIsJacobsonTruax() {
        // 1.96 × 4 × √2 × √0.2 = 7.84 × √0.4 = 4.958451371144019.
        assertThat(Stats.reliableChangeThreshold(4, 0.8)).isCloseTo(4.958451371144019, within(1e-14));
    }

    @Test
    void reliableChangeThresholdWithPerfectUnreliabilityIsTwoStandardErrorsOfADifference() {
        // r = 0: 1.96 × 10 × √2 = 27.718585822512665.
        assertThat(Stats.reliableChangeThreshold(10, 0)).isCloseTo(27.718585822512665, within(1e-13));
    }

    @Test
    void funnelLimitsAreClampedToZeroAndOne() {
        // P = 0.9, n = 4: se = √(0.09/4) = 0.15. Upper 95% = 0.9 + 1.96·0.15 > 1 → 1; lower 95% = 0.9 −
        // 1.959963984540054·0.15 = 0.6060054023189919; lower 99.8% = 0.9 − 3.090232306167813·0.15 = 0.43646515…
        Stats.FunnelLimits f = Stats.funnelLimits(0.9, 4);

        assertThat(f.upper95()).isEqualTo(1.0);
        assertThat(f.upper998()).isEqualTo(1.0);
        assertThat(f.lower95()).isCloseTo(0.9 - Stats.Z95 * 0.15, within(1e-15))
                .isCloseTo(0.6060054023189919, within(1e-15));
        assertThat(f.lower998()).isCloseTo(0.43646515407482805, within(1e-15));
    }

    @ParameterizedTest(name = "{0}/{1} against 50%: {2}")
    @CsvSource({
        // n = 100, P = 0.5: se = 0.05; 95% limits 0.5 ∓ 0.098, 99.8% limits 0.5 ∓ 0.1545.
        "34, 100, Low (0.001)",
        "38, 100, Low (0.025)",
        "50, 100, Not significant",
        "59, 100, Not significant",
        "62, 100, High (0.025)",
        "66, 100, High (0.001)"})
    void funnelSignificanceNamesTheBandAProportionFallsIn(double x, double n, String expected) {
        assertThat(Stats.funnelSignificance(x, n, 0.5)).isEqualTo(expected);
    }
}
