package org.recoveryoutcomes.engine.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recoveryoutcomes.engine.metrics.Fixtures.OUTCOME;
import static org.recoveryoutcomes.engine.metrics.Fixtures.S;
import static org.recoveryoutcomes.engine.metrics.Fixtures.d;
import static org.recoveryoutcomes.engine.model.ExitReason.COMPLETED_DRUG_FREE;
import static org.recoveryoutcomes.engine.model.ExitReason.COMPLETED_OCCASIONAL_USER;
import static org.recoveryoutcomes.engine.model.ExitReason.DROPPED_OUT;
import static org.recoveryoutcomes.engine.model.ExitReason.TRANSFERRED;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recoveryoutcomes.engine.model.CountValue;
import org.recoveryoutcomes.engine.model.MetricValue;
import org.recoveryoutcomes.engine.model.Period;
import org.recoveryoutcomes.engine.model.ProportionValue;
import org.recoveryoutcomes.engine.model.Substance;
import org.recoveryoutcomes.engine.model.TopItem;
import org.recoveryoutcomes.engine.model.TopStage;

/**
 * Outcome period 2025-10-01..2026-09-30. Window W of non-re-presentation: the 12 months ending 183 days before
 * 30 Sep 2026, i.e. 2025-04-01..2026-03-31. Window of effective engagement: the 12 months ending 84 days before,
 * i.e. 2025-07-09..2026-07-08.
 */
class CompletionMetricsTest {

    private static Map<String, MetricValue> completions(Fixtures f) {
        DataIndex index = f.index();
        Map<String, MetricValue> m = CompletionMetrics.compute(index.group("project:P1"), OUTCOME, index, S);
        assertThat(m.keySet()).containsExactly("successful_completions", "successful_completion_rate",
                "completed_no_representation", "completed_no_representation_opiate",
                "completed_no_representation_non_opiate", "effective_engagement");
        return m;
    }

    private static ProportionValue proportion(Map<String, MetricValue> m, String id) {
        return (ProportionValue) m.get(id);
    }

    @Test
    void windowsAreTwelveMonthsEndingTheGivenDay() {
        assertThat(CompletionMetrics.window(d("2026-03-31"))).isEqualTo(
                new Period("2025-04-01..2026-03-31", d("2025-04-01"), d("2026-03-31")));
        assertThat(CompletionMetrics.window(d("2026-07-08")).start()).isEqualTo(d("2025-07-09"));
    }

    @Test
    void successfulCompletionsCountEpisodesAndTheRateCountsClients() {
        // a: two successful ends in the outcome period (1 Dec 2025, 1 May 2026) → 2 completions, 1 client.
        // b: completed 30 Sep 2025, the day before the outcome period → neither open nor completed in it.
        // c: open since Feb 2026 → open.  d: dropped out in it → open.  e: starts after it → not open.
        // f: transferred on 1 Oct 2025, its first day → open.
        // successful_completions = 2; rate = 1 (a) / 4 (a, c, d, f).
        Fixtures f = new Fixtures().project("P1", "B")
                .episode("a", "P1", d("2025-06-01"), d("2025-12-01"), COMPLETED_DRUG_FREE)
                .episode("a", "P1", d("2026-01-01"), d("2026-05-01"), COMPLETED_OCCASIONAL_USER)
                .episode("b", "P1", d("2025-09-01"), d("2025-09-30"), COMPLETED_DRUG_FREE)
                .episode("c", "P1", d("2026-02-01"), null, null)
                .episode("d", "P1", d("2026-03-01"), d("2026-06-01"), DROPPED_OUT)
                .episode("e", "P1", d("2026-10-01"), null, null)
                .episode("f", "P1", d("2025-01-01"), d("2025-10-01"), TRANSFERRED);

        Map<String, MetricValue> m = completions(f);

        assertThat(((CountValue) m.get("successful_completions")).count()).isEqualTo(2);
        assertThat(proportion(m, "successful_completion_rate").numerator()).isEqualTo(1);
        assertThat(proportion(m, "successful_completion_rate").denominator()).isEqualTo(4);
        assertThat(proportion(m, "successful_completion_rate").value()).isEqualTo(25.0);
    }

