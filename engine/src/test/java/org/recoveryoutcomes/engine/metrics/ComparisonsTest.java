package org.recoveryoutcomes.engine.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.recoveryoutcomes.engine.metrics.Fixtures.S;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recoveryoutcomes.engine.model.Comparison;
import org.recoveryoutcomes.engine.model.CountValue;
import org.recoveryoutcomes.engine.model.Funnel;
import org.recoveryoutcomes.engine.model.GroupLevel;
import org.recoveryoutcomes.engine.model.MetricValue;
import org.recoveryoutcomes.engine.model.Polarity;
import org.recoveryoutcomes.engine.model.ProportionValue;

/**
 * 30 of 50 is 60% with Wilson 95% CI 46.18–72.39: (2x + z² ∓ z√(z² + 4x(1 − x/n))) ÷ 2(n + z²) with x = 30,
 * n = 50, z² = 3.8415 gives (63.8415 ∓ 14.1122) ÷ 107.683.
 */
class ComparisonsTest {

    private static final ProportionValue SIXTY_PERCENT = Figures.proportion(30, 50, S);

    @Test
    void sixtyPercentOfFiftyHasTheWilsonInterval() {
        assertThat(SIXTY_PERCENT.lower95()).isCloseTo(46.18, within(0.01));
        assertThat(SIXTY_PERCENT.upper95()).isCloseTo(72.39, within(0.01));
    }

    @ParameterizedTest(name = "comparator {0}% with {1} is {2}")
    @CsvSource({
            "40, HIGH_IS_GOOD, BETTER",   // the whole CI lies above the comparator
            "40, LOW_IS_GOOD, WORSE",
            "80, HIGH_IS_GOOD, WORSE",    // the whole CI lies below the comparator
            "80, LOW_IS_GOOD, BETTER",
            "50, HIGH_IS_GOOD, SIMILAR",  // inside the CI
            "50, LOW_IS_GOOD, SIMILAR",
            "40, NO_JUDGEMENT, NOT_COMPARED",
            "80, NO_JUDGEMENT, NOT_COMPARED"})
    void readsTheComparatorAgainstTheIntervalWithThePolarity(double comparator, Polarity polarity,
                                                            Comparison expected) {
        assertThat(Comparisons.judge(SIXTY_PERCENT, comparator, polarity, S)).isEqualTo(expected);
    }

    @Test
    void aComparatorOnTheIntervalLimitIsSimilar() {
        assertThat(Comparisons.judge(SIXTY_PERCENT, SIXTY_PERCENT.lower95(), Polarity.HIGH_IS_GOOD, S))
                .isEqualTo(Comparison.SIMILAR);
        assertThat(Comparisons.judge(SIXTY_PERCENT, SIXTY_PERCENT.upper95(), Polarity.LOW_IS_GOOD, S))
                .isEqualTo(Comparison.SIMILAR);
    }

    @Test
    void aDenominatorUnderTenIsNotComparedAndTenIs() {
        // 9 of 9: CI 70.1–100, far above 10% — still not compared. 10 of 10: CI 72.2–100 → better.
        assertThat(Comparisons.judge(Figures.proportion(9, 9, S), 10, Polarity.HIGH_IS_GOOD, S))
                .isEqualTo(Comparison.NOT_COMPARED);
        assertThat(Comparisons.judge(Figures.proportion(10, 10, S), 10, Polarity.HIGH_IS_GOOD, S))
                .isEqualTo(Comparison.BETTER);
        assertThat(Comparisons.judge(Figures.proportion(0, 0, S), 10, Polarity.HIGH_IS_GOOD, S))
                .isEqualTo(Comparison.NOT_COMPARED);
    }

    @Test
    void funnelLimitsSurroundTheComparatorAtTheFiguresDenominator() {
        // Around 40% at n = 50: se = √(0.4 × 0.6 / 50) = 0.069282.
        // 95%: 0.4 ∓ 1.959964 × se = 26.421–53.579; 99.8%: 0.4 ∓ 3.090232 × se = 18.590–61.410.
        // 60% lies above the 95% but inside the 99.8% limit → High (0.025).
        Funnel funnel = Comparisons.funnel(30, 50, 40);

        assertThat(funnel.baseline()).isEqualTo(40.0);
        assertThat(funnel.lower95()).isCloseTo(26.421, within(0.001));
        assertThat(funnel.upper95()).isCloseTo(53.579, within(0.001));
        assertThat(funnel.lower998()).isCloseTo(18.590, within(0.001));
        assertThat(funnel.upper998()).isCloseTo(61.410, within(0.001));
        assertThat(funnel.significance()).isEqualTo("High (0.025)");
    }

