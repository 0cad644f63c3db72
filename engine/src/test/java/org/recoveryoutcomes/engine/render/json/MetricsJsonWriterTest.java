package org.recoveryoutcomes.engine.render.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recoveryoutcomes.engine.metrics.MetricsEngine;
import org.recoveryoutcomes.engine.model.AmountValue;
import org.recoveryoutcomes.engine.model.Breakdown;
import org.recoveryoutcomes.engine.model.BreakdownValue;
import org.recoveryoutcomes.engine.model.ChangeValue;
import org.recoveryoutcomes.engine.model.Comparison;
import org.recoveryoutcomes.engine.model.CountValue;
import org.recoveryoutcomes.engine.model.EngineInfo;
import org.recoveryoutcomes.engine.model.FileReport;
import org.recoveryoutcomes.engine.model.GroupLevel;
import org.recoveryoutcomes.engine.model.GroupResult;
import org.recoveryoutcomes.engine.model.MeanValue;
import org.recoveryoutcomes.engine.model.MetricValue;
import org.recoveryoutcomes.engine.model.MetricsResult;
import org.recoveryoutcomes.engine.model.Period;
import org.recoveryoutcomes.engine.model.ProportionValue;
import org.recoveryoutcomes.engine.model.ReportTemplate;
import org.recoveryoutcomes.engine.model.Settings;
import org.recoveryoutcomes.engine.model.Trend;
import org.recoveryoutcomes.engine.render.RenderOptions;
import org.recoveryoutcomes.engine.render.ReportContent;
import org.recoveryoutcomes.engine.render.ReportWriter;

class MetricsJsonWriterTest {

    static MetricsResult result() {
        Map<String, MetricValue> m = new LinkedHashMap<>();
        m.put("contacts", new CountValue(1234, false));
        m.put("contacts_per_client", new MeanValue(300, 4.1, 3.0, 3.8, 4.4, false));
        m.put("abstinent_opiates", ProportionValue.of(12, 30, 24.6, 57.7, false)
                .withComparison(Comparison.SIMILAR, "borough:Ealing", 45.0)
                .withTrends(new Trend("2026/27-Q1", 35.0, 5.0, -10.0, 20.0, false), null));
        m.put("abstinent_crack", ProportionValue.of(0, 0, null, null, false));
        m.put("psych_health_change", new ChangeValue(40, 8.1, 11.4, 3.3, 2.1, 4.5, 0.0004, 0.9, false));
        m.put("volunteer_hours", new AmountValue(120.5, "hours"));
        m.put("contacts_by_type", new BreakdownValue(Map.of("drop_in", new CountValue(3, true))));
        return new MetricsResult(new EngineInfo("Recovery Outcomes", "1.0.0"), Period.parse("2026/27-Q2"),
                Period.parse("12m:2026-09-30"),
                List.of(new FileReport("contacts.csv", "ab12", 10, 9, 1, Map.of("bad_date", 1L), Map.of())),
                Settings.DEFAULTS, Map.of("psych_health", 3.1), List.of(),
                List.of(new GroupResult(GroupLevel.PROJECT, "BAT", "Battling Addiction Together", "Ealing", m)),
                List.of(), LocalDate.of(2026, 9, 30), List.of("Missing is never zero."));
    }

