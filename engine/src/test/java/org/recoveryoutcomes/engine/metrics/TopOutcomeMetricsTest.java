package org.recoveryoutcomes.engine.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.tuple;
import static org.recoveryoutcomes.engine.metrics.TopFixture.MISSING;
import static org.recoveryoutcomes.engine.metrics.TopFixture.N;
import static org.recoveryoutcomes.engine.metrics.TopFixture.Y;
import static org.recoveryoutcomes.engine.metrics.TopFixture.pair;
import static org.recoveryoutcomes.engine.model.TopItem.ACUTE_HOUSING_PROBLEM;
import static org.recoveryoutcomes.engine.model.TopItem.AMPHETAMINES_DAYS;
import static org.recoveryoutcomes.engine.model.TopItem.ASSAULT_VIOLENCE;
import static org.recoveryoutcomes.engine.model.TopItem.CANNABIS_DAYS;
import static org.recoveryoutcomes.engine.model.TopItem.COCAINE_DAYS;
import static org.recoveryoutcomes.engine.model.TopItem.CRACK_DAYS;
import static org.recoveryoutcomes.engine.model.TopItem.EDUCATION_DAYS;
import static org.recoveryoutcomes.engine.model.TopItem.FRAUD_HANDLING;
import static org.recoveryoutcomes.engine.model.TopItem.INJECTING_DAYS;
import static org.recoveryoutcomes.engine.model.TopItem.OPIATES_DAYS;
import static org.recoveryoutcomes.engine.model.TopItem.OTHER_THEFT;
import static org.recoveryoutcomes.engine.model.TopItem.PAID_WORK_DAYS;
import static org.recoveryoutcomes.engine.model.TopItem.PHYSICAL_HEALTH;
import static org.recoveryoutcomes.engine.model.TopItem.PSYCH_HEALTH;
import static org.recoveryoutcomes.engine.model.TopItem.QUALITY_OF_LIFE;
import static org.recoveryoutcomes.engine.model.TopItem.RISK_OF_EVICTION;
import static org.recoveryoutcomes.engine.model.TopItem.SELLING_DRUGS_DAYS;
import static org.recoveryoutcomes.engine.model.TopItem.SHARED_EQUIPMENT;
import static org.recoveryoutcomes.engine.model.TopItem.SHOPLIFTING_DAYS;
import static org.recoveryoutcomes.engine.model.TopItem.THEFT_FROM_VEHICLE;
import static org.recoveryoutcomes.engine.model.TopItem.VOLUNTEERING_DAYS;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.recoveryoutcomes.engine.model.Aggregation;
import org.recoveryoutcomes.engine.model.ChangeValue;
import org.recoveryoutcomes.engine.model.MetricDefinition;
import org.recoveryoutcomes.engine.model.MetricKind;
import org.recoveryoutcomes.engine.model.MetricWords;
import org.recoveryoutcomes.engine.model.MetricValue;
import org.recoveryoutcomes.engine.model.Polarity;
import org.recoveryoutcomes.engine.model.ProportionValue;
import org.recoveryoutcomes.engine.model.Relations;
import org.recoveryoutcomes.engine.model.Settings;
import org.recoveryoutcomes.engine.model.Substance;
import org.recoveryoutcomes.engine.model.TopItem;

/**
 * TOP outcome metrics on hand-computed fixtures. Most tests pass the reliable-change thresholds in directly, so
 * the expected counts can be read off the fixture; the threshold tests compute them from a known SD.
 *
 * <p>Shared arithmetic: t(0.975, 3) = 3.182446305; for n = 4 the exact Wilcoxon signed-rank distribution of W+
 * over the 16 sign assignments of ranks 1–4 has counts 1,1,1,2,2,2,2,2,1,1,1 for W+ = 0..10.
 */
class TopOutcomeMetricsTest {

    private static final Settings DEFAULTS = Settings.DEFAULTS;
    /** Commons Math's t quantile agrees with R/SciPy to about 1e-9, so t intervals are pinned to 1e-6. */
    private static final Offset<Double> T_QUANTILE_TOLERANCE = offset(1e-6);

    /** Every metric id, in the order of metrics.md. */
    private static final List<String> IDS = List.of(
            "abstinent_alcohol", "reliably_improved_alcohol", "deteriorated_alcohol", "days_alcohol",
            "abstinent_opiates", "reliably_improved_opiates", "deteriorated_opiates", "days_opiates",
            "abstinent_crack", "reliably_improved_crack", "deteriorated_crack", "days_crack",
            "abstinent_cocaine", "reliably_improved_cocaine", "deteriorated_cocaine", "days_cocaine",
            "abstinent_amphetamines", "reliably_improved_amphetamines", "deteriorated_amphetamines",
            "days_amphetamines",
            "abstinent_cannabis", "reliably_improved_cannabis", "deteriorated_cannabis", "days_cannabis",
            "abstinent_other_drug", "reliably_improved_other_drug", "deteriorated_other_drug", "days_other_drug",
            "abstinent_any_illicit", "stopped_injecting", "stopped_sharing",
            "housing_problem_resolved", "eviction_risk_resolved", "in_paid_work", "into_paid_work",
            "in_education_training", "volunteering", "meaningful_activity", "offending_stopped",
            "psych_health_change", "psych_health_reliably_improved", "psych_health_reliably_deteriorated",
            "physical_health_change", "physical_health_reliably_improved", "physical_health_reliably_deteriorated",
            "quality_of_life_change", "quality_of_life_reliably_improved", "quality_of_life_reliably_deteriorated");

