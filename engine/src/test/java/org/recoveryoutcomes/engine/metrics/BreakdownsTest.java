package org.recoveryoutcomes.engine.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recoveryoutcomes.engine.metrics.Fixtures.S;
import static org.recoveryoutcomes.engine.metrics.Fixtures.d;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recoveryoutcomes.engine.model.AgeBand;
import org.recoveryoutcomes.engine.model.Breakdown;
import org.recoveryoutcomes.engine.model.Client;
import org.recoveryoutcomes.engine.model.CountValue;
import org.recoveryoutcomes.engine.model.Ethnicity;
import org.recoveryoutcomes.engine.model.GroupResult;
import org.recoveryoutcomes.engine.model.MetricValue;
import org.recoveryoutcomes.engine.model.MetricsResult;
import org.recoveryoutcomes.engine.model.ProportionValue;
import org.recoveryoutcomes.engine.model.Sex;
import org.recoveryoutcomes.engine.model.SexualOrientation;
import org.recoveryoutcomes.engine.model.TopItem;
import org.recoveryoutcomes.engine.model.TopStage;

/**
 * Equality breakdowns on a hand-built fixture, with the real TOP outcome steps. Report period 2026-Q3 (ends
 * 30 Sep 2026); borough B has projects P1 and P2, borough C has Q1.
 * <ul>
 *   <li>f1: female, band 25-34, white, disabled, heterosexual. Seen at P1 on 1 Jun, 15 Jul and 30 Aug 2026: one
 *       engagement from 1 Jun (121 days before the period end, so eligible) spanning 90 days: retained. Opiates 10
 *       days at a start TOP on 1 Mar, 0 at a review on 1 Sep (184 days later): abstinent.</li>
 *   <li>f2: female, born 1990 (36 at the period end: 35-44), ethnicity and disability not given. Seen at P2 on
 *       1 Jul only: eligible (91 days), span 0: not retained.</li>
 *   <li>m1: male, born 2010 (16 at the period end: no band, so not recorded). Seen at Q1 on 1 Sep: began 29 days
 *       before the period end, not eligible for retention.</li>
 *   <li>u: no row in the clients file. Seen at P2 on 10 Jun and 1 Aug (gap 52 days): eligible (112 days), span
 *       52: not retained. Opiates 20 at a start on 1 Feb, 5 at a review on 1 Aug: not abstinent.</li>
 * </ul>
 */
class BreakdownsTest {

    private static Fixtures fixture() {
        Fixtures f = new Fixtures().project("P1", "B").project("P2", "B").project("Q1", "C")
                .seen("f1", "P1", d("2026-06-01"), d("2026-07-15"), d("2026-08-30"))
                .seen("f2", "P2", d("2026-07-01"))
                .seen("m1", "Q1", d("2026-09-01"))
                .seen("u", "P2", d("2026-06-10"), d("2026-08-01"))
                .top("f1", "P1", d("2026-03-01"), TopStage.START, TopItem.OPIATES_DAYS, 10)
                .top("f1", "P1", d("2026-09-01"), TopStage.REVIEW, TopItem.OPIATES_DAYS, 0)
                .top("u", "P2", d("2026-02-01"), TopStage.START, TopItem.OPIATES_DAYS, 20)
                .top("u", "P2", d("2026-08-01"), TopStage.REVIEW, TopItem.OPIATES_DAYS, 5);
        f.clients.add(new Client("f1", Sex.FEMALE, AgeBand.AGE_25_34, null, Ethnicity.WHITE, true,
                SexualOrientation.HETEROSEXUAL, null, null, null));
        f.clients.add(new Client("f2", Sex.FEMALE, null, 1990, null, null, null, null, null, null));
        f.clients.add(new Client("m1", Sex.MALE, null, 2010, null, false, null, null, null, null));
        return f;
    }

    private static MetricsResult run(Fixtures f) {
        return MetricsEngine.compute(f.dataset(), Fixtures.request("parent", Map.of(), 0));
    }

    private static MetricValue value(MetricsResult r, String group, String dimension, String category,
                                     String metric) {
        return r.breakdowns().stream()
                .filter(b -> b.groupKey().equals(group) && b.dimension().equals(dimension)
                        && b.category().equals(category) && b.metricId().equals(metric))
                .map(Breakdown::value).findFirst().orElse(null);
    }

    private static long count(MetricsResult r, String group, String dimension, String category) {
        return ((CountValue) value(r, group, dimension, category, "clients_seen")).count();
    }

    private static String fraction(MetricsResult r, String group, String dimension, String category,
                                   String metric) {
        ProportionValue p = (ProportionValue) value(r, group, dimension, category, metric);
        return p.numerator() + "/" + p.denominator();
    }

    @Test
    void countsClientsSeenByEachCategoryWithNotRecordedLast() {
        MetricsResult r = run(fixture());

        List<String> sexes = r.breakdowns().stream()
                .filter(b -> b.groupKey().equals("all") && b.dimension().equals("sex")
                        && b.metricId().equals("clients_seen"))
                .map(b -> b.category() + "=" + ((CountValue) b.value()).count()).toList();
        assertThat(sexes).containsExactly("male=1", "female=2", "other=0", "not_stated=0", "not_recorded=1");
        // Age: f1's band as given, f2 derived (36), m1 under 18 and u without a profile are not recorded.
        assertThat(count(r, "all", "age_band", "25-34")).isEqualTo(1);
        assertThat(count(r, "all", "age_band", "35-44")).isEqualTo(1);
        assertThat(count(r, "all", "age_band", "not_recorded")).isEqualTo(2);
        assertThat(count(r, "all", "ethnicity", "white")).isEqualTo(1);
        assertThat(count(r, "all", "ethnicity", "not_recorded")).isEqualTo(3);
        assertThat(count(r, "all", "disability", "yes")).isEqualTo(1);
        assertThat(count(r, "all", "disability", "no")).isEqualTo(1);
        assertThat(count(r, "all", "disability", "not_recorded")).isEqualTo(2);
        assertThat(count(r, "all", "sexual_orientation", "heterosexual")).isEqualTo(1);
        assertThat(count(r, "all", "sexual_orientation", "not_recorded")).isEqualTo(3);
    }

