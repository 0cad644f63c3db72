package org.recoveryoutcomes.engine.render.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import org.recoveryoutcomes.engine.model.AmountValue;
import org.recoveryoutcomes.engine.model.Breakdown;
import org.recoveryoutcomes.engine.model.BreakdownValue;
import org.recoveryoutcomes.engine.model.ChangeValue;
import org.recoveryoutcomes.engine.model.CountValue;
import org.recoveryoutcomes.engine.model.FileReport;
import org.recoveryoutcomes.engine.model.Funnel;
import org.recoveryoutcomes.engine.model.GroupResult;
import org.recoveryoutcomes.engine.model.MeanValue;
import org.recoveryoutcomes.engine.model.MetricDefinition;
import org.recoveryoutcomes.engine.model.MetricValue;
import org.recoveryoutcomes.engine.model.MetricsResult;
import org.recoveryoutcomes.engine.model.Period;
import org.recoveryoutcomes.engine.model.ProportionValue;
import org.recoveryoutcomes.engine.model.Settings;
import org.recoveryoutcomes.engine.model.TopItem;
import org.recoveryoutcomes.engine.model.Trend;
import org.recoveryoutcomes.engine.model.TrendSeries;
import org.recoveryoutcomes.engine.render.ReportContent;
import org.recoveryoutcomes.engine.render.ReportWriter;

/**
 * Writes {@code metrics.json} (outputs.md): snake_case keys, numbers as JSON numbers, {@code null} for what
 * cannot be computed (never absent), groups in result order. Field order is fixed, so the same result gives
 * the same bytes.
 *
 * <p>As a {@link ReportWriter} it writes one file per run ({@link Scope#RUN}) from the content of the whole
 * publication ({@link ReportContent#figures()}): with suppression on, every hidden figure withheld
 * ({@link Mode#PUBLISHED}); with suppression off, every figure raw and the file marked NOT FOR PUBLICATION
 * ({@link Mode#RAW}). {@link #raw()} writes the raw file that {@code --raw-metrics} asks for beside the reports.
 * Stateless and safe to share.
 */
public final class MetricsJsonWriter implements ReportWriter {

    /** The published file's name. */
    public static final String FILE = "metrics.json";

    private static final MetricsJsonWriter RAW_WRITER = new MetricsJsonWriter(true);

    private final boolean rawFile;

    /** The writer of {@code metrics.json}. */
    public MetricsJsonWriter() {
        this(false);
    }

    private MetricsJsonWriter(boolean rawFile) {
        this.rawFile = rawFile;
    }

    /**
     * The writer of {@value #RAW_FILE}: every figure raw, small numbers included, for analysts. Its content must be
     * a working copy's (suppression off).
     */
    public static MetricsJsonWriter raw() {
        return RAW_WRITER;
    }

    @Override
    public String extension() {
        return "json";
    }

    @Override
    public Scope scope() {
        return Scope.RUN;
    }

    /** {@value #FILE}, or for {@link #raw()} {@value #RAW_FILE}, whatever the reports' names. */
    @Override
    public String fileName(String base) {
        return rawFile ? RAW_FILE : FILE;
    }

    /**
     * Writes the content's figures ({@link ReportContent#figures()}): as the publication shows them when suppression
     * is on, else every figure raw, marked NOT FOR PUBLICATION.
     *
     * @throws IllegalArgumentException when the raw file's writer is given published content
     */
    @Override
    public void write(ReportContent content, OutputStream out) throws IOException {
        boolean published = content.options().suppression();
        if (rawFile && published) {
            throw new IllegalArgumentException(RAW_FILE + " holds raw figures: give it a working copy's content");
        }
        write(content.figures(), out, published ? Mode.PUBLISHED : Mode.RAW);
    }

    /** How a file treats hidden figures. */
    public enum Mode {
        /** Beside the reports: every hidden figure is {@code "suppressed": true} and nothing else. */
        PUBLISHED,
        /** Every figure raw, small numbers included; the first field and the file name say NOT FOR PUBLICATION. */
        RAW
    }

    /** The raw file's name. */
    public static final String RAW_FILE = "metrics-NOT-FOR-PUBLICATION.json";

