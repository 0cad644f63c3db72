package org.recoveryoutcomes.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SettingsTest {

    @Test
    void defaultsAreThoseOfMetricsMd() {
        Settings s = Settings.DEFAULTS;
        assertThat(s.followUpMinDays()).isEqualTo(35);
        assertThat(s.followUpMaxDays()).isEqualTo(273);
        assertThat(s.followUpTargetDays()).isEqualTo(182);
        assertThat(s.engagementGapDays()).isEqualTo(56);
        assertThat(s.retentionDays()).isEqualTo(84);
        assertThat(s.outcomePeriodMonths()).isEqualTo(12);
        assertThat(s.suppressionThreshold()).isEqualTo(5);
        assertThat(s.minDenominatorForComparison()).isEqualTo(10);
        assertThat(s.reliability(TopItem.OPIATES_DAYS)).isEqualTo(0.80);
        assertThat(s.reliability(TopItem.PSYCH_HEALTH)).isEqualTo(0.80);
    }

    @Test
    void smallNumbersAreOneToFourAndZeroIsShown() {
        assertThat(Settings.DEFAULTS.isSmall(0)).isFalse();
        assertThat(Settings.DEFAULTS.isSmall(1)).isTrue();
        assertThat(Settings.DEFAULTS.isSmall(4)).isTrue();
        assertThat(Settings.DEFAULTS.isSmall(5)).isFalse();
    }

    @Test
    void perItemReliabilityOverridesTheDefault() {
        Settings s = Settings.builder().reliability(TopItem.PSYCH_HEALTH, 0.7).reliabilityDays(0.9).build();
        assertThat(s.reliability(TopItem.PSYCH_HEALTH)).isEqualTo(0.7);
        assertThat(s.reliability(TopItem.QUALITY_OF_LIFE)).isEqualTo(0.8);
        assertThat(s.reliability(TopItem.ALCOHOL_DAYS)).isEqualTo(0.9);
    }

    @Test
    void saysWhichSettingIsWrongAndWhatItMustBe() {
        assertThatThrownBy(() -> Settings.builder().followUpWindowDays(100, 50).build())
                .hasMessage("follow_up_window_days must be [min, max] with 0 <= min <= max, was [100, 50]");
        assertThatThrownBy(() -> Settings.builder().followUpTargetDays(300).build())
                .hasMessage("follow_up_target_days (300) must lie inside follow_up_window_days [35, 273]");
        assertThatThrownBy(() -> Settings.builder().reliabilityScores(1.0).build())
                .hasMessage("reliability_scores must be a reliability from 0 up to (not including) 1, was 1.0");
        assertThatThrownBy(() -> Settings.builder().suppressionThreshold(0).build())
                .hasMessage("suppression_threshold must be 1 or more (1 hides nothing), was 0");
    }
}