    private static ProportionValue proportion(Map<String, MetricValue> m, String id) {
        assertThat(m.get(id)).as(id).isInstanceOf(ProportionValue.class);
        return (ProportionValue) m.get(id);
    }

    private static ChangeValue change(Map<String, MetricValue> m, String id) {
        assertThat(m.get(id)).as(id).isInstanceOf(ChangeValue.class);
        return (ChangeValue) m.get(id);
    }

    private static void assertProportion(Map<String, MetricValue> m, String id, long numerator, long denominator,
                                         Double percent) {
        ProportionValue p = proportion(m, id);
        assertThat(p.numerator()).as(id + " numerator").isEqualTo(numerator);
        assertThat(p.denominator()).as(id + " denominator").isEqualTo(denominator);
        if (percent == null) {
            assertThat(p.value()).as(id + " value").isNull();
        } else {
            assertThat(p.value()).as(id + " value").isCloseTo(percent, offset(1e-9));
        }
    }

    private static void assertNoFigure(Map<String, MetricValue> m, String id) {
        ProportionValue p = proportion(m, id);
        assertThat(p).as(id).isEqualTo(ProportionValue.of(0, 0, null, null, false));
    }

    // --- order and shape -------------------------------------------------------------------------------------

    @Test
    void computesEveryMetricInTheOrderOfMetricsMd() {
        Map<String, MetricValue> m = TopOutcomeMetrics.compute(List.of(), Map.of(), DEFAULTS);

        assertThat(m.keySet()).containsExactlyElementsOf(IDS);
        assertThat(TopOutcomeMetrics.definitions()).extracting(MetricDefinition::id).containsExactlyElementsOf(IDS);
    }

    @Test
    void givesNoFigureAnywhereWithoutPairs() {
        Map<String, MetricValue> m = TopOutcomeMetrics.compute(List.of(), Map.of(), DEFAULTS);

        for (String id : IDS) {
            if (m.get(id) instanceof ChangeValue c) {
                assertThat(c).as(id).isEqualTo(new ChangeValue(0, null, null, null, null, null, null, null, false));
            } else {
                assertProportion(m, id, 0, 0, null);
            }
        }
    }

    @Test
    void countsAPairWithNothingRecordedAtFollowUpNowhere() {
        // Everything a metric could select on is "yes" or > 0 at start, and the follow-up is blank: missing is
        // never zero, so no metric may count this pair (not as abstinent, resolved, stopped or out of work).
        OutcomePair blank = pair("c1").allIllicit(10, MISSING).allCrime(3, MISSING)
                .item(TopItem.ALCOHOL_DAYS, 10, MISSING).item(INJECTING_DAYS, 5, MISSING)
                .item(SHARED_EQUIPMENT, Y, MISSING).item(ACUTE_HOUSING_PROBLEM, Y, MISSING)
                .item(RISK_OF_EVICTION, Y, MISSING).item(PAID_WORK_DAYS, 0, MISSING)
                .item(EDUCATION_DAYS, 0, MISSING).item(VOLUNTEERING_DAYS, 0, MISSING)
                .item(PSYCH_HEALTH, 10, MISSING).item(PHYSICAL_HEALTH, 10, MISSING)
                .item(QUALITY_OF_LIFE, 10, MISSING).build();
        Map<TopItem, Double> thresholds = Map.of(OPIATES_DAYS, 1.0, PSYCH_HEALTH, 1.0);

        Map<String, MetricValue> m = TopOutcomeMetrics.compute(List.of(blank), thresholds, DEFAULTS);

        for (String id : IDS) {
            if (m.get(id) instanceof ChangeValue c) {
                assertThat(c.n()).as(id).isZero();
            } else {
                assertProportion(m, id, 0, 0, null);
            }
        }
    }

    @Test
    void countsAPairWithNothingRecordedAtStartNowhere() {
        OutcomePair blank = pair("c1").allIllicit(MISSING, 0).allCrime(MISSING, 0)
                .item(TopItem.ALCOHOL_DAYS, MISSING, 0).item(INJECTING_DAYS, MISSING, 0)
                .item(SHARED_EQUIPMENT, MISSING, N).item(ACUTE_HOUSING_PROBLEM, MISSING, N)
                .item(RISK_OF_EVICTION, MISSING, N).item(PAID_WORK_DAYS, MISSING, 10)
                .item(EDUCATION_DAYS, MISSING, 10).item(VOLUNTEERING_DAYS, MISSING, 10)
                .item(PSYCH_HEALTH, MISSING, 15).item(PHYSICAL_HEALTH, MISSING, 15)
                .item(QUALITY_OF_LIFE, MISSING, 15).build();

        Map<String, MetricValue> m = TopOutcomeMetrics.compute(List.of(blank), Map.of(PSYCH_HEALTH, 1.0), DEFAULTS);

        for (String id : IDS) {
            if (m.get(id) instanceof ChangeValue c) {
                assertThat(c.n()).as(id).isZero();
            } else {
                assertProportion(m, id, 0, 0, null);
            }
        }
    }

    // --- substance use ---------------------------------------------------------------------------------------

