package org.recoveryoutcomes.engine.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.recoveryoutcomes.engine.metrics.Fixtures.ENGINE;
import static org.recoveryoutcomes.engine.metrics.Fixtures.OUTCOME;
import static org.recoveryoutcomes.engine.metrics.Fixtures.Q3;
import static org.recoveryoutcomes.engine.metrics.Fixtures.S;
import static org.recoveryoutcomes.engine.metrics.Fixtures.d;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.recoveryoutcomes.engine.model.Comparison;
import org.recoveryoutcomes.engine.model.CountValue;
import org.recoveryoutcomes.engine.model.ExitReason;
import org.recoveryoutcomes.engine.model.FileReport;
import org.recoveryoutcomes.engine.model.GroupLevel;
import org.recoveryoutcomes.engine.model.GroupResult;
import org.recoveryoutcomes.engine.model.MetricDefinition;
import org.recoveryoutcomes.engine.model.MetricsResult;
import org.recoveryoutcomes.engine.model.ProportionValue;
import org.recoveryoutcomes.engine.model.TopStage;
import org.recoveryoutcomes.engine.model.Trend;
import org.recoveryoutcomes.engine.model.TrendSeries;

/**
 * The whole run with a stand-in for the TOP outcome steps ({@link FakeTopOutcomes}); the real ones are exercised
 * by {@link MetricsEngineTopIntegrationTest}.
 *
 * <p>The fixture: projects Z1 and M3 in Ealing, A2 in Brent (no records). Z1 clients z0–z9 are seen once on
 * 1 May 2026 (Q2) and twice in Q3 (1 Jul, 1 Aug); M3 clients m0–m9 once in Q3 (15 Jul). Client t has a start and
 * a review at Z1 (10 Jan, 10 Jul 2026) and a start and an exit at M3 (1 Feb, 1 Aug 2026).
 */
class MetricsEngineTest {

    private static final List<String> ENGAGEMENT = List.of("contacts", "clients_seen", "new_clients",
            "contacts_per_client", "repeat_attendance", "retained_12_weeks", "did_not_attend_rate",
            "volunteers_active", "volunteer_hours", "contacts_by_type");
    private static final List<String> COVERAGE = List.of("top_start_coverage", "top_follow_up_coverage");
    private static final List<String> FAKE_TOP = List.of("fake_pairs", "fake_exit_share");
    private static final List<String> COMPLETIONS = List.of("successful_completions", "successful_completion_rate",
            "completed_no_representation", "completed_no_representation_opiate",
            "completed_no_representation_non_opiate", "effective_engagement");

    private static Fixtures ealing() {
        Fixtures f = new Fixtures().project("Z1", "Ealing").project("A2", "Brent").project("M3", "Ealing");
        for (int i = 0; i < 10; i++) {
            f.seen("z" + i, "Z1", d("2026-05-01"), d("2026-07-01"), d("2026-08-01"));
            f.seen("m" + i, "M3", d("2026-07-15"));
        }
        f.top("t", "Z1", d("2026-01-10"), TopStage.START).top("t", "Z1", d("2026-07-10"), TopStage.REVIEW)
                .top("t", "M3", d("2026-02-01"), TopStage.START).top("t", "M3", d("2026-08-01"), TopStage.EXIT)
                .episode("z0", "Z1", d("2026-01-01"), null, null)
                .episode("m0", "M3", d("2025-01-01"), d("2026-09-15"), ExitReason.DROPPED_OUT);
        f.files.add(new FileReport("contacts.csv", "ab12", 50, 50, 0, Map.of(), Map.of()));
        return f;
    }

    private static MetricsResult run(Fixtures f, MetricsRequest request) {
        return MetricsEngine.compute(f.dataset(), request, new FakeTopOutcomes());
    }

    private static MetricsResult run(Fixtures f) {
        return run(f, Fixtures.request("parent", Map.of(), 0));
    }

    private static ProportionValue proportion(MetricsResult r, String group, String metric) {
        return (ProportionValue) r.group(group).metric(metric);
    }

    @Test
    void listsAllThenBoroughsByNameThenProjectsById() {
        MetricsResult r = run(ealing());

        assertThat(r.groups()).extracting(GroupResult::key).containsExactly("all", "borough:Brent",
                "borough:Ealing", "project:A2", "project:M3", "project:Z1");
        assertThat(r.groups()).extracting(GroupResult::level).containsExactly(GroupLevel.ALL, GroupLevel.BOROUGH,
                GroupLevel.BOROUGH, GroupLevel.PROJECT, GroupLevel.PROJECT, GroupLevel.PROJECT);
        assertThat(r.groups()).extracting(GroupResult::name).containsExactly("All projects", "Brent", "Ealing",
                "Project A2", "Project M3", "Project Z1");
        assertThat(r.groups()).extracting(GroupResult::borough).containsExactly(null, "Brent", "Ealing", "Brent",
                "Ealing", "Ealing");
    }

