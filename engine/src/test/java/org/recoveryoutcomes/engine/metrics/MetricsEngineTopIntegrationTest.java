package org.recoveryoutcomes.engine.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.recoveryoutcomes.engine.metrics.Fixtures.d;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.recoveryoutcomes.engine.model.Comparison;
import org.recoveryoutcomes.engine.model.ExitReason;
import org.recoveryoutcomes.engine.model.GroupResult;
import org.recoveryoutcomes.engine.model.MetricDefinition;
import org.recoveryoutcomes.engine.model.MetricsResult;
import org.recoveryoutcomes.engine.model.ProportionValue;
import org.recoveryoutcomes.engine.model.TopItem;
import org.recoveryoutcomes.engine.model.TopRecord;
import org.recoveryoutcomes.engine.model.TopStage;
import org.recoveryoutcomes.engine.model.Trend;

/**
 * The engine with the real {@link OutcomePairs} and {@link TopOutcomeMetrics}.
 *
 * <p>Fixture (borough B: P1, P2; outcome period 2025-10-01..2026-09-30):
 * a: start at P1 1 Mar 2026 (10 opiate days), review at P1 1 Sep 2026 (0) — 184 days apart;
 *    start at P2 15 Jan 2026 (4), exit at P2 15 Jul 2026 (4) — 181 days apart.
 * b: start at P2 1 Feb 2026 (20), review at P2 1 Aug 2026 (5) — 181 days apart.
 * a is seen at P1 on 1 Sep 2026, b at P2 on 1 Aug 2026.
 *
 * <p>Skipped (not passed) while the TOP outcome steps are still the contract stubs that throw
 * {@link UnsupportedOperationException}; it runs as soon as they are implemented.
 */
class MetricsEngineTopIntegrationTest {

    @BeforeAll
    static void needsTheTopOutcomeSteps() {
        boolean implemented;
        try {
            TopOutcomeMetrics.definitions();
            OutcomePairs.build(List.of(), Fixtures.OUTCOME, Fixtures.S);
            implemented = true;
        } catch (UnsupportedOperationException e) {
            implemented = false;
        }
        assumeTrue(implemented, "OutcomePairs and TopOutcomeMetrics are not implemented on this branch yet");
    }

    private static Fixtures fixture() {
        Fixtures f = new Fixtures().project("P1", "B").project("P2", "B")
                .seen("a", "P1", d("2026-09-01"))
                .seen("b", "P2", d("2026-08-01"))
                .episode("a", "P1", d("2026-03-01"), null, null)
                .episode("b", "P2", d("2026-02-01"), d("2026-08-01"), ExitReason.COMPLETED_DRUG_FREE);
        f.tops.add(opiates("a", "P1", "2026-03-01", TopStage.START, 10));
        f.tops.add(opiates("a", "P1", "2026-09-01", TopStage.REVIEW, 0));
        f.tops.add(opiates("a", "P2", "2026-01-15", TopStage.START, 4));
        f.tops.add(opiates("a", "P2", "2026-07-15", TopStage.EXIT, 4));
        f.tops.add(opiates("b", "P2", "2026-02-01", TopStage.START, 20));
        f.tops.add(opiates("b", "P2", "2026-08-01", TopStage.REVIEW, 5));
        return f;
    }

    private static TopRecord opiates(String client, String project, String date, TopStage stage, double days) {
        return Fixtures.top(client, project, d(date), stage, Map.of(TopItem.OPIATES_DAYS, days));
    }

    private static MetricsResult run() {
        return MetricsEngine.compute(fixture().dataset(), Fixtures.request("parent", Map.of(), 2));
    }

    private static ProportionValue proportion(MetricsResult r, String group, String metric) {
        return (ProportionValue) r.group(group).metric(metric);
    }

    @Test
    void catalogueHasTheTopOutcomesBetweenCoverageAndCompletions() {
        List<String> expected = new ArrayList<>();
        Catalogue.engagement(Fixtures.S).forEach(d -> expected.add(d.id()));
        Catalogue.coverage(Fixtures.S).forEach(d -> expected.add(d.id()));
        TopOutcomeMetrics.definitions().forEach(d -> expected.add(d.id()));
        Catalogue.completions(Fixtures.S).forEach(d -> expected.add(d.id()));

        assertThat(MetricsEngine.catalogue()).extracting(MetricDefinition::id).containsExactlyElementsOf(expected);
        assertThat(expected).contains("abstinent_opiates", "psych_health_change");
    }

