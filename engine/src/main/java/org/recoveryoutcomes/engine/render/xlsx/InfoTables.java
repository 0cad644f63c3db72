package org.recoveryoutcomes.engine.render.xlsx;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.recoveryoutcomes.engine.model.Code;
import org.recoveryoutcomes.engine.model.FileReport;
import org.recoveryoutcomes.engine.model.GroupResult;
import org.recoveryoutcomes.engine.model.MetricDefinition;
import org.recoveryoutcomes.engine.model.MetricsResult;
import org.recoveryoutcomes.engine.model.ProportionValue;
import org.recoveryoutcomes.engine.model.ReportTemplate;
import org.recoveryoutcomes.engine.model.Settings;
import org.recoveryoutcomes.engine.model.TopItem;
import org.recoveryoutcomes.engine.render.Disclosure;
import org.recoveryoutcomes.engine.render.ReportContent;
import org.recoveryoutcomes.engine.render.RenderOptions;

/** The tables of the sheets that are about the report rather than its figures. */
final class InfoTables {

    /** The family of the TOP coverage metrics the data-quality sheet shows for the report's subject. */
    static final String COVERAGE = "coverage";

    private final ReportContent content;
    private final MetricsResult metrics;
    private final FigureTable figures;
    private final String level;

    InfoTables(ReportContent content, FigureTable figures) {
        this.content = content;
        this.metrics = content.metrics();
        this.figures = figures;
        this.level = FigureTable.confidenceLabel(metrics.settings().confidenceLevel());
    }

    /** Every metric shown, as defined: id, label, domain, kind, numerator, denominator, polarity, statistic, source. */
    Table definitions(Set<String> shown) {
        List<Datum[]> rows = new ArrayList<>();
        for (String id : shown) {
            MetricDefinition d = metrics.definition(id);
            if (d == null) {
                continue;
            }
            rows.add(new Datum[] {Datum.text(d.id()), Datum.text(d.label()), Datum.text(d.domain()),
                Datum.text(d.kind().code()), Datum.text(d.numerator()), Datum.text(d.denominator()),
                Datum.text(d.polarity().code()), Datum.text(d.statistic()), Datum.text(d.source())});
        }
        return new Table(List.of("metric", "label", "domain", "kind", "numerator", "denominator", "polarity",
                "statistic", "source"), rows, Set.of(4, 5, 7));
    }

    /**
     * Rows read, accepted and quarantined per input file, quarantined rows by reason and warnings by kind,
     * then the TOP coverage figures of the report's subject (hidden when small, like every figure about people).
     */
    Table dataQuality(GroupResult subject) {
        List<Datum[]> rows = new ArrayList<>();
        for (FileReport f : metrics.inputs()) {
            rows.add(fileRow(f.file(), "rows read", null, f.rows()));
            rows.add(fileRow(f.file(), "accepted", null, f.accepted()));
            rows.add(fileRow(f.file(), "quarantined", null, f.quarantined()));
            for (Map.Entry<String, Long> e : f.quarantinedByReason().entrySet()) {
                rows.add(fileRow(f.file(), "quarantined by reason", e.getKey(), e.getValue()));
            }
            for (Map.Entry<String, Long> e : f.warningsByKind().entrySet()) {
                rows.add(fileRow(f.file(), "warnings by kind", e.getKey(), e.getValue()));
            }
        }
        if (subject != null) {
            for (String id : metrics.metricIdsOf(COVERAGE)) {
                if (subject.metric(id) instanceof ProportionValue p) {
                    boolean hide = figures.hidden(subject, id);
                    rows.add(new Datum[] {Datum.text(subject.name()), Datum.text(figures.metricLabel(id)),
                        Datum.text(id), hide ? Datum.MASKED : Datum.count(p.numerator()),
                        Disclosure.denominatorHidden(p, hide) ? Datum.MASKED : Datum.count(p.denominator()),
                        mask(hide, p.value()),
                        mask(hide, p.lower95()), mask(hide, p.upper95())});
                }
            }
        }
        return new Table(List.of("source", "measure", "detail", "count", "denominator", "value (%)",
                "lower " + level, "upper " + level), rows);
    }

    private static Datum mask(boolean hide, Double v) {
        return hide ? Datum.MASKED : Datum.percent(v);
    }

    private static Datum[] fileRow(String file, String measure, String detail, long count) {
        return new Datum[] {Datum.text(file), Datum.text(measure), Datum.text(detail), Datum.count(count), null, null,
            null, null};
    }

