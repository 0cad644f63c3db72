package org.recoveryoutcomes.engine.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recoveryoutcomes.engine.metrics.MetricsEngine;
import org.recoveryoutcomes.engine.model.Breakdown;
import org.recoveryoutcomes.engine.model.BreakdownValue;
import org.recoveryoutcomes.engine.model.CountValue;
import org.recoveryoutcomes.engine.model.EngineInfo;
import org.recoveryoutcomes.engine.model.GroupLevel;
import org.recoveryoutcomes.engine.model.GroupResult;
import org.recoveryoutcomes.engine.model.MetricDefinition;
import org.recoveryoutcomes.engine.model.MetricValue;
import org.recoveryoutcomes.engine.model.MetricsResult;
import org.recoveryoutcomes.engine.model.Period;
import org.recoveryoutcomes.engine.model.ProportionValue;
import org.recoveryoutcomes.engine.model.ReportTemplate;
import org.recoveryoutcomes.engine.model.Settings;
import org.recoveryoutcomes.engine.model.Trend;
import org.recoveryoutcomes.engine.model.TrendSeries;

/**
 * Which figures the reports hide, as every renderer reads it ({@link Suppression}), on a small hierarchy: all =
 * Ealing + Hounslow, Ealing = BAT + EHR, Hounslow = HRC. The figures carry the catalogue's definitions, and so the
 * relations a reader can use: the publication ({@link Publication}) hides a partner only where a relation would
 * otherwise give a hidden figure away.
 * <ul>
 *   <li>new_clients: BAT 40, EHR 3 (small), HRC 20; Ealing 43, Hounslow 20, all 63;</li>
 *   <li>clients_seen: BAT 200, EHR 180, HRC 50; Ealing 380, Hounslow 50, all 430;</li>
 *   <li>volunteers_active: BAT 12, EHR 8, HRC 4 (small); Ealing 20, Hounslow 4 (small), all 24;</li>
 *   <li>contacts_by_type at BAT: drop-in 100, one-to-one 50, group 30, other 3 (small); contacts 183;</li>
 *   <li>new_clients of all by sex: male 50, female 3 (small), other 0, not stated 0, not recorded 10 (63, the
 *       figure of all);</li>
 *   <li>clients_seen in the trend: 2026/27-Q1 BAT 2 (small), EHR 9, Ealing 11; 2026/27-Q2 is the report
 *       period.</li>
 * </ul>
 * Contacts (events: a borough's are exactly its projects') are tested on worlds of their own.
 */
class SuppressionTest {