    @Test
    void comparesEveryProportionWithTheComparatorGroupsFigure() {
        Map<String, MetricValue> metrics = new LinkedHashMap<>();
        metrics.put("contacts", Figures.count(50, S));
        metrics.put("repeat_attendance", SIXTY_PERCENT);
        metrics.put("retained_12_weeks", Figures.proportion(5, 10, S));
        Map<String, MetricValue> borough = Map.of(
                "contacts", Figures.count(500, S),
                "repeat_attendance", Figures.proportion(40, 100, S),
                "retained_12_weeks", Figures.proportion(0, 0, S));
        Map<String, Polarity> polarities = Map.of("repeat_attendance", Polarity.HIGH_IS_GOOD,
                "retained_12_weeks", Polarity.HIGH_IS_GOOD);

        Map<String, MetricValue> out = Comparisons.apply(metrics, borough, "borough:Ealing", Map.of(), polarities, S);

        assertThat(out.keySet()).containsExactly("contacts", "repeat_attendance", "retained_12_weeks");
        assertThat(out.get("contacts")).isEqualTo(new CountValue(50, false));
        ProportionValue repeat = (ProportionValue) out.get("repeat_attendance");
        assertThat(repeat.comparison()).isEqualTo(Comparison.BETTER);
        assertThat(repeat.comparator()).isEqualTo("borough:Ealing");
        assertThat(repeat.comparatorValue()).isEqualTo(40.0);
        assertThat(repeat.funnel()).isEqualTo(Comparisons.funnel(30, 50, 40.0));
        // The borough has no figure for retention: nothing to compare with.
        ProportionValue retained = (ProportionValue) out.get("retained_12_weeks");
        assertThat(retained.comparison()).isNull();
        assertThat(retained.comparator()).isNull();
        assertThat(retained.funnel()).isNull();
    }

    @Test
    void comparesWithTheTemplatesFixedValueWhereOneIsGiven() {
        Map<String, MetricValue> metrics = new LinkedHashMap<>();
        metrics.put("repeat_attendance", SIXTY_PERCENT);
        metrics.put("did_not_attend_rate", SIXTY_PERCENT);
        Map<String, Polarity> polarities = Map.of("repeat_attendance", Polarity.HIGH_IS_GOOD,
                "did_not_attend_rate", Polarity.LOW_IS_GOOD);

        Map<String, MetricValue> out = Comparisons.apply(metrics, Map.of(), "value",
                Map.of("did_not_attend_rate", 80.0), polarities, S);

        ProportionValue dna = (ProportionValue) out.get("did_not_attend_rate");
        assertThat(dna.comparison()).isEqualTo(Comparison.BETTER);
        assertThat(dna.comparator()).isEqualTo("value");
        assertThat(dna.comparatorValue()).isEqualTo(80.0);
        assertThat(((ProportionValue) out.get("repeat_attendance")).comparison()).isNull();
    }

    @Test
    void aSmallFigureIsNotComparedButKeepsItsFunnel() {
        ProportionValue small = Comparisons.compare(Figures.proportion(3, 6, S), 20.0, "all", Polarity.HIGH_IS_GOOD,
                S);

        assertThat(small.comparison()).isEqualTo(Comparison.NOT_COMPARED);
        assertThat(small.comparatorValue()).isEqualTo(20.0);
        assertThat(small.funnel()).isNotNull();
        assertThat(Comparisons.compare(Figures.proportion(0, 0, S), 20.0, "all", Polarity.HIGH_IS_GOOD, S).funnel())
                .isNull();
    }

    @ParameterizedTest(name = "{0} compares {1} with {2}")
    @CsvSource(nullValues = "none", value = {
            "parent, PROJECT, borough:Ealing",
            "parent, BOROUGH, all",
            "parent, ALL, none",
            "all, PROJECT, all",
            "all, BOROUGH, all",
            "all, ALL, none",
            "value, PROJECT, none",
            "value, ALL, none"})
    void picksTheComparatorGroup(String comparator, GroupLevel level, String expected) {
        assertThat(Comparisons.comparatorGroup(comparator, level, "Ealing")).isEqualTo(expected);
    }

    @Test
    void rejectsAnUnknownComparatorSayingWhatIsAllowed() {
        assertThatThrownBy(() -> Comparisons.checkComparator("borough"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("comparator 'borough' is not understood: write parent (project vs borough, borough vs "
                        + "all), all or value");
    }
}
