package org.recoveryoutcomes.engine.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.recoveryoutcomes.engine.model.Comparison;
import org.recoveryoutcomes.engine.model.Polarity;
import org.recoveryoutcomes.engine.model.ProportionValue;
import org.recoveryoutcomes.engine.model.Trend;

/** Worse and worsening: worse than the comparator and significantly worse than an earlier period. */
class FlagsTest {

    private static final Trend FELL = new Trend("2026/27-Q1", 60.0, -20.0, -35.0, -4.0, true);
    private static final Trend ROSE = new Trend("2026/27-Q1", 20.0, 20.0, 4.0, 35.0, true);
    private static final Trend FELL_NOT_SIGNIFICANTLY = new Trend("2026/27-Q1", 45.0, -5.0, -20.0, 10.0, false);

    private static ProportionValue figure(Comparison c, Trend previous, Trend yearBefore) {
        return ProportionValue.of(16, 40, 26.0, 55.0, false).withComparison(c, "borough:Ealing", 60.0)
                .withTrends(previous, yearBefore);
    }

    @Test
    void flagsAFigureWorseThanItsComparatorThatFellSignificantlyWhereHighIsGood() {
        assertThat(Flags.worseAndWorsening(figure(Comparison.WORSE, FELL, null), Polarity.HIGH_IS_GOOD)).isTrue();
        assertThat(Flags.worseAndWorsening(figure(Comparison.WORSE, null, FELL), Polarity.HIGH_IS_GOOD)).isTrue();
    }

    @Test
    void readsTheDirectionWithThePolarity() {
        assertThat(Flags.worseAndWorsening(figure(Comparison.WORSE, ROSE, null), Polarity.LOW_IS_GOOD)).isTrue();
        assertThat(Flags.worseAndWorsening(figure(Comparison.WORSE, ROSE, null), Polarity.HIGH_IS_GOOD)).isFalse();
        assertThat(Flags.worseAndWorsening(figure(Comparison.WORSE, FELL, null), Polarity.NO_JUDGEMENT)).isFalse();
    }

    @Test
    void needsBothAWorseComparisonAndASignificantDeterioration() {
        assertThat(Flags.worseAndWorsening(figure(Comparison.SIMILAR, FELL, FELL), Polarity.HIGH_IS_GOOD)).isFalse();
        assertThat(Flags.worseAndWorsening(figure(Comparison.NOT_COMPARED, FELL, null), Polarity.HIGH_IS_GOOD))
                .isFalse();
        assertThat(Flags.worseAndWorsening(figure(Comparison.WORSE, FELL_NOT_SIGNIFICANTLY, ROSE),
                Polarity.HIGH_IS_GOOD)).isFalse();
        assertThat(Flags.worseAndWorsening(figure(Comparison.WORSE, null, null), Polarity.HIGH_IS_GOOD)).isFalse();
        assertThat(Flags.worseAndWorsening(null, Polarity.HIGH_IS_GOOD)).isFalse();
    }
}