    @Test
    void restrictsEachGroupToItsOwnClients() {
        MetricsResult r = run(fixture());

        // Borough B is f1, f2 and u; project Q1 is m1 alone.
        assertThat(count(r, "borough:B", "sex", "female")).isEqualTo(2);
        assertThat(count(r, "borough:B", "sex", "male")).isZero();
        assertThat(count(r, "borough:B", "sex", "not_recorded")).isEqualTo(1);
        assertThat(count(r, "project:Q1", "sex", "male")).isEqualTo(1);
        assertThat(count(r, "project:Q1", "sex", "female")).isZero();
        assertThat(count(r, "project:P2", "age_band", "35-44")).isEqualTo(1);
    }

    @Test
    void computesProportionsWithTheMetricsOwnDefinition() {
        MetricsResult r = run(fixture());

        // Retained: f1 yes, f2 no (female 1/2); u no (0/1); m1 not eligible (male 0/0).
        assertThat(fraction(r, "all", "sex", "female", "retained_12_weeks")).isEqualTo("1/2");
        assertThat(fraction(r, "all", "sex", "not_recorded", "retained_12_weeks")).isEqualTo("0/1");
        assertThat(fraction(r, "all", "sex", "male", "retained_12_weeks")).isEqualTo("0/0");
        // Opiates: f1 abstinent (female 1/1), u not (0/1).
        assertThat(fraction(r, "all", "sex", "female", "abstinent_opiates")).isEqualTo("1/1");
        assertThat(fraction(r, "all", "sex", "not_recorded", "abstinent_opiates")).isEqualTo("0/1");
        assertThat(fraction(r, "all", "disability", "yes", "abstinent_opiates")).isEqualTo("1/1");
        // Wilson CI and primary suppression as every proportion: 1 of 2 is a small number.
        ProportionValue female = (ProportionValue) value(r, "all", "sex", "female", "retained_12_weeks");
        assertThat(female).isEqualTo(Figures.proportion(1, 2, S));
        assertThat(female.suppressed()).isTrue();
        assertThat(female.value()).isEqualTo(50.0);
    }

    @Test
    void categoriesAddUpToTheGroupsOwnFigure() {
        MetricsResult r = run(fixture());

        for (GroupResult g : r.groups()) {
            for (String dimension : Breakdowns.DIMENSIONS) {
                for (String metric : List.of("clients_seen", "retained_12_weeks", "abstinent_opiates",
                        "housing_problem_resolved", "abstinent_alcohol", "abstinent_any_illicit")) {
                    long numerator = 0;
                    long denominator = 0;
                    for (Breakdown b : r.breakdowns(g.key())) {
                        if (b.dimension().equals(dimension) && b.metricId().equals(metric)) {
                            numerator += b.value() instanceof CountValue c ? c.count()
                                    : ((ProportionValue) b.value()).numerator();
                            denominator += b.value() instanceof ProportionValue p ? p.denominator() : 0;
                        }
                    }
                    MetricValue whole = g.metric(metric);
                    String where = g.key() + " " + dimension + " " + metric;
                    if (whole instanceof CountValue c) {
                        assertThat(numerator).as(where).isEqualTo(c.count());
                    } else {
                        ProportionValue p = (ProportionValue) whole;
                        assertThat(numerator).as(where).isEqualTo(p.numerator());
                        assertThat(denominator).as(where).isEqualTo(p.denominator());
                    }
                }
            }
        }
    }

    @Test
    void ordersByGroupThenDimensionThenCategoryThenMetric() {
        MetricsResult r = run(fixture());

        List<Breakdown> all = r.breakdowns("all");
        assertThat(all.subList(0, 6)).extracting(b -> b.dimension() + ":" + b.category() + ":" + b.metricId())
                .containsExactly("sex:male:clients_seen", "sex:male:retained_12_weeks",
                        "sex:male:abstinent_any_illicit", "sex:male:abstinent_alcohol", "sex:male:abstinent_opiates",
                        "sex:male:housing_problem_resolved");
        // 5 + 7 + 7 + 3 + 6 categories, 6 metrics each, for each of the 6 groups.
        assertThat(all).hasSize(28 * 6);
        assertThat(r.breakdowns()).hasSize(6 * 28 * 6);
        assertThat(r.breakdowns()).extracting(Breakdown::groupKey).first().isEqualTo("all");
        assertThat(r.breakdowns()).extracting(Breakdown::groupKey).last().isEqualTo("project:Q1");
    }

    @Test
    void hasNoBreakdownsWithoutAClientsFile() {
        Fixtures f = fixture();
        f.clients.clear();

        assertThat(run(f).breakdowns()).isEmpty();
    }

    @Test
    void leavesOutOutcomesWhenTheDataHasNoTops() {
        Fixtures f = fixture();
        f.tops.clear();
        f.columns(Map.of("contacts", Fixtures.ALL_COLUMNS.get("contacts")));

        assertThat(run(f).breakdowns()).extracting(Breakdown::metricId).containsOnly("clients_seen",
                "retained_12_weeks");
    }
}
