package org.recoveryoutcomes.engine.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recoveryoutcomes.engine.metrics.MetricsEngine;
import org.recoveryoutcomes.engine.model.AmountValue;
import org.recoveryoutcomes.engine.model.ChangeValue;
import org.recoveryoutcomes.engine.model.Comparison;
import org.recoveryoutcomes.engine.model.CountValue;
import org.recoveryoutcomes.engine.model.EngineInfo;
import org.recoveryoutcomes.engine.model.GroupLevel;
import org.recoveryoutcomes.engine.model.GroupResult;
import org.recoveryoutcomes.engine.model.MeanValue;
import org.recoveryoutcomes.engine.model.MetricDefinition;
import org.recoveryoutcomes.engine.model.MetricKind;
import org.recoveryoutcomes.engine.model.MetricValue;
import org.recoveryoutcomes.engine.model.MetricsResult;
import org.recoveryoutcomes.engine.model.Period;
import org.recoveryoutcomes.engine.model.Polarity;
import org.recoveryoutcomes.engine.model.ProportionValue;
import org.recoveryoutcomes.engine.model.Relations;
import org.recoveryoutcomes.engine.model.Settings;
import org.recoveryoutcomes.engine.model.Trend;

/**
 * Exact sentences for each case. The CIs are given rather than computed: e.g. 46 of 112 has the Wilson interval
 * 32.4%–50.3% ((2·46 + 1.96² ∓ 1.96·√(1.96² + 4·46·(1 − 46/112))) ÷ (2·(112 + 1.96²))), written 32%–50%.
 */
class FindingsTest {

    private static final RenderOptions PUBLISHED = new RenderOptions(RenderOptions.EN_GB, true, "project:BAT",
            LocalDate.of(2026, 10, 14), "00ff");
    private static final RenderOptions WORKING_COPY = new RenderOptions(RenderOptions.EN_GB, false, "project:BAT",
            LocalDate.of(2026, 10, 14), "00ff");

    /** abstinent_opiates of BAT: 46 of 112, against Ealing's 38%. */
    private static final ProportionValue OPIATES = ProportionValue.of(46, 112, 32.4, 50.3, false)
            .withComparison(Comparison.SIMILAR, "borough:Ealing", 38.0);

    @Test
    void writesAProportionAsOfDenominatorNumeratorWithItsCi() {
        assertThat(figure("abstinent_opiates", OPIATES)).isEqualTo(
                "Of 112 clients using opiates when they started, 46 (41%, 95% CI 32%–50%) were abstinent at "
                        + "follow-up.");
    }

    @Test
    void saysASimilarFigureLiesWithinTheCi() {
        assertThat(findings(group("abstinent_opiates", OPIATES)).comparison(group("abstinent_opiates", OPIATES),
                "abstinent_opiates"))
                .isEqualTo("This is similar to Ealing (38%), which lies within its 95% confidence interval.");
    }

    @Test
    void saysBetterOrWorseOnlyFromTheComparison() {
        ProportionValue better = OPIATES.withComparison(Comparison.BETTER, "borough:Ealing", 28.0);
        ProportionValue worse = ProportionValue.of(60, 400, 11.8, 18.9, false)
                .withComparison(Comparison.WORSE, "all", 10.0);
        assertThat(sentences("abstinent_opiates", better)).containsSubsequence(
                "This is better than Ealing (28%), which lies outside its 95% confidence interval.");
        assertThat(sentences("did_not_attend_rate", worse)).containsExactly(
                "Of 400 booked contacts in 2026/27-Q2, 60 (15%, 95% CI 12%–19%) were not attended.",
                "This is worse than all projects (10%), which lies outside its 95% confidence interval.");
    }

    @Test
    void saysHigherOrLowerForAMetricWithoutPolarity() {
        ProportionValue p = ProportionValue.of(30, 100, 21.9, 39.6, false)
                .withComparison(Comparison.BETTER, "borough:Ealing", 15.0);
        assertThat(findings(group("share_referred", p)).comparison(group("share_referred", p), "share_referred"))
                .isEqualTo("This is higher than Ealing (15%), which lies outside its 95% confidence interval.");
    }