    /** The report, the engine, the settings (one row each) and the input files with their SHA-256. */
    Table about() {
        ReportTemplate t = content.template();
        RenderOptions o = content.options();
        List<Datum[]> rows = new ArrayList<>();
        rows.add(item("report", "title", Datum.text(t.title())));
        rows.add(item("report", "template", Datum.text(t.id())));
        rows.add(item("report", "audience", Datum.text(t.audience())));
        rows.add(item("report", "period", Datum.text(org.recoveryoutcomes.engine.render.Formats.periodName(
                metrics.period()))));
        rows.add(item("report", "period start", Datum.day(metrics.period().start())));
        rows.add(item("report", "period end", Datum.day(metrics.period().end())));
        rows.add(item("report", "outcome period", Datum.text(org.recoveryoutcomes.engine.render.Formats.periodName(
                metrics.outcomePeriod()))));
        rows.add(item("report", "outcome period start", Datum.day(metrics.outcomePeriod().start())));
        rows.add(item("report", "outcome period end", Datum.day(metrics.outcomePeriod().end())));
        rows.add(item("report", "report date", Datum.day(o.reportDate())));
        rows.add(item("report", "data as at", Datum.day(metrics.dataDate())));
        rows.add(item("report", "focus", Datum.text(o.focus() == null ? "all groups" : o.focus())));
        rows.add(item("report", "levels", Datum.text(String.join(", ",
                t.levels().stream().map(Code::code).toList()))));
        rows.add(item("report", "comparator", Datum.text(t.comparator())));
        rows.add(item("report", "small numbers hidden", Datum.text(o.suppression() ? "yes"
                : "no: NOT FOR PUBLICATION")));
        rows.add(item("report", "document id", Datum.text(o.documentId())));
        if (o.organisation() != null) {
            rows.add(item("report", "organisation", Datum.text(o.organisation())));
        }
        for (String warning : o.dataQuality()) {
            rows.add(item("report", "DATA-QUALITY WARNING", Datum.text(warning)));
        }
        rows.add(item("engine", "name", Datum.text(metrics.engine().name())));
        rows.add(item("engine", "version", Datum.text(metrics.engine().version())));
        for (Setting s : settings(metrics.settings())) {
            rows.add(item("setting", s.name(), s.value()));
        }
        for (FileReport f : metrics.inputs()) {
            rows.add(new Datum[] {Datum.text("input file"), Datum.text(f.file()), null, Datum.text(f.sha256()),
                Datum.count(f.rows()), Datum.count(f.accepted()), Datum.count(f.quarantined())});
        }
        return new Table(List.of("section", "item", "value", "sha256", "rows", "accepted", "quarantined"), rows);
    }

    private static Datum[] item(String section, String item, Datum value) {
        return new Datum[] {Datum.text(section), Datum.text(item), value, null, null, null, null};
    }

    /** A setting as {@code metrics.json} names it, its value and what it does. */
    record Setting(String name, Datum value, String explanation) {
    }

    static List<Setting> settings(Settings s) {
        List<Setting> out = new ArrayList<>();
        out.add(new Setting("follow_up_window_days", Datum.text(s.followUpMinDays() + " to " + s.followUpMaxDays()),
                "A start and a follow-up TOP make an outcome pair when the follow-up is this many days after the "
                        + "start."));
        out.add(new Setting("follow_up_target_days", Datum.count(s.followUpTargetDays()),
                "Where several follow-ups qualify, the one closest to this many days after the start is used."));
        out.add(new Setting("engagement_gap_days", Datum.count(s.engagementGapDays()),
                "A gap longer than this between attended contacts ends an engagement."));
        out.add(new Setting("retention_days", Datum.count(s.retentionDays()),
                "The span an engagement must reach to count as retained."));
        out.add(new Setting("outcome_period_months", Datum.count(s.outcomePeriodMonths()),
                "Months in the outcome period ending on the report period's last day."));
        out.add(new Setting("representation_days", Datum.count(s.representationDays()),
                "Days after a successful completion in which a new episode is a re-presentation."));
        out.add(new Setting("start_coverage_days", Datum.count(s.startCoverageDays()),
                "A start TOP within this many days of a client's first contact counts for coverage."));
        out.add(new Setting("reliability_days", Datum.num(s.reliabilityDays(), Formats.TWO_DP),
                "Test-retest reliability assumed for days-of-use items (an assumption)."));
        out.add(new Setting("reliability_scores", Datum.num(s.reliabilityScores(), Formats.TWO_DP),
                "Test-retest reliability assumed for the 0-20 ratings (an assumption)."));
        for (Map.Entry<TopItem, Double> e : s.reliabilityOverrides().entrySet()) {
            out.add(new Setting("reliability." + e.getKey().code(), Datum.num(e.getValue(), Formats.TWO_DP),
                    "Test-retest reliability used for this item instead of the general one."));
        }
        out.add(new Setting("suppression_enabled", Datum.text(String.valueOf(s.suppressionEnabled())),
                "Whether published figures hide small numbers."));
        out.add(new Setting("suppression_threshold", Datum.count(s.suppressionThreshold()),
                "Counts from 1 to this less one are hidden, and figures resting on them."));
        out.add(new Setting("min_denominator_for_comparison", Datum.count(s.minDenominatorForComparison()),
                "Below this denominator a figure is not compared with its comparator."));
        out.add(new Setting("confidence_level", Datum.num(s.confidenceLevel(), Formats.LEVEL),
                "Level of every confidence interval."));
        return out;
    }