    /**
     * Days of S (threshold 5) at start → follow-up:
     * <pre>
     *   p1 20 → 0    abstinent (fell 20, but abstinent pairs are not "reliably improved")
     *   p2 20 → 10   reliably improved (fell 10 ≥ 5)
     *   p3 10 → 6    fell 4 &lt; 5: neither
     *   p4 10 → 15   deteriorated (rose 5 ≥ 5: the threshold is inclusive)
     *   p5  4 → –    missing at follow-up: excluded
     *   p6  0 → 10   not using at start: excluded
     *   p7  – → 5    missing at start: excluded
     * </pre>
     * Denominator 4: abstinent 1 (25%), reliably improved 1 (25%), deteriorated 1 (25%).
     * days_S: start 20,20,10,10 (mean 15); follow-up 0,10,6,15 (mean 7.75); changes −20,−10,−4,+5, mean −7.25;
     * deviations −12.75, −2.75, 3.25, 12.25, squares sum 330.75, SD √(330.75/3) = √110.25 = 10.5;
     * CI −7.25 ∓ 3.182446305 × 10.5/2 = −7.25 ∓ 16.707843 = [−23.957843, 9.457843];
     * Wilcoxon: |changes| 20,10,4,5 rank 4,3,1,2, W+ = 2, P(W+ ≤ 2) = 3/16, p = 0.375; d<sub>z</sub> = −7.25/10.5.
     */
    private static List<OutcomePair> substanceFixture(TopItem item) {
        return List.of(
                pair("p1").item(item, 20, 0).build(),
                pair("p2").item(item, 20, 10).build(),
                pair("p3").item(item, 10, 6).build(),
                pair("p4").item(item, 10, 15).build(),
                pair("p5").item(item, 4, MISSING).build(),
                pair("p6").item(item, 0, 10).build(),
                pair("p7").item(item, MISSING, 5).build());
    }

    @ParameterizedTest
    @EnumSource(Substance.class)
    void measuresEachSubstanceOverPairsUsingItAtStart(Substance s) {
        Map<String, MetricValue> m = TopOutcomeMetrics.compute(substanceFixture(s.daysItem()),
                Map.of(s.daysItem(), 5.0), DEFAULTS);

        assertProportion(m, "abstinent_" + s.code(), 1, 4, 25.0);
        assertProportion(m, "reliably_improved_" + s.code(), 1, 4, 25.0);
        assertProportion(m, "deteriorated_" + s.code(), 1, 4, 25.0);
        ChangeValue days = change(m, "days_" + s.code());
        assertThat(days.n()).isEqualTo(4);
        assertThat(days.meanStart()).isEqualTo(15.0);
        assertThat(days.meanFollowUp()).isEqualTo(7.75);
        assertThat(days.meanChange()).isEqualTo(-7.25);
        assertThat(days.lower95()).isCloseTo(-23.957843102739467, T_QUANTILE_TOLERANCE);
        assertThat(days.upper95()).isCloseTo(9.457843102739467, T_QUANTILE_TOLERANCE);
        assertThat(days.pValue()).isCloseTo(0.375, offset(1e-12));
        assertThat(days.effectSize()).isCloseTo(-7.25 / 10.5, offset(1e-12));
        // Four pairs is a small number at the default threshold of 5.
        assertThat(days.suppressed()).isTrue();
        assertThat(proportion(m, "abstinent_" + s.code()).suppressed()).isTrue();
        // The other substances have no users in this fixture.
        for (Substance other : Substance.values()) {
            if (other != s) {
                assertProportion(m, "abstinent_" + other.code(), 0, 0, null);
                assertThat(change(m, "days_" + other.code()).n()).isZero();
            }
        }
    }

    @Test
    void reachesZeroAndOneHundredPercent() {
        // Cocaine 5 → 0 and 3 → 0: 2/2 abstinent, Wilson lower (4 + z² − z²)/(2(2 + z²)) = 4/11.6830 = 34.238%.
        // Crack 5 → 5 and 3 → 4 (threshold 1): 0/2 abstinent, upper 65.762%; 1/2 deteriorated, 0/2 improved.
        List<OutcomePair> pairs = List.of(
                pair("a").item(COCAINE_DAYS, 5, 0).item(CRACK_DAYS, 5, 5).build(),
                pair("b").item(COCAINE_DAYS, 3, 0).item(CRACK_DAYS, 3, 4).build());

        Map<String, MetricValue> m = TopOutcomeMetrics.compute(pairs, Map.of(COCAINE_DAYS, 1.0, CRACK_DAYS, 1.0),
                DEFAULTS);

        assertProportion(m, "abstinent_cocaine", 2, 2, 100.0);
        assertThat(proportion(m, "abstinent_cocaine").lower95()).isCloseTo(34.23802275066531, offset(1e-9));
        assertThat(proportion(m, "abstinent_cocaine").upper95()).isEqualTo(100.0);
        assertProportion(m, "reliably_improved_cocaine", 0, 2, 0.0);
        assertProportion(m, "deteriorated_cocaine", 0, 2, 0.0);
        assertProportion(m, "abstinent_crack", 0, 2, 0.0);
        assertThat(proportion(m, "abstinent_crack").lower95()).isEqualTo(0.0);
        assertThat(proportion(m, "abstinent_crack").upper95()).isCloseTo(65.76197724933469, offset(1e-9));
        assertProportion(m, "reliably_improved_crack", 0, 2, 0.0);
        assertProportion(m, "deteriorated_crack", 1, 2, 50.0);
    }