    @Test
    void saysWhenTheBaseIsTooSmallToCompare() {
        // 0 of 8: zero is shown, and 8 - 0 = 8 is not a small number, so nothing is hidden; Wilson upper 32.4%.
        ProportionValue p = ProportionValue.of(0, 8, 0.0, 32.4, false)
                .withComparison(Comparison.NOT_COMPARED, "borough:Ealing", 38.0);
        assertThat(sentences("abstinent_alcohol", p)).containsExactly(
                "Of 8 clients using alcohol when they started, none (0%, 95% CI 0%–32%) were abstinent at "
                        + "follow-up.",
                "It is not compared with Ealing because it rests on fewer than 10 clients.");
    }

    @Test
    void saysASignificantRiseSinceThePreviousPeriodWithPolarity() {
        ProportionValue p = OPIATES.withTrends(new Trend("2026/27-Q1", 30.0, 11.07, 1.2, 20.5, true), null);
        assertThat(trend("abstinent_opiates", p)).isEqualTo("This is up from 30% in 2026/27-Q1: a significant "
                + "improvement of 11.1 percentage points (95% CI 1.2 to 20.5).");
    }

    @Test
    void callsARiseInALowIsGoodMetricADeterioration() {
        ProportionValue p = ProportionValue.of(60, 400, 11.8, 18.9, false)
                .withTrends(new Trend("2026/27-Q1", 9.0, 6.0, 2.0, 10.1, true), null);
        assertThat(trend("did_not_attend_rate", p)).isEqualTo("This is up from 9% in 2026/27-Q1: a significant "
                + "deterioration of 6.0 percentage points (95% CI 2.0 to 10.1).");
    }

    @Test
    void givesTheCiOfTheSizeOfAFall() {
        ProportionValue p = OPIATES.withTrends(new Trend("2026/27-Q1", 55.0, -13.93, -25.8, -1.4, true), null);
        assertThat(trend("abstinent_opiates", p)).isEqualTo("This is down from 55% in 2026/27-Q1: a significant "
                + "deterioration of 13.9 percentage points (95% CI 1.4 to 25.8).");
    }

    @Test
    void neverCallsAChangeSinceThePreviousPeriodSignificantWhenItsCiIncludesZero() {
        ProportionValue notSignificant = OPIATES.withTrends(new Trend("2026/27-Q1", 35.0, 6.07, -2.1, 14.0, false),
                null);
        // Flagged significant by mistake, but the interval includes 0: the wording must follow the interval.
        ProportionValue inconsistent = OPIATES.withTrends(new Trend("2026/27-Q1", 35.0, 6.07, -2.1, 14.0, true),
                null);
        String expected = "This is not significantly different from 35% in 2026/27-Q1 (difference +6.1 percentage "
                + "points; 95% CI −2.1 to 14.0).";
        assertThat(trend("abstinent_opiates", notSignificant)).isEqualTo(expected);
        assertThat(trend("abstinent_opiates", inconsistent)).isEqualTo(expected);
    }

    @Test
    void saysASuppressedProportionIsTooSmallAndNothingMoreAboutIt() {
        // 3 of 12: the numerator is from 1 to 4.
        ProportionValue p = ProportionValue.of(3, 12, 8.9, 53.2, true)
                .withComparison(Comparison.SIMILAR, "borough:Ealing", 38.0)
                .withTrends(new Trend("2026/27-Q1", 50.0, -25.0, -55.0, 10.0, false), null);
        assertThat(sentences("abstinent_crack", p)).containsExactly("Of the clients using crack when they started, "
                + "the number who were abstinent at follow-up is hidden to protect confidentiality.");
    }

    @Test
    void showsASuppressedProportionInAWorkingCopy() {
        ProportionValue p = ProportionValue.of(1, 5, 3.6, 62.4, true);
        GroupResult g = group("abstinent_crack", p);
        assertThat(new Findings(metrics(g), WORKING_COPY, (x, id) -> Disclosure.hidden(x.metric(id), WORKING_COPY))
                .figure(g, "abstinent_crack")).isEqualTo(
                "Of 5 clients using crack when they started, 1 (20%, 95% CI 4%–62%) was abstinent at follow-up.");
    }

    @Test
    void saysAProportionWithNoDenominatorCannotBeCalculated() {
        assertThat(figure("abstinent_cocaine", ProportionValue.of(0, 0, null, null, false)))
                .isEqualTo("There were no clients using cocaine when they started, so this figure cannot be "
                        + "calculated.");
    }