    /** Every figure raw, with no marking: for tests of the figures themselves. */
    static void write(MetricsResult r, OutputStream out) throws IOException {
        write(r, out, null);
    }

    /**
     * Writes {@code r} as {@code mode} says. For {@link Mode#PUBLISHED}, {@code r} must be the publication's
     * protected figures, whose hidden figures are flagged.
     */
    static void write(MetricsResult r, OutputStream out, Mode mode) throws IOException {
        boolean withhold = mode == Mode.PUBLISHED;
        JsonFactory factory = new JsonFactory();
        factory.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        try (JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8)) {
            DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n"));
            g.setPrettyPrinter(pp);
            g.writeStartObject();
            if (mode == Mode.RAW) {
                g.writeStringField("NOT_FOR_PUBLICATION", "every figure raw, small numbers included: for analysts "
                        + "only; publish metrics.json, which withholds every hidden figure");
            }
            g.writeObjectFieldStart("engine");
            g.writeStringField("name", r.engine().name());
            g.writeStringField("version", r.engine().version());
            g.writeEndObject();
            period(g, "period", r.period());
            period(g, "outcome_period", r.outcomePeriod());
            g.writeStringField("data_date", r.dataDate() == null ? null : r.dataDate().toString());
            g.writeArrayFieldStart("inputs");
            for (FileReport f : r.inputs()) {
                g.writeStartObject();
                g.writeStringField("file", f.file());
                g.writeStringField("sha256", f.sha256());
                g.writeNumberField("rows", f.rows());
                g.writeNumberField("accepted", f.accepted());
                g.writeNumberField("quarantined", f.quarantined());
                if (f.blank() > 0) {
                    // only then: the bytes of a file without blank rows are as they always were
                    g.writeNumberField("blank", f.blank());
                }
                counts(g, "quarantined_by_reason", f.quarantinedByReason());
                counts(g, "warnings_by_kind", f.warningsByKind());
                g.writeEndObject();
            }
            g.writeEndArray();
            settings(g, r.settings());
            g.writeObjectFieldStart("reliable_change_thresholds");
            for (Map.Entry<String, Double> e : r.reliableChangeThresholds().entrySet()) {
                number(g, e.getKey(), e.getValue());
            }
            g.writeEndObject();
            g.writeArrayFieldStart("methodology_notes");
            for (String note : r.methodologyNotes()) {
                g.writeString(note);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("definitions");
            for (MetricDefinition d : r.definitions()) {
                g.writeStartObject();
                g.writeStringField("id", d.id());
                g.writeStringField("label", d.label());
                g.writeStringField("domain", d.domain());
                g.writeStringField("kind", d.kind().code());
                g.writeStringField("numerator", d.numerator());
                g.writeStringField("denominator", d.denominator());
                g.writeStringField("polarity", d.polarity().code());
                g.writeStringField("statistic", d.statistic());
                g.writeStringField("source", d.source());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("groups");
            for (GroupResult gr : r.groups()) {
                g.writeStartObject();
                g.writeStringField("level", gr.level().code());
                g.writeStringField("id", gr.id());
                g.writeStringField("name", gr.name());
                g.writeStringField("borough", gr.borough());
                g.writeObjectFieldStart("metrics");
                for (Map.Entry<String, MetricValue> m : gr.metrics().entrySet()) {
                    g.writeFieldName(m.getKey());
                    value(g, m.getValue(), false, withhold);
                }
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            // The quarters once, then each point by its quarter's label: the series repeat them thousands of times.
            Map<String, Period> quarters = new java.util.TreeMap<>();
            for (TrendSeries t : r.trends()) {
                for (TrendSeries.Point p : t.points()) {
                    quarters.putIfAbsent(p.period().start() + p.period().label(), p.period());
                }
            }
            g.writeArrayFieldStart("trend_quarters");
            for (Period q : quarters.values()) {
                g.writeStartObject();
                g.writeStringField("label", q.label());
                g.writeStringField("start", q.start().toString());
                g.writeStringField("end", q.end().toString());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("trends");
            for (TrendSeries t : r.trends()) {
                g.writeStartObject();
                g.writeStringField("group", t.groupKey());
                g.writeStringField("metric", t.metricId());
                g.writeArrayFieldStart("points");
                for (TrendSeries.Point p : t.points()) {
                    g.writeStartObject();
                    g.writeStringField("period", p.period().label());
                    g.writeFieldName("value");
                    value(g, p.value(), true, withhold);
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("breakdowns");
            for (Breakdown b : r.breakdowns()) {
                g.writeStartObject();
                g.writeStringField("group", b.groupKey());
                g.writeStringField("dimension", b.dimension());
                g.writeStringField("category", b.category());
                g.writeStringField("metric", b.metricId());
                g.writeFieldName("value");
                value(g, b.value(), true, withhold);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static void settings(JsonGenerator g, Settings s) throws IOException {
        g.writeObjectFieldStart("settings");
        g.writeArrayFieldStart("follow_up_window_days");
        g.writeNumber(s.followUpMinDays());
        g.writeNumber(s.followUpMaxDays());
        g.writeEndArray();
        g.writeNumberField("follow_up_target_days", s.followUpTargetDays());
        g.writeNumberField("engagement_gap_days", s.engagementGapDays());
        g.writeNumberField("retention_days", s.retentionDays());
        g.writeNumberField("outcome_period_months", s.outcomePeriodMonths());
        g.writeNumberField("representation_days", s.representationDays());
        g.writeNumberField("start_coverage_days", s.startCoverageDays());
        g.writeNumberField("reliability_days", s.reliabilityDays());
        g.writeNumberField("reliability_scores", s.reliabilityScores());
        g.writeObjectFieldStart("reliability");
        for (Map.Entry<TopItem, Double> e : s.reliabilityOverrides().entrySet()) {
            g.writeNumberField(e.getKey().code(), e.getValue());
        }
        g.writeEndObject();
        g.writeBooleanField("suppression_enabled", s.suppressionEnabled());
        g.writeNumberField("suppression_threshold", s.suppressionThreshold());
        g.writeNumberField("min_denominator_for_comparison", s.minDenominatorForComparison());
        g.writeNumberField("confidence_level", s.confidenceLevel());
        g.writeEndObject();
    }

    /**
     * A metric's value. {@code bare} (trend points and breakdowns) leaves out the fields of a proportion that
     * never apply there (comparison, comparator, funnel, changes) and {@code at_start} and {@code p_value} when
     * they have no figure, so that a national file does not repeat a dozen nulls a million times.
     */
    private static void value(JsonGenerator g, MetricValue v, boolean bare, boolean withhold) throws IOException {
        g.writeStartObject();
        if (withhold && v.suppressed() && !(v instanceof BreakdownValue)) {
            if (v instanceof ProportionValue p && p.denominatorShown()) {
                // Published in effect: the other figures give it exactly, and it is not a small number.
                g.writeNumberField("denominator", p.denominator());
            }
            g.writeBooleanField("suppressed", true); // a hidden figure: no number of it, nor any statistic
        } else if (v instanceof CountValue c) {
            g.writeNumberField("count", c.count());
            g.writeBooleanField("suppressed", c.suppressed());
        } else if (v instanceof AmountValue a) {
            number(g, "value", a.value());
            g.writeStringField("unit", a.unit());
            g.writeBooleanField("suppressed", false);
        } else if (v instanceof ProportionValue p) {
            proportion(g, p, bare, withhold);
        } else if (v instanceof MeanValue m) {
            g.writeNumberField("n", m.n());
            number(g, "mean", m.mean());
            number(g, "median", m.median());
            number(g, "lower95", m.lower95());
            number(g, "upper95", m.upper95());
            g.writeBooleanField("suppressed", m.suppressed());
        } else if (v instanceof ChangeValue c) {
            g.writeNumberField("n", c.n());
            number(g, "mean_start", c.meanStart());
            number(g, "mean_follow_up", c.meanFollowUp());
            number(g, "mean_change", c.meanChange());
            number(g, "lower95", c.lower95());
            number(g, "upper95", c.upper95());
            number(g, "p_value", c.pValue());
            number(g, "effect_size", c.effectSize());
            g.writeBooleanField("suppressed", c.suppressed());
        } else if (v instanceof BreakdownValue b) {
            if (withhold && b.suppressed()) {
                g.writeNullField("total"); // with a part hidden, the total would tell the hidden parts' sum
            } else {
                g.writeNumberField("total", b.total());
            }
            g.writeObjectFieldStart("parts");
            for (Map.Entry<String, CountValue> e : b.parts().entrySet()) {
                g.writeObjectFieldStart(e.getKey());
                if (withhold && e.getValue().suppressed()) {
                    g.writeBooleanField("suppressed", true);
                    g.writeEndObject();
                    continue;
                }
                g.writeNumberField("count", e.getValue().count());
                g.writeBooleanField("suppressed", e.getValue().suppressed());
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeBooleanField("suppressed", b.suppressed());
        } else {
            throw new IllegalStateException("unknown metric value " + v.getClass());
        }
        g.writeEndObject();
    }

    private static void proportion(JsonGenerator g, ProportionValue p, boolean bare, boolean withhold)
            throws IOException {
        g.writeNumberField("numerator", p.numerator());
        g.writeNumberField("denominator", p.denominator());
        number(g, "value", p.value());
        number(g, "lower95", p.lower95());
        number(g, "upper95", p.upper95());
        g.writeBooleanField("suppressed", p.suppressed());
        if (bare) {
            if (p.atStart() != null) {
                atStart(g, p.atStart(), withhold);
            }
            if (p.pValue() != null) {
                number(g, "p_value", p.pValue());
            }
            return;
        }
        g.writeStringField("comparison", p.comparison() == null ? null : p.comparison().code());
        g.writeStringField("comparator", p.comparator());
        number(g, "comparator_value", p.comparatorValue());
        Funnel f = p.funnel();
        if (f == null) {
            g.writeNullField("funnel");
        } else {
            g.writeObjectFieldStart("funnel");
            number(g, "baseline", f.baseline());
            number(g, "lower95", f.lower95());
            number(g, "upper95", f.upper95());
            number(g, "lower99_8", f.lower998());
            number(g, "upper99_8", f.upper998());
            g.writeStringField("significance", f.significance());
            g.writeEndObject();
        }
        trend(g, "vs_previous", p.vsPrevious());
        trend(g, "vs_year_before", p.vsYearBefore());
        if (p.atStart() == null) {
            g.writeNullField("at_start");
        } else {
            atStart(g, p.atStart(), withhold);
        }
        number(g, "p_value", p.pValue());
    }

    private static void atStart(JsonGenerator g, ProportionValue start, boolean withhold) throws IOException {
        g.writeObjectFieldStart("at_start");
        if (withhold && start.suppressed()) {
            g.writeBooleanField("suppressed", true);
            g.writeEndObject();
            return;
        }
        g.writeNumberField("numerator", start.numerator());
        g.writeNumberField("denominator", start.denominator());
        number(g, "value", start.value());
        number(g, "lower95", start.lower95());
        number(g, "upper95", start.upper95());
        g.writeBooleanField("suppressed", start.suppressed());
        g.writeEndObject();
    }

    private static void trend(JsonGenerator g, String field, Trend t) throws IOException {
        if (t == null) {
            g.writeNullField(field);
            return;
        }
        g.writeObjectFieldStart(field);
        g.writeStringField("period", t.period());
        number(g, "earlier_value", t.earlierValue());
        number(g, "difference", t.difference());
        number(g, "lower95", t.lower95());
        number(g, "upper95", t.upper95());
        g.writeBooleanField("significant", t.significant());
        g.writeBooleanField("earlier_suppressed", t.earlierSuppressed());
        g.writeEndObject();
    }

    private static void period(JsonGenerator g, String field, Period p) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeStringField("label", p.label());
        g.writeStringField("start", p.start().toString());
        g.writeStringField("end", p.end().toString());
        g.writeEndObject();
    }

    private static void counts(JsonGenerator g, String field, Map<String, Long> counts) throws IOException {
        g.writeObjectFieldStart(field);
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            g.writeNumberField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
    }

    /** A number, or null when missing or not finite (JSON has no NaN). */
    private static void number(JsonGenerator g, String field, Double v) throws IOException {
        if (v == null || v.isNaN() || v.isInfinite()) {
            g.writeNullField(field);
        } else {
            g.writeNumberField(field, v);
        }
    }
}