    @Test
    void ordersMetricsEngagementCoverageTopOutcomesCompletions() {
        MetricsResult r = run(ealing());

        List<String> expected = new java.util.ArrayList<>(ENGAGEMENT);
        expected.addAll(COVERAGE);
        expected.addAll(FAKE_TOP);
        expected.addAll(COMPLETIONS);
        assertThat(r.groups()).allSatisfy(g -> assertThat(g.metrics().keySet()).containsExactlyElementsOf(expected));
        assertThat(r.definitions()).extracting(MetricDefinition::id).containsExactlyElementsOf(expected);
    }

    @Test
    void leavesOutWhatTheDataCannotTell() {
        // Contacts with only the required columns, no TOP file, no episodes file: no volunteer counts, coverage
        // or completions; the TOP outcome metrics are still there (with no pairs).
        Fixtures f = new Fixtures().project("P1", "B").seen("a", "P1", d("2026-07-01"))
                .columns(Map.of("contacts", Set.of("contact_id", "client_id", "project_id", "contact_date",
                        "contact_type")));

        MetricsResult r = run(f);

        List<String> expected = List.of("contacts", "clients_seen", "new_clients", "contacts_per_client",
                "repeat_attendance", "retained_12_weeks", "did_not_attend_rate", "contacts_by_type", "fake_pairs",
                "fake_exit_share");
        assertThat(r.group("project:P1").metrics().keySet()).containsExactlyElementsOf(expected);
        assertThat(r.definitions()).extracting(MetricDefinition::id).containsExactlyElementsOf(expected);
    }

    @Test
    void comparesAProjectWithItsBoroughAndABoroughWithAll() {
        // Repeat attendance in Q3: Z1 10/10, M3 0/10, Ealing 10/20 = 50%, Brent 0/0, all 10/20 = 50%.
        // Z1: CI 72.2–100 lies above 50% → better. Ealing: CI 29.9–70.1 holds 50% → similar. all: not compared.
        MetricsResult r = run(ealing());

        ProportionValue z1 = proportion(r, "project:Z1", "repeat_attendance");
        assertThat(z1.comparison()).isEqualTo(Comparison.BETTER);
        assertThat(z1.comparator()).isEqualTo("borough:Ealing");
        assertThat(z1.comparatorValue()).isEqualTo(50.0);
        assertThat(z1.funnel()).isEqualTo(Comparisons.funnel(10, 10, 50.0));
        assertThat(proportion(r, "project:M3", "repeat_attendance").comparison()).isEqualTo(Comparison.WORSE);
        ProportionValue ealing = proportion(r, "borough:Ealing", "repeat_attendance");
        assertThat(ealing.comparison()).isEqualTo(Comparison.SIMILAR);
        assertThat(ealing.comparator()).isEqualTo("all");
        ProportionValue all = proportion(r, "all", "repeat_attendance");
        assertThat(all.comparison()).isNull();
        assertThat(all.comparator()).isNull();
        assertThat(all.funnel()).isNull();
        // A2 has no figure: 0/0 against Brent's 0/0 — nothing to compare with.
        assertThat(proportion(r, "project:A2", "repeat_attendance").comparison()).isNull();
    }

    @Test
    void comparesTopOutcomeProportionsAndCountsAClientOncePerBorough() {
        // t has a pair at Z1 (review 10 Jul) and at M3 (exit 1 Aug): one pair each there, and one (the latest,
        // the exit) in Ealing and in all. fake_exit_share: Z1 0/1, Ealing 1/1 = 100% → Z1 not compared (d < 10).
        MetricsResult r = run(ealing());

        assertThat(((CountValue) r.group("project:Z1").metric("fake_pairs")).count()).isEqualTo(1);
        assertThat(((CountValue) r.group("project:M3").metric("fake_pairs")).count()).isEqualTo(1);
        assertThat(((CountValue) r.group("borough:Ealing").metric("fake_pairs")).count()).isEqualTo(1);
        assertThat(((CountValue) r.group("all").metric("fake_pairs")).count()).isEqualTo(1);
        ProportionValue z1 = proportion(r, "project:Z1", "fake_exit_share");
        assertThat(z1.comparison()).isEqualTo(Comparison.NOT_COMPARED);
        assertThat(z1.comparator()).isEqualTo("borough:Ealing");
        assertThat(z1.comparatorValue()).isEqualTo(100.0);
    }

    @Test
    void comparesEveryGroupButAllWithAll() {
        MetricsResult r = run(ealing(), Fixtures.request("all", Map.of(), 0));

        assertThat(proportion(r, "project:Z1", "repeat_attendance").comparator()).isEqualTo("all");
        assertThat(proportion(r, "borough:Ealing", "repeat_attendance").comparator()).isEqualTo("all");
        assertThat(proportion(r, "all", "repeat_attendance").comparison()).isNull();
    }

