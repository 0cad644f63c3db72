package org.recoveryoutcomes.engine.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.recoveryoutcomes.engine.model.Breakdown;
import org.recoveryoutcomes.engine.model.BreakdownValue;
import org.recoveryoutcomes.engine.model.Comparison;
import org.recoveryoutcomes.engine.model.CountValue;
import org.recoveryoutcomes.engine.model.Funnel;
import org.recoveryoutcomes.engine.model.Ledger;
import org.recoveryoutcomes.engine.model.MeanValue;
import org.recoveryoutcomes.engine.model.MetricValue;
import org.recoveryoutcomes.engine.model.MetricsResult;
import org.recoveryoutcomes.engine.model.Period;
import org.recoveryoutcomes.engine.model.ProportionValue;
import org.recoveryoutcomes.engine.model.Settings;
import org.recoveryoutcomes.engine.model.TrendSeries;

/**
 * The relation families of issue 13 that {@link PublicationTest} does not attack, each on a small hand-made world
 * with the real catalogue (all = Ealing + Hounslow; Ealing = BAT + EHR; Hounslow = HRC), written as the attack a
 * reader of the published figures would make. The whole-publication attack on real reports is
 * {@code PublicationRoundAttackIT}.
 */
class PublicationRelationFamiliesTest {

    private static final Settings S = Settings.DEFAULTS;
    private static final Period Q2 = Period.parse("2026/27-Q2");
    private static final Period OUTCOME = Period.parse("12m:2026-09-30");
    private static final List<String> GROUPS = List.of("all", "borough:Ealing", "borough:Hounslow", "project:BAT",
            "project:EHR", "project:HRC");

    private static MetricsResult world(Period period, Period outcome, Map<String, Map<String, MetricValue>> figures,
                                       List<TrendSeries> trends, List<Breakdown> breakdowns) {
        return PublicationWorlds.world(period, outcome, figures, Map.of(), trends, breakdowns);
    }

    /** One metric's figure per group, in {@link #GROUPS} order. */
    private static Map<String, Map<String, MetricValue>> figures(String metric, MetricValue... values) {
        Map<String, Map<String, MetricValue>> m = new LinkedHashMap<>();
        for (int i = 0; i < GROUPS.size(); i++) {
            Map<String, MetricValue> one = new LinkedHashMap<>();
            one.put(metric, values[i]);
            m.put(GROUPS.get(i), one);
        }
        return m;
    }

    private static CountValue count(long n) {
        return new CountValue(n, S.isSmall(n));
    }

    private static CountValue[] counts(long... n) {
        CountValue[] c = new CountValue[n.length];
        for (int i = 0; i < n.length; i++) {
            c[i] = count(n[i]);
        }
        return c;
    }

    private static ProportionValue proportion(long n, long d) {
        return ProportionValue.of(n, d, null, null, S.isSmall(n) || S.isSmall(d) || S.isSmall(d - n));
    }

    private static boolean hidden(Publication p, String group, String metric) {
        return p.published().group(group).metric(metric).suppressed();
    }

    @Test
    void theCategoriesOfABreakdownAddUpToTheGroupsFigureSoASmallOneIsNotTheRest() {
        // BAT saw 40 clients, 37 men and 3 women: with the total and the men shown, the women are 40 − 37.
        Map<String, Map<String, MetricValue>> f = figures("clients_seen", counts(140, 100, 40, 40, 60, 40));
        List<Breakdown> b = List.of(new Breakdown("project:BAT", "sex", "male", "clients_seen", count(37)),
                new Breakdown("project:BAT", "sex", "female", "clients_seen", count(3)));
        Publication p = Publication.protect(world(Q2, OUTCOME, f, List.of(), b), Ledger.EMPTY);

        Map<String, Boolean> hiddenCategory = new LinkedHashMap<>();
        p.published().breakdowns().forEach(x -> hiddenCategory.put(x.category(), x.value().suppressed()));
        assertThat(hiddenCategory.get("female")).isTrue();
        assertThat(hiddenCategory.get("male") || hidden(p, "project:BAT", "clients_seen"))
                .as("3 = 40 − 37 unless the men or the total are hidden too").isTrue();
        assertThat(p.audit().passed()).isTrue();
    }

    @Test
    void theQuartersAddUpToTheYearSoASmallQuarterIsNotTheYearLessTheOthers() {
        // BAT's contacts in 2025/26: 10, 12, 3 and 15 by quarter, 40 in the year: Q3 = 40 − 10 − 12 − 15.
        Period year = Period.parse("2025/26");
        Map<String, Map<String, MetricValue>> f = figures("contacts", counts(120, 100, 20, 40, 60, 20));
        List<String> quarters = List.of("2025/26-Q1", "2025/26-Q2", "2025/26-Q3", "2025/26-Q4");
        long[] bat = {10, 12, 3, 15};
        List<TrendSeries.Point> points = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            points.add(new TrendSeries.Point(Period.parse(quarters.get(i)), count(bat[i])));
        }
        TrendSeries series = new TrendSeries("project:BAT", "contacts", points);
        Publication p = Publication.protect(world(year, Period.parse("12m:2026-03-31"), f, List.of(series),
                List.of()), Ledger.EMPTY);

