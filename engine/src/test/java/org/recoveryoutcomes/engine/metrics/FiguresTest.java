package org.recoveryoutcomes.engine.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.recoveryoutcomes.engine.model.ChangeValue;
import org.recoveryoutcomes.engine.model.MeanValue;
import org.recoveryoutcomes.engine.model.ProportionValue;
import org.recoveryoutcomes.engine.model.Settings;

class FiguresTest {

    static final Settings S = Settings.DEFAULTS;

    @Test
    void aProportionIsSuppressedWhenNumeratorDenominatorOrTheRestIsSmall() {
        assertThat(Figures.proportion(3, 20, S).suppressed()).isTrue();
        assertThat(Figures.proportion(17, 20, S).suppressed()).isTrue();
        assertThat(Figures.proportion(0, 4, S).suppressed()).isTrue();
        assertThat(Figures.proportion(5, 10, S).suppressed()).isFalse();
        assertThat(Figures.proportion(0, 10, S).suppressed()).isFalse();
    }

    @Test
    void aProportionOfNothingHasNoValue() {
        ProportionValue p = Figures.proportion(0, 0, S);
        assertThat(p.value()).isNull();
        assertThat(p.lower95()).isNull();
        assertThatThrownBy(() -> Figures.proportion(3, 0, S))
                .hasMessage("a proportion needs 0 <= numerator <= denominator, had 3/0");
    }

    @Test
    void missingValuesAreLeftOutOfMeansNeverReadAsZero() {
        // 2, 4, 9 (NaN dropped): mean 5, median 4.
        MeanValue m = Figures.mean(new double[] {2, Double.NaN, 4, 9}, S);
        assertThat(m.n()).isEqualTo(3);
        assertThat(m.mean()).isEqualTo(5.0);
        assertThat(m.median()).isEqualTo(4.0);
    }

    @Test
    void aPairWithEitherEndMissingIsLeftOutOfAChange() {
        // Pairs kept: (8 → 11), (10 → 12): changes 3 and 2, mean 2.5.
        ChangeValue c = Figures.change(new double[] {8, Double.NaN, 10, 7}, new double[] {11, 14, 12, Double.NaN}, S);
        assertThat(c.n()).isEqualTo(2);
        assertThat(c.meanStart()).isEqualTo(9.0);
        assertThat(c.meanFollowUp()).isEqualTo(11.5);
        assertThat(c.meanChange()).isEqualTo(2.5);
        assertThat(c.suppressed()).isTrue();
        assertThatThrownBy(() -> Figures.change(new double[] {1}, new double[] {1, 2}, S))
                .hasMessage("paired values differ in length: 1 starts, 2 follow-ups");
    }
}
