package org.recoveryoutcomes.engine.render.pdf;

import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfStructureElement;
import java.util.ArrayList;
import java.util.List;
import org.recoveryoutcomes.engine.model.AmountValue;
import org.recoveryoutcomes.engine.model.BreakdownValue;
import org.recoveryoutcomes.engine.model.ChangeValue;
import org.recoveryoutcomes.engine.model.CountValue;
import org.recoveryoutcomes.engine.model.GroupLevel;
import org.recoveryoutcomes.engine.model.GroupResult;
import org.recoveryoutcomes.engine.model.MeanValue;
import org.recoveryoutcomes.engine.model.MetricValue;
import org.recoveryoutcomes.engine.model.MetricWords;
import org.recoveryoutcomes.engine.model.MetricsResult;
import org.recoveryoutcomes.engine.model.Polarity;
import org.recoveryoutcomes.engine.model.ProportionValue;
import org.recoveryoutcomes.engine.model.Section;
import org.recoveryoutcomes.engine.model.Trend;
import org.recoveryoutcomes.engine.model.TrendSeries;
import org.recoveryoutcomes.engine.render.Disclosure;
import org.recoveryoutcomes.engine.render.Findings;
import org.recoveryoutcomes.engine.render.Formats;
import org.recoveryoutcomes.engine.render.Suppression;

/**
 * The sections built around charts: bars by group (chart), funnel plots (funnel), lines over the last
 * quarters with direction of travel (trend), and start against follow-up (change).
 */
final class ChartSections {

    private final ReportRenderer r;
    private final SectionRenderer sections;
    private final MetricsResult metrics;
    private final Theme theme;
    private final Suppression mask;
    private final List<GroupResult> groups;
    private final Cells cells;
    private final GroupTables tables;

    ChartSections(ReportRenderer report, SectionRenderer sections, Cells cells, GroupTables tables) {
        this.r = report;
        this.sections = sections;
        this.metrics = report.metrics;
        this.theme = report.theme;
        this.mask = report.mask;
        this.groups = report.groups;
        this.cells = cells;
        this.tables = tables;
    }

    // ============================================================================================ bar charts

    void barCharts(Section s, PdfStructureElement sect) {
        for (String id : s.metrics()) {
            if (groups.stream().noneMatch(g -> g.metric(id) instanceof ProportionValue)) {
                continue;
            }
            barChart(id, sect);
        }
        sections.missing(s.metrics(), sect);
    }

