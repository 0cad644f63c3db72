package org.recoveryoutcomes.engine.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recoveryoutcomes.engine.model.Breakdown;
import org.recoveryoutcomes.engine.model.BreakdownValue;
import org.recoveryoutcomes.engine.model.CountValue;
import org.recoveryoutcomes.engine.model.EngineInfo;
import org.recoveryoutcomes.engine.model.GroupLevel;
import org.recoveryoutcomes.engine.model.GroupResult;
import org.recoveryoutcomes.engine.model.MetricValue;
import org.recoveryoutcomes.engine.model.MetricsResult;
import org.recoveryoutcomes.engine.model.Period;
import org.recoveryoutcomes.engine.model.ProportionValue;
import org.recoveryoutcomes.engine.model.ReportTemplate;
import org.recoveryoutcomes.engine.model.Settings;
import org.recoveryoutcomes.engine.model.Trend;
import org.recoveryoutcomes.engine.model.TrendSeries;

/**
 * Secondary suppression on a small hierarchy: all = Ealing + Hounslow, Ealing = BAT + EHR, Hounslow = HRC.
 * <ul>
 *   <li>new_clients: BAT 40, EHR 3 (small), HRC 20; Ealing 43, Hounslow 20, all 63;</li>
 *   <li>clients_seen: BAT 200, EHR 180, HRC 50; Ealing 380, Hounslow 50, all 430;</li>
 *   <li>volunteers_active: BAT 12, EHR 8, HRC 4 (small); Ealing 20, Hounslow 4 (small), all 24;</li>
 *   <li>contacts_by_type at BAT: drop-in 100, one-to-one 50, group 30, other 3 (small); contacts 183;</li>
 *   <li>clients_seen of all by sex: male 30, female 3 (small), other 0, not stated 0, not recorded 10 (43 in
 *       all: a breakdown only, the figures above are not its total);</li>
 *   <li>clients_seen in the trend: 2026/27-Q1 BAT 2 (small), EHR 9, Ealing 11; 2026/27-Q2 is the report
 *       period.</li>
 * </ul>
 */
class SuppressionTest {

    private static final Settings S = Settings.DEFAULTS;
    private static final Period Q2 = Period.parse("2026/27-Q2");
    private static final Period Q1 = Period.parse("2026/27-Q1");

    private static MetricsResult metrics() {
        List<GroupResult> groups = new ArrayList<>();
        groups.add(group(GroupLevel.ALL, "all", null, 63, 430, 24));
        groups.add(group(GroupLevel.BOROUGH, "Ealing", "Ealing", 43, 380, 20));
        groups.add(group(GroupLevel.BOROUGH, "Hounslow", "Hounslow", 20, 50, 4));
        groups.add(group(GroupLevel.PROJECT, "BAT", "Ealing", 40, 200, 12));
        groups.add(group(GroupLevel.PROJECT, "EHR", "Ealing", 3, 180, 8));
        groups.add(group(GroupLevel.PROJECT, "HRC", "Hounslow", 20, 50, 4));
        Map<String, MetricValue> bat = new LinkedHashMap<>(groups.get(3).metrics());
        bat.put("contacts", count(183));
        Map<String, CountValue> types = new LinkedHashMap<>();
        types.put("drop_in", count(100));
        types.put("one_to_one", count(50));
        types.put("group", count(30));
        types.put("other", count(3));
        bat.put("contacts_by_type", new BreakdownValue(types));
        groups.set(3, new GroupResult(GroupLevel.PROJECT, "BAT", "BAT", "Ealing", bat));
        List<Breakdown> breakdowns = new ArrayList<>();
        long[] sexes = {30, 3, 0, 0, 10};
        String[] codes = {"male", "female", "other", "not_stated", "not_recorded"};
        for (int i = 0; i < sexes.length; i++) {
            breakdowns.add(new Breakdown("all", "sex", codes[i], "new_clients", count(sexes[i])));
        }
        List<TrendSeries> trends = List.of(
                series("borough:Ealing", 11, groups.get(1)),
                series("project:BAT", 2, groups.get(3)),
                series("project:EHR", 9, groups.get(4)));
        return new MetricsResult(new EngineInfo("test", "0"), Q2, Period.parse("12m:2026-09-30"), List.of(), S,
                Map.of(), List.of(), groups, trends, LocalDate.of(2026, 9, 30), List.of(), breakdowns);
    }

