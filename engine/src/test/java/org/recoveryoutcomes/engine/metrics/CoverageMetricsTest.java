package org.recoveryoutcomes.engine.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recoveryoutcomes.engine.metrics.Fixtures.OUTCOME;
import static org.recoveryoutcomes.engine.metrics.Fixtures.Q3;
import static org.recoveryoutcomes.engine.metrics.Fixtures.S;
import static org.recoveryoutcomes.engine.metrics.Fixtures.d;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recoveryoutcomes.engine.model.ContactType;
import org.recoveryoutcomes.engine.model.MetricValue;
import org.recoveryoutcomes.engine.model.ProportionValue;
import org.recoveryoutcomes.engine.model.TopRecord;
import org.recoveryoutcomes.engine.model.TopStage;

class CoverageMetricsTest {

    private static ProportionValue coverage(Fixtures f, String groupKey, String id, List<OutcomePair> pairs) {
        DataIndex index = f.index();
        Map<String, MetricValue> m = CoverageMetrics.compute(index.group(groupKey), Q3, OUTCOME, pairs, S);
        assertThat(m.keySet()).containsExactly("top_start_coverage", "top_follow_up_coverage");
        return (ProportionValue) m.get(id);
    }

    private static OutcomePair pair(String client, String project, String start, String followUp) {
        TopRecord s = Fixtures.top(client, project, d(start), TopStage.START, Map.of());
        TopRecord f = Fixtures.top(client, project, d(followUp), TopStage.REVIEW, Map.of());
        return new OutcomePair(client, project, s, f, f.date().toEpochDay() - s.date().toEpochDay());
    }

    @Test
    void startCoverageCountsAStartTopUpToTwentyEightDaysEitherSideOfTheFirstContact() {
        // First attended contact 10 Jul for a, b, c, e, f (all new in Q3); d was first seen 1 Mar (not new).
        // a: start TOP 12 Jun (28 days before) → counts.  b: 8 Aug (29 after) → no.  c: 7 Aug (28 after) → counts.
        // e: only a review TOP on 10 Jul → no.  f: start TOP on 10 Jul, but at P3 in another borough.
        // P1: 2 of 5 (a, c). all: 3 of 5 (a, c, f).
        Fixtures f = new Fixtures().project("P1", "B").project("P3", "C");
        for (String client : List.of("a", "b", "c", "e", "f")) {
            f.seen(client, "P1", d("2026-07-10"));
        }
        f.seen("d", "P1", d("2026-03-01"), d("2026-07-10"))
                .top("a", "P1", d("2026-06-12"), TopStage.START)
                .top("b", "P1", d("2026-08-08"), TopStage.START)
                .top("c", "P1", d("2026-08-07"), TopStage.START)
                .top("d", "P1", d("2026-03-01"), TopStage.START)
                .top("e", "P1", d("2026-07-10"), TopStage.REVIEW)
                .top("f", "P3", d("2026-07-10"), TopStage.START);

        ProportionValue project = coverage(f, "project:P1", "top_start_coverage", List.of());
        ProportionValue all = coverage(f, "all", "top_start_coverage", List.of());

        assertThat(project.numerator()).isEqualTo(2);
        assertThat(project.denominator()).isEqualTo(5);
        assertThat(all.numerator()).isEqualTo(3);
        assertThat(all.denominator()).isEqualTo(5);
    }

    @Test
    void startCoverageFollowsTheFirstAttendedContactNotABookedOne() {
        // a missed a booking on 1 Jun and first attended on 10 Jul; the start TOP on 5 Aug is 26 days after
        // that first attended contact → counts (it is 65 days after the booking).
        Fixtures f = new Fixtures().project("P1", "B")
                .contact("a", "P1", d("2026-06-01"), ContactType.DROP_IN, null, null, null, false)
                .seen("a", "P1", d("2026-07-10"))
                .top("a", "P1", d("2026-08-05"), TopStage.START);

        ProportionValue start = coverage(f, "project:P1", "top_start_coverage", List.of());

        assertThat(start.numerator()).isEqualTo(1);
        assertThat(start.denominator()).isEqualTo(1);
    }

    @Test
    void followUpCoverageIsClientsWithAPairAmongThoseDueOne() {
        // Outcome period 2025-10-01..2026-09-30; a start TOP is due a follow-up when dated 35–273 days before
        // 30 Sep 2026, i.e. 2025-12-31..2026-08-26.
        // g: start 2025-12-31 (273 days), seen 1 Sep 2026, has a pair → in numerator and denominator.
        // h: start 2025-12-30 (274 days), seen, has a pair → left out.
        // i: start 2026-08-26 (35 days), seen, no pair → denominator only.
        // j: start 2026-08-27 (34 days), seen → left out.
        // k: start 2026-03-01, seen only 2025-09-01 (before the outcome period) → left out.
        // l: start 2026-03-01, only a missed contact in the outcome period → left out.
        // top_follow_up_coverage = 1 / 2.
        Fixtures f = new Fixtures().project("P1", "B")
                .top("g", "P1", d("2025-12-31"), TopStage.START).seen("g", "P1", d("2026-09-01"))
                .top("h", "P1", d("2025-12-30"), TopStage.START).seen("h", "P1", d("2026-09-01"))
                .top("i", "P1", d("2026-08-26"), TopStage.START).seen("i", "P1", d("2026-09-01"))
                .top("j", "P1", d("2026-08-27"), TopStage.START).seen("j", "P1", d("2026-09-01"))
                .top("k", "P1", d("2026-03-01"), TopStage.START).seen("k", "P1", d("2025-09-01"))
                .top("l", "P1", d("2026-03-01"), TopStage.START)
                .contact("l", "P1", d("2026-09-01"), ContactType.DROP_IN, null, null, null, false);
        List<OutcomePair> pairs = List.of(pair("g", "P1", "2025-12-31", "2026-06-30"),
                pair("h", "P1", "2025-12-30", "2026-06-29"));

        ProportionValue followUp = coverage(f, "project:P1", "top_follow_up_coverage", pairs);

        assertThat(followUp.numerator()).isEqualTo(1);
        assertThat(followUp.denominator()).isEqualTo(2);
        assertThat(followUp.value()).isEqualTo(50.0);
    }

    @Test
    void coverageHasNoFigureWhereNobodyIsDue() {
        Fixtures f = new Fixtures().project("P1", "B").seen("a", "P1", d("2026-03-01"));

        assertThat(coverage(f, "project:P1", "top_start_coverage", List.of()).value()).isNull();
        assertThat(coverage(f, "project:P1", "top_follow_up_coverage", List.of()).value()).isNull();
    }
}
