package org.recoveryoutcomes.engine.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recoveryoutcomes.engine.model.GroupResult;
import org.recoveryoutcomes.engine.model.MetricsResult;
import org.recoveryoutcomes.engine.model.Polarity;
import org.recoveryoutcomes.engine.render.ReportContent;

/**
 * Secondary suppression on the fixture: Ealing = BAT + EHR, Hounslow = HRC, all = Ealing + Hounslow.
 */
class MaskingTest {

    private static final MetricsResult METRICS = ReportFixture.metrics();

    @Test
    void hidesWhatPrimarySuppressionHides() {
        Masking mask = mask(null);
        // HRC abstinent_crack 3/9: numerator 3 is small.
        assertThat(mask.hidden(group("project:HRC"), "abstinent_crack")).isTrue();
        assertThat(mask.hidden(group("project:HRC"), "abstinent_opiates")).isFalse();
    }

    @Test
    void hidesTheOtherPartWhenOneOfTwoIsHidden() {
        // new_clients: EHR 3 is small, BAT 40 would give it away as Ealing 43 − 40.
        Masking mask = mask(null);
        assertThat(mask.hidden(group("project:EHR"), "new_clients")).isTrue();
        assertThat(mask.hidden(group("project:BAT"), "new_clients")).isTrue();
        assertThat(mask.hidden(group("borough:Ealing"), "new_clients")).isFalse();
        assertThat(mask.hidden(group("all"), "new_clients")).isFalse();
    }

    @Test
    void protectsASmallPartTheReportLeavesOutButWhoseTotalItShows() {
        // A report on BAT shows Ealing and BAT but not EHR: EHR's 3 new clients = Ealing − BAT.
        Masking mask = mask("project:BAT");
        assertThat(mask.hidden(group("project:BAT"), "new_clients")).isTrue();
        // A part left out that is not small may be worked out: nothing to protect (EHR has 180 clients seen).
        assertThat(mask.hidden(group("project:BAT"), "clients_seen")).isFalse();
    }

    @Test
    void hidesTheSmallestPartOfAHiddenTotalWhosePartsAreAllShown() {
        // volunteers_active in a report on Ealing: HRC (4, small) is left out, so Ealing (20) is hidden, else
        // HRC = all (24) − Ealing. Ealing's parts BAT (12) + EHR (8) would give it back, so the smaller, EHR, is
        // hidden, and then BAT too: with EHR the only unknown part, BAT would let Ealing − BAT recover it.
        Masking mask = mask("borough:Ealing");
        assertThat(mask.hidden(group("borough:Ealing"), "volunteers_active")).isTrue();
        assertThat(mask.hidden(group("project:EHR"), "volunteers_active")).isTrue();
        assertThat(mask.hidden(group("project:BAT"), "volunteers_active")).isTrue();
        assertThat(mask.hidden(group("all"), "volunteers_active")).isFalse();
    }

    @Test
    void protectsTheOnlyHiddenPartOfABreakdown() {
        // BAT's contacts by type: other 3 is small; outreach 21 is the smallest other non-zero part.
        Masking mask = mask(null);
        GroupResult bat = group("project:BAT");
        List<String> parts = List.of("drop_in", "one_to_one", "group", "activity", "phone", "outreach", "other");
        for (int i = 0; i < parts.size(); i++) {
            assertThat(mask.hiddenPart(bat, "contacts_by_type", i)).as(parts.get(i))
                    .isEqualTo(i >= 5);
        }
        // HRC has two small parts (outreach 4, other 3): neither can be worked out alone.
        GroupResult hrc = group("project:HRC");
        assertThat(mask.hiddenPart(hrc, "contacts_by_type", 4)).isFalse();
        assertThat(mask.hiddenPart(hrc, "contacts_by_type", 5)).isTrue();
        assertThat(mask.hiddenPart(hrc, "contacts_by_type", 6)).isTrue();
    }

    @Test
    void hidesNothingInAWorkingCopy() {
        Masking mask = new Masking(new ReportContent(METRICS, ReportFixture.template("borough-comparison"),
                ReportFixture.options(false, null)));
        assertThat(mask.hidden(group("project:HRC"), "abstinent_crack")).isFalse();
        assertThat(mask.hidden(group("project:BAT"), "new_clients")).isFalse();
        assertThat(mask.hiddenPart(group("project:BAT"), "contacts_by_type", 6)).isFalse();
    }

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

    private static Masking mask(String focus) {
        return new Masking(new ReportContent(METRICS, ReportFixture.template("borough-comparison"),
                ReportFixture.options(true, focus)));
    }

    private static GroupResult group(String key) {
        return METRICS.group(key);
    }
}