    private static TrendSeries series(String key, long before, GroupResult now) {
        return new TrendSeries(key, "clients_seen", List.of(new TrendSeries.Point(Q1, count(before)),
                new TrendSeries.Point(Q2, now.metric("clients_seen"))));
    }

    private static GroupResult group(GroupLevel level, String id, String borough, long newClients, long seen,
                                     long volunteers) {
        Map<String, MetricValue> m = new LinkedHashMap<>();
        m.put("new_clients", count(newClients));
        m.put("clients_seen", count(seen));
        m.put("volunteers_active", count(volunteers));
        return new GroupResult(level, id, level == GroupLevel.ALL ? "All projects" : id, borough, m);
    }

    private static CountValue count(long n) {
        return new CountValue(n, S.isSmall(n));
    }

    private static final MetricsResult METRICS = metrics();

    private static Suppression suppression(String focus) {
        return suppression(focus, true);
    }

    private static Suppression suppression(String focus, boolean on) {
        ReportTemplate template = new ReportTemplate("borough-comparison", "Borough comparison", null,
                List.of(GroupLevel.ALL, GroupLevel.BOROUGH, GroupLevel.PROJECT), "parent", Map.of(), List.of());
        return Suppression.of(new ReportContent(METRICS, template,
                new RenderOptions(Locale.UK, on, focus, LocalDate.of(2026, 9, 30), "00")));
    }

    private static GroupResult group(String key) {
        return METRICS.group(key);
    }

    @Test
    void hidesTheOtherPartWhenOneOfTwoIsHidden() {
        // EHR's 3 new clients would be Ealing 43 − BAT 40: BAT is hidden too; the totals stay.
        Suppression s = suppression(null);
        assertThat(s.hidden(group("project:EHR"), "new_clients")).isTrue();
        assertThat(s.hidden(group("project:BAT"), "new_clients")).isTrue();
        assertThat(s.hidden(group("borough:Ealing"), "new_clients")).isFalse();
        assertThat(s.hidden(group("all"), "new_clients")).isFalse();
        assertThat(s.hidden(group("project:HRC"), "new_clients")).isFalse();
    }

    @Test
    void protectsASmallPartTheReportLeavesOutButWhoseTotalItShows() {
        // A report on BAT shows all, Ealing and BAT: EHR's 3 new clients = Ealing − BAT.
        Suppression s = suppression("project:BAT");
        assertThat(s.hidden(group("project:BAT"), "new_clients")).isTrue();
        // A part left out that is not small may be worked out: nothing to protect (EHR has 180 clients seen).
        assertThat(s.hidden(group("project:BAT"), "clients_seen")).isFalse();
    }

    @Test
    void hidesAHiddenTotalsSmallestPartAndStopsWhenNothingCanBeWorkedOut() {
        // volunteers_active in a report on Ealing: Hounslow (4) is left out, so Ealing is hidden, else Hounslow =
        // all 24 − Ealing 20. Ealing = BAT 12 + EHR 8 would give it back, so the smaller part, EHR, is hidden.
        // Then all − BAT = EHR + Hounslow has two unknowns: BAT may stay.
        Suppression s = suppression("borough:Ealing");
        assertThat(s.hidden(group("borough:Ealing"), "volunteers_active")).isTrue();
        assertThat(s.hidden(group("project:EHR"), "volunteers_active")).isTrue();
        assertThat(s.hidden(group("project:BAT"), "volunteers_active")).isFalse();
        assertThat(s.hidden(group("all"), "volunteers_active")).isFalse();
    }

    @Test
    void protectsTheOnlyHiddenPartOfABreakdownValue() {
        // BAT's contacts by type: other 3 is small; group 30 is the smallest other part. The total is the
        // contacts figure (183), shown.
        Suppression s = suppression(null);
        GroupResult bat = group("project:BAT");
        assertThat(List.of("drop_in", "one_to_one", "group", "other")).map(p -> s.hiddenPart(bat,
                "contacts_by_type", p)).containsExactly(false, false, true, true);
        assertThat(s.anyPartHidden(bat, "contacts_by_type")).isTrue();
        assertThat(s.hiddenTotal(bat, "contacts_by_type")).isFalse();
    }