    static JsonNode write(MetricsResult r) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MetricsJsonWriter.write(r, out);
        return new ObjectMapper().readTree(out.toByteArray());
    }

    @Test
    void writesTheShapeOfOutputsMd() throws IOException {
        JsonNode root = write(result());
        assertThat(root.path("engine").path("version").asText()).isEqualTo("1.0.0");
        assertThat(root.path("period").path("label").asText()).isEqualTo("2026/27-Q2");
        assertThat(root.path("period").path("start").asText()).isEqualTo("2026-07-01");
        assertThat(root.path("outcome_period").path("start").asText()).isEqualTo("2025-10-01");
        assertThat(root.path("inputs").get(0).path("quarantined").asLong()).isEqualTo(1);
        assertThat(root.path("settings").path("follow_up_window_days").toString()).isEqualTo("[35,273]");
        assertThat(root.path("settings").path("suppression_threshold").asInt()).isEqualTo(5);
        assertThat(root.path("methodology_notes").get(0).asText()).isEqualTo("Missing is never zero.");

        JsonNode g = root.path("groups").get(0);
        assertThat(g.path("level").asText()).isEqualTo("project");
        assertThat(g.path("borough").asText()).isEqualTo("Ealing");
        JsonNode m = g.path("metrics");
        assertThat(m.path("contacts").path("count").isIntegralNumber()).isTrue();
        assertThat(m.path("contacts_per_client").path("median").asDouble()).isEqualTo(3.0);
        JsonNode p = m.path("abstinent_opiates");
        assertThat(p.path("numerator").asLong()).isEqualTo(12);
        assertThat(p.path("value").asDouble()).isEqualTo(40.0);
        assertThat(p.path("comparison").asText()).isEqualTo("similar");
        assertThat(p.path("comparator").asText()).isEqualTo("borough:Ealing");
        assertThat(p.path("vs_previous").path("difference").asDouble()).isEqualTo(5.0);
        assertThat(m.path("psych_health_change").path("p_value").asDouble()).isEqualTo(0.0004);
        assertThat(m.path("volunteer_hours").path("value").asDouble()).isEqualTo(120.5);
        assertThat(m.path("contacts_by_type").path("parts").path("drop_in").path("suppressed").asBoolean()).isTrue();
    }

    @Test
    void whatCannotBeComputedIsNullNotAbsent() throws IOException {
        JsonNode p = write(result()).path("groups").get(0).path("metrics").path("abstinent_crack");
        assertThat(p.has("value")).isTrue();
        assertThat(p.get("value").isNull()).isTrue();
        assertThat(p.get("lower95").isNull()).isTrue();
        assertThat(p.get("vs_year_before").isNull()).isTrue();
        assertThat(p.path("denominator").asLong()).isZero();
    }

    @Test
    void writesBreakdownsWithTheValueShapesOfGroups() throws IOException {
        MetricsResult r = result();
        MetricsResult withBreakdowns = new MetricsResult(r.engine(), r.period(), r.outcomePeriod(), r.inputs(),
                r.settings(), r.reliableChangeThresholds(), r.definitions(), r.groups(), r.trends(), r.dataDate(),
                r.methodologyNotes(), List.of(
                        new Breakdown("project:BAT", "sex", "female", "clients_seen", new CountValue(42, false)),
                        new Breakdown("project:BAT", "age_band", "not_recorded", "abstinent_opiates",
                                ProportionValue.of(3, 8, 13.7, 69.4, true))));

        JsonNode breakdowns = write(withBreakdowns).path("breakdowns");

        assertThat(breakdowns.size()).isEqualTo(2);
        JsonNode first = breakdowns.get(0);
        assertThat(first.path("group").asText()).isEqualTo("project:BAT");
        assertThat(first.path("dimension").asText()).isEqualTo("sex");
        assertThat(first.path("category").asText()).isEqualTo("female");
        assertThat(first.path("metric").asText()).isEqualTo("clients_seen");
        assertThat(first.path("value").path("count").asLong()).isEqualTo(42);
        JsonNode second = breakdowns.get(1).path("value");
        assertThat(second.path("numerator").asLong()).isEqualTo(3);
        assertThat(second.path("value").asDouble()).isEqualTo(37.5);
        assertThat(second.path("suppressed").asBoolean()).isTrue();
        // A breakdown never has a comparison, funnel or change: those keys are left out, not written as null.
        assertThat(second.has("comparison")).isFalse();
        assertThat(second.has("vs_previous")).isFalse();
        assertThat(second.has("at_start")).isFalse();
        assertThat(write(result()).path("breakdowns").isArray()).isTrue();
        assertThat(write(result()).path("breakdowns").size()).isZero();
    }

    @Test
    void trendPointsNameTheirQuarterWhichIsListedOnce() throws IOException {
        MetricsResult r = result();
        Period q1 = Period.parse("2026/27-Q1");
        Period q2 = Period.parse("2026/27-Q2");
        ProportionValue withStart = ProportionValue.of(12, 30, 24.6, 57.7, false)
                .withStart(ProportionValue.of(6, 30, 9.5, 37.3, false), 0.03);
        MetricsResult withTrends = new MetricsResult(r.engine(), r.period(), r.outcomePeriod(), r.inputs(),
                r.settings(), r.reliableChangeThresholds(), r.definitions(), r.groups(), List.of(
                        new org.recoveryoutcomes.engine.model.TrendSeries("project:BAT", "contacts", List.of(
                                new org.recoveryoutcomes.engine.model.TrendSeries.Point(q1, new CountValue(7, false)),
                                new org.recoveryoutcomes.engine.model.TrendSeries.Point(q2, new CountValue(9, false)))),
                        new org.recoveryoutcomes.engine.model.TrendSeries("project:BAT", "abstinent_opiates", List.of(
                                new org.recoveryoutcomes.engine.model.TrendSeries.Point(q2, withStart)))),
                r.dataDate(), r.methodologyNotes(), List.of());

        JsonNode root = write(withTrends);

        assertThat(root.path("trend_quarters").toString()).isEqualTo(
                "[{\"label\":\"2026/27-Q1\",\"start\":\"2026-04-01\",\"end\":\"2026-06-30\"},"
                        + "{\"label\":\"2026/27-Q2\",\"start\":\"2026-07-01\",\"end\":\"2026-09-30\"}]");
        JsonNode contacts = root.path("trends").get(0);
        assertThat(contacts.path("points").get(1).toString())
                .isEqualTo("{\"period\":\"2026/27-Q2\",\"value\":{\"count\":9,\"suppressed\":false}}");
        JsonNode opiates = root.path("trends").get(1).path("points").get(0).path("value");
        assertThat(opiates.path("at_start").path("numerator").asLong()).isEqualTo(6);
        assertThat(opiates.path("p_value").asDouble()).isEqualTo(0.03);
        assertThat(opiates.has("funnel")).isFalse();
    }

    @Test
    void besideTheReportsAHiddenFigureCarriesNothingButADenominatorThePublicationShows() throws IOException {
        MetricsResult r = result();
        Map<String, MetricValue> m = new LinkedHashMap<>();
        m.put("abstinent_opiates", new ProportionValue(3, 62, null, null, null, true, null, null, null, null, null,
                null, null, null, true));
        m.put("abstinent_crack", new ProportionValue(2, 9, null, null, null, true, null, null, null, null, null,
                null, null, null, false));
        MetricsResult hidden = new MetricsResult(r.engine(), r.period(), r.outcomePeriod(), r.inputs(), r.settings(),
                r.reliableChangeThresholds(), r.definitions(),
                List.of(new GroupResult(GroupLevel.PROJECT, "BAT", "Battling Addiction Together", "Ealing", m)),
                List.of(), r.dataDate(), r.methodologyNotes(), List.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MetricsJsonWriter.write(hidden, out, MetricsJsonWriter.Mode.PUBLISHED);
        JsonNode metrics = new ObjectMapper().readTree(out.toByteArray()).path("groups").get(0).path("metrics");

        assertThat(metrics.path("abstinent_opiates").toString()).isEqualTo("{\"denominator\":62,\"suppressed\":true}");
        assertThat(metrics.path("abstinent_crack").toString()).isEqualTo("{\"suppressed\":true}");
    }

    /** One project seen by 3 clients (a small number) over 40 contacts, in the catalogue's definitions. */
    private static ReportContent.Family smallProject() {
        MetricsResult r = result();
        Map<String, MetricValue> m = new LinkedHashMap<>();
        m.put("contacts", new CountValue(40, false));
        m.put("clients_seen", new CountValue(3, true)); // the metrics flag a small number
        MetricsResult small = new MetricsResult(r.engine(), r.period(), r.outcomePeriod(), r.inputs(), r.settings(),
                r.reliableChangeThresholds(), MetricsEngine.catalogue(),
                List.of(new GroupResult(GroupLevel.PROJECT, "BAT", "Battling Addiction Together", "Ealing", m)),
                List.of(), r.dataDate(), r.methodologyNotes(), List.of());
        return new ReportContent.Family(small, new ReportTemplate("quarterly-monitoring", "Quarterly monitoring",
                null, List.of(GroupLevel.PROJECT), "parent", Map.of(), List.of()));
    }

    private static RenderOptions options(boolean suppression) {
        return new RenderOptions(Locale.UK, suppression, null, LocalDate.of(2026, 9, 30), "00");
    }

    private static String written(ReportWriter writer, ReportContent content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(content, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void asAReportWriterItWritesOneFileForTheRunWhateverTheReportsAreCalled() {
        ReportWriter json = new MetricsJsonWriter();
        assertThat(json.scope()).isEqualTo(ReportWriter.Scope.RUN);
        assertThat(json.extension()).isEqualTo("json");
        assertThat(json.fileName("report-quarterly-monitoring-2026-27-Q2")).isEqualTo("metrics.json");
        assertThat(MetricsJsonWriter.raw().fileName("report-quarterly-monitoring-2026-27-Q2"))
                .isEqualTo("metrics-NOT-FOR-PUBLICATION.json");
    }

    @Test
    void asAReportWriterItWithholdsWhatThePublicationHidesAndMarksARawCopy() throws IOException {
        ReportContent.Family family = smallProject();
        JsonNode published = new ObjectMapper().readTree(written(new MetricsJsonWriter(),
                family.content(options(true))));
        assertThat(published.has("NOT_FOR_PUBLICATION")).isFalse();
        JsonNode metrics = published.path("groups").get(0).path("metrics");
        assertThat(metrics.path("clients_seen").toString()).isEqualTo("{\"suppressed\":true}");
        assertThat(metrics.path("contacts").path("count").asLong()).isEqualTo(40);

        String raw = written(MetricsJsonWriter.raw(), family.content(options(false)));
        assertThat(raw).startsWith("{\n  \"NOT_FOR_PUBLICATION\" : \"every figure raw");
        assertThat(new ObjectMapper().readTree(raw).path("groups").get(0).path("metrics").path("clients_seen")
                .toString()).isEqualTo("{\"count\":3,\"suppressed\":true}");
        // metrics.json of a working copy (suppression off) is raw too, and says so first
        assertThat(written(new MetricsJsonWriter(), family.content(options(false)))).isEqualTo(raw);
    }

    @Test
    void theRawFileIsNeverWrittenFromPublishedContent() {
        assertThatThrownBy(() -> written(MetricsJsonWriter.raw(), smallProject().content(options(true))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("metrics-NOT-FOR-PUBLICATION.json holds raw figures: give it a working copy's content");
    }

    @Test
    void theSameResultGivesTheSameBytes() throws IOException {
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        MetricsJsonWriter.write(result(), a);
        MetricsJsonWriter.write(result(), b);
        assertThat(a.toByteArray()).isEqualTo(b.toByteArray());
    }
}
