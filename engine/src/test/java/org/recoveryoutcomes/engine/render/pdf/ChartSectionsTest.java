package org.recoveryoutcomes.engine.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recoveryoutcomes.engine.model.Polarity;

class ChartSectionsTest {

    /**
     * Around 40% at n = 100 the standard error is √(0.4 × 0.6 / 100) = 4.90 points, so the 95% limits are
     * 40 ± 9.6 and the 99.8% limits 40 ± 15.1.
     */
    @ParameterizedTest
    @CsvSource({
        "52, HIGH_IS_GOOD, Above the upper 95% limit (better)",
        "56, HIGH_IS_GOOD, Above the upper 99.8% limit (better)",
        "52, LOW_IS_GOOD, Above the upper 95% limit (worse)",
        "24, HIGH_IS_GOOD, Below the lower 99.8% limit (worse)",
        "31, HIGH_IS_GOOD, Within the 95% limits",
        "49.5, HIGH_IS_GOOD, Within the 95% limits",
        "52, NO_JUDGEMENT, Above the upper 95% limit"})
    void placesAFigureAgainstTheFunnelLimits(double percent, Polarity polarity, String expected) {
        assertThat(ChartSections.funnelPosition(percent, 100, 40, polarity)).isEqualTo(expected);
    }
}
