package org.recoveryoutcomes.engine.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.recoveryoutcomes.engine.metrics.Fixtures.END;
import static org.recoveryoutcomes.engine.metrics.Fixtures.Q3;
import static org.recoveryoutcomes.engine.metrics.Fixtures.S;
import static org.recoveryoutcomes.engine.metrics.Fixtures.d;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.recoveryoutcomes.engine.model.AmountValue;
import org.recoveryoutcomes.engine.model.BreakdownValue;
import org.recoveryoutcomes.engine.model.ContactType;
import org.recoveryoutcomes.engine.model.CountValue;
import org.recoveryoutcomes.engine.model.DeliveredBy;
import org.recoveryoutcomes.engine.model.MeanValue;
import org.recoveryoutcomes.engine.model.MetricValue;
import org.recoveryoutcomes.engine.model.ProportionValue;

class EngagementMetricsTest {

    private static Map<String, MetricValue> engagement(Fixtures f, String groupKey) {
        DataIndex index = f.index();
        return EngagementMetrics.compute(index.group(groupKey), Q3, index, S);
    }

    private static long count(Map<String, MetricValue> m, String id) {
        return ((CountValue) m.get(id)).count();
    }

    private static ProportionValue proportion(Map<String, MetricValue> m, String id) {
        return (ProportionValue) m.get(id);
    }

    @Test
    void countsOnlyAttendedContactsAndMissingAttendanceAsAttended() {
        // a: 1 Jul (attended missing = attended), 2 Jul (Y), 3 Jul (N); b: 1 Aug (N) only; 30 Jun is outside Q3.
        // Attended contacts: 1 Jul, 2 Jul = 2; clients seen: a only = 1 (b has only a DNA).
        Fixtures f = new Fixtures().project("P1", "B")
                .seen("a", "P1", d("2026-06-30"))
                .seen("a", "P1", d("2026-07-01"))
                .contact("a", "P1", d("2026-07-02"), ContactType.DROP_IN, null, null, null, true)
                .contact("a", "P1", d("2026-07-03"), ContactType.DROP_IN, null, null, null, false)
                .contact("b", "P1", d("2026-08-01"), ContactType.DROP_IN, null, null, null, false);

        Map<String, MetricValue> m = engagement(f, "project:P1");

        assertThat(count(m, "contacts")).isEqualTo(2);
        assertThat(count(m, "clients_seen")).isEqualTo(1);
        assertThat(m.get("clients_seen").suppressed()).isTrue(); // 1 is a small number
    }

    @Test
    void contactsOfAProjectMissingFromProjectsBelongToNoGroupAndMoveNoFigure() {
        // "A0" sorts before P1, so its contacts come first in the table and the projects' contacts are no
        // longer the whole table: the metrics then read P1's contacts through their own order. P1's figures
        // are those of the test above: 2 contacts, 1 client; all = P1.
        Fixtures f = new Fixtures().project("P1", "B")
                .seen("z", "A0", d("2026-07-01"), d("2026-07-05"), d("2026-08-09"))
                .seen("a", "P1", d("2026-06-30"))
                .seen("a", "P1", d("2026-07-01"))
                .contact("a", "P1", d("2026-07-02"), ContactType.DROP_IN, null, null, null, true)
                .contact("a", "P1", d("2026-07-03"), ContactType.DROP_IN, null, null, null, false)
                .contact("b", "P1", d("2026-08-01"), ContactType.DROP_IN, null, null, null, false);

        for (String group : java.util.List.of("project:P1", "borough:B", "all")) {
            Map<String, MetricValue> m = engagement(f, group);
            assertThat(count(m, "contacts")).as(group).isEqualTo(2);
            assertThat(count(m, "clients_seen")).as(group).isEqualTo(1);
        }
    }