    /** The methods, settings, reliable-change thresholds and the definitions of the metrics shown. */
    Table methodology(Set<String> shown) {
        Settings s = metrics.settings();
        List<Datum[]> rows = new ArrayList<>();
        rows.add(method("proportions", "Value = 100 x numerator / denominator, with its " + level
                + " confidence interval by the Wilson score method, as OHID Fingertips and PHEindicatormethods "
                + "compute it; no value where the denominator is 0."));
        rows.add(method("means", "Confidence interval from the t distribution with n - 1 degrees of freedom."));
        rows.add(method("paired tests", "Wilcoxon signed-rank test (exact p for n up to 30, normal approximation "
                + "above) for change from start to follow-up; McNemar exact test for yes/no items."));
        rows.add(method("comparison", "Better, similar or worse by whether the comparator lies outside the "
                + "figure's " + level + " confidence interval, read with the metric's polarity; not compared where "
                + "the denominator is under " + s.minDenominatorForComparison() + ". "
                + org.recoveryoutcomes.engine.render.Formats.comparatorSentence(content.template().comparator())
                + "."));
        rows.add(method("funnel plots", "95% and 99.8% control limits around the comparator as a function of the "
                + "denominator, as PHEindicatormethods computes proportion funnels."));
        rows.add(method("change over time", "Difference from the previous period and from the same period a year "
                + "before, with its confidence interval by Newcombe's hybrid score method; significant when the "
                + "interval excludes 0."));
        rows.add(method("reliable change", "An item changed reliably when |follow-up - start| is at least "
                + "1.96 x S1 x sqrt(2) x sqrt(1 - r), S1 being the item's standard deviation at start over all "
                + "pairs in the data and r its test-retest reliability (Jacobson and Truax)."));
        rows.add(method("disclosure control", content.disclosureText()));
        for (String note : metrics.methodologyNotes()) {
            rows.add(method("analytical choice", note));
        }
        for (Setting setting : settings(s)) {
            rows.add(new Datum[] {Datum.text("setting"), Datum.text(setting.name()), setting.value(),
                Datum.text(setting.explanation())});
        }
        for (Map.Entry<String, Double> e : metrics.reliableChangeThresholds().entrySet()) {
            String r = Code.parse(TopItem.class, e.getKey())
                    .map(item -> " (r = " + BigDecimal.valueOf(s.reliability(item)).stripTrailingZeros()
                            .toPlainString() + ")")
                    .orElse("");
            rows.add(new Datum[] {Datum.text("reliable change threshold"), Datum.text(e.getKey()),
                Datum.num(e.getValue(), Formats.TWO_DP),
                Datum.text("A change of at least this much is reliable" + r + ".")});
        }
        for (String id : shown) {
            MetricDefinition d = metrics.definition(id);
            if (d != null) {
                String source = d.source() == null ? "" : " Follows " + d.source() + ".";
                rows.add(new Datum[] {Datum.text("metric"), Datum.text(d.id()), Datum.text(d.label()),
                    Datum.text(d.statistic() + source)});
            }
        }
        return new Table(List.of("topic", "item", "value", "description"), rows, Set.of(3));
    }

    private static Datum[] method(String item, String description) {
        return new Datum[] {Datum.text("method"), Datum.text(item), null, Datum.text(description)};
    }
}
