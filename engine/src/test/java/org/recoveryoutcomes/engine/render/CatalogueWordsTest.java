package org.recoveryoutcomes.engine.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.recoveryoutcomes.engine.metrics.MetricsEngine;
import org.recoveryoutcomes.engine.model.AmountValue;
import org.recoveryoutcomes.engine.model.BreakdownValue;
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
import org.recoveryoutcomes.engine.model.MetricWords;
import org.recoveryoutcomes.engine.model.MetricsResult;
import org.recoveryoutcomes.engine.model.Period;
import org.recoveryoutcomes.engine.model.Polarity;
import org.recoveryoutcomes.engine.model.ProportionValue;
import org.recoveryoutcomes.engine.model.Settings;
import org.recoveryoutcomes.engine.model.Wording;

/**
 * Every metric of the engine's catalogue says its figures in its own words, in every case a figure can be in and
 * for both service types: adding a metric without words, or with words for the wrong kind of figure, fails here
 * rather than falling back to a "Label: figure" sentence in a published report.
 */
class CatalogueWordsTest {

    private static final Settings OTHER = Settings.builder().retentionDays(90).startCoverageDays(14)
            .representationDays(120).build();
    /** A word naming a client, which a peer-support service's findings never use. */
    private static final Pattern CLIENT = Pattern.compile("(?i)\\bclient");

    @Test
    void everyMetricDeclaresWordsForItsKind() {
        for (MetricDefinition d : MetricsEngine.catalogue()) {
            assertThat(d.words()).as(d.id()).isNotNull();
            assertThat(d.words().fits(d.kind())).as(d.id()).isTrue();
        }
    }

    @Test
    void everySentenceOfEveryMetricIsInItsOwnWordsForBothServiceTypes() {
        int sentences = 0;
        for (Settings s : List.of(Settings.DEFAULTS, OTHER)) {
            for (Wording w : Wording.values()) {
                for (MetricDefinition d : MetricsEngine.catalogue(s)) {
                    for (MetricValue v : values(d.kind())) {
                        for (boolean hide : new boolean[] {false, true}) {
                            String sentence = sentence(s, w, d, v, hide);
                            String what = d.id() + " " + v + (hide ? " hidden" : "") + " " + w.code();
                            assertThat(sentence).as(what).isNotBlank().endsWith(".").doesNotContain("{", "}", "  ",
                                    "null");
                            if (d.kind() != MetricKind.BREAKDOWN) {
                                assertThat(sentence).as(what).doesNotStartWith(d.label() + ":");
                            }
                            if (w == Wording.PEER_SUPPORT) {
                                assertThat(CLIENT.matcher(sentence).find()).as(what + ": " + sentence).isFalse();
                            }
                            sentences++;
                        }
                    }
                }
            }
        }
        assertThat(sentences).isGreaterThan(2_000);
    }

    @Test
    void aComparisonTooSmallToMakeNamesTheMetricsOwnDenominator() {
        ProportionValue p = ProportionValue.of(2, 9, 6.3, 54.7, false).withComparison(Comparison.NOT_COMPARED,
                "all", 40.0);
        assertThat(findings(Settings.DEFAULTS, Wording.PEER_SUPPORT, "repeat_attendance", p, false)
                .comparison(group("repeat_attendance", p), "repeat_attendance"))
                .isEqualTo("It is not compared with all projects because it rests on fewer than 10 people "
                        + "supported.");
    }

    @Test
    void theWordsGiveTheSettingsDayCounts() {
        ProportionValue p = ProportionValue.of(6, 10, 31.3, 83.2, false);
        assertThat(sentence(Settings.DEFAULTS, Wording.TREATMENT, def(Settings.DEFAULTS, "retained_12_weeks"), p,
                false)).isEqualTo("Of 10 clients seen who could have been engaged for 12 weeks in 2026/27-Q2, 6 "
                + "(60%, 95% CI 31%–83%) stayed engaged for 12 weeks or more.");
        assertThat(sentence(OTHER, Wording.PEER_SUPPORT, def(OTHER, "retained_12_weeks"), p, false))
                .isEqualTo("Of 10 people supported who could have been engaged for 90 days in 2026/27-Q2, 6 "
                        + "(60%, 95% CI 31%–83%) stayed engaged for 90 days or more.");
        assertThat(sentence(OTHER, Wording.PEER_SUPPORT, def(OTHER, "completed_no_representation_opiate"), p, false))
                .isEqualTo("Of 10 people supported for opiate use, 6 (60%, 95% CI 31%–83%) completed support "
                        + "successfully and did not return within 120 days.");
        assertThat(sentence(OTHER, Wording.TREATMENT, def(OTHER, "top_start_coverage"), p, true))
                .isEqualTo("Of the new clients in 2026/27-Q2, the number who had a start Treatment Outcomes Profile "
                        + "within 14 days of their first contact is " + Disclosure.HIDDEN + ".");
    }

    @Test
    void aChangeInDaysOfUseNamesWhoItIsAbout() {
        ChangeValue c = new ChangeValue(40, 14.2, 6.1, -8.1, -10.2, -6.0, 0.0001, 0.9, false);
        assertThat(sentence(Settings.DEFAULTS, Wording.PEER_SUPPORT, def(Settings.DEFAULTS, "days_other_drug"), c,
                false)).isEqualTo("Among people supported using other drugs when they started, days of other drug "
                + "use in the past 28 days fell from 14.2 to 6.1 on average: an improvement of 8.1 days (95% CI 6.0 "
                + "to 10.2; p < 0.001; n = 40).");
    }