    @Test
    void didNotAttendRateIsMissedOverContactsWithAttendanceRecorded() {
        // Recorded: 2 Jul Y, 3 Jul N, 1 Aug N → 2 of 3 missed; the 1 Jul contact has no record and is left out.
        Fixtures f = new Fixtures().project("P1", "B")
                .seen("a", "P1", d("2026-07-01"))
                .contact("a", "P1", d("2026-07-02"), ContactType.DROP_IN, null, null, null, true)
                .contact("a", "P1", d("2026-07-03"), ContactType.DROP_IN, null, null, null, false)
                .contact("b", "P1", d("2026-08-01"), ContactType.DROP_IN, null, null, null, false);

        ProportionValue dna = proportion(engagement(f, "project:P1"), "did_not_attend_rate");

        assertThat(dna.numerator()).isEqualTo(2);
        assertThat(dna.denominator()).isEqualTo(3);
        assertThat(dna.value()).isCloseTo(66.667, within(0.001));
    }

    @Test
    void didNotAttendRateHasNoFigureWhenTheDataHasNoAttendedColumn() {
        Fixtures f = new Fixtures().project("P1", "B").seen("a", "P1", d("2026-07-01"))
                .columns(Map.of("contacts", Set.of("contact_id", "client_id", "project_id", "contact_date",
                        "contact_type")));

        Map<String, MetricValue> m = engagement(f, "project:P1");

        assertThat(proportion(m, "did_not_attend_rate").denominator()).isZero();
        assertThat(proportion(m, "did_not_attend_rate").value()).isNull();
        assertThat(m).doesNotContainKeys("volunteers_active", "volunteer_hours");
    }

    @Test
    void countsAClientSeenAtTwoProjectsOfABoroughOnceInTheBorough() {
        // a is seen at P1 (5 Jul) and P2 (5 Aug), both in borough B; P3 is in borough C.
        Fixtures f = new Fixtures().project("P1", "B").project("P2", "B").project("P3", "C")
                .seen("a", "P1", d("2026-07-05"))
                .seen("a", "P2", d("2026-08-05"))
                .seen("b", "P3", d("2026-08-06"));

        Map<String, MetricValue> borough = engagement(f, "borough:B");
        Map<String, MetricValue> all = engagement(f, "all");

        assertThat(count(borough, "clients_seen")).isEqualTo(1);
        assertThat(count(borough, "contacts")).isEqualTo(2);
        assertThat(((MeanValue) borough.get("contacts_per_client")).mean()).isEqualTo(2.0);
        assertThat(count(engagement(f, "project:P1"), "clients_seen")).isEqualTo(1);
        assertThat(count(engagement(f, "project:P2"), "clients_seen")).isEqualTo(1);
        assertThat(count(all, "clients_seen")).isEqualTo(2);
        assertThat(count(all, "contacts")).isEqualTo(3);
    }

    @Test
    void aNewClientIsOneWhoseFirstAttendedContactInTheGroupIsInThePeriod() {
        // a: P2 on 1 Mar (before Q3), P1 on 5 Jul → new at P1, not new at P2 (not seen there in Q3 anyway)
        // nor in borough B. b: DNA on 1 Mar, attended 6 Jul → new (a DNA is not a contact).
        // c: first seen 30 Jun → not new.
        Fixtures f = new Fixtures().project("P1", "B").project("P2", "B")
                .seen("a", "P2", d("2026-03-01"))
                .seen("a", "P1", d("2026-07-05"))
                .contact("b", "P1", d("2026-03-01"), ContactType.DROP_IN, null, null, null, false)
                .seen("b", "P1", d("2026-07-06"))
                .seen("c", "P1", d("2026-06-30"), d("2026-07-07"));

        assertThat(count(engagement(f, "project:P1"), "new_clients")).isEqualTo(2); // a, b
        assertThat(count(engagement(f, "borough:B"), "new_clients")).isEqualTo(1); // b
        assertThat(count(engagement(f, "project:P2"), "new_clients")).isZero();
    }