    private void barChart(String id, PdfStructureElement sect) {
        String label = Words.label(metrics, id);
        List<Charts.Bar> bars = new ArrayList<>();
        List<String> hiddenNames = new ArrayList<>();
        List<String> noneNames = new ArrayList<>();
        GroupResult best = null;
        GroupResult worst = null;
        for (GroupResult g : groups) {
            if (!(g.metric(id) instanceof ProportionValue p)) {
                continue;
            }
            if (mask.hidden(g, id)) {
                hiddenNames.add(g.name());
                continue;
            }
            if (p.value() == null) {
                noneNames.add(g.name());
                continue;
            }
            bars.add(new Charts.Bar(Words.chartName(g), p.value(), p.lower95(), p.upper95()));
            if (!r.isAll(g)) {
                double v = p.value();
                if (best == null || v > ((ProportionValue) best.metric(id)).value()) {
                    best = g;
                }
                if (worst == null || v < ((ProportionValue) worst.metric(id)).value()) {
                    worst = g;
                }
            }
        }
        List<String> notes = omitted(hiddenNames, noneNames);
        if (bars.isEmpty()) {
            r.heading2(label, sect, 20);
            r.paragraph("No area or project has a figure that can be shown.", sect);
            notes.forEach(n -> r.note(n, sect));
            return;
        }
        GroupResult all = metrics.group("all");
        Double reference = null;
        String referenceLabel = null;
        if (all != null && all.metric(id) instanceof ProportionValue a && a.value() != null
                && !mask.hidden(all, id) && bars.size() > 1) {
            reference = a.value();
            referenceLabel = all.name() + " " + Formats.percent(a.value(), 0);
        }
        StringBuilder summary = new StringBuilder();
        if (best != null && worst != null && best != worst) {
            summary.append("Highest: ").append(describe(best, id)).append("; lowest: ").append(describe(worst, id))
                    .append(".");
        } else if (best != null) {
            summary.append(describe(best, id)).append(".");
        }
        if (reference != null) {
            summary.append(summary.length() > 0 ? " " : "").append("The dashed line marks ")
                    .append(all.name().toLowerCase(java.util.Locale.ROOT)).append(" (")
                    .append(Formats.percent(reference, 0)).append(").");
        }
        summary.append(" Whiskers show 95% confidence intervals.");
        // At most 30 bars to a chart, so every label stays readable; more groups make more charts.
        int per = 30;
        int parts = (bars.size() + per - 1) / per;
        for (int part = 0; part < parts; part++) {
            List<Charts.Bar> some = bars.subList(part * per, Math.min(bars.size(), (part + 1) * per));
            float height = 46 + (some.size() > 16 ? 17 : 26) * some.size();
            String caption = label + " by area and project (" + Words.polarity(Words.polarity(metrics, id)) + ")"
                    + (parts > 1 ? ", part " + (part + 1) + " of " + parts : "");
            r.chart(Charts.bars(some, reference, referenceLabel), height, caption, summary.toString().trim(),
                    part == parts - 1 ? notes : List.of(), sect);
        }
    }

    private String describe(GroupResult g, String id) {
        ProportionValue p = (ProportionValue) g.metric(id);
        return g.name() + " " + Formats.percent(p.value(), 0) + " (" + Formats.percentCi(p.lower95(), p.upper95(), 0)
                + ")";
    }

    private List<String> omitted(List<String> hiddenNames, List<String> noneNames) {
        List<String> notes = new ArrayList<>();
        if (!hiddenNames.isEmpty()) {
            notes.add("Not shown, hidden to protect confidentiality (*): " + String.join(", ", hiddenNames) + ".");
        }
        if (!noneNames.isEmpty()) {
            notes.add("Not shown, nobody in the denominator: " + String.join(", ", noneNames) + ".");
        }
        return notes;
    }

    // ============================================================================================ funnels

    void funnels(Section s, PdfStructureElement sect) {
        boolean projects = groups.stream().anyMatch(g -> g.level() == GroupLevel.PROJECT);
        GroupLevel level = projects ? GroupLevel.PROJECT : GroupLevel.BOROUGH;
        for (String id : s.metrics()) {
            if (groups.stream().noneMatch(g -> g.metric(id) instanceof ProportionValue)) {
                continue;
            }
            funnel(id, level, sect);
        }
        sections.missing(s.metrics(), sect);
    }