    @Test
    void givesNoReliableChangeFigureWhereTheThresholdIsUnknown() {
        // No opiate threshold: 0 of the 4 users would read as "nobody improved"; there is no figure instead.
        Map<String, MetricValue> m = TopOutcomeMetrics.compute(substanceFixture(OPIATES_DAYS), Map.of(), DEFAULTS);

        assertNoFigure(m, "reliably_improved_opiates");
        assertNoFigure(m, "deteriorated_opiates");
        assertProportion(m, "abstinent_opiates", 1, 4, 25.0);
        assertThat(change(m, "days_opiates").n()).isEqualTo(4);
    }

    @Test
    void abstinentFromAllIllicitDrugsNeedsEveryIllicitDrugRecordedAtFollowUp() {
        // q1 opiates 10 → 0, crack 5 → 0, the rest 0 → 0: abstinent.
        // q2 cannabis 3 → 0 but cocaine 0 → 2 (a new drug): not abstinent.
        // q3 crack 4 → missing: excluded (a drug used at start is not recorded at follow-up).
        // q4 opiates 5 → 0, amphetamines 0 → missing: excluded (abstinence from all cannot be confirmed).
        // q5 alcohol 20 → 0, every illicit drug 0 at start: not using an illicit drug, excluded.
        // q6 opiates 5 → 3: not abstinent.
        // q7 opiates missing → 0, the rest 0 → 0: not known to use at start, excluded.
        // 1 of 3 = 33.33%.
        List<OutcomePair> pairs = List.of(
                pair("q1").allIllicit(0, 0).item(OPIATES_DAYS, 10, 0).item(CRACK_DAYS, 5, 0).build(),
                pair("q2").allIllicit(0, 0).item(CANNABIS_DAYS, 3, 0).item(COCAINE_DAYS, 0, 2).build(),
                pair("q3").allIllicit(0, 0).item(CRACK_DAYS, 4, MISSING).build(),
                pair("q4").allIllicit(0, 0).item(OPIATES_DAYS, 5, 0).item(AMPHETAMINES_DAYS, 0, MISSING).build(),
                pair("q5").allIllicit(0, 0).item(TopItem.ALCOHOL_DAYS, 20, 0).build(),
                pair("q6").allIllicit(0, 0).item(OPIATES_DAYS, 5, 3).build(),
                pair("q7").allIllicit(0, 0).item(OPIATES_DAYS, MISSING, 0).build());

        Map<String, MetricValue> m = TopOutcomeMetrics.compute(pairs, Map.of(), DEFAULTS);

        assertProportion(m, "abstinent_any_illicit", 1, 3, 100.0 / 3);
    }

    @Test
    void stoppedInjectingAndSharingCountOnlyPairsRecordedAtBothEnds() {
        // Injecting days: 10 → 0 stopped; 5 → 2 not; 3 → missing excluded; 0 → 0 not injecting; missing → 0
        // excluded: 1 of 2.
        // Shared equipment: Y → N stopped; Y → Y not; Y → missing excluded; N → N not sharing; N → Y not
        // sharing at start: 1 of 2.
        List<OutcomePair> pairs = List.of(
                pair("a").item(INJECTING_DAYS, 10, 0).item(SHARED_EQUIPMENT, Y, N).build(),
                pair("b").item(INJECTING_DAYS, 5, 2).item(SHARED_EQUIPMENT, Y, Y).build(),
                pair("c").item(INJECTING_DAYS, 3, MISSING).item(SHARED_EQUIPMENT, Y, MISSING).build(),
                pair("d").item(INJECTING_DAYS, 0, 0).item(SHARED_EQUIPMENT, N, N).build(),
                pair("e").item(INJECTING_DAYS, MISSING, 0).item(SHARED_EQUIPMENT, N, Y).build());

        Map<String, MetricValue> m = TopOutcomeMetrics.compute(pairs, Map.of(), DEFAULTS);

        assertProportion(m, "stopped_injecting", 1, 2, 50.0);
        assertProportion(m, "stopped_sharing", 1, 2, 50.0);
    }

    // --- reintegration ---------------------------------------------------------------------------------------

    @Test
    void housingProblemAndEvictionRiskResolvedOverThoseWithTheProblemAtStart() {
        // Housing: Y → N ×3, Y → Y ×1, Y → missing, N → Y (a new problem is not in the denominator): 3 of 4.
        // Eviction: Y → N ×1, Y → Y ×2, missing → N, N → N: 1 of 3.
        List<OutcomePair> pairs = List.of(
                pair("a").item(ACUTE_HOUSING_PROBLEM, Y, N).item(RISK_OF_EVICTION, Y, N).build(),
                pair("b").item(ACUTE_HOUSING_PROBLEM, Y, N).item(RISK_OF_EVICTION, Y, Y).build(),
                pair("c").item(ACUTE_HOUSING_PROBLEM, Y, N).item(RISK_OF_EVICTION, Y, Y).build(),
                pair("d").item(ACUTE_HOUSING_PROBLEM, Y, Y).item(RISK_OF_EVICTION, MISSING, N).build(),
                pair("e").item(ACUTE_HOUSING_PROBLEM, Y, MISSING).item(RISK_OF_EVICTION, N, N).build(),
                pair("f").item(ACUTE_HOUSING_PROBLEM, N, Y).build());

        Map<String, MetricValue> m = TopOutcomeMetrics.compute(pairs, Map.of(), DEFAULTS);

        assertProportion(m, "housing_problem_resolved", 3, 4, 75.0);
        assertProportion(m, "eviction_risk_resolved", 1, 3, 100.0 / 3);
    }

