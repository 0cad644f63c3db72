package org.recoveryoutcomes.engine.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a template's reports publish of a result ({@link MetricsResult#shownIn}): every group's figures; all eight
 * trend quarters only of the metrics a trend section names, and of the others the previous quarter and the same
 * quarter a year before (their changes are shown against them); equality breakdowns only of the metrics a
 * breakdown section names.
 */
class MetricsResultShownInTest {

    private static final Period Q2 = Period.parse("2026/27-Q2");

    /** Eight quarters ending with {@code end}, oldest first. */
    private static List<Period> quarters(Period end) {
        List<Period> out = new ArrayList<>();
        Period p = end;
        for (int i = 0; i < 8; i++) {
            out.add(0, p);
            p = p.previous();
        }
        return out;
    }

    private static TrendSeries series(String metric, Period end) {
        return new TrendSeries("all", metric, quarters(end).stream()
                .map(q -> new TrendSeries.Point(q, new CountValue(10, false))).toList());
    }

    private static Breakdown breakdown(String metric, String category) {
        return new Breakdown("all", "sex", category, metric, new CountValue(7, false));
    }

    private static MetricsResult result(Period period) {
        return new MetricsResult(new EngineInfo("Recovery Outcomes", "test"), period,
                Period.monthsEnding(period.end(), 12),
                List.of(new FileReport("clients.csv", "0".repeat(64), 2, 2, 0, Map.of(), Map.of())), Settings.DEFAULTS, Map.of(), List.of(),
                List.of(new GroupResult(GroupLevel.ALL, "all", "All projects", null,
                        Map.of("clients_seen", new CountValue(20, false)))),
                List.of(series("clients_seen", Q2), series("contacts", Q2)), LocalDate.of(2026, 9, 30), List.of(),
                List.of(breakdown("clients_seen", "female"), breakdown("clients_seen", "male"),
                        breakdown("retained_12_weeks", "female")));
    }

    private static ReportTemplate template(Section... sections) {
        return new ReportTemplate("t", "T", "a", List.of(GroupLevel.ALL), "all", Map.of(), List.of(sections));
    }

    private static Section section(SectionKind kind, String... metrics) {
        return new Section(kind.name().toLowerCase(java.util.Locale.ROOT), "S", kind, List.of(metrics), null);
    }

    @Test
    void aTrendSectionsMetricKeepsEveryQuarterAndAnyOtherOnlyThoseItsChangesAreShownAgainst() {
        MetricsResult shown = result(Q2).shownIn(template(section(SectionKind.TREND, "clients_seen"),
                section(SectionKind.TABLE, "contacts")));

        assertThat(shown.trends()).hasSize(2);
        assertThat(shown.trends().get(0).points()).extracting(p -> p.period().label())
                .containsExactly("2024/25-Q3", "2024/25-Q4", "2025/26-Q1", "2025/26-Q2", "2025/26-Q3",
                        "2025/26-Q4", "2026/27-Q1", "2026/27-Q2");
        assertThat(shown.trends().get(1).metricId()).isEqualTo("contacts");
        assertThat(shown.trends().get(1).points()).extracting(p -> p.period().label())
                .containsExactly("2025/26-Q2", "2026/27-Q1");
        assertThat(shown.groups()).isEqualTo(result(Q2).groups());
    }

    @Test
    void onlyTheMetricsABreakdownSectionNamesAreBrokenDown() {
        MetricsResult raw = result(Q2);

        assertThat(raw.shownIn(template(section(SectionKind.TABLE, "clients_seen"))).breakdowns()).isEmpty();
        assertThat(raw.shownIn(template(section(SectionKind.BREAKDOWN, "retained_12_weeks"))).breakdowns())
                .containsExactly(breakdown("retained_12_weeks", "female"));
        assertThat(raw.shownIn(template(section(SectionKind.TABLE, "clients_seen"))).hasClientProfiles())
                .as("the data had client profiles even when no breakdown is shown").isTrue();
    }

    @Test
    void aYearsReportShowsNoTrendQuarterOfAMetricWithoutATrendSection() {
        // A year's previous period is the year before: no trend quarter is it.
        MetricsResult shown = result(Period.parse("2025/26")).shownIn(template(section(SectionKind.TABLE,
                "clients_seen")));

        assertThat(shown.trends()).isEmpty();
    }
}