    private void funnel(String id, GroupLevel level, PdfStructureElement sect) {
        String label = Words.label(metrics, id);
        Double baseline = null;
        String baselineName;
        if ("value".equals(r.template.comparator()) && r.template.comparatorValues().get(id) != null) {
            baseline = r.template.comparatorValues().get(id);
            baselineName = "Benchmark";
        } else {
            GroupResult all = metrics.group("all");
            baselineName = all == null ? "All projects" : all.name();
            if (all != null && all.metric(id) instanceof ProportionValue a && !mask.hidden(all, id)) {
                baseline = a.value();
            }
        }
        String unit = level == GroupLevel.PROJECT ? "project" : "borough";
        if (baseline == null || baseline <= 0 || baseline >= 100) {
            r.heading2(label, sect, 20);
            r.paragraph("No funnel plot: " + (baseline == null ? "there is no comparator figure"
                    : "the comparator is " + Formats.percent(baseline, 0) + ", so there is no spread to show")
                    + ".", sect);
            return;
        }
        List<Charts.FunnelPoint> points = new ArrayList<>();
        List<GroupResult> shown = new ArrayList<>();
        List<String> hiddenNames = new ArrayList<>();
        List<String> noneNames = new ArrayList<>();
        for (GroupResult g : groups) {
            if (g.level() != level || !(g.metric(id) instanceof ProportionValue p)) {
                continue;
            }
            if (mask.hidden(g, id)) {
                hiddenNames.add(g.name());
            } else if (p.value() == null) {
                noneNames.add(g.name());
            } else {
                points.add(new Charts.FunnelPoint(g.level() == GroupLevel.PROJECT ? g.id() : g.name(),
                        p.denominator(), p.value()));
                shown.add(g);
            }
        }
        Polarity polarity = Words.polarity(metrics, id);
        int out998 = 0;
        int out95 = 0;
        List<String> positions = new ArrayList<>();
        for (GroupResult g : shown) {
            ProportionValue p = (ProportionValue) g.metric(id);
            String position = funnelPosition(p.value(), p.denominator(), baseline, polarity);
            positions.add(position);
            if (position.contains("99.8%")) {
                out998++;
            } else if (position.contains("95%") && !position.startsWith("Within")) {
                out95++;
            }
        }
        String around = baselineName.toLowerCase(java.util.Locale.ROOT) + " (" + Formats.percent(baseline, 1) + ")";
        String summary;
        if (shown.isEmpty()) {
            summary = "No " + unit + " can be shown.";
        } else if (out998 == 0 && out95 == 0) {
            summary = (shown.size() == 1 ? "The " + unit + " shown lies" : "All " + shown.size() + " " + unit
                    + "s shown lie") + " within the 95% limits around " + around
                    + ": no difference beyond what chance would explain.";
        } else {
            int within = shown.size() - out998 - out95;
            summary = "Of " + shown.size() + " " + unit + (shown.size() == 1 ? "" : "s") + " shown, "
                    + howMany(out998) + " outside the 99.8% limits around " + around + ", " + howMany(out95)
                    + " between the 95% and 99.8% limits and " + howMany(within) + " within the 95% limits.";
        }
        List<String> notes = omitted(hiddenNames, noneNames);
        r.chart(Charts.funnel(points, baseline, baselineName + " " + Formats.percent(baseline, 1)), 205,
                label + ": funnel plot of " + unit + "s against " + baselineName.toLowerCase(java.util.Locale.ROOT),
                summary, notes, sect);
        if (!shown.isEmpty()) {
            PdfPTable t = new PdfPTable(new float[] {0.7f, 2.4f, 1.0f, 0.7f, 2.6f});
            t.setHeaderRows(1);
            for (String h : new String[] {"Label", Words.capitalise(unit), "Number / base", "%", "Position"}) {
                t.addCell(cells.head(h, h.equals("%") || h.equals("Number / base")));
            }
            boolean zebra = false;
            for (int i = 0; i < shown.size(); i++) {
                GroupResult g = shown.get(i);
                ProportionValue p = (ProportionValue) g.metric(id);
                t.addCell(cells.cell(points.get(i).label(), false, zebra, theme.cellBold));
                t.addCell(cells.cell(g.name(), false, zebra));
                t.addCell(cells.cell(Disclosure.fraction(p, false), true, zebra));
                t.addCell(cells.cell(Formats.percent(p.value(), 1), true, zebra));
                t.addCell(cells.cell(positions.get(i), false, zebra));
                zebra = !zebra;
            }
            r.table(t, label + ": position of each " + unit + " on the funnel plot", List.of(), sect);
        }
    }