    @Test
    void comparesAPairedItemWithTheStart() {
        // 30 of 112 in paid work at follow-up (26.8%, Wilson 19.5%–35.6%); 20 of 112 (17.9%) at the start.
        ProportionValue p = ProportionValue.of(30, 112, 19.5, 35.6, false)
                .withStart(ProportionValue.of(20, 112, 11.9, 26.0, false), 0.012);
        assertThat(figure("in_paid_work", p)).isEqualTo("Of 112 clients with a start and a follow-up profile, 30 "
                + "(27%, 95% CI 20%–36%) were in paid work at follow-up, up from 18% at the start (a significant "
                + "change; p = 0.012).");
        ProportionValue same = ProportionValue.of(30, 112, 19.5, 35.6, false)
                .withStart(ProportionValue.of(26, 112, 16.3, 31.8, false), 0.42);
        assertThat(figure("in_paid_work", same)).endsWith(
                "were in paid work at follow-up, compared with 23% at the start (not a significant change; "
                        + "p = 0.420).");
    }

    @Test
    void writesASignificantImprovementInAScoreWithItsStatistics() {
        ChangeValue c = new ChangeValue(112, 8.1, 11.3, 3.2, 2.1, 4.3, 0.0004, 0.62, false);
        assertThat(sentences("psych_health_change", c)).containsExactly(
                "Psychological health improved by 3.2 points on the 0–20 scale (95% CI 2.1 to 4.3; p < 0.001; "
                        + "n = 112).",
                "The standardised effect size is 0.62: a medium effect by Cohen's conventions.");
    }

    @Test
    void writesASignificantFallInAHighIsGoodScoreAsWorsening() {
        ChangeValue c = new ChangeValue(98, 11.0, 9.9, -1.1, -1.8, -0.4, 0.004, -0.31, false);
        assertThat(figure("physical_health_change", c)).isEqualTo(
                "Physical health worsened by 1.1 points on the 0–20 scale (95% CI 0.4 to 1.8; p = 0.004; n = 98).");
    }

    @Test
    void saysAChangeWhoseCiIncludesZeroDidNotChangeSignificantly() {
        ChangeValue c = new ChangeValue(98, 10.2, 10.6, 0.4, -0.3, 1.1, 0.27, 0.11, false);
        assertThat(sentences("physical_health_change", c)).containsExactly(
                "Physical health did not change significantly (mean change +0.4 points on the 0–20 scale; 95% CI "
                        + "−0.3 to 1.1; p = 0.270; n = 98).");
    }

    @Test
    void saysAChangeWhoseTestIsNotSignificantDidNotChangeSignificantlyEvenIfItsCiExcludesZero() {
        // The paired-t CI and the Wilcoxon test disagree: report no significant change.
        ChangeValue c = new ChangeValue(20, 9.0, 10.0, 1.0, 0.1, 1.9, 0.06, 0.5, false);
        assertThat(sentences("quality_of_life_change", c)).containsExactly(
                "Quality of life did not change significantly (mean change +1.0 points on the 0–20 scale; 95% CI "
                        + "0.1 to 1.9; p = 0.060; n = 20).");
    }

    @Test
    void writesAFallInDaysOfUseAsAnImprovement() {
        ChangeValue c = new ChangeValue(112, 18.2, 6.1, -12.1, -14.4, -9.8, 0.00001, -1.31, false);
        assertThat(figure("days_opiates", c)).isEqualTo("Among clients using opiates when they started, days of "
                + "opiate use in the past 28 days fell from 18.2 to 6.1 on average: an improvement of 12.1 days "
                + "(95% CI 9.8 to 14.4; p < 0.001; n = 112).");
    }

    @Test
    void writesANonSignificantChangeInDaysOfUse() {
        ChangeValue c = new ChangeValue(31, 9.0, 7.8, -1.2, -3.0, 0.6, 0.19, -0.2, false);
        assertThat(figure("days_cannabis", c)).isEqualTo("Among clients using cannabis when they started, days of "
                + "cannabis use did not change significantly (mean change −1.2 days; 95% CI −3.0 to 0.6; p = 0.190; "
                + "n = 31).");
    }

    @Test
    void saysASuppressedOrEmptyChangeCannotBeReported() {
        assertThat(sentences("quality_of_life_change",
                new ChangeValue(3, 9.0, 12.0, 3.0, 0.5, 5.5, 0.25, 1.2, true))).containsExactly(
                "Change in quality of life is not reported: it is hidden to protect confidentiality.");
        assertThat(figure("quality_of_life_change",
                new ChangeValue(0, null, null, null, null, null, null, null, false))).isEqualTo(
                "Change in quality of life cannot be measured: no client had both a start and a follow-up profile.");
    }