    @Test
    void inPaidWorkShowsTheStartProportionAndMcNemarExactP() {
        // Paid work days: 8 no → yes (0 → 10), 2 yes → no (12 → 0), 3 yes → yes (5 → 20), 7 no → no (0 → 0);
        // excluded: 0 → missing, missing → 5. Denominator 20.
        // Follow-up yes 8 + 3 = 11 (55%, Wilson 34.209–74.180); start yes 2 + 3 = 5 (25%).
        // McNemar: b = 8, c = 2, p = 2 × P(X ≤ 2 | 10, ½) = 2 × (1 + 10 + 45)/1024 = 112/1024 = 0.109375.
        // into_paid_work: 0 at start and recorded at follow-up: the 8 and the 7; 8 of 15.
        List<OutcomePair> pairs = new ArrayList<>();
        addPairs(pairs, 8, PAID_WORK_DAYS, 0, 10);
        addPairs(pairs, 2, PAID_WORK_DAYS, 12, 0);
        addPairs(pairs, 3, PAID_WORK_DAYS, 5, 20);
        addPairs(pairs, 7, PAID_WORK_DAYS, 0, 0);
        addPairs(pairs, 1, PAID_WORK_DAYS, 0, MISSING);
        addPairs(pairs, 1, PAID_WORK_DAYS, MISSING, 5);

        Map<String, MetricValue> m = TopOutcomeMetrics.compute(pairs, Map.of(), DEFAULTS);

        ProportionValue inWork = proportion(m, "in_paid_work");
        assertProportion(m, "in_paid_work", 11, 20, 55.0);
        assertThat(inWork.lower95()).isCloseTo(34.20853424503423, offset(1e-9));
        assertThat(inWork.upper95()).isCloseTo(74.18021417443757, offset(1e-9));
        assertThat(inWork.suppressed()).isFalse();
        assertThat(inWork.atStart()).isEqualTo(Figures.proportion(5, 20, DEFAULTS));
        assertThat(inWork.atStart().value()).isEqualTo(25.0);
        assertThat(inWork.pValue()).isCloseTo(0.109375, offset(1e-12));
        assertProportion(m, "into_paid_work", 8, 15, 800.0 / 15);
    }

    @Test
    void educationAndVolunteeringAreComparedLikePaidWork() {
        // Education: 3 no → yes, 1 yes → yes, 1 no → no: follow-up 4/5 (80%), start 1/5 (20%),
        // McNemar b = 3, c = 0: p = 2 × (½)³ = 0.25. Volunteering is not recorded: no figure and no p.
        List<OutcomePair> pairs = new ArrayList<>();
        addPairs(pairs, 3, EDUCATION_DAYS, 0, 4);
        addPairs(pairs, 1, EDUCATION_DAYS, 2, 2);
        addPairs(pairs, 1, EDUCATION_DAYS, 0, 0);

        Map<String, MetricValue> m = TopOutcomeMetrics.compute(pairs, Map.of(), DEFAULTS);

        assertProportion(m, "in_education_training", 4, 5, 80.0);
        assertThat(proportion(m, "in_education_training").atStart().value()).isEqualTo(20.0);
        assertThat(proportion(m, "in_education_training").pValue()).isCloseTo(0.25, offset(1e-12));
        assertProportion(m, "volunteering", 0, 0, null);
        assertThat(proportion(m, "volunteering").pValue()).isNull();
        assertThat(proportion(m, "volunteering").atStart().denominator()).isZero();
    }

    @Test
    void volunteeringCountsWhereRecorded() {
        // 2 no → yes, 1 yes → yes, 1 yes → no, 1 recorded at start only: follow-up 3/4, start 2/4;
        // b = 2, c = 1: p = 2 × P(X ≤ 1 | 3, ½) = 2 × 4/8 = 1.
        List<OutcomePair> pairs = new ArrayList<>();
        addPairs(pairs, 2, VOLUNTEERING_DAYS, 0, 3);
        addPairs(pairs, 1, VOLUNTEERING_DAYS, 6, 6);
        addPairs(pairs, 1, VOLUNTEERING_DAYS, 6, 0);
        addPairs(pairs, 1, VOLUNTEERING_DAYS, 6, MISSING);

        Map<String, MetricValue> m = TopOutcomeMetrics.compute(pairs, Map.of(), DEFAULTS);

        assertProportion(m, "volunteering", 3, 4, 75.0);
        assertThat(proportion(m, "volunteering").atStart().numerator()).isEqualTo(2);
        assertThat(proportion(m, "volunteering").pValue()).isEqualTo(1.0);
    }

    @Test
    void meaningfulActivityComparesOnlyTheActivitiesRecordedAtBothEnds() {
        // m1 paid 0 → 0, education 0 → 0, volunteering not recorded: no → no.
        // m2 paid 0 → 0, education not recorded, volunteering 0 → 4: no → yes.
        // m3 paid 5 → 0, education 0 → 0: yes → no.
        // m4 paid missing → 10, education 0 → 0: judged on education only, no → no (the paid work recorded
        //    only at follow-up is not compared).
        // m5 paid 3 → missing, education missing → 0, volunteering not recorded: nothing recorded at both ends,
        //    excluded.
        // m6 paid 2 → 2: yes → yes.
        // Denominator 5; follow-up yes m2, m6 = 2 (40%); start yes m3, m6 = 2 (40%); b = 1, c = 1, p = 1.
        List<OutcomePair> pairs = List.of(
                pair("m1").item(PAID_WORK_DAYS, 0, 0).item(EDUCATION_DAYS, 0, 0).build(),
                pair("m2").item(PAID_WORK_DAYS, 0, 0).item(VOLUNTEERING_DAYS, 0, 4).build(),
                pair("m3").item(PAID_WORK_DAYS, 5, 0).item(EDUCATION_DAYS, 0, 0).build(),
                pair("m4").item(PAID_WORK_DAYS, MISSING, 10).item(EDUCATION_DAYS, 0, 0).build(),
                pair("m5").item(PAID_WORK_DAYS, 3, MISSING).item(EDUCATION_DAYS, MISSING, 0).build(),
                pair("m6").item(PAID_WORK_DAYS, 2, 2).build());

        Map<String, MetricValue> m = TopOutcomeMetrics.compute(pairs, Map.of(), DEFAULTS);

        assertProportion(m, "meaningful_activity", 2, 5, 40.0);
        assertThat(proportion(m, "meaningful_activity").atStart().numerator()).isEqualTo(2);
        assertThat(proportion(m, "meaningful_activity").atStart().denominator()).isEqualTo(5);
        assertThat(proportion(m, "meaningful_activity").pValue()).isEqualTo(1.0);
    }