    @Test
    void aSentenceNamesThePeriodTheMetricsFiguresCover() {
        assertThat(def(Settings.DEFAULTS, "top_start_coverage").window())
                .isEqualTo(MetricDefinition.Window.REPORT_PERIOD);
        assertThat(def(Settings.DEFAULTS, "top_follow_up_coverage").window())
                .isEqualTo(MetricDefinition.Window.OUTCOME_PERIOD);
        assertThat(sentence(Settings.DEFAULTS, Wording.TREATMENT, def(Settings.DEFAULTS, "successful_completions"),
                new CountValue(7, false), false))
                .isEqualTo("7 episodes ended in a successful completion in the 12 months to 30 September 2026.");
        assertThat(sentence(Settings.DEFAULTS, Wording.TREATMENT, def(Settings.DEFAULTS, "contacts"),
                new CountValue(1, false), false)).isEqualTo("1 attended contact was recorded in 2026/27-Q2.");
    }

    @Test
    void wordsForAnotherKindOfFigureAreRefused() {
        MetricDefinition d = def(Settings.DEFAULTS, "contacts");
        assertThatThrownBy(() -> d.with(new MetricWords.Share("contacts", null, "were attended")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("contacts: Share words cannot say a COUNT figure");
    }

    @Test
    void aMetricWithoutWordsGetsAPlainSentence() {
        MetricDefinition d = new MetricDefinition("share_referred", "Share referred", "test", MetricKind.PROPORTION,
                "referred", "seen", Polarity.NO_JUDGEMENT, "Wilson", null);
        assertThat(sentence(Settings.DEFAULTS, Wording.TREATMENT, d, ProportionValue.of(3, 10, 10.8, 60.3, false),
                false)).isEqualTo("Share referred: 3 of 10 (30%, 95% CI 11%–60%).");
    }

    /** Each case a figure of the kind can be in: none, one, several; hidden or not is the caller's. */
    private static List<MetricValue> values(MetricKind kind) {
        List<MetricValue> out = new ArrayList<>();
        switch (kind) {
            case COUNT -> {
                out.add(new CountValue(0, false));
                out.add(new CountValue(1, false));
                out.add(new CountValue(1_204, false));
            }
            case AMOUNT -> {
                out.add(new AmountValue(310.5, "hours"));
                out.add(new AmountValue(0, null));
            }
            case PROPORTION -> {
                out.add(ProportionValue.of(0, 0, null, null, false));
                out.add(ProportionValue.of(1, 1, 20.7, 100.0, false));
                out.add(ProportionValue.of(1, 9, 2.0, 43.5, false));
                out.add(ProportionValue.of(0, 9, 0.0, 29.9, false));
                out.add(ProportionValue.of(46, 112, 32.4, 50.3, false));
            }
            case MEAN -> {
                out.add(new MeanValue(0, null, null, null, null, false));
                out.add(new MeanValue(1, 4.0, 4.0, null, null, false));
                out.add(new MeanValue(40, 5.2, 4.0, 4.1, 6.3, false));
            }
            case CHANGE -> {
                out.add(new ChangeValue(0, null, null, null, null, null, null, null, false));
                out.add(new ChangeValue(1, 10.0, 12.0, 2.0, null, null, null, null, false));
                out.add(new ChangeValue(40, 10.0, 10.4, 0.4, -0.6, 1.4, 0.41, 0.1, false));
                out.add(new ChangeValue(40, 10.0, 13.2, 3.2, 2.1, 4.3, 0.0004, 0.62, false));
                out.add(new ChangeValue(40, 14.2, 6.1, -8.1, -10.2, -6.0, null, 0.9, false));
            }
            case BREAKDOWN -> out.add(new BreakdownValue(Map.of("one_to_one", new CountValue(12, false))));
        }
        return out;
    }

    private static MetricDefinition def(Settings s, String id) {
        return MetricsEngine.catalogue(s).stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
    }

    private static String sentence(Settings s, Wording w, MetricDefinition d, MetricValue v, boolean hide) {
        return findings(s, w, d, v, hide).figure(group(d.id(), v), d.id());
    }

    private static Findings findings(Settings s, Wording w, String id, MetricValue v, boolean hide) {
        return findings(s, w, def(s, id), v, hide);
    }

    private static Findings findings(Settings s, Wording w, MetricDefinition d, MetricValue v, boolean hide) {
        GroupResult g = group(d.id(), v);
        MetricsResult metrics = new MetricsResult(new EngineInfo("recovery-outcomes", "1.0.0"),
                Period.parse("2026/27-Q2"), Period.parse("12m:2026-09-30"), List.of(), s, Map.of(), List.of(d),
                List.of(g), List.of(), LocalDate.of(2026, 9, 30));
        RenderOptions options = new RenderOptions(RenderOptions.EN_GB, true, "project:BAT", LocalDate.of(2026, 10, 14),
                "00ff").withWording(w);
        return new Findings(metrics, options, (group, id) -> hide);
    }

    private static GroupResult group(String id, MetricValue v) {
        return new GroupResult(GroupLevel.PROJECT, "BAT", "Battling Addiction Together", "Ealing", Map.of(id, v));
    }
}