    @Test
    void protectsTheOnlyHiddenCategoryOfAnEqualityBreakdown() {
        // All's new clients by sex: female 3 is small; not recorded 10 is the smallest other non-zero category.
        Suppression s = suppression(null);
        List<Boolean> hidden = METRICS.breakdowns().stream().map(s::hidden).toList();
        assertThat(hidden).containsExactly(false, true, false, false, true);
    }

    @Test
    void hidesATrendQuarterAsATableOfItsOwnAndTheReportQuarterAsTheFigure() {
        // 2026/27-Q1: BAT 2 is small, so EHR 9 is hidden too (Ealing 11 − 9 = 2).
        Suppression s = suppression(null);
        assertThat(s.hidden("project:BAT", "clients_seen", Q1)).isTrue();
        assertThat(s.hidden("project:EHR", "clients_seen", Q1)).isTrue();
        assertThat(s.hidden("borough:Ealing", "clients_seen", Q1)).isFalse();
        assertThat(s.hidden("project:BAT", "clients_seen", Q2)).isEqualTo(s.hidden(group("project:BAT"),
                "clients_seen"));
        // A change on Q1 would reveal EHR's hidden Q1 figure: it is hidden as well.
        Trend onQ1 = new Trend("2026/27-Q1", 9.0, 1.0, -2.0, 4.0, false);
        assertThat(s.earlierHidden("project:EHR", "clients_seen", onQ1)).isTrue();
        assertThat(s.earlierHidden("borough:Ealing", "clients_seen", onQ1)).isFalse();
    }

    @Test
    void hidesNothingInAWorkingCopy() {
        Suppression s = suppression(null, false);
        assertThat(s.hidden(group("project:EHR"), "new_clients")).isFalse();
        assertThat(s.hidden(group("project:BAT"), "new_clients")).isFalse();
        assertThat(s.hiddenPart(group("project:BAT"), "contacts_by_type", "other")).isFalse();
        assertThat(METRICS.breakdowns()).noneMatch(s::hidden);
        assertThat(s.hidden("project:BAT", "clients_seen", Q1)).isFalse();
    }

    @Test
    void worksOutEveryProportionOnItsDenominator() {
        // A proportion is hidden and protected as one cell; the smaller base is hidden first.
        Map<String, MetricValue> small = Map.of("retained_12_weeks", ProportionValue.of(2, 9, null, null, true));
        Map<String, MetricValue> large = Map.of("retained_12_weeks", ProportionValue.of(30, 60, null, null, false));
        Map<String, MetricValue> larger = Map.of("retained_12_weeks", ProportionValue.of(40, 90, null, null, false));
        Map<String, MetricValue> total = Map.of("retained_12_weeks", ProportionValue.of(72, 159, null, null, false));
        MetricsResult m = new MetricsResult(new EngineInfo("test", "0"), Q2, Period.parse("12m:2026-09-30"),
                List.of(), S, Map.of(), List.of(), List.of(
                        new GroupResult(GroupLevel.ALL, "all", "All projects", null, total),
                        new GroupResult(GroupLevel.BOROUGH, "B", "B", "B", total),
                        new GroupResult(GroupLevel.PROJECT, "A1", "A1", "B", small),
                        new GroupResult(GroupLevel.PROJECT, "A2", "A2", "B", larger),
                        new GroupResult(GroupLevel.PROJECT, "A3", "A3", "B", large)), List.of(), null, List.of());
        ReportTemplate template = new ReportTemplate("t", "T", null, List.of(), "parent", Map.of(), List.of());
        Suppression s = Suppression.of(new ReportContent(m, template,
                new RenderOptions(Locale.UK, true, null, LocalDate.of(2026, 9, 30), "00")));
        assertThat(s.hidden("project:A1", "retained_12_weeks")).isTrue();
        assertThat(s.hidden("project:A3", "retained_12_weeks")).isTrue();
        assertThat(s.hidden("project:A2", "retained_12_weeks")).isFalse();
    }
}