    @Test
    void offendingStoppedNeedsEveryCrimeItemAtFollowUp() {
        // o1 shoplifting 5 → 0, every other item 0/N at both ends: stopped.
        // o2 assault Y → N, but selling drugs 0 → 3 at follow-up: not stopped.
        // o3 fraud Y → N, other theft N → missing: "no crime" cannot rest on a missing item: excluded.
        // o4 no crime at start: not in the denominator.
        // o5 only theft from a vehicle recorded at start (Y); every item 0/N at follow-up: stopped.
        // o6 selling drugs 2 → 1: not stopped.
        // 2 of 4.
        List<OutcomePair> pairs = List.of(
                pair("o1").allCrime(0, 0).item(SHOPLIFTING_DAYS, 5, 0).build(),
                pair("o2").allCrime(0, 0).item(ASSAULT_VIOLENCE, Y, N).item(SELLING_DRUGS_DAYS, 0, 3).build(),
                pair("o3").allCrime(0, 0).item(FRAUD_HANDLING, Y, N).item(OTHER_THEFT, N, MISSING).build(),
                pair("o4").allCrime(0, 0).build(),
                pair("o5").allCrime(MISSING, 0).item(THEFT_FROM_VEHICLE, Y, N).build(),
                pair("o6").allCrime(0, 0).item(SELLING_DRUGS_DAYS, 2, 1).build());

        Map<String, MetricValue> m = TopOutcomeMetrics.compute(pairs, Map.of(), DEFAULTS);

        assertProportion(m, "offending_stopped", 2, 4, 50.0);
    }

    // --- health ----------------------------------------------------------------------------------------------

    static Stream<TopItem> scores() {
        return TopOutcomeMetrics.SCORES.stream();
    }

    /**
     * Score (threshold 4) at start → follow-up: 8 → 14 (+6, improved), 10 → 14 (+4, improved: inclusive),
     * 12 → 9 (−3, neither), 15 → 10 (−5, deteriorated), 10 → missing and missing → 12 (excluded).
     * n = 4: improved 2 (50%), deteriorated 1 (25%). Means 11.25 → 11.75, change +0.5; deviations of the
     * changes 6, 4, −3, −5 from 0.5 are 5.5, 3.5, −3.5, −5.5, squares sum 85, SD √(85/3) = 5.322906;
     * CI 0.5 ∓ 3.182446305 × 5.322906/2 = 0.5 ∓ 8.469932 = [−7.969932, 8.969932]; Wilcoxon |changes| 6, 4, 3, 5
     * rank 4, 2, 1, 3, W+ = 6, P(W+ ≥ 6) = 7/16 &lt; P(W+ ≤ 6) = 11/16, p = 14/16 = 0.875.
     */
    @ParameterizedTest
    @MethodSource("scores")
    void measuresChangeAndReliableChangeOnEachRating(TopItem score) {
        List<OutcomePair> pairs = List.of(
                pair("h1").item(score, 8, 14).build(),
                pair("h2").item(score, 10, 14).build(),
                pair("h3").item(score, 12, 9).build(),
                pair("h4").item(score, 15, 10).build(),
                pair("h5").item(score, 10, MISSING).build(),
                pair("h6").item(score, MISSING, 12).build());

        Map<String, MetricValue> m = TopOutcomeMetrics.compute(pairs, Map.of(score, 4.0), DEFAULTS);

        ChangeValue c = change(m, score.code() + "_change");
        assertThat(c.n()).isEqualTo(4);
        assertThat(c.meanStart()).isEqualTo(11.25);
        assertThat(c.meanFollowUp()).isEqualTo(11.75);
        assertThat(c.meanChange()).isEqualTo(0.5);
        assertThat(c.lower95()).isCloseTo(-7.969932021132083, T_QUANTILE_TOLERANCE);
        assertThat(c.upper95()).isCloseTo(8.969932021132083, T_QUANTILE_TOLERANCE);
        assertThat(c.pValue()).isCloseTo(0.875, offset(1e-12));
        assertThat(c.effectSize()).isCloseTo(0.5 / Math.sqrt(85.0 / 3), offset(1e-12));
        assertProportion(m, score.code() + "_reliably_improved", 2, 4, 50.0);
        assertProportion(m, score.code() + "_reliably_deteriorated", 1, 4, 25.0);
    }