    @Test
    void contactsPerClientGivesMeanAndMedianAndRepeatAttendanceThoseWithTwoOrMore() {
        // a 1 contact, b 2, c 6: mean 3, median 2; repeat: b and c = 2 of 3.
        Fixtures f = new Fixtures().project("P1", "B")
                .seen("a", "P1", d("2026-07-01"))
                .seen("b", "P1", d("2026-07-01"), d("2026-07-02"))
                .seen("c", "P1", d("2026-07-01"), d("2026-07-02"), d("2026-07-03"), d("2026-07-04"),
                        d("2026-07-05"), d("2026-07-06"));

        Map<String, MetricValue> m = engagement(f, "project:P1");
        MeanValue perClient = (MeanValue) m.get("contacts_per_client");

        assertThat(perClient.n()).isEqualTo(3);
        assertThat(perClient.mean()).isEqualTo(3.0);
        assertThat(perClient.median()).isEqualTo(2.0);
        assertThat(proportion(m, "repeat_attendance").numerator()).isEqualTo(2);
        assertThat(proportion(m, "repeat_attendance").denominator()).isEqualTo(3);
    }

    @Test
    void aGapOfFiftySixDaysKeepsAnEngagementGoingAndFiftySevenEndsIt() {
        // a: END−100, END−44 (gap 56), END−10 → current run starts END−100: eligible (100 ≥ 84),
        //    span END−10 − (END−100) = 90 ≥ 84 → retained.
        // b: END−101, END−44 (gap 57), END−10 → current run starts END−44: 44 < 84, not eligible.
        // retained_12_weeks = 1 / 1.
        Fixtures f = new Fixtures().project("P1", "B")
                .seen("a", "P1", END.minusDays(100), END.minusDays(44), END.minusDays(10))
                .seen("b", "P1", END.minusDays(101), END.minusDays(44), END.minusDays(10));

        ProportionValue retained = proportion(engagement(f, "project:P1"), "retained_12_weeks");

        assertThat(retained.numerator()).isEqualTo(1);
        assertThat(retained.denominator()).isEqualTo(1);
    }

    @Test
    void retentionNeedsAnEngagementBegunAndSpanningEightyFourDays() {
        // c: END−84, END−40, END−1 → eligible (84 ≥ 84), span 83 → not retained.
        // d: END−83, END−40, END   → not eligible (83 < 84).
        // e: END−84, END−40, END   → eligible, span 84 → retained.
        // retained_12_weeks = 1 / 2.
        Fixtures f = new Fixtures().project("P1", "B")
                .seen("c", "P1", END.minusDays(84), END.minusDays(40), END.minusDays(1))
                .seen("d", "P1", END.minusDays(83), END.minusDays(40), END)
                .seen("e", "P1", END.minusDays(84), END.minusDays(40), END);

        ProportionValue retained = proportion(engagement(f, "project:P1"), "retained_12_weeks");

        assertThat(retained.numerator()).isEqualTo(1);
        assertThat(retained.denominator()).isEqualTo(2);
        assertThat(retained.value()).isEqualTo(50.0);
    }

    @Test
    void retentionIgnoresContactsAfterThePeriodEnd() {
        // f: END−90, END−50, END+30. Up to END the run is END−90..END−50: eligible, span 40 → not retained
        // (counting END+30 would make the span 120).
        Fixtures f = new Fixtures().project("P1", "B")
                .seen("f", "P1", END.minusDays(90), END.minusDays(50), END.plusDays(30));

        ProportionValue retained = proportion(engagement(f, "project:P1"), "retained_12_weeks");

        assertThat(retained.numerator()).isZero();
        assertThat(retained.denominator()).isEqualTo(1);
    }

    @Test
    void retentionRunsAcrossTheProjectsOfABorough() {
        // a: P1 at END−100, P2 at END−50 and END. At P2 alone the run began END−50 (not eligible); in the
        // borough it began END−100 and spans 100 → retained.
        Fixtures f = new Fixtures().project("P1", "B").project("P2", "B")
                .seen("a", "P1", END.minusDays(100))
                .seen("a", "P2", END.minusDays(50), END);

        assertThat(proportion(engagement(f, "project:P2"), "retained_12_weeks").denominator()).isZero();
        assertThat(proportion(engagement(f, "borough:B"), "retained_12_weeks").numerator()).isEqualTo(1);
        assertThat(proportion(engagement(f, "borough:B"), "retained_12_weeks").denominator()).isEqualTo(1);
    }