    @Test
    void writesCountsWithTheirPeriod() {
        assertThat(figure("clients_seen", new CountValue(1234, false)))
                .isEqualTo("1,234 clients were seen in 2026/27-Q2.");
        assertThat(figure("new_clients", new CountValue(0, false))).isEqualTo("No new clients were seen in 2026/27-Q2.");
        assertThat(figure("successful_completions", new CountValue(38, false)))
                .isEqualTo("38 episodes ended in a successful completion in the 12 months to 30 September 2026.");
        assertThat(figure("volunteer_hours", new AmountValue(312.46, "hours")))
                .isEqualTo("Peer volunteers gave 312.5 hours in 2026/27-Q2.");
    }

    @Test
    void saysASuppressedCountIsTooSmallToReport() {
        assertThat(figure("new_clients", new CountValue(3, true)))
                .isEqualTo("The number of new clients in 2026/27-Q2 is hidden to protect confidentiality.");
    }

    @Test
    void usesTheSingularForOne() {
        GroupResult g = group("clients_seen", new CountValue(1, true));
        assertThat(new Findings(metrics(g), WORKING_COPY, (x, id) -> false).figure(g, "clients_seen"))
                .isEqualTo("1 client was seen in 2026/27-Q2.");
    }

    @Test
    void writesAMeanWithItsMedianAndCi() {
        assertThat(figure("contacts_per_client", new MeanValue(250, 4.14, 3.0, 3.81, 4.46, false)))
                .isEqualTo("Clients seen in 2026/27-Q2 attended 4.1 contacts each on average (median 3.0; 95% CI 3.8 "
                        + "to 4.5).");
    }

    @Test
    void writesAMetricItDoesNotKnowAsLabelAndFigure() {
        assertThat(figure("share_referred", ProportionValue.of(30, 100, 21.9, 39.6, false)))
                .isEqualTo("Share referred: 30 of 100 (30%, 95% CI 22%–40%).");
    }

    @Test
    void hidesWhatTheReportHidesBySecondarySuppression() {
        GroupResult g = group("clients_seen", new CountValue(40, false));
        Findings findings = new Findings(metrics(g), PUBLISHED, (x, id) -> id.equals("clients_seen"));
        assertThat(findings.figure(g, "clients_seen"))
                .isEqualTo("The number of clients seen in 2026/27-Q2 is hidden to protect confidentiality.");
    }

    @Test
    void listsKeyFindingsInTheOrderAskedSkippingMetricsTheGroupLacks() {
        Map<String, MetricValue> values = new LinkedHashMap<>();
        values.put("abstinent_opiates", OPIATES);
        values.put("clients_seen", new CountValue(250, false));
        GroupResult g = new GroupResult(GroupLevel.PROJECT, "BAT", "Battling Addiction Together", "Ealing", values);
        assertThat(findings(g).keyFindings(g, List.of("clients_seen", "no_such_metric", "abstinent_opiates")))
                .containsExactly("250 clients were seen in 2026/27-Q2.",
                        "Of 112 clients using opiates when they started, 46 (41%, 95% CI 32%–50%) were abstinent at "
                                + "follow-up. This is similar to Ealing (38%), which lies within its 95% confidence "
                                + "interval.");
    }

    // ------------------------------------------------------------------------------------------ fixture

    private static String figure(String id, MetricValue v) {
        GroupResult g = group(id, v);
        return findings(g).figure(g, id);
    }

    @Test
    void saysNothingOfAChangeThatWouldRevealAHiddenEarlierFigure() {
        // A quarter ago 3 of 8 (38%): a small number, hidden in a published report, so the difference is hidden too;
        // a working copy may say it.
        ProportionValue p = OPIATES.withTrends(new Trend("2026/27-Q1", 37.5, 3.6, -30.0, 35.0, false, true), null);
        GroupResult g = group("abstinent_opiates", p);
        assertThat(Findings.of(metrics(g), PUBLISHED).trend(g, "abstinent_opiates")).isNull();
        assertThat(Findings.of(metrics(g), WORKING_COPY).trend(g, "abstinent_opiates"))
                .startsWith("This is not significantly different from 38% in 2026/27-Q1");
    }