    /** Where a figure lies against funnel limits around {@code baseline}, with its polarity. */
    static String funnelPosition(double percent, long n, double baseline, Polarity polarity) {
        double b = baseline / 100;
        double se = 100 * Math.sqrt(b * (1 - b) / n);
        double z = (percent - baseline) / se;
        String side;
        if (Math.abs(z) > Charts.Z_998) {
            side = "99.8% limit";
        } else if (Math.abs(z) > Charts.Z_95) {
            side = "95% limit";
        } else {
            return "Within the 95% limits";
        }
        boolean above = z > 0;
        String judgement = switch (polarity) {
            case HIGH_IS_GOOD -> above ? " (better)" : " (worse)";
            case LOW_IS_GOOD -> above ? " (worse)" : " (better)";
            case NO_JUDGEMENT -> "";
        };
        return (above ? "Above the upper " : "Below the lower ") + side + judgement;
    }

    /** "none lies", "1 lies", "2 lie". */
    private static String howMany(int n) {
        return n == 0 ? "none lies" : n == 1 ? "1 lies" : n + " lie";
    }

    private static String possessive(String name) {
        return name.endsWith("s") ? name + "'" : name + "'s";
    }


    // ============================================================================================ trends

    void trends(Section s, PdfStructureElement sect) {
        for (String id : s.metrics()) {
            if (groups.stream().noneMatch(g -> g.metric(id) != null)) {
                continue;
            }
            trend(id, sect);
        }
        sections.missing(s.metrics(), sect);
    }

    private TrendSeries series(String groupKey, String id) {
        for (TrendSeries t : metrics.trends()) {
            if (t.groupKey().equals(groupKey) && t.metricId().equals(id)) {
                return t;
            }
        }
        return null;
    }

    private void trend(String id, PdfStructureElement sect) {
        String label = Words.label(metrics, id);
        GroupResult subject = r.subject;
        TrendSeries main = series(subject.key(), id);
        List<GroupResult> lineGroups = new ArrayList<>();
        lineGroups.add(subject);
        if (subject.level() == GroupLevel.ALL) {
            for (GroupResult g : groups) {
                if (g.level() == GroupLevel.BOROUGH && lineGroups.size() < 4 && series(g.key(), id) != null) {
                    lineGroups.add(g);
                }
            }
        } else {
            GroupResult parent = Words.parent(metrics, subject);
            while (parent != null) {
                if (series(parent.key(), id) != null) {
                    lineGroups.add(parent);
                }
                parent = Words.parent(metrics, parent);
            }
        }
        if (main == null || main.points().isEmpty()) {
            r.heading2(label, sect, 40);
            r.paragraph("No trend data for " + label.toLowerCase(java.util.Locale.ROOT) + ".", sect);
        } else {
            List<String> periods = main.points().stream().map(p -> p.period().label()).toList();
            boolean percent = main.points().get(0).value() instanceof ProportionValue;
            List<Charts.Line> lines = new ArrayList<>();
            List<String> hiddenPeriods = new ArrayList<>();
            for (GroupResult g : lineGroups) {
                TrendSeries series = series(g.key(), id);
                Double[] values = new Double[periods.size()];
                Double[] lower = new Double[periods.size()];
                Double[] upper = new Double[periods.size()];
                for (TrendSeries.Point point : series.points()) {
                    int i = periods.indexOf(point.period().label());
                    if (i < 0) {
                        continue;
                    }
                    MetricValue v = point.value();
                    if (mask.hidden(g.key(), id, point.period())) {
                        if (g == subject) {
                            hiddenPeriods.add(point.period().label());
                        }
                        continue;
                    }
                    values[i] = plotted(v);
                    if (v instanceof ProportionValue p) {
                        lower[i] = p.lower95();
                        upper[i] = p.upper95();
                    }
                }
                lines.add(new Charts.Line(Words.chartName(g), values, lower, upper, g == subject));
            }
            Charts.Line first = lines.get(0);
            String summary = trendSummary(subject, periods, first, percent);
            List<String> notes = new ArrayList<>();
            if (!hiddenPeriods.isEmpty()) {
                notes.add("Not shown for " + subject.name() + ", hidden to protect confidentiality: "
                        + String.join(", ", hiddenPeriods) + ".");
            }
            if (percent) {
                notes.add("Whiskers show the 95% confidence interval of " + possessive(subject.name()) + " figure.");
            }
            String axis = percent ? "Percentage" : Words.label(metrics, id);
            r.chart(Charts.trend(periods, lines, percent, axis), 190, label + ", " + periods.get(0) + " to "
                    + periods.get(periods.size() - 1), summary, notes, sect);
        }
        Notes notes = new Notes(metrics);
        PdfPTable t = directionTable(id, notes);
        if (t != null) {
            notes.extra.add("Latest: " + Formats.period(r.metrics.periodOf(id)) + ".");
            if (groups.stream().anyMatch(g -> g.metric(id) instanceof ProportionValue)) {
                notes.extra.add("\u25B2\u25BC mark a change that is statistically significant (its 95% confidence "
                        + "interval, by Newcombe's method, excludes zero); no arrow means no significant change.");
            } else {
                notes.extra.add("Changes in counts are differences from the trend series; no significance test "
                        + "applies, so no arrows are drawn.");
            }
            r.table(t, label + ": direction of travel", notes.lines(), sect);
        }
    }