    private static final Settings S = Settings.DEFAULTS;
    private static final Period Q2 = Period.parse("2026/27-Q2");
    private static final Period Q1 = Period.parse("2026/27-Q1");
    private static final Period OUTCOME = Period.parse("12m:2026-09-30");
    private static final List<MetricDefinition> CATALOGUE = MetricsEngine.catalogue();
    private static final ReportTemplate TEMPLATE = new ReportTemplate("borough-comparison", "Borough comparison",
            null, List.of(GroupLevel.ALL, GroupLevel.BOROUGH, GroupLevel.PROJECT), "parent", Map.of(), List.of());

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
        long[] sexes = {50, 3, 0, 0, 10};
        String[] codes = {"male", "female", "other", "not_stated", "not_recorded"};
        for (int i = 0; i < sexes.length; i++) {
            breakdowns.add(new Breakdown("all", "sex", codes[i], "new_clients", count(sexes[i])));
        }
        List<TrendSeries> trends = List.of(
                series("borough:Ealing", 11, groups.get(1)),
                series("project:BAT", 2, groups.get(3)),
                series("project:EHR", 9, groups.get(4)));
        return new MetricsResult(new EngineInfo("test", "0"), Q2, OUTCOME, List.of(), S, Map.of(), CATALOGUE, groups,
                trends, LocalDate.of(2026, 9, 30), List.of(), breakdowns);
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
        return suppression(METRICS, focus, true);
    }

    private static Suppression suppression(MetricsResult m, String focus, boolean on) {
        return Suppression.of(new ReportContent(m, TEMPLATE,
                new RenderOptions(Locale.UK, on, focus, LocalDate.of(2026, 9, 30), "00")));
    }

    private static GroupResult group(String key) {
        return METRICS.group(key);
    }

    /**
     * The hierarchy with one metric's figure per group, in the order all, Ealing, Hounslow, BAT, EHR, HRC; more
     * figures of other periods as trends.
     */
    private static MetricsResult world(String metric, List<MetricValue> figures, List<TrendSeries> trends) {
        String[][] g = {{"all", null}, {"Ealing", "Ealing"}, {"Hounslow", "Hounslow"}, {"BAT", "Ealing"},
            {"EHR", "Ealing"}, {"HRC", "Hounslow"}};
        List<GroupResult> groups = new ArrayList<>();
        for (int i = 0; i < g.length; i++) {
            GroupLevel level = i == 0 ? GroupLevel.ALL : i < 3 ? GroupLevel.BOROUGH : GroupLevel.PROJECT;
            Map<String, MetricValue> m = new LinkedHashMap<>();
            m.put(metric, figures.get(i));
            groups.add(new GroupResult(level, g[i][0], g[i][0], g[i][1], m));
        }
        return new MetricsResult(new EngineInfo("test", "0"), Q2, OUTCOME, List.of(), S, Map.of(), CATALOGUE, groups,
                trends, LocalDate.of(2026, 9, 30), List.of(), List.of());
    }

    private static MetricsResult contacts(long all, long ealing, long hounslow, long bat, long ehr, long hrc) {
        return world("contacts", List.of(count(all), count(ealing), count(hounslow), count(bat), count(ehr),
                count(hrc)), List.of());
    }

    @Test
    void hidesTheOtherPartWhenOneOfTwoIsHidden() {
        // Contacts are events, so Ealing 43 = BAT 40 + EHR 3 exactly: EHR's 3 would be Ealing − BAT, so BAT (the
        // cheaper partner) is hidden too; the totals stay.
        Suppression s = suppression(contacts(63, 43, 20, 40, 3, 20), null, true);
        assertThat(s.hidden("project:EHR", "contacts")).isTrue();
        assertThat(s.hidden("project:BAT", "contacts")).isTrue();
        assertThat(s.hidden("borough:Ealing", "contacts")).isFalse();
        assertThat(s.hidden("all", "contacts")).isFalse();
        assertThat(s.hidden("project:HRC", "contacts")).isFalse();
    }

    @Test
    void aBoundThatLeavesTheHiddenFigureWideNeedsNoPartner() {
        // The same figures as new clients: a client new to EHR may have come to BAT before, so the borough's new
        // clients are at most its projects' (Ealing 43 ≤ BAT 40 + EHR). Ealing − BAT only says EHR has at least 3,
        // and at most its 180 clients seen: BAT may stay.
        Suppression s = suppression(null);
        assertThat(s.hidden(group("project:EHR"), "new_clients")).isTrue();
        assertThat(s.hidden(group("project:BAT"), "new_clients")).isFalse();
        assertThat(s.hidden(group("borough:Ealing"), "new_clients")).isFalse();
        assertThat(s.hidden(group("all"), "new_clients")).isFalse();
    }

    @Test
    void protectsASmallPartTheReportLeavesOutButWhoseTotalItShows() {
        // A report on BAT shows all, Ealing and BAT: EHR's 3 contacts = Ealing − BAT. One pattern serves every
        // report of the publication, so BAT is hidden there too, and EHR in every report.
        MetricsResult m = contacts(63, 43, 20, 40, 3, 20);
        Suppression s = suppression(m, "project:BAT", true);
        assertThat(s.hidden("project:BAT", "contacts")).isTrue();
        assertThat(s.hidden("project:EHR", "contacts")).isTrue();
        assertThat(s.hidden("borough:Ealing", "contacts")).isFalse();
        // A part left out that is not small may be worked out: nothing to protect (EHR has 180 clients seen).
        assertThat(suppression("project:BAT").hidden(group("project:BAT"), "clients_seen")).isFalse();
    }

    @Test
    void hidesAHiddenTotalsSmallestPartAndStopsWhenNothingCanBeWorkedOut() {
        // Contacts in a report on Ealing: Hounslow (4, so its one project HRC too) is small, so Ealing is hidden,
        // else Hounslow = all 24 − Ealing 20. Ealing = BAT 12 + EHR 8 would give it back, so the smaller part, EHR,
        // is hidden. Then all − BAT = EHR + Hounslow has two unknowns: BAT may stay.
        Suppression s = suppression(contacts(24, 20, 4, 12, 8, 4), "borough:Ealing", true);
        assertThat(s.hidden("borough:Hounslow", "contacts")).isTrue();
        assertThat(s.hidden("project:HRC", "contacts")).isTrue();
        assertThat(s.hidden("borough:Ealing", "contacts")).isTrue();
        assertThat(s.hidden("project:EHR", "contacts")).isTrue();
        assertThat(s.hidden("project:BAT", "contacts")).isFalse();
        assertThat(s.hidden("all", "contacts")).isFalse();
    }

    @Test
    void volunteersWhoCanWorkForAnyProjectGiveOnlyBounds() {
        // The same figures as volunteers, who can work for several projects: all 24 ≤ Ealing 20 + Hounslow, so
        // all − Ealing only says Hounslow has at least 4 (and at most all's 24). Hounslow and HRC are hidden as
        // small numbers; nothing needs hiding to protect them.
        Suppression s = suppression("borough:Ealing");
        assertThat(s.hidden(group("borough:Hounslow"), "volunteers_active")).isTrue();
        assertThat(s.hidden(group("project:HRC"), "volunteers_active")).isTrue();
        assertThat(s.hidden(group("borough:Ealing"), "volunteers_active")).isFalse();
        assertThat(s.hidden(group("project:EHR"), "volunteers_active")).isFalse();
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
        assertThat(s.hidden(bat, "contacts")).isFalse();
    }

    @Test
    void protectsTheOnlyHiddenCategoryOfAnEqualityBreakdown() {
        // All's new clients by sex: female 3 is small; not recorded 10 is the smallest other non-zero category.
        // The renderers read the flags of the published breakdowns.
        Suppression s = suppression(null);
        MetricsResult published = new ReportContent(METRICS, TEMPLATE,
                new RenderOptions(Locale.UK, true, null, LocalDate.of(2026, 9, 30), "00")).metrics();
        List<Boolean> hidden = published.breakdowns().stream().map(s::hidden).toList();
        assertThat(hidden).containsExactly(false, true, false, false, true);
    }

    @Test
    void aBreakdownThatIsNotTheSplitOfTheFigureNeedsNoPartner() {
        // The same categories adding up to 43, not to all's 63: not a split of the figure (the relation does not
        // hold in the data), so no subtraction gives female's 3 away, and only it is hidden.
        MetricsResult m = METRICS;
        List<Breakdown> breakdowns = new ArrayList<>();
        long[] sexes = {30, 3, 0, 0, 10};
        for (int i = 0; i < sexes.length; i++) {
            Breakdown b = m.breakdowns().get(i);
            breakdowns.add(new Breakdown(b.groupKey(), b.dimension(), b.category(), b.metricId(), count(sexes[i])));
        }
        MetricsResult notASplit = new MetricsResult(m.engine(), m.period(), m.outcomePeriod(), m.inputs(),
                m.settings(), m.reliableChangeThresholds(), m.definitions(), m.groups(), m.trends(), m.dataDate(),
                m.methodologyNotes(), breakdowns);
        ReportContent content = new ReportContent(notASplit, TEMPLATE,
                new RenderOptions(Locale.UK, true, null, LocalDate.of(2026, 9, 30), "00"));
        Suppression s = Suppression.of(content);
        assertThat(content.metrics().breakdowns().stream().map(s::hidden).toList())
                .containsExactly(false, true, false, false, false);
    }

    @Test
    void hidesATrendQuarterAsATableOfItsOwnAndTheReportQuarterAsTheFigure() {
        // 2026/27-Q1: BAT's 2 clients seen are small. Clients seen at two projects count once in the borough, so
        // BAT ≤ Ealing 11 and Ealing ≤ BAT + EHR 9: BAT lies between 2 and 11, and EHR may stay.
        Suppression s = suppression(null);
        assertThat(s.hidden("project:BAT", "clients_seen", Q1)).isTrue();
        assertThat(s.hidden("project:EHR", "clients_seen", Q1)).isFalse();
        assertThat(s.hidden("borough:Ealing", "clients_seen", Q1)).isFalse();
        assertThat(s.hidden("project:BAT", "clients_seen", Q2)).isEqualTo(s.hidden(group("project:BAT"),
                "clients_seen"));
    }

    @Test
    void hidesAChangeOnAQuarterHiddenToProtectAnother() {
        // Retention in 2026/27-Q1: HRC 2 of 9 is small, so Hounslow (its only project, the same figure) is hidden,
        // and Ealing with it, else Hounslow = all − Ealing. Ealing's Q1 figure is no small number, so its change
        // on Q1 says nothing of being hidden; the publication withholds it, as it would give Ealing's Q1 back.
        long[][] q1 = {{30, 80}, {28, 71}, {2, 9}, {14, 35}, {14, 36}, {2, 9}};
        long[][] q2 = {{40, 90}, {30, 60}, {10, 30}, {15, 30}, {15, 30}, {10, 30}};
        String[] keys = {"all", "borough:Ealing", "borough:Hounslow", "project:BAT", "project:EHR", "project:HRC"};
        List<MetricValue> figures = new ArrayList<>();
        List<TrendSeries> trends = new ArrayList<>();
        for (int i = 0; i < keys.length; i++) {
            ProportionValue before = proportion(q1[i][0], q1[i][1]);
            ProportionValue now = proportion(q2[i][0], q2[i][1]).withTrends(new Trend("2026/27-Q1",
                    before.value(), now(q2[i]) - before.value(), -10.0, 10.0, false, before.suppressed()), null);
            figures.add(now);
            trends.add(new TrendSeries(keys[i], "retained_12_weeks", List.of(new TrendSeries.Point(Q1, before),
                    new TrendSeries.Point(Q2, now))));
        }
        ReportContent content = new ReportContent(world("retained_12_weeks", figures, trends), TEMPLATE,
                new RenderOptions(Locale.UK, true, null, LocalDate.of(2026, 9, 30), "00"));
        Suppression s = Suppression.of(content);

        assertThat(s.hidden("project:HRC", "retained_12_weeks", Q1)).isTrue();
        assertThat(s.hidden("borough:Hounslow", "retained_12_weeks", Q1)).isTrue();
        assertThat(s.hidden("borough:Ealing", "retained_12_weeks", Q1)).as("hidden to protect Hounslow").isTrue();
        GroupResult ealing = content.metrics().group("borough:Ealing");
        Trend onQ1 = ((ProportionValue) ealing.metric("retained_12_weeks")).vsPrevious();
        assertThat(s.earlierHidden(ealing, "retained_12_weeks", onQ1)).isTrue();
        assertThat(onQ1.earlierValue()).as("no number of the hidden quarter is left").isNull();
        assertThat(onQ1.difference()).isNull();
        GroupResult all = content.metrics().group("all");
        Trend allOnQ1 = ((ProportionValue) all.metric("retained_12_weeks")).vsPrevious();
        assertThat(s.earlierHidden(all, "retained_12_weeks", allOnQ1)).isFalse();
        assertThat(allOnQ1.earlierValue()).isEqualTo(100.0 * 30 / 80);
    }

    private static double now(long[] nd) {
        return 100.0 * nd[0] / nd[1];
    }

    private static ProportionValue proportion(long n, long d) {
        return ProportionValue.of(n, d, null, null, S.isSmall(n) || S.isSmall(d) || S.isSmall(d - n));
    }

    @Test
    void hidesNothingInAWorkingCopy() {
        Suppression s = suppression(METRICS, null, false);
        assertThat(s.hidden(group("project:EHR"), "new_clients")).isFalse();
        assertThat(s.hidden(group("project:BAT"), "new_clients")).isFalse();
        assertThat(s.hiddenPart(group("project:BAT"), "contacts_by_type", "other")).isFalse();
        assertThat(METRICS.breakdowns()).noneMatch(s::hidden);
        assertThat(s.hidden("project:BAT", "clients_seen", Q1)).isFalse();
    }

    @Test
    void worksOutEveryProportionOnItsDenominator() {
        // A proportion is hidden and protected as one cell, its numerator and denominator together; the smaller
        // base is hidden first. Did-not-attend rates are of contacts, events: B = A1 + A2 + A3 exactly.
        Map<String, MetricValue> small = Map.of("did_not_attend_rate", ProportionValue.of(2, 9, null, null, true));
        Map<String, MetricValue> large = Map.of("did_not_attend_rate", ProportionValue.of(30, 60, null, null, false));
        Map<String, MetricValue> larger = Map.of("did_not_attend_rate", ProportionValue.of(40, 90, null, null,
                false));
        Map<String, MetricValue> total = Map.of("did_not_attend_rate", ProportionValue.of(72, 159, null, null,
                false));
        MetricsResult m = new MetricsResult(new EngineInfo("test", "0"), Q2, OUTCOME, List.of(), S, Map.of(),
                CATALOGUE, List.of(
                        new GroupResult(GroupLevel.ALL, "all", "All projects", null, total),
                        new GroupResult(GroupLevel.BOROUGH, "B", "B", "B", total),
                        new GroupResult(GroupLevel.PROJECT, "A1", "A1", "B", small),
                        new GroupResult(GroupLevel.PROJECT, "A2", "A2", "B", larger),
                        new GroupResult(GroupLevel.PROJECT, "A3", "A3", "B", large)), List.of(), null, List.of());
        ReportTemplate template = new ReportTemplate("t", "T", null, List.of(), "parent", Map.of(), List.of());
        Suppression s = Suppression.of(new ReportContent(m, template,
                new RenderOptions(Locale.UK, true, null, LocalDate.of(2026, 9, 30), "00")));
        assertThat(s.hidden("project:A1", "did_not_attend_rate")).isTrue();
        assertThat(s.hidden("project:A3", "did_not_attend_rate")).isTrue();
        assertThat(s.hidden("project:A2", "did_not_attend_rate")).isFalse();
    }
}