    @Test
    void completedWithoutRepresentationJudgesTheLatestCompletionInTheWindow() {
        // p: completed 31 Mar 2026 (last day of W), no new episode → yes.            [opiate: primary substance]
        // q1: completed 1 Oct 2025, new episode 2 Apr 2026 = 183 days later → returned. [opiate: start TOP 5 days]
        // q2: completed 1 Oct 2025, new episode 3 Apr 2026 = 184 days later → yes.    [non-opiate: alcohol]
        // r: open in W, completed 1 Apr 2026 (after W) → denominator only.            [unknown: TOP after period]
        // s: completed 31 Mar 2025, the day before W → not open in W, left out.
        // t: completed 1 Aug 2025, new episode the same day → returned.               [non-opiate: TOP 0 days]
        // u: completed 1 May 2025 and returned; completed again 1 Dec 2025, no new episode → yes (latest).
        //    [opiate: primary cannabis but 3 opiate days at a start TOP]
        // all: 3 (p, q2, u) / 6 (p, q1, q2, r, t, u); opiate 2 (p, u) / 3 (p, q1, u); non-opiate 1 (q2) / 2 (q2, t).
        Fixtures f = new Fixtures().project("P1", "B")
                .client("p", Substance.OPIATES)
                .episode("p", "P1", d("2025-01-01"), d("2026-03-31"), COMPLETED_DRUG_FREE)
                .top("q1", "P1", d("2025-05-01"), TopStage.START, TopItem.OPIATES_DAYS, 5)
                .episode("q1", "P1", d("2025-05-01"), d("2025-10-01"), COMPLETED_DRUG_FREE)
                .episode("q1", "P1", d("2026-04-02"), null, null)
                .client("q2", Substance.ALCOHOL)
                .episode("q2", "P1", d("2025-05-01"), d("2025-10-01"), COMPLETED_DRUG_FREE)
                .episode("q2", "P1", d("2026-04-03"), null, null)
                .top("r", "P1", d("2026-10-05"), TopStage.START, TopItem.OPIATES_DAYS, 10)
                .episode("r", "P1", d("2026-01-01"), d("2026-04-01"), COMPLETED_DRUG_FREE)
                .client("s", Substance.OPIATES)
                .episode("s", "P1", d("2025-01-01"), d("2025-03-31"), COMPLETED_DRUG_FREE)
                .top("t", "P1", d("2025-06-01"), TopStage.START, TopItem.OPIATES_DAYS, 0)
                .episode("t", "P1", d("2025-06-01"), d("2025-08-01"), COMPLETED_DRUG_FREE)
                .episode("t", "P1", d("2025-08-01"), d("2025-09-01"), DROPPED_OUT)
                .client("u", Substance.CANNABIS)
                .top("u", "P1", d("2025-01-01"), TopStage.START, TopItem.OPIATES_DAYS, 3)
                .episode("u", "P1", d("2025-01-01"), d("2025-05-01"), COMPLETED_DRUG_FREE)
                .episode("u", "P1", d("2025-09-01"), d("2025-12-01"), COMPLETED_OCCASIONAL_USER);

        Map<String, MetricValue> m = completions(f);

        assertThat(proportion(m, "completed_no_representation")).extracting(ProportionValue::numerator,
                ProportionValue::denominator).containsExactly(3L, 6L);
        assertThat(proportion(m, "completed_no_representation_opiate")).extracting(ProportionValue::numerator,
                ProportionValue::denominator).containsExactly(2L, 3L);
        assertThat(proportion(m, "completed_no_representation_non_opiate")).extracting(ProportionValue::numerator,
                ProportionValue::denominator).containsExactly(1L, 2L);
    }

    @Test
    void aReturnAtAnotherProjectOfTheBoroughCountsInTheBoroughOnly() {
        // v completed at P1 on 1 Oct 2025 and started at P2 on 1 Jan 2026: at P1 that is no return (P1 sees only
        // its own episodes), in borough B it is a return.
        Fixtures f = new Fixtures().project("P1", "B").project("P2", "B")
                .episode("v", "P1", d("2025-05-01"), d("2025-10-01"), COMPLETED_DRUG_FREE)
                .episode("v", "P2", d("2026-01-01"), null, null);
        DataIndex index = f.index();

        ProportionValue project = (ProportionValue) CompletionMetrics.compute(index.group("project:P1"), OUTCOME,
                index, S).get("completed_no_representation");
        ProportionValue borough = (ProportionValue) CompletionMetrics.compute(index.group("borough:B"), OUTCOME,
                index, S).get("completed_no_representation");

        assertThat(project).extracting(ProportionValue::numerator, ProportionValue::denominator)
                .containsExactly(1L, 1L);
        assertThat(borough).extracting(ProportionValue::numerator, ProportionValue::denominator)
                .containsExactly(0L, 1L);
    }

    @Test
    void effectiveEngagementCountsEpisodesLastingEightyFourDaysOrEndingWell() {
        // x: 9 Jul 2025 (first day of the window) to 1 Oct 2025, dropped out: 84 days → yes;
        //    and 9 Jul 2025 to 30 Sep 2025, dropped out: 83 days → no (episodes, not clients, are counted).
        // y: 1 Aug 2025 to 20 Aug 2025, completed → yes.
        // z: 8 Jul 2026 (last day of the window), open: 84 days to 30 Sep 2026 → yes.
        // w1: starts 9 Jul 2026, after the window; w2: starts 8 Jul 2025, before it → left out.
        // effective_engagement = 3 / 4.
        Fixtures f = new Fixtures().project("P1", "B")
                .episode("x", "P1", d("2025-07-09"), d("2025-10-01"), DROPPED_OUT)
                .episode("x", "P1", d("2025-07-09"), d("2025-09-30"), DROPPED_OUT)
                .episode("y", "P1", d("2025-08-01"), d("2025-08-20"), COMPLETED_DRUG_FREE)
                .episode("z", "P1", d("2026-07-08"), null, null)
                .episode("w1", "P1", d("2026-07-09"), null, null)
                .episode("w2", "P1", d("2025-07-08"), d("2025-07-20"), COMPLETED_DRUG_FREE);

        ProportionValue effective = proportion(completions(f), "effective_engagement");

        assertThat(effective.numerator()).isEqualTo(3);
        assertThat(effective.denominator()).isEqualTo(4);
        assertThat(effective.value()).isEqualTo(75.0);
    }

    @Test
    void noEpisodesGiveZeroCompletionsAndNoRates() {
        Fixtures f = new Fixtures().project("P1", "B");

        Map<String, MetricValue> m = completions(f);

        assertThat(((CountValue) m.get("successful_completions")).count()).isZero();
        assertThat(proportion(m, "successful_completion_rate").value()).isNull();
        assertThat(proportion(m, "completed_no_representation").value()).isNull();
        assertThat(proportion(m, "effective_engagement").value()).isNull();
    }
}
