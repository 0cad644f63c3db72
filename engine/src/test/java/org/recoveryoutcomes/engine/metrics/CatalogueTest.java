package org.recoveryoutcomes.engine.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.recoveryoutcomes.engine.model.MetricDefinition;
import org.recoveryoutcomes.engine.model.MetricKind;
import org.recoveryoutcomes.engine.model.Polarity;
import org.recoveryoutcomes.engine.model.Settings;

class CatalogueTest {

    private static final List<MetricDefinition> CATALOGUE = Catalogue.of(new FakeTopOutcomes().definitions(),
            Settings.DEFAULTS);

    private static MetricDefinition def(List<MetricDefinition> defs, String id) {
        return defs.stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void putsTheTopOutcomesBetweenCoverageAndCompletions() {
        assertThat(CATALOGUE).extracting(MetricDefinition::id).containsExactly("contacts", "clients_seen",
                "new_clients", "contacts_per_client", "repeat_attendance", "retained_12_weeks",
                "did_not_attend_rate", "volunteers_active", "volunteer_hours", "contacts_by_type",
                "top_start_coverage", "top_follow_up_coverage", "fake_pairs", "fake_exit_share",
                "successful_completions", "successful_completion_rate", "completed_no_representation",
                "completed_no_representation_opiate", "completed_no_representation_non_opiate",
                "effective_engagement");
    }

    @Test
    void givesADenominatorToProportionsAndMeansOnly() {
        assertThat(CATALOGUE).allSatisfy(d -> {
            boolean hasDenominator = d.kind() == MetricKind.PROPORTION || d.kind() == MetricKind.MEAN;
            assertThat(d.denominator() != null).as(d.id()).isEqualTo(hasDenominator);
            assertThat(d.domain()).isIn("engagement", "coverage", "substance_use", "reintegration", "health",
                    "completions");
        });
    }

    @Test
    void judgesRatesButNotCounts() {
        assertThat(def(CATALOGUE, "contacts").polarity()).isEqualTo(Polarity.NO_JUDGEMENT);
        assertThat(def(CATALOGUE, "successful_completions").polarity()).isEqualTo(Polarity.NO_JUDGEMENT);
        assertThat(def(CATALOGUE, "retained_12_weeks").polarity()).isEqualTo(Polarity.HIGH_IS_GOOD);
        assertThat(def(CATALOGUE, "did_not_attend_rate").polarity()).isEqualTo(Polarity.LOW_IS_GOOD);
        assertThat(def(CATALOGUE, "completed_no_representation").source()).startsWith("PHOF C19");
        assertThat(def(CATALOGUE, "effective_engagement").source()).startsWith("NDTMS");
    }

    @Test
    void wordsTheDefinitionsWithTheSettingsInUse() {
        Settings s = Settings.DEFAULTS.toBuilder().retentionDays(90).engagementGapDays(60).startCoverageDays(14)
                .representationDays(180).build();
        List<MetricDefinition> defs = Catalogue.of(List.of(), s);

        assertThat(def(defs, "retained_12_weeks").denominator()).isEqualTo("clients seen whose current engagement "
                + "(attended contacts with no gap over 60 days) began 90 days or more before the period end");
        assertThat(def(defs, "top_start_coverage").numerator()).isEqualTo("of those, clients with a start TOP from "
                + "14 days before to 14 days after that first contact");
        assertThat(def(defs, "completed_no_representation").numerator()).isEqualTo("clients whose latest "
                + "successful completion in window W (the 12 months ending 180 days before the period end) was "
                + "followed by no new episode within 180 days");
        assertThat(def(defs, "effective_engagement").denominator()).isEqualTo("episodes started in the 12 months "
                + "ending 90 days before the period end");
    }
}
