package org.recoveryoutcomes.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.recoveryoutcomes.engine.model.ReportException;
import org.recoveryoutcomes.engine.model.Settings;
import org.recoveryoutcomes.engine.model.TopItem;
import org.recoveryoutcomes.engine.model.Wording;

class SettingsReaderTest {

    @Test
    void readsAnySubsetOverTheDefaults() {
        Settings s = SettingsReader.parse("""
                {"suppression_threshold": 10, "follow_up_window_days": [28, 300],
                 "reliability": {"psych_health": 0.7}, "suppression_enabled": false}
                """, "s.json");
        assertThat(s.suppressionThreshold()).isEqualTo(10);
        assertThat(s.followUpMinDays()).isEqualTo(28);
        assertThat(s.followUpMaxDays()).isEqualTo(300);
        assertThat(s.reliability(TopItem.PSYCH_HEALTH)).isEqualTo(0.7);
        assertThat(s.suppressionEnabled()).isFalse();
        assertThat(s.retentionDays()).isEqualTo(84);
    }

    @Test
    void anEmptyObjectGivesTheDefaults() {
        assertThat(SettingsReader.parse("{}", "s.json")).isEqualTo(Settings.DEFAULTS);
    }

    @Test
    void namesAnUnknownSettingAndListsTheKnownOnes() {
        assertThatThrownBy(() -> SettingsReader.parse("{\"supression_threshold\": 3}", "s.json"))
                .isInstanceOf(ReportException.class)
                .hasMessage("settings s.json: unknown setting 'supression_threshold' (known: "
                        + String.join(", ", SettingsReader.KEYS) + ")")
                .extracting(e -> ((ReportException) e).kind()).isEqualTo(ReportException.Kind.CONFIG);
    }

    @Test
    void saysWhatAValueMustBe() {
        assertThatThrownBy(() -> SettingsReader.parse("{\"retention_days\": \"84\"}", "s.json"))
                .hasMessage("settings s.json: retention_days: give a whole number, was \"84\"");
        assertThatThrownBy(() -> SettingsReader.parse("{\"follow_up_window_days\": 35}", "s.json"))
                .hasMessage("settings s.json: follow_up_window_days: give [min, max] in days, e.g. [35, 273]");
        assertThatThrownBy(() -> SettingsReader.parse("{\"reliability\": {\"mood\": 0.5}}", "s.json"))
                .hasMessageStartingWith("settings s.json: reliability.mood: not a TOP item (alcohol_days, ");
        assertThatThrownBy(() -> SettingsReader.parse("{\"suppression_threshold\": 0}", "s.json"))
                .hasMessage("settings s.json: suppression_threshold must be 1 or more (1 hides nothing), was 0");
    }

    @Test
    void readsTheServiceTypeAsTheReportsWordingATreatmentServicesByDefault() {
        assertThat(SettingsReader.parseAll("{\"service_type\": \"peer_support\"}", "s.json").wording())
                .isEqualTo(Wording.PEER_SUPPORT);
        assertThat(SettingsReader.parseAll("{\"service_type\": \"treatment\"}", "s.json").wording())
                .isEqualTo(Wording.TREATMENT);
        assertThat(SettingsReader.parseAll("{}", "s.json").wording()).isEqualTo(Wording.TREATMENT);
        assertThat(SettingsReader.File.DEFAULTS.wording()).isEqualTo(Wording.TREATMENT);
        // a setting of the reports' words, not of the figures: the analytical settings are the defaults
        assertThat(SettingsReader.parse("{\"service_type\": \"peer_support\"}", "s.json"))
                .isEqualTo(Settings.DEFAULTS);
    }

    @Test
    void refusesAServiceTypeItDoesNotKnowListingTheOnesItDoes() {
        assertThatThrownBy(() -> SettingsReader.parseAll("{\"service_type\": \"peer_aftercare\"}", "s.json"))
                .isInstanceOfSatisfying(ReportException.class,
                        e -> assertThat(e.kind()).isEqualTo(ReportException.Kind.CONFIG))
                .hasMessage("settings s.json: service_type: 'peer_aftercare' is not a service type; give one of "
                        + "treatment (clients in treatment), peer_support (people supported)");
        assertThatThrownBy(() -> SettingsReader.parseAll("{\"service_type\": 2}", "s.json"))
                .hasMessage("settings s.json: service_type: 2 is not a service type; give one of "
                        + "treatment (clients in treatment), peer_support (people supported)");
    }

    @Test
    void reportsBrokenJsonWithItsLine() {
        assertThatThrownBy(() -> SettingsReader.parse("{\n\"retention_days\": ,}", "s.json"))
                .hasMessageStartingWith("settings s.json is not valid JSON: line 2: ");
    }
}