    @Test
    void reliableChangeOnRatingsReachesZeroAndOneHundredPercentAndNeedsAThreshold() {
        // Quality of life (threshold 3): 5 → 10 and 6 → 9 both rose ≥ 3: 2/2 improved, 0/2 deteriorated.
        // Physical health has no threshold: its change is still shown, its reliable-change figures are not.
        List<OutcomePair> pairs = List.of(
                pair("a").item(QUALITY_OF_LIFE, 5, 10).item(PHYSICAL_HEALTH, 10, 12).build(),
                pair("b").item(QUALITY_OF_LIFE, 6, 9).item(PHYSICAL_HEALTH, 11, 11).build());

        Map<String, MetricValue> m = TopOutcomeMetrics.compute(pairs, Map.of(QUALITY_OF_LIFE, 3.0), DEFAULTS);

        assertProportion(m, "quality_of_life_reliably_improved", 2, 2, 100.0);
        assertProportion(m, "quality_of_life_reliably_deteriorated", 0, 2, 0.0);
        assertThat(change(m, "physical_health_change").meanChange()).isEqualTo(1.0);
        assertNoFigure(m, "physical_health_reliably_improved");
        assertNoFigure(m, "physical_health_reliably_deteriorated");
    }

    // --- thresholds ------------------------------------------------------------------------------------------

    /**
     * Psych health at start over pairs recorded at both ends: 8, 10, 12 (20 → missing and missing → 5 are left
     * out): mean 10, SD √((4 + 0 + 4)/2) = 2, threshold 1.96 × 2 × √2 × √0.2 = 3.92 × √0.4 = 3.92 × 0.6324555
     * = 2.4792257. Opiate days at start 0, 10, 20 (non-users count): SD 10, threshold 19.6 × √0.4 = 12.396128.
     * Cannabis 5, 5: SD 0, no threshold. Crack: one value, no threshold. Paid work has an SD but is not an item
     * with a reliable-change metric.
     */
    private static List<OutcomePair> thresholdFixture() {
        return List.of(
                pair("a").item(PSYCH_HEALTH, 8, 9).item(OPIATES_DAYS, 0, 0).item(CANNABIS_DAYS, 5, 0)
                        .item(CRACK_DAYS, 7, 0).item(PAID_WORK_DAYS, 0, 5).build(),
                pair("b").item(PSYCH_HEALTH, 10, 10).item(OPIATES_DAYS, 10, 2).item(CANNABIS_DAYS, 5, 5)
                        .item(PAID_WORK_DAYS, 20, 5).build(),
                pair("c").item(PSYCH_HEALTH, 12, 17).item(OPIATES_DAYS, 20, 28).build(),
                pair("d").item(PSYCH_HEALTH, 20, MISSING).item(CRACK_DAYS, 3, MISSING).build(),
                pair("e").item(PSYCH_HEALTH, MISSING, 5).build());
    }

    @Test
    void thresholdsUseTheSampleSdAtStartOverPairsRecordedAtBothEnds() {
        Map<TopItem, Double> t = TopOutcomeMetrics.thresholds(thresholdFixture(), DEFAULTS);

        assertThat(t.keySet()).containsExactly(OPIATES_DAYS, PSYCH_HEALTH);
        assertThat(t.get(PSYCH_HEALTH)).isCloseTo(2.479225685572009, offset(1e-12));
        assertThat(t.get(OPIATES_DAYS)).isCloseTo(12.396128427860045, offset(1e-12));
    }

    @Test
    void thresholdsUseTheReliabilityFromSettings() {
        // r = 0.5 for psych health: 1.96 × 2 × √2 × √0.5 = 3.92. Days r = 0.9: 19.6 × √0.2 = 8.7653865.
        Settings s = Settings.builder().reliability(PSYCH_HEALTH, 0.5).reliabilityDays(0.9).build();

        Map<TopItem, Double> t = TopOutcomeMetrics.thresholds(thresholdFixture(), s);

        assertThat(t.get(PSYCH_HEALTH)).isCloseTo(3.92, offset(1e-12));
        assertThat(t.get(OPIATES_DAYS)).isCloseTo(8.765386471799175, offset(1e-12));
    }

    @Test
    void thresholdsCoverTheSevenSubstancesAndThreeRatings() {
        // Two pairs with every substance and rating differing at start give every item a threshold.
        OutcomePair low = pair("a").allIllicit(0, 0).item(TopItem.ALCOHOL_DAYS, 0, 0).item(PSYCH_HEALTH, 0, 0)
                .item(PHYSICAL_HEALTH, 0, 0).item(QUALITY_OF_LIFE, 0, 0).item(INJECTING_DAYS, 0, 0).build();
        OutcomePair high = pair("b").allIllicit(10, 0).item(TopItem.ALCOHOL_DAYS, 10, 0).item(PSYCH_HEALTH, 10, 0)
                .item(PHYSICAL_HEALTH, 10, 0).item(QUALITY_OF_LIFE, 10, 0).item(INJECTING_DAYS, 10, 0).build();

        Map<TopItem, Double> t = TopOutcomeMetrics.thresholds(List.of(low, high), DEFAULTS);

        assertThat(t.keySet()).containsExactly(TopItem.ALCOHOL_DAYS, OPIATES_DAYS, CRACK_DAYS, COCAINE_DAYS,
                AMPHETAMINES_DAYS, CANNABIS_DAYS, TopItem.OTHER_DRUG_DAYS, PSYCH_HEALTH, PHYSICAL_HEALTH,
                QUALITY_OF_LIFE);
        assertThat(TopOutcomeMetrics.thresholds(List.of(), DEFAULTS)).isEmpty();
    }