    @Test
    void everyGroupHasEveryMetricInCatalogueOrder() {
        MetricsResult r = run();

        List<String> ids = MetricsEngine.catalogue().stream().map(MetricDefinition::id).toList();
        assertThat(r.definitions()).extracting(MetricDefinition::id).containsExactlyElementsOf(ids);
        assertThat(r.groups()).extracting(GroupResult::key).containsExactly("all", "borough:B", "project:P1",
                "project:P2");
        assertThat(r.groups()).allSatisfy(g -> assertThat(g.metrics().keySet()).containsExactlyElementsOf(ids));
    }

    @Test
    void countsOnePairPerClientInTheBorough() {
        // P1: a abstinent (10 → 0) → 1/1. P2: a (4 → 4), b (20 → 5) → 0/2.
        // B and all: a's latest follow-up is P1's (1 Sep) → a abstinent, b not → 1/2.
        MetricsResult r = run();

        assertThat(proportion(r, "project:P1", "abstinent_opiates")).extracting(ProportionValue::numerator,
                ProportionValue::denominator).containsExactly(1L, 1L);
        assertThat(proportion(r, "project:P2", "abstinent_opiates")).extracting(ProportionValue::numerator,
                ProportionValue::denominator).containsExactly(0L, 2L);
        assertThat(proportion(r, "borough:B", "abstinent_opiates")).extracting(ProportionValue::numerator,
                ProportionValue::denominator).containsExactly(1L, 2L);
        assertThat(proportion(r, "all", "abstinent_opiates")).extracting(ProportionValue::numerator,
                ProportionValue::denominator).containsExactly(1L, 2L);
    }

    @Test
    void comparesAndTrendsTheTopOutcomeProportions() {
        // P1 1/1 against B's 50%: denominator under 10 → not compared. The previous outcome period
        // (12m:2026-06-30) holds no follow-up → no earlier figure.
        MetricsResult r = run();

        ProportionValue p1 = proportion(r, "project:P1", "abstinent_opiates");
        assertThat(p1.comparison()).isEqualTo(Comparison.NOT_COMPARED);
        assertThat(p1.comparator()).isEqualTo("borough:B");
        assertThat(p1.comparatorValue()).isEqualTo(50.0);
        assertThat(p1.vsPrevious()).isEqualTo(new Trend("2026-Q2", null, null, null, null, false));
    }

    @Test
    void followUpCoverageCountsClientsWithARealPair() {
        // P1: a's start (1 Mar 2026) is 213 days before 30 Sep, a was seen 1 Sep, and has a pair → 1/1.
        // P2: a's start (15 Jan, 258 days) — a not seen at P2; b's start (1 Feb, 241 days), seen, paired → 1/1.
        MetricsResult r = run();

        assertThat(proportion(r, "project:P1", "top_follow_up_coverage")).extracting(ProportionValue::numerator,
                ProportionValue::denominator).containsExactly(1L, 1L);
        assertThat(proportion(r, "project:P2", "top_follow_up_coverage")).extracting(ProportionValue::numerator,
                ProportionValue::denominator).containsExactly(1L, 1L);
        assertThat(proportion(r, "borough:B", "top_follow_up_coverage")).extracting(ProportionValue::numerator,
                ProportionValue::denominator).containsExactly(2L, 2L);
    }

    @Test
    void keysReliableChangeThresholdsByItemCode() {
        // Opiate days at start over the all group's pairs (a at P1: 10, b: 20): SD 7.0711;
        // 1.96 × 7.0711 × √2 × √(1 − 0.8) = 8.765.
        MetricsResult r = run();

        assertThat(r.reliableChangeThresholds()).containsKey("opiates_days");
        assertThat(r.reliableChangeThresholds().get("opiates_days")).isCloseTo(8.765, within(0.001));
    }
}