    private static String trend(String id, MetricValue v) {
        GroupResult g = group(id, v);
        return findings(g).trend(g, id);
    }

    /** Every sentence about the metric, one per element. */
    private static List<String> sentences(String id, MetricValue v) {
        GroupResult g = group(id, v);
        Findings f = findings(g);
        return java.util.stream.Stream.of(f.figure(g, id), f.comparison(g, id), f.trend(g, id), f.effect(g, id))
                .filter(java.util.Objects::nonNull).toList();
    }

    private static Findings findings(GroupResult g) {
        return Findings.of(metrics(g), PUBLISHED);
    }

    private static GroupResult group(String id, MetricValue v) {
        return new GroupResult(GroupLevel.PROJECT, "BAT", "Battling Addiction Together", "Ealing", Map.of(id, v));
    }

    private static MetricsResult metrics(GroupResult project) {
        GroupResult ealing = new GroupResult(GroupLevel.BOROUGH, "Ealing", "Ealing", "Ealing", Map.of());
        GroupResult all = new GroupResult(GroupLevel.ALL, "all", "All projects", null, Map.of());
        return new MetricsResult(new EngineInfo("recovery-outcomes", "1.0.0"), Period.parse("2026/27-Q2"),
                Period.parse("12m:2026-09-30"), List.of(), Settings.DEFAULTS, Map.of(), definitions(),
                List.of(all, ealing, project), List.of(), LocalDate.of(2026, 9, 30));
    }

    private static List<MetricDefinition> definitions() {
        return List.of(
                def("clients_seen", "Clients seen", MetricKind.COUNT, Polarity.NO_JUDGEMENT),
                def("new_clients", "New clients", MetricKind.COUNT, Polarity.NO_JUDGEMENT),
                def("successful_completions", "Successful completions", MetricKind.COUNT, Polarity.HIGH_IS_GOOD),
                def("volunteer_hours", "Volunteer hours", MetricKind.AMOUNT, Polarity.NO_JUDGEMENT),
                def("contacts_per_client", "Contacts per client", MetricKind.MEAN, Polarity.NO_JUDGEMENT),
                def("did_not_attend_rate", "Did not attend", MetricKind.PROPORTION, Polarity.LOW_IS_GOOD),
                def("abstinent_opiates", "Abstinent from opiates", MetricKind.PROPORTION, Polarity.HIGH_IS_GOOD),
                def("abstinent_crack", "Abstinent from crack", MetricKind.PROPORTION, Polarity.HIGH_IS_GOOD),
                def("abstinent_cocaine", "Abstinent from cocaine", MetricKind.PROPORTION, Polarity.HIGH_IS_GOOD),
                def("abstinent_alcohol", "Abstinent from alcohol", MetricKind.PROPORTION, Polarity.HIGH_IS_GOOD),
                def("in_paid_work", "In paid work", MetricKind.PROPORTION, Polarity.HIGH_IS_GOOD),
                def("share_referred", "Share referred", MetricKind.PROPORTION, Polarity.NO_JUDGEMENT),
                def("psych_health_change", "Psychological health", MetricKind.CHANGE, Polarity.HIGH_IS_GOOD),
                def("physical_health_change", "Physical health", MetricKind.CHANGE, Polarity.HIGH_IS_GOOD),
                def("quality_of_life_change", "Quality of life", MetricKind.CHANGE, Polarity.HIGH_IS_GOOD),
                def("days_opiates", "Days using opiates", MetricKind.CHANGE, Polarity.LOW_IS_GOOD),
                def("days_cannabis", "Days using cannabis", MetricKind.CHANGE, Polarity.LOW_IS_GOOD));
    }

    private static MetricDefinition def(String id, String label, MetricKind kind, Polarity polarity) {
        // The catalogue's words and window for the metric: what every real run's definitions carry.
        MetricDefinition catalogued = MetricsEngine.catalogue().stream().filter(d -> d.id().equals(id)).findFirst()
                .orElse(null);
        return new MetricDefinition(id, label, "test", kind, "numerator of " + id, "denominator of " + id, polarity,
                "statistic", null, Relations.UNDECLARED, catalogued == null ? null : catalogued.words(),
                catalogued == null ? MetricDefinition.Window.REPORT_PERIOD : catalogued.window());
    }
}