    @Test
    void holdsAProjectToTheThresholdOfTheAllGroup() {
        // All pairs give psych health the threshold 2.4792 (above). On its own, project pair "a" (8 → 9, +1)
        // has no SD and so no threshold; with the all-group threshold +1 is not a reliable rise, and "c"
        // (12 → 17, +5) is.
        Map<TopItem, Double> all = TopOutcomeMetrics.thresholds(thresholdFixture(), DEFAULTS);
        List<OutcomePair> project = List.of(thresholdFixture().get(0), thresholdFixture().get(2));

        Map<String, MetricValue> m = TopOutcomeMetrics.compute(project, all, DEFAULTS);

        assertProportion(m, "psych_health_reliably_improved", 1, 2, 50.0);
        assertProportion(m, "psych_health_reliably_deteriorated", 0, 2, 0.0);
    }

    // --- definitions -----------------------------------------------------------------------------------------

    @Test
    void definesAbstinenceFromEachSubstanceInWords() {
        MetricDefinition d = TopOutcomeMetrics.definitions().get(IDS.indexOf("abstinent_opiates"));

        assertThat(d).isEqualTo(new MetricDefinition("abstinent_opiates", "Abstinent from opiates", "substance_use",
                MetricKind.PROPORTION, "pairs with 0 days of opiates at follow-up",
                "pairs using opiates at start (days > 0) with opiates days recorded at follow-up",
                Polarity.HIGH_IS_GOOD, "Wilson score 95% CI", "NDTMS TOP outcome methodology",
                // Outcome pairs, for disclosure control: a borough's pairs are at most its projects' pairs (a
                // client contributes one pair), all is the sum of the boroughs, a group the sum of its categories.
                Relations.of(Aggregation.CLIENT_SUBSET),
                // Its findings: "Of 112 clients using opiates when they started, 46 (…) were abstinent at follow-up."
                new MetricWords.Share("{clients}", "using opiates when they started", "were abstinent at follow-up")));
    }

    @Test
    void definitionsGiveLabelsDomainsAndSources() {
        assertThat(TopOutcomeMetrics.definitions())
                .filteredOn(d -> List.of("abstinent_other_drug", "days_alcohol", "in_paid_work",
                        "psych_health_change", "quality_of_life_reliably_deteriorated").contains(d.id()))
                .extracting(MetricDefinition::label, MetricDefinition::domain, MetricDefinition::statistic,
                        MetricDefinition::source)
                .containsExactly(
                        tuple("Days using alcohol in the past 28", "substance_use",
                                "paired t 95% CI for the mean change; Wilcoxon signed-rank p (exact for n ≤ 30, "
                                        + "normal approximation above)", null),
                        tuple("Abstinent from other drugs", "substance_use", "Wilson score 95% CI",
                                "NDTMS TOP outcome methodology"),
                        tuple("In paid work", "reintegration", "Wilson score 95% CI; same proportion at start "
                                + "beside it; McNemar exact p, start vs follow-up", null),
                        tuple("Psychological health", "health",
                                "paired t 95% CI for the mean change; Wilcoxon signed-rank p (exact for n ≤ 30, "
                                        + "normal approximation above)", null),
                        tuple("Quality of life reliably deteriorated", "health",
                                "Wilson score 95% CI; reliable-change threshold 1.96 × S1 × √2 × √(1 − r), S1 "
                                        + "the SD at start over all pairs", "Jacobson & Truax (1991)"));
        assertThat(TopOutcomeMetrics.definitions()).extracting(MetricDefinition::domain)
                .containsSubsequence("substance_use", "reintegration", "health")
                .filteredOn("substance_use"::equals).hasSize(31);
    }

    @Test
    void definitionsJudgeFewerDaysOfUseAndDeteriorationAsGood() {
        for (MetricDefinition d : TopOutcomeMetrics.definitions()) {
            boolean lowIsGood = d.id().startsWith("deteriorated_") || d.id().startsWith("days_")
                    || d.id().endsWith("_reliably_deteriorated");
            assertThat(d.polarity()).as(d.id()).isEqualTo(lowIsGood ? Polarity.LOW_IS_GOOD : Polarity.HIGH_IS_GOOD);
            assertThat(d.denominator()).as(d.id()).isNotBlank();
        }
    }

    @Test
    void definitionsNameTheKindOfValueComputed() {
        Map<String, MetricValue> m = TopOutcomeMetrics.compute(List.of(), Map.of(), DEFAULTS);

        for (MetricDefinition d : TopOutcomeMetrics.definitions()) {
            assertThat(d.kind()).as(d.id()).isEqualTo(
                    m.get(d.id()) instanceof ChangeValue ? MetricKind.CHANGE : MetricKind.PROPORTION);
        }
        assertThat(TopOutcomeMetrics.definitions()).filteredOn(d -> d.kind() == MetricKind.CHANGE)
                .extracting(MetricDefinition::id)
                .containsExactly("days_alcohol", "days_opiates", "days_crack", "days_cocaine", "days_amphetamines",
                        "days_cannabis", "days_other_drug", "psych_health_change", "physical_health_change",
                        "quality_of_life_change");
    }

    private static void addPairs(List<OutcomePair> pairs, int count, TopItem item, double atStart,
                                 double atFollowUp) {
        for (int i = 0; i < count; i++) {
            pairs.add(pair("c" + pairs.size()).item(item, atStart, atFollowUp).build());
        }
    }
}