    private static Double plotted(MetricValue v) {
        if (v instanceof ProportionValue p) {
            return p.value();
        } else if (v instanceof CountValue c) {
            return (double) c.count();
        } else if (v instanceof AmountValue a) {
            return a.value();
        } else if (v instanceof MeanValue m) {
            return m.mean();
        } else if (v instanceof ChangeValue c) {
            return c.meanChange();
        } else if (v instanceof BreakdownValue b) {
            return (double) b.total();
        }
        return null;
    }

    private String trendSummary(GroupResult g, List<String> periods, Charts.Line line, boolean percent) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < periods.size(); i++) {
            if (line.values()[i] != null) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        if (first < 0) {
            return "No figure for " + g.name() + " can be shown in any period.";
        }
        String a = percent ? Formats.percent(line.values()[first], 0) : Formats.number(line.values()[first], 0);
        String b = percent ? Formats.percent(line.values()[last], 0) : Formats.number(line.values()[last], 0);
        if (first == last) {
            return g.name() + ": " + a + " in " + periods.get(first) + ", the only period that can be shown.";
        }
        return g.name() + ": " + a + " in " + periods.get(first) + " and " + b + " in " + periods.get(last) + ".";
    }

    private PdfPTable directionTable(String id, Notes notes) {
        boolean any = false;
        String previousLabel = "previous period";
        String yearLabel = "a year before";
        TrendSeries reference = series(r.subject.key(), id);
        if (reference != null && reference.points().size() >= 5) {
            List<TrendSeries.Point> points = reference.points();
            previousLabel = points.get(points.size() - 2).period().label();
            yearLabel = points.get(points.size() - 5).period().label();
        }
        for (GroupResult g : groups) {
            if (g.metric(id) instanceof ProportionValue p) {
                any = true;
                if (p.vsPrevious() != null) {
                    previousLabel = p.vsPrevious().period();
                }
                if (p.vsYearBefore() != null) {
                    yearLabel = p.vsYearBefore().period();
                }
            } else if (g.metric(id) != null) {
                any = true;
            }
        }
        if (!any) {
            return null;
        }
        PdfPTable t = new PdfPTable(new float[] {2.6f, 1.1f, 1.9f, 1.9f});
        t.setHeaderRows(1);
        t.addCell(cells.head("Area or project", false));
        t.addCell(cells.head("Latest", true));
        t.addCell(cells.head("Change on " + previousLabel, false));
        t.addCell(cells.head("Change on " + yearLabel, false));
        boolean zebra = false;
        for (GroupResult g : groups) {
            MetricValue v = g.metric(id);
            if (v == null) {
                continue;
            }
            boolean hidden = mask.hidden(g, id);
            notes.hidden |= hidden;
            t.addCell(cells.groupCell(g, zebra));
            t.addCell(cells.cell(Formats.value(v, hidden), true, zebra));
            if (v instanceof ProportionValue p) {
                boolean previousHidden = hidden || mask.earlierHidden(g, id, p.vsPrevious());
                boolean yearHidden = hidden || mask.earlierHidden(g, id, p.vsYearBefore());
                notes.hidden |= previousHidden || yearHidden;
                t.addCell(cells.cell(previousHidden ? Disclosure.MASK : direction(id, p.vsPrevious()), false, zebra));
                t.addCell(cells.cell(yearHidden ? Disclosure.MASK : direction(id, p.vsYearBefore()), false, zebra));
            } else {
                TrendSeries series = series(g.key(), id);
                t.addCell(cells.cell(hidden ? Disclosure.MASK : countChange(series, 1), false, zebra));
                t.addCell(cells.cell(hidden ? Disclosure.MASK : countChange(series, 4), false, zebra));
            }
            zebra = !zebra;
        }
        return t;
    }

    private String direction(String id, Trend t) {
        if (t == null || t.difference() == null) {
            return Formats.NONE;
        }
        String points = Formats.signed(t.difference(), 1) + " points";
        if (!Findings.significant(t)) {
            return points + ", not significant";
        }
        boolean up = t.difference() > 0;
        String judgement = switch (Words.polarity(metrics, id)) {
            case HIGH_IS_GOOD -> up ? ", better" : ", worse";
            case LOW_IS_GOOD -> up ? ", worse" : ", better";
            case NO_JUDGEMENT -> "";
        };
        return (up ? "\u25B2 " : "\u25BC ") + points + judgement;
    }

    /** The change of a count-like figure against {@code back} periods earlier, from the trend series. */
    private String countChange(TrendSeries series, int back) {
        if (series == null || series.points().size() <= back) {
            return Formats.NONE;
        }
        List<TrendSeries.Point> points = series.points();
        TrendSeries.Point last = points.get(points.size() - 1);
        TrendSeries.Point earlier = points.get(points.size() - 1 - back);
        MetricValue now = last.value();
        MetricValue then = earlier.value();
        if (mask.hidden(series.groupKey(), series.metricId(), last.period())
                || mask.hidden(series.groupKey(), series.metricId(), earlier.period())) {
            return Disclosure.MASK;
        }
        Double a = plotted(now);
        Double b = plotted(then);
        if (a == null || b == null) {
            return Formats.NONE;
        }
        return Formats.signed(a - b, now instanceof CountValue ? 0 : 1) + " (was "
                + Formats.number(b, now instanceof CountValue ? 0 : 1) + ")";
    }

    // ============================================================================================ change

    void change(Section s, PdfStructureElement sect) {
        GroupResult g = r.subject;
        List<String> changes = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (String id : s.metrics()) {
            SectionRenderer.Shape shape = sections.shape(id);
            if (shape == SectionRenderer.Shape.CHANGE) {
                changes.add(id);
            } else if (shape != null) {
                others.add(id);
            }
        }
        List<String> days = changes.stream().filter(id -> r.scaleOf(id) == MetricWords.Scale.DAYS_OF_28).toList();
        List<String> scores = changes.stream().filter(id -> !days.contains(id)).toList();
        startFollowUpChart(g, scores, false, sect);
        startFollowUpChart(g, days, true, sect);
        List<String> sentences = new ArrayList<>();
        for (String id : changes) {
            if (g.metric(id) != null) {
                String figure = r.findings.figure(g, id);
                String effect = r.findings.effect(g, id);
                sentences.add(effect == null ? figure : figure + " " + effect);
            }
        }
        if (!sentences.isEmpty()) {
            String people = r.options.wording().of("clients");
            r.heading2(r.isAll(g) ? "What changed for " + people : "What changed for " + people + " of " + g.name(),
                    sect);
            r.bullets(sentences, sect);
            r.flow.gap(6);
        }
        if (!changes.isEmpty()) {
            Notes notes = new Notes(metrics);
            notes.extra.add("Change is follow-up minus start (mean of each " + r.options.wording().of("client's")
                    + " change) with its paired-t 95% "
                    + "confidence interval; p is from the Wilcoxon signed-rank test; effect size is the mean change "
                    + "divided by the standard deviation of the changes. A result is called significant only when "
                    + "the interval excludes zero and p is under 0.05.");
            r.table(tables.changeTable(changes, notes), s.title() + ": by area and project", notes.lines(), sect);
        }
        List<String> proportions = others.stream().filter(id -> sections.shape(id) == SectionRenderer.Shape.PROPORTION).toList();
        if (!proportions.isEmpty()) {
            Notes notes = new Notes(metrics);
            r.table(tables.proportionTable(proportions, groups, notes), s.title() + ": percentages by area and project",
                    notes.lines(), sect);
        }
        List<String> rest = others.stream().filter(id -> sections.shape(id) != SectionRenderer.Shape.PROPORTION).toList();
        if (!rest.isEmpty()) {
            Notes notes = new Notes(metrics);
            r.table(tables.countTable(rest, notes), s.title() + ": other figures", notes.lines(), sect);
        }
        sections.missing(s.metrics(), sect);
    }

    private void startFollowUpChart(GroupResult g, List<String> ids, boolean days, PdfStructureElement sect) {
        List<Charts.Pair> pairs = new ArrayList<>();
        List<String> hiddenNames = new ArrayList<>();
        List<String> noneNames = new ArrayList<>();
        double max = 0;
        for (String id : ids) {
            if (!(g.metric(id) instanceof ChangeValue c)) {
                continue;
            }
            String label = Words.label(metrics, id);
            if (mask.hidden(g, id)) {
                hiddenNames.add(label);
            } else if (c.meanStart() == null || c.meanFollowUp() == null) {
                noneNames.add(label);
            } else {
                pairs.add(new Charts.Pair(label, c.meanStart(), c.meanFollowUp()));
                max = Math.max(max, Math.max(c.meanStart(), c.meanFollowUp()));
            }
        }
        if (pairs.isEmpty() && hiddenNames.isEmpty() && noneNames.isEmpty()) {
            return;
        }
        List<String> notes = new ArrayList<>();
        if (!hiddenNames.isEmpty()) {
            notes.add("Not shown, hidden to protect confidentiality (*): " + String.join(", ", hiddenNames) + ".");
        }
        if (!noneNames.isEmpty()) {
            notes.add("Not shown, no " + r.options.wording().of("client") + " with a start and a follow-up profile: "
                    + String.join(", ", noneNames) + ".");
        }
        if (pairs.isEmpty()) {
            notes.forEach(n -> r.note(n, r.flow.atTop() ? sect : sect));
            return;
        }
        StringBuilder summary = new StringBuilder();
        for (Charts.Pair p : pairs) {
            if (summary.length() > 0) {
                summary.append("; ");
            }
            summary.append(p.label()).append(" ").append(Formats.number(p.start(), 1)).append(" at start, ")
                    .append(Formats.number(p.followUp(), 1)).append(" at follow-up");
        }
        summary.append(".");
        double axis = days ? 28 : Math.max(20, Math.ceil(max));
        String axisLabel = days ? "Mean days of use in the past 28 days" : "Mean score (0 poor to 20 good)";
        String caption = (days ? "Days of use" : "Health and wellbeing scores") + " at start and follow-up: "
                + g.name();
        float height = 62 + 34 * pairs.size();
        r.chart(Charts.startFollowUp(pairs, axis, axisLabel), height, caption, summary.toString(), notes, sect);
    }
}