        List<Boolean> hiddenQuarter = p.published().trends().get(0).points().stream()
                .map(x -> x.value().suppressed()).toList();
        assertThat(hiddenQuarter.get(2)).isTrue();
        assertThat(hiddenQuarter.stream().filter(h -> h).count() > 1 || hidden(p, "project:BAT", "contacts"))
                .as("Q3 = the year − the other quarters unless one more of them is hidden").isTrue();
        assertThat(p.audit().passed()).isTrue();
    }

    @Test
    void aMeanOfContactsPerClientIsHiddenWithTheContactsItMultipliesOutTo() {
        // BAT's 40 contacts were hidden by an earlier report; 2.0 contacts per client × 20 clients would tell them.
        Map<String, Map<String, MetricValue>> f = figures("contacts", counts(120, 100, 20, 40, 60, 20));
        long[] clients = {60, 45, 15, 20, 25, 15};
        for (int i = 0; i < GROUPS.size(); i++) {
            long contacts = ((CountValue) f.get(GROUPS.get(i)).get("contacts")).count();
            f.get(GROUPS.get(i)).put("clients_seen", count(clients[i]));
            f.get(GROUPS.get(i)).put("contacts_per_client", new MeanValue(clients[i],
                    (double) contacts / clients[i], 1.0, 0.5, 3.0, false));
        }
        Ledger earlier = new Ledger(Map.of(), Set.of("2026-07-01..2026-09-30|project:BAT|contacts||count"), Map.of());
        Publication p = Publication.protect(world(Q2, OUTCOME, f, List.of(), List.of()), earlier);

        assertThat(hidden(p, "project:BAT", "contacts")).isTrue();
        MeanValue mean = (MeanValue) p.published().group("project:BAT").metric("contacts_per_client");
        assertThat(mean.suppressed()).isTrue();
        assertThat(mean.mean()).isNull();
        for (String g : GROUPS) {
            if (hidden(p, g, "contacts")) {
                assertThat(hidden(p, g, "contacts_per_client")).as(g).isTrue();
            }
        }
        assertThat(p.audit().passed()).isTrue();
    }

    @Test
    void aComparatorsValueIsWithheldBesideAFigureWhenTheComparatorIsHidden() {
        // Ealing's 60 of 100 was hidden by an earlier report: BAT, compared with Ealing, must not print its 60%.
        Map<String, Map<String, MetricValue>> f = figures("retained_12_weeks", proportion(90, 150),
                proportion(60, 100), proportion(30, 50),
                proportion(30, 50).withComparison(Comparison.SIMILAR, "borough:Ealing", 60.0)
                        .withFunnel(new Funnel(60.0, 46.0, 73.0, 39.0, 79.0, "within")),
                proportion(30, 50).withComparison(Comparison.SIMILAR, "borough:Ealing", 60.0),
                proportion(30, 50).withComparison(Comparison.SIMILAR, "borough:Hounslow", 60.0));
        String ealing = "2026-07-01..2026-09-30|borough:Ealing|retained_12_weeks||";
        Ledger earlier = new Ledger(Map.of(), Set.of(ealing + "numerator", ealing + "denominator"), Map.of());
        Publication p = Publication.protect(world(Q2, OUTCOME, f, List.of(), List.of()), earlier);

        assertThat(hidden(p, "borough:Ealing", "retained_12_weeks")).isTrue();
        assertThat(hidden(p, "project:BAT", "retained_12_weeks")).as("BAT itself is shown").isFalse();
        ProportionValue bat = (ProportionValue) p.published().group("project:BAT").metric("retained_12_weeks");
        assertThat(bat.comparatorValue()).isNull();
        assertThat(bat.funnel()).as("its limits are centred on the comparator's value").isNull();
        assertThat(bat.comparison()).isNull();
        if (!hidden(p, "borough:Hounslow", "retained_12_weeks") && !hidden(p, "project:HRC", "retained_12_weeks")) {
            ProportionValue hrc = (ProportionValue) p.published().group("project:HRC").metric("retained_12_weeks");
            assertThat(hrc.comparatorValue()).as("a shown comparator is still printed").isEqualTo(60.0);
        }
        assertThat(p.audit().passed()).isTrue();
    }

    /**
     * The leak PublicationRoundAttackIT found at bbd4c5b in real reports (2026/27-Q2: project:FIRM's hidden 102
     * contacts shown as its contacts-by-type total): the total is its group's contacts, a relation the catalogue
     * declares since 4bb8df4.
     */
    @Test
    void contactsHiddenAreNotShownAsTheTotalOfContactsByType() {
        // BAT's contacts were hidden by an earlier report of the publication; by type they are 30 one-to-one and
        // 10 in groups.
        Map<String, Map<String, MetricValue>> f = figures("contacts", counts(120, 100, 20, 40, 60, 20));
        long[][] byType = {{90, 30}, {70, 30}, {20, 0}, {30, 10}, {40, 20}, {20, 0}};
        for (int i = 0; i < GROUPS.size(); i++) {
            Map<String, CountValue> parts = new LinkedHashMap<>();
            parts.put("one_to_one", count(byType[i][0]));
            parts.put("group", count(byType[i][1]));
            f.get(GROUPS.get(i)).put("contacts_by_type", new BreakdownValue(parts));
        }
        Ledger earlier = new Ledger(Map.of(), Set.of("2026-07-01..2026-09-30|project:BAT|contacts||count"), Map.of());
        Publication p = Publication.protect(world(Q2, OUTCOME, f, List.of(), List.of()), earlier);

        assertThat(hidden(p, "project:BAT", "contacts")).isTrue();
        BreakdownValue bat = (BreakdownValue) p.published().group("project:BAT").metric("contacts_by_type");
        assertThat(p.hiddenTotal("project:BAT", "contacts_by_type")).as("the total is the hidden 40").isTrue();
        assertThat(bat.parts().values().stream().filter(CountValue::suppressed).count())
                .as("with every part shown, their sum is the hidden 40").isPositive();
        assertThat(p.audit().passed()).isTrue();
    }
}
