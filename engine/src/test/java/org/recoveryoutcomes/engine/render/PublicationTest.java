package org.recoveryoutcomes.engine.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.recoveryoutcomes.engine.metrics.MetricsEngine;
import org.recoveryoutcomes.engine.model.CountValue;
import org.recoveryoutcomes.engine.model.GroupResult;
import org.recoveryoutcomes.engine.model.Ledger;
import org.recoveryoutcomes.engine.model.MetricDefinition;
import org.recoveryoutcomes.engine.model.MetricValue;
import org.recoveryoutcomes.engine.model.MetricsResult;
import org.recoveryoutcomes.engine.model.Period;
import org.recoveryoutcomes.engine.model.ProportionValue;
import org.recoveryoutcomes.engine.model.Relations;
import org.recoveryoutcomes.engine.model.ReportTemplate;
import org.recoveryoutcomes.engine.model.Section;
import org.recoveryoutcomes.engine.model.SectionKind;
import org.recoveryoutcomes.engine.model.Settings;

/**
 * Disclosure control over a whole publication, on small hand-made worlds with the real catalogue's relations:
 * all = Ealing + Hounslow; Ealing = BAT + EHR; Hounslow = HRC (a one-project borough). Each test is one of the
 * ways values leaked before (issue 13), written as the attack: what could be worked out is now hidden.
 */
class PublicationTest {

    private static final Settings S = Settings.DEFAULTS;
    private static final Period Q2 = Period.parse("2026/27-Q2");
    private static final Period OUTCOME = Period.parse("12m:2026-09-30");
    private static final List<MetricDefinition> CATALOGUE = MetricsEngine.catalogue();

    /** Groups with the given figures: group key → metric → value. */
    private static MetricsResult world(Map<String, Map<String, MetricValue>> figures) {
        return world(figures, Map.of());
    }

    /** The same, with the reliable-change thresholds the run used, by TOP item code. */
    private static MetricsResult world(Map<String, Map<String, MetricValue>> figures,
                                       Map<String, Double> thresholds) {
        return PublicationWorlds.world(Q2, OUTCOME, figures, thresholds, List.of(), List.of());
    }

    private static Map<String, Map<String, MetricValue>> counts(String metric, long all, long ealing, long hounslow,
                                                               long bat, long ehr, long hrc) {
        Map<String, Map<String, MetricValue>> m = new LinkedHashMap<>();
        m.put("all", one(metric, count(all)));
        m.put("borough:Ealing", one(metric, count(ealing)));
        m.put("borough:Hounslow", one(metric, count(hounslow)));
        m.put("project:BAT", one(metric, count(bat)));
        m.put("project:EHR", one(metric, count(ehr)));
        m.put("project:HRC", one(metric, count(hrc)));
        return m;
    }

    private static Map<String, MetricValue> one(String metric, MetricValue v) {
        Map<String, MetricValue> m = new LinkedHashMap<>();
        m.put(metric, v);
        return m;
    }

    private static CountValue count(long n) {
        return new CountValue(n, S.isSmall(n));
    }

    private static ProportionValue proportion(long n, long d) {
        return ProportionValue.of(n, d, null, null, S.isSmall(n) || S.isSmall(d) || S.isSmall(d - n));
    }

    private static boolean hidden(Publication p, String group, String metric) {
        return p.published().group(group).metric(metric).suppressed();
    }