    @Test
    void volunteerMetricsCountAttendedContactsOnly() {
        // In Q3: 90 min peer volunteer V1 (attended); 45 min peer volunteer V2 (not attended: ignored);
        // peer volunteer V1 with no duration (adds 0); 60 min staff; 30 min peer worker V3.
        // Outside Q3: 120 min peer volunteer V4.
        // volunteers_active = {V1, V3} = 2; volunteer_hours = 90 / 60 = 1.5.
        Fixtures f = new Fixtures().project("P1", "B")
                .contact("a", "P1", d("2026-07-01"), ContactType.ONE_TO_ONE, 90, DeliveredBy.PEER_VOLUNTEER, "V1",
                        null)
                .contact("a", "P1", d("2026-07-02"), ContactType.ONE_TO_ONE, 45, DeliveredBy.PEER_VOLUNTEER, "V2",
                        false)
                .contact("b", "P1", d("2026-07-03"), ContactType.GROUP, null, DeliveredBy.PEER_VOLUNTEER, "V1",
                        true)
                .contact("b", "P1", d("2026-07-04"), ContactType.GROUP, 60, DeliveredBy.STAFF, null, true)
                .contact("c", "P1", d("2026-07-05"), ContactType.PHONE, 30, DeliveredBy.PEER_WORKER, "V3", true)
                .contact("c", "P1", d("2026-10-01"), ContactType.PHONE, 120, DeliveredBy.PEER_VOLUNTEER, "V4",
                        true);

        Map<String, MetricValue> m = engagement(f, "project:P1");

        assertThat(count(m, "volunteers_active")).isEqualTo(2);
        assertThat(m.get("volunteer_hours")).isEqualTo(new AmountValue(1.5, "hours"));
    }

    @Test
    void contactsByTypeListsEveryTypeInOrderWithZeros() {
        // Attended: drop-in 1, group 2, phone 1; a one-to-one DNA is not counted.
        Fixtures f = new Fixtures().project("P1", "B")
                .seen("a", "P1", d("2026-07-01"))
                .contact("a", "P1", d("2026-07-02"), ContactType.GROUP, null, null, null, null)
                .contact("b", "P1", d("2026-07-02"), ContactType.GROUP, null, null, null, true)
                .contact("b", "P1", d("2026-07-03"), ContactType.PHONE, null, null, null, true)
                .contact("b", "P1", d("2026-07-04"), ContactType.ONE_TO_ONE, null, null, null, false);

        BreakdownValue byType = (BreakdownValue) engagement(f, "project:P1").get("contacts_by_type");

        assertThat(byType.parts().keySet()).containsExactly("drop_in", "one_to_one", "group", "activity", "phone",
                "outreach", "other");
        assertThat(byType.parts().values()).extracting(CountValue::count).containsExactly(1L, 0L, 2L, 0L, 1L, 0L,
                0L);
        assertThat(byType.total()).isEqualTo(4);
    }

    @Test
    void aGroupWithNoContactsHasZeroCountsAndNoProportions() {
        Fixtures f = new Fixtures().project("P1", "B").project("P9", "B").seen("a", "P1", d("2026-07-01"));

        Map<String, MetricValue> m = engagement(f, "project:P9");

        assertThat(m.keySet()).containsExactly("contacts", "clients_seen", "new_clients", "contacts_per_client",
                "repeat_attendance", "retained_12_weeks", "did_not_attend_rate", "volunteers_active",
                "volunteer_hours", "contacts_by_type");
        assertThat(count(m, "contacts")).isZero();
        assertThat(m.get("contacts").suppressed()).isFalse(); // zero is shown
        assertThat(((MeanValue) m.get("contacts_per_client")).mean()).isNull();
        assertThat(proportion(m, "repeat_attendance").value()).isNull();
        assertThat(proportion(m, "retained_12_weeks").value()).isNull();
        assertThat(m.get("volunteer_hours")).isEqualTo(new AmountValue(0.0, "hours"));
    }
}
