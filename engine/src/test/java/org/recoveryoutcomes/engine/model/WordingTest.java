package org.recoveryoutcomes.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordingTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "clients|people supported",
        "Clients seen|People supported",
        "client|person supported",
        "client's|person's",
        "new clients|new people supported",
        "clients were seen|people were supported",
        "treatment|support",
        "in treatment|''",
        "opiate clients|people supported for opiate use",
    })
    void givesAPeerSupportServicesWordsForATreatmentServicesOnes(String treatment, String peerSupport) {
        assertThat(Wording.PEER_SUPPORT.of(treatment)).isEqualTo(peerSupport);
        assertThat(Wording.TREATMENT.of(treatment)).isEqualTo(treatment);
    }

    @Test
    void refusesAPhraseItDoesNotKnowWhicheverTheServiceType() {
        assertThatThrownBy(() -> Wording.TREATMENT.of("clints")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no wording for 'clints'");
        assertThatThrownBy(() -> Wording.PEER_SUPPORT.of("clints")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readsItsCodeFromTheSetting() {
        assertThat(Code.parse(Wording.class, "peer_support")).contains(Wording.PEER_SUPPORT);
        assertThat(Code.parse(Wording.class, "treatment")).contains(Wording.TREATMENT);
        assertThat(Code.list(Wording.class)).isEqualTo("treatment, peer_support");
    }

    @Test
    void relabelsOnlyTheMetricsNamedForClientsAndKeepsTheirIds() {
        MetricDefinition seen = new MetricDefinition("clients_seen", "Clients seen", "engagement", MetricKind.COUNT,
                "different clients with at least one attended contact in the period", null, Polarity.NO_JUDGEMENT,
                "count", null);
        MetricDefinition contacts = new MetricDefinition("contacts", "Contacts", "engagement", MetricKind.COUNT,
                "attended contacts in the period", null, Polarity.NO_JUDGEMENT, "count", null);

        assertThat(Wording.PEER_SUPPORT.label(seen)).isEqualTo("People supported");
        assertThat(Wording.PEER_SUPPORT.label(contacts)).isEqualTo("Contacts");
        assertThat(Wording.TREATMENT.label(seen)).isEqualTo("Clients seen");

        MetricsResult m = new MetricsResult(new EngineInfo("e", "1"), Period.parse("2026/27-Q2"),
                Period.parse("12m:2026-09-30"), List.of(), Settings.DEFAULTS, Map.of(), List.of(seen, contacts),
                List.of(), List.of(), null);
        MetricsResult relabelled = Wording.PEER_SUPPORT.relabel(m);
        assertThat(relabelled.definition("clients_seen").label()).isEqualTo("People supported");
        // the definition's own words are those of the data format: unchanged
        assertThat(relabelled.definition("clients_seen").numerator())
                .isEqualTo("different clients with at least one attended contact in the period");
        assertThat(relabelled.definition("contacts")).isSameAs(contacts);
        assertThat(Wording.TREATMENT.relabel(m)).isSameAs(m);
    }

    @Test
    void rewordsATemplatesProseButNotTheNamesOfData() {
        assertThat(Wording.PEER_SUPPORT.prose("Clients rate their health. Retention looks at each client's run of "
                + "contact; coverage says how many clients these figures rest on, for every client."))
                .isEqualTo("People supported rate their health. Retention looks at each person's run of contact; "
                        + "coverage says how many people supported these figures rest on, for every person "
                        + "supported.");
        assertThat(Wording.PEER_SUPPORT.prose("the clients file, clients.csv and clients_seen"))
                .isEqualTo("the clients file, clients.csv and clients_seen");
        assertThat(Wording.TREATMENT.prose("Clients rate their health.")).isEqualTo("Clients rate their health.");
        assertThat(Wording.PEER_SUPPORT.prose((String) null)).isNull();
    }

    @Test
    void fillsEachPhraseInBracesWithTheServicesWords() {
        assertThat(Wording.TREATMENT.fill("{clients} using opiates, {in treatment}"))
                .isEqualTo("clients using opiates, in treatment");
        assertThat(Wording.PEER_SUPPORT.fill("{Clients seen} completed {treatment} successfully"))
                .isEqualTo("People supported completed support successfully");
        assertThat(Wording.PEER_SUPPORT.fill("no braces")).isEqualTo("no braces");
        assertThat(Wording.PEER_SUPPORT.fill(null)).isNull();
        assertThatThrownBy(() -> Wording.TREATMENT.fill("{clints} seen")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no wording for 'clints'");
    }
}