    @Test
    void comparesEveryGroupWithTheTemplatesValue() {
        // all: 10/20, CI 29.9–70.1, lies above 20% → better.
        MetricsResult r = run(ealing(), Fixtures.request("value", Map.of("repeat_attendance", 20.0), 0));

        ProportionValue all = proportion(r, "all", "repeat_attendance");
        assertThat(all.comparison()).isEqualTo(Comparison.BETTER);
        assertThat(all.comparator()).isEqualTo("value");
        assertThat(all.comparatorValue()).isEqualTo(20.0);
        assertThat(proportion(r, "project:Z1", "retained_12_weeks").comparison()).isNull();
    }

    @Test
    void rejectsAnUnknownComparator() {
        assertThatThrownBy(() -> run(ealing(), Fixtures.request("parents", Map.of(), 0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("comparator 'parents' is not understood");
    }

    @Test
    void setsTheChangeAgainstThePreviousQuarterAndTheYearBefore() {
        // Z1 repeat attendance: Q2 0/10 (one contact each), Q3 10/10 → +100 points, significant.
        // 2025-Q3 has no contacts → no figure to compare with.
        MetricsResult r = run(ealing());

        ProportionValue z1 = proportion(r, "project:Z1", "repeat_attendance");
        Trend previous = z1.vsPrevious();
        assertThat(previous.period()).isEqualTo("2026-Q2");
        assertThat(previous.earlierValue()).isEqualTo(0.0);
        assertThat(previous.difference()).isEqualTo(100.0);
        assertThat(previous.significant()).isTrue();
        assertThat(z1.vsYearBefore()).isEqualTo(new Trend("2025-Q3", null, null, null, null, false));
    }

    @Test
    void givesTheTrendQuartersOfEveryCountAndProportionPerGroup() {
        // Per group, 17 metrics are counts or proportions (not contacts_per_client, volunteer_hours,
        // contacts_by_type); 6 groups → 102 series. Contacts in all: Q2 10, Q3 20 + 10 = 30.
        MetricsResult r = run(ealing(), Fixtures.request("parent", Map.of(), 2));

        assertThat(r.trends()).hasSize(102);
        TrendSeries first = r.trends().get(0);
        assertThat(first.groupKey()).isEqualTo("all");
        assertThat(first.metricId()).isEqualTo("contacts");
        assertThat(first.points()).extracting(p -> p.period().label()).containsExactly("2026-Q2", "2026-Q3");
        assertThat(first.points()).extracting(p -> ((CountValue) p.value()).count()).containsExactly(10L, 30L);
        assertThat(r.trends()).extracting(TrendSeries::metricId).doesNotContain("contacts_per_client",
                "volunteer_hours", "contacts_by_type");
        assertThat(r.trends().get(101).groupKey()).isEqualTo("project:Z1");
        assertThat(r.trends().get(101).metricId()).isEqualTo("effective_engagement");
        assertThat(run(ealing()).trends()).isEmpty();
    }

    @Test
    void echoesTheRunAndFindsTheLatestDateInTheData() {
        // Latest record: m0's episode ended 15 Sep 2026 (contacts end 1 Aug, TOPs 1 Aug).
        Fixtures f = ealing();
        MetricsResult r = run(f);

        assertThat(r.engine()).isEqualTo(ENGINE);
        assertThat(r.period()).isEqualTo(Q3);
        assertThat(r.outcomePeriod()).isEqualTo(OUTCOME);
        assertThat(r.settings()).isEqualTo(S);
        assertThat(r.inputs()).isEqualTo(f.files);
        assertThat(r.dataDate()).isEqualTo(d("2026-09-15"));
        assertThat(r.reliableChangeThresholds()).containsExactly(Map.entry("alcohol_days", 6.5),
                Map.entry("psych_health", 4.2));
    }

    @Test
    void anEmptyDatasetGivesTheAllGroupOnly() {
        MetricsResult r = run(new Fixtures());

        assertThat(r.groups()).extracting(GroupResult::key).containsExactly("all");
        assertThat(((CountValue) r.group("all").metric("contacts")).count()).isZero();
        assertThat(r.dataDate()).isNull();
    }

    @Test
    void usesTheOutcomePeriodForCompletionsAndTheReportPeriodForEngagement() {
        // a: seen 1 Jan 2026 only (outside Q3); completed 1 Mar 2026 (inside the outcome period).
        Fixtures f = new Fixtures().project("P1", "B").seen("a", "P1", d("2026-01-01"))
                .episode("a", "P1", d("2025-12-01"), d("2026-03-01"), ExitReason.COMPLETED_DRUG_FREE);

        GroupResult p1 = run(f).group("project:P1");

        assertThat(((CountValue) p1.metric("clients_seen")).count()).isZero();
        assertThat(((CountValue) p1.metric("successful_completions")).count()).isEqualTo(1);
    }
}