    @Test
    void hidesTheCheapestPartnerOfASmallCountSoNoSubtractionFindsIt() {
        // Contacts are events: Ealing = BAT + EHR exactly, so EHR's 3 = 43 − 40 unless a partner is hidden.
        Publication p = Publication.protect(world(counts("contacts", 63, 43, 20, 40, 3, 20)), Ledger.EMPTY);

        assertThat(hidden(p, "project:EHR", "contacts")).isTrue();
        assertThat(hidden(p, "project:BAT", "contacts")).as("the smaller partner, not the borough").isTrue();
        assertThat(hidden(p, "borough:Ealing", "contacts")).isFalse();
        assertThat(hidden(p, "all", "contacts")).isFalse();
        assertThat(p.audit().passed()).isTrue();
        assertThat(p.audit().primary()).isEqualTo(1);
        assertThat(p.audit().secondary()).isEqualTo(1);
        assertThat(p.audit().narrowest()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void aOneProjectBoroughIsItsProjectSoBothAreProtectedTogether() {
        // Hounslow = HRC = 3, and all = Ealing + Hounslow: hiding HRC alone shows it as Hounslow, and hiding
        // both still gives 63 − 60.
        Publication p = Publication.protect(world(counts("contacts", 63, 60, 3, 30, 30, 3)), Ledger.EMPTY);

        assertThat(hidden(p, "project:HRC", "contacts")).isTrue();
        assertThat(hidden(p, "borough:Hounslow", "contacts")).isTrue();
        assertThat(hidden(p, "borough:Ealing", "contacts")).as("the only other part of all").isTrue();
        assertThat(p.audit().passed()).isTrue();
    }

    @Test
    void hidesThePairedTestOfAHiddenAtStartValue() {
        // Bournemouth: 23/23 in education at follow-up, 1 of 23 at start (hidden): McNemar's exact p = 2^-21 said
        // that all 22 changed pairs went one way, so the hidden start count was 1.
        Map<String, Map<String, MetricValue>> f = new LinkedHashMap<>();
        ProportionValue at = proportion(23, 23).withStart(proportion(1, 23), Math.pow(2, -21));
        f.put("all", one("in_education_training", proportion(40, 200).withStart(proportion(20, 200), 0.01)));
        f.put("borough:Ealing", one("in_education_training", proportion(17, 177).withStart(proportion(19, 177),
                0.5)));
        f.put("borough:Hounslow", one("in_education_training", at));
        f.put("project:BAT", one("in_education_training", proportion(10, 90).withStart(proportion(9, 90), 0.6)));
        f.put("project:EHR", one("in_education_training", proportion(7, 87).withStart(proportion(10, 87), 0.4)));
        f.put("project:HRC", one("in_education_training", at));
        Publication p = Publication.protect(world(f), Ledger.EMPTY);

        ProportionValue shown = (ProportionValue) p.published().group("borough:Hounslow")
                .metric("in_education_training");
        assertThat(shown.suppressed()).isFalse();
        assertThat(shown.numerator()).isEqualTo(23);
        assertThat(shown.atStart().suppressed()).isTrue();
        assertThat(shown.pValue()).as("the p-value tells the hidden start count").isNull();
        assertThat(p.audit().passed()).isTrue();
    }

    @Test
    void protectsADenominatorThatIsAnotherMetricsDenominatorMinusItsStartCount() {
        // KCPM: into_paid_work's denominator (0 paid work days at start) = in_paid_work's 50 − 47 at start = 3.
        Map<String, Map<String, MetricValue>> f = new LinkedHashMap<>();
        for (String g : List.of("all", "borough:Ealing", "borough:Hounslow", "project:BAT", "project:EHR",
                "project:HRC")) {
            Map<String, MetricValue> m = new LinkedHashMap<>();
            boolean small = g.endsWith("HRC") || g.endsWith("Hounslow");
            long d = small ? 50 : 200;
            long start = small ? 47 : 100;
            m.put("in_paid_work", proportion(small ? 45 : 110, d).withStart(proportion(start, d), 0.2));
            m.put("into_paid_work", proportion(small ? 1 : 30, d - start));
            f.put(g, m);
        }
        // all = Ealing + Hounslow must hold for the relations to be used: make all the sum.
        f.put("all", Map.of("in_paid_work", proportion(155, 250).withStart(proportion(147, 250), 0.2),
                "into_paid_work", proportion(31, 103)));
        f.put("borough:Ealing", Map.of("in_paid_work", proportion(110, 200).withStart(proportion(100, 200), 0.2),
                "into_paid_work", proportion(30, 100)));
        f.put("project:BAT", Map.of("in_paid_work", proportion(60, 100).withStart(proportion(50, 100), 0.2),
                "into_paid_work", proportion(15, 50)));
        f.put("project:EHR", Map.of("in_paid_work", proportion(50, 100).withStart(proportion(50, 100), 0.2),
                "into_paid_work", proportion(15, 50)));
        Publication p = Publication.protect(world(f), Ledger.EMPTY);

        assertThat(hidden(p, "project:HRC", "into_paid_work")).isTrue();
        assertThat(((ProportionValue) p.published().group("project:HRC").metric("into_paid_work"))
                .denominatorShown()).as("a small denominator is never shown, however it could be worked out")
                .isFalse();
        ProportionValue work = (ProportionValue) p.published().group("project:HRC").metric("in_paid_work");
        assertThat(work.suppressed() || work.atStart().suppressed())
                .as("50 − 47 must not be published beside a hidden 3").isTrue();
        assertThat(p.audit().passed()).isTrue();
    }

    @Test
    void showsZerosAndNeverHidesOneToProtectAnother() {
        // EHR 0 and BAT 3: the zero is shown (it identifies nobody), so the borough is hidden instead.
        Publication p = Publication.protect(world(counts("contacts", 23, 3, 20, 3, 0, 20)), Ledger.EMPTY);

        assertThat(hidden(p, "project:EHR", "contacts")).isFalse();
        assertThat(hidden(p, "project:BAT", "contacts")).isTrue();
        assertThat(hidden(p, "borough:Ealing", "contacts")).isTrue();
        assertThat(p.audit().passed()).isTrue();
    }

    @Test
    void keepsHiddenWhatAnEarlierReportOfThePublicationHid() {
        MetricsResult w = world(counts("contacts", 63, 43, 20, 40, 3, 20));
        Publication first = Publication.protect(w, Ledger.EMPTY);
        // A later run whose own choice would differ (say, BAT is not the cheapest any more) still keeps the
        // earlier pattern: the earlier reports are out there.
        String batKey = "2026-07-01..2026-09-30|project:BAT|contacts||count";
        assertThat(first.ledger().hidden()).contains(batKey);
        assertThat(first.ledger().shown()).containsEntry("2026-07-01..2026-09-30|borough:Ealing|contacts||count",
                43L);

        Ledger earlier = new Ledger(Map.of(), Set.of("2026-07-01..2026-09-30|all|contacts||count"), Map.of());
        Publication second = Publication.protect(w, earlier);
        assertThat(hidden(second, "all", "contacts")).isTrue();
        assertThat(second.audit().earlier()).isEqualTo(1);
        assertThat(second.audit().passed()).isTrue();
    }

    @Test
    void saysWhenTheDataChangedSinceAnEarlierReportShowedAFigure() {
        Ledger earlier = new Ledger(Map.of("2026-07-01..2026-09-30|borough:Ealing|contacts||count", 44L), Set.of(),
                Map.of());
        Publication p = Publication.protect(world(counts("contacts", 63, 43, 20, 40, 3, 20)), earlier);

        assertThat(p.conflicts()).containsExactly(
                "contacts of borough:Ealing for 2026-07-01..2026-09-30, count was published as 44 and is now 43");
    }

    @Test
    void aFigureShownInAnEarlierReportIsKnownAndCannotProtectAnother() {
        // BAT's 40 was shown by an earlier report: hiding it now would protect nothing, so Ealing is hidden.
        Ledger earlier = new Ledger(Map.of("2026-07-01..2026-09-30|project:BAT|contacts||count", 40L), Set.of(),
                Map.of());
        Publication p = Publication.protect(world(counts("contacts", 63, 43, 20, 40, 3, 20)), earlier);

        assertThat(hidden(p, "project:BAT", "contacts")).isFalse();
        assertThat(hidden(p, "borough:Ealing", "contacts")).isTrue();
        assertThat(p.audit().passed()).isTrue();
    }

    /** Quality of life reliably improved and reliably deteriorated of {@code all}, over the same pairs. */
    private static Map<String, Map<String, MetricValue>> qualityOfLife(long improved, long deteriorated, long pairs) {
        Map<String, MetricValue> m = new LinkedHashMap<>();
        m.put("quality_of_life_reliably_improved", proportion(improved, pairs));
        m.put("quality_of_life_reliably_deteriorated", proportion(deteriorated, pairs));
        Map<String, Map<String, MetricValue>> figures = new LinkedHashMap<>();
        figures.put("all", m);
        return figures;
    }

    private static final String IMPROVED = "2025-10-01..2026-09-30|all|quality_of_life_reliably_improved@";
    private static final String DETERIORATED = "2025-10-01..2026-09-30|all|quality_of_life_reliably_deteriorated@";

    @Test
    void figuresOverTheSamePairsShareTheirDenominatorThoughThePairsAreNotPublished() {
        // Both are over the pairs with quality of life at both TOPs (the score's change, not in this run): the 19
        // shown beside "improved" would tell the hidden "deteriorated" figure's denominator.
        Publication p = Publication.protect(world(qualityOfLife(9, 2, 19), Map.of("quality_of_life", 3.5)),
                Ledger.EMPTY);

        assertThat(hidden(p, "all", "quality_of_life_reliably_deteriorated")).isTrue();
        assertThat(hidden(p, "all", "quality_of_life_reliably_improved")).isTrue();
        assertThat(p.audit().passed()).isTrue();
        assertThat(p.ledger().hidden()).contains(IMPROVED + "3.5||denominator", DETERIORATED + "3.5||numerator");
        // Hidden together, neither denominator is given by what is published: neither is shown.
        assertThat(((ProportionValue) p.published().group("all").metric("quality_of_life_reliably_deteriorated"))
                .denominatorShown()).isFalse();
    }

    @Test
    void theAuditLineSaysHowManyHiddenFiguresShowTheirDenominator() {
        Publication.Audit one = new Publication.Audit(40, 1, 0, 0, 0, 2, 7, 9, 0, 1, 5, List.of());
        assertThat(one.line()).isEqualTo("disclosure audit: 1 hidden figure (1 small number, 0 to protect them; 1 "
                + "shown with the denominator the published figures give), each with a range of at least 5 given "
                + "everything published; none recoverable");
        Publication.Audit many = new Publication.Audit(400, 12, 5, 0, 1, 30, 70, 6, 0, 0, 5, List.of());
        assertThat(many.line()).isEqualTo("disclosure audit: 18 hidden figures (12 small numbers, 5 to protect them, "
                + "1 statistic of a hidden figure), each with a range of at least 5 given everything published; none "
                + "recoverable");
    }

    @Test
    void aReliableChangeFigureIsKeyedByItsThresholdSoAnotherReportPeriodIsAnotherFigure() {
        // A quarter's report counted these pairs against 3.5 and showed 9 of 19; the year's report counts them
        // against 4.0 (its own pairs set its thresholds): 7 of 19 is another figure, not a change of the data.
        Ledger quarter = new Ledger(Map.of(IMPROVED + "3.5||numerator", 9L, IMPROVED + "3.5||denominator", 19L),
                Set.of(DETERIORATED + "3.5||numerator", DETERIORATED + "3.5||denominator"), Map.of());
        Publication year = Publication.protect(world(qualityOfLife(7, 2, 19), Map.of("quality_of_life", 4.0)),
                quarter);

        assertThat(year.conflicts()).isEmpty();
        assertThat(year.audit().passed()).isTrue();
        // The 19 pairs are published already (the quarter's report): this run need not hide "improved" to keep
        // them from a reader, and records them as shown.
        assertThat(hidden(year, "all", "quality_of_life_reliably_deteriorated")).isTrue();
        assertThat(hidden(year, "all", "quality_of_life_reliably_improved")).isFalse();
        assertThat(year.ledger().shown()).containsEntry(IMPROVED + "4.0||numerator", 7L)
                .containsEntry(DETERIORATED + "4.0||denominator", 19L)
                .containsEntry(IMPROVED + "3.5||numerator", 9L);
        assertThat(year.ledger().hidden()).contains(DETERIORATED + "4.0||numerator")
                .doesNotContain(DETERIORATED + "4.0||denominator");
    }

    @Test
    void countsPerReportTheFiguresItHidesAndWhy() {
        MetricsResult w = world(counts("contacts", 63, 43, 20, 40, 3, 20));
        Publication p = Publication.protect(w, Ledger.EMPTY);
        ReportTemplate table = new ReportTemplate("t", "T", null, List.of(), "all", Map.of(),
                List.of(new Section("s", "S", SectionKind.TABLE, List.of("contacts"), null)));
        ReportTemplate other = new ReportTemplate("t", "T", null, List.of(), "all", Map.of(),
                List.of(new Section("s", "S", SectionKind.TABLE, List.of("clients_seen"), null)));

        // Ealing's report shows EHR's 3 (a small number) and BAT's 40, hidden to protect it.
        assertThat(p.hiddenIn(groups(w, "all", "borough:Ealing", "project:BAT", "project:EHR"), table))
                .isEqualTo(new Publication.Count(1, 1, 0, 0));
        assertThat(p.hiddenIn(groups(w, "all", "borough:Ealing", "project:BAT", "project:EHR"), table).words())
                .isEqualTo("2 figures: 1 small number, 1 to protect them");
        // Hounslow's report hides nothing of its own; a template without contacts shows neither.
        assertThat(p.hiddenIn(groups(w, "all", "borough:Hounslow", "project:HRC"), table).words())
                .isEqualTo("no figure");
        assertThat(p.hiddenIn(groups(w, "all", "borough:Ealing", "project:BAT", "project:EHR"), other).hidden())
                .isZero();
    }

    private static List<GroupResult> groups(MetricsResult w, String... keys) {
        return java.util.Arrays.stream(keys).map(w::group).toList();
    }

    @Test
    void everyMetricOfTheCatalogueDeclaresItsRelations() {
        assertThat(CATALOGUE).allSatisfy(d -> assertThat(d.relations()).as(d.id())
                .isNotSameAs(Relations.UNDECLARED));
    }
}
