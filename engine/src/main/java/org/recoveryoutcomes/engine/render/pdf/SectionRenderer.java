package org.recoveryoutcomes.engine.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfStructureElement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.recoveryoutcomes.engine.model.AmountValue;
import org.recoveryoutcomes.engine.model.BreakdownValue;
import org.recoveryoutcomes.engine.model.ChangeValue;
import org.recoveryoutcomes.engine.model.Code;
import org.recoveryoutcomes.engine.model.Comparison;
import org.recoveryoutcomes.engine.model.CountValue;
import org.recoveryoutcomes.engine.model.FileReport;
import org.recoveryoutcomes.engine.model.GroupLevel;
import org.recoveryoutcomes.engine.model.GroupResult;
import org.recoveryoutcomes.engine.model.MeanValue;
import org.recoveryoutcomes.engine.model.MetricDefinition;
import org.recoveryoutcomes.engine.model.MetricValue;
import org.recoveryoutcomes.engine.model.MetricsResult;
import org.recoveryoutcomes.engine.model.Polarity;
import org.recoveryoutcomes.engine.model.ProportionValue;
import org.recoveryoutcomes.engine.model.Section;
import org.recoveryoutcomes.engine.model.Settings;
import org.recoveryoutcomes.engine.model.TopItem;
import org.recoveryoutcomes.engine.model.Trend;
import org.recoveryoutcomes.engine.model.TrendSeries;
import org.recoveryoutcomes.engine.render.Disclosure;
import org.recoveryoutcomes.engine.render.Findings;
import org.recoveryoutcomes.engine.render.Formats;

/** The content of each kind of template section. */
final class SectionRenderer {

    private enum Shape { COUNT, PROPORTION, MEAN, CHANGE, BREAKDOWN }

    private final ReportRenderer r;
    private final MetricsResult metrics;
    private final Theme theme;
    private final Masking mask;
    private final List<GroupResult> groups;

    SectionRenderer(ReportRenderer report) {
        this.r = report;
        this.metrics = report.metrics;
        this.theme = report.theme;
        this.mask = report.mask;
        this.groups = report.groups;
    }

    void render(Section s, PdfStructureElement sect) {
        boolean introHere = s.text() != null && switch (s.kind()) {
            case NARRATIVE, BREAKDOWN -> false;
            default -> true;
        };
        if (introHere) {
            r.paragraph(s.text(), sect);
        }
        switch (s.kind()) {
            case HEADLINES -> headlines(s, sect);
            case TABLE -> tables(s, sect);
            case CHART -> barCharts(s, sect);
            case COMPARISON -> leagueTables(s, sect);
            case FUNNEL -> funnels(s, sect);
            case TREND -> trends(s, sect);
            case CHANGE -> change(s, sect);
            case BREAKDOWN -> breakdown(s, sect);
            case NARRATIVE -> narrative(s, sect);
            case DATA_QUALITY -> dataQuality(sect);
            case METHODOLOGY -> methodology(sect);
        }
    }

    // ============================================================================================ headlines

    private void headlines(Section s, PdfStructureElement sect) {
        GroupResult g = r.subject;
        r.paragraph(new Paragraph(13.5f, "Headline figures for " + g.name() + ". Engagement: "
                + Formats.period(metrics.period()) + ". Outcomes and completions: "
                + Formats.period(metrics.outcomePeriod()) + ".", theme.body), sect);
        List<String> ids = s.metrics().stream().filter(id -> g.metric(id) != null).toList();
        if (!ids.isEmpty()) {
            r.flow.gap(4);
            List<String> spoken = new ArrayList<>();
            for (String id : ids) {
                MetricValue v = g.metric(id);
                boolean hidden = mask.hidden(g, id);
                String value = hidden ? "hidden (*)" : Formats.value(v, false, 0)
                        + (v instanceof AmountValue a && a.unit() != null ? " " + a.unit() : "");
                spoken.add(Words.label(metrics, id) + ": " + value + ". "
                        + String.join("; ", tileNotes(g, id, v, hidden)) + ".");
            }
            r.flow.layoutTable(tiles(g, ids), spoken, sect);
            if (ids.stream().anyMatch(id -> mask.hidden(g, id))) {
                r.flow.gap(4);
                r.note(Disclosure.FOOTNOTE, sect);
            }
            r.flow.gap(14);
        }
        List<String> sentences = r.findings.keyFindings(g, s.metrics());
        if (!sentences.isEmpty()) {
            r.heading2("Key findings", sect);
            r.bullets(sentences, sect);
        }
        missing(s.metrics(), sect);
    }

    private PdfPTable tiles(GroupResult g, List<String> ids) {
        int perRow = 3;
        PdfPTable t = new PdfPTable(new float[] {1f, 0.055f, 1f, 0.055f, 1f});
        t.setHeaderRows(0);
        for (int i = 0; i < ids.size(); i += perRow) {
            if (i > 0) {
                PdfPCell gap = new PdfPCell();
                gap.setColspan(5);
                gap.setFixedHeight(9);
                gap.setBorder(Rectangle.NO_BORDER);
                t.addCell(gap);
            }
            for (int k = 0; k < perRow; k++) {
                if (k > 0) {
                    t.addCell(blank());
                }
                t.addCell(i + k < ids.size() ? tile(g, ids.get(i + k)) : blank());
            }
        }
        return t;
    }

    private PdfPCell blank() {
        PdfPCell c = new PdfPCell();
        c.setBorder(Rectangle.NO_BORDER);
        return c;
    }

    private PdfPCell tile(GroupResult g, String id) {
        MetricValue v = g.metric(id);
        boolean hidden = mask.hidden(g, id);
        PdfPCell c = new PdfPCell();
        c.setBorder(Rectangle.TOP);
        c.setBorderColorTop(Theme.ACCENT);
        c.setBorderWidthTop(2.5f);
        c.setBackgroundColor(Theme.TINT);
        c.setPaddingLeft(8);
        c.setPaddingRight(6);
        c.setPaddingTop(6);
        c.setPaddingBottom(9);
        c.addElement(new Paragraph(11, Words.label(metrics, id), theme.tileLabel));
        Paragraph big = new Paragraph(27);
        big.add(new Chunk(Formats.value(v, hidden, 0), theme.tileValue));
        if (v instanceof AmountValue a && a.unit() != null) {
            big.add(new Chunk(" " + a.unit(), theme.font(true, 10f, Theme.ACCENT)));
        }
        c.addElement(big);
        for (String line : tileNotes(g, id, v, hidden)) {
            c.addElement(new Paragraph(10, line, theme.tileNote));
        }
        return c;
    }

    private List<String> tileNotes(GroupResult g, String id, MetricValue v, boolean hidden) {
        List<String> out = new ArrayList<>();
        int threshold = metrics.settings().suppressionThreshold();
        if (hidden) {
            out.add("Too small to report (under " + threshold + ")");
            return out;
        }
        String in = "in " + shortPeriod(r.periodOf(id));
        if (v instanceof CountValue || v instanceof AmountValue || v instanceof BreakdownValue) {
            out.add(in);
        } else if (v instanceof ProportionValue p) {
            if (p.value() == null) {
                out.add("No one in the denominator");
                return out;
            }
            out.add(Formats.percentCi(p.lower95(), p.upper95(), 0));
            out.add(Formats.count(p.numerator()) + " of " + Formats.count(p.denominator()) + ", " + in);
            if (p.comparison() != null) {
                out.add(comparisonLine(id, p));
            }
            Trend t = p.vsPrevious();
            if (t != null && t.difference() != null && Findings.significant(t)) {
                boolean up = t.difference() > 0;
                out.add((up ? "\u25B2 Up " : "\u25BC Down ") + Formats.number(Math.abs(t.difference()), 1)
                        + " points on " + t.period() + betterOrWorse(id, up));
            } else if (t != null && t.difference() != null) {
                out.add("No significant change on " + t.period());
            }
        } else if (v instanceof MeanValue m) {
            if (m.mean() == null) {
                out.add("No values");
                return out;
            }
            out.add(Formats.interval(m.lower95(), m.upper95(), 1));
            out.add("median " + (m.median() == null ? Formats.NONE : Formats.number(m.median(), 1)) + ", " + in);
        } else if (v instanceof ChangeValue ch) {
            if (ch.meanChange() == null) {
                out.add("No outcome pairs");
                return out;
            }
            out.add(id.startsWith("days_") ? "mean change in days (of 28)" : "mean change, 0–20 scale");
            out.add(Formats.interval(ch.lower95(), ch.upper95(), 1) + ", " + Formats.pValue(ch.pValue()));
            out.add(changeResult(id, ch) + ", n = " + Formats.count(ch.n()));
        }
        return out;
    }

    private String comparisonLine(String id, ProportionValue p) {
        String name = "all".equals(p.comparator()) ? "all projects" : comparatorName(p.comparator());
        String value = p.comparatorValue() == null ? "" : " (" + Formats.percent(p.comparatorValue(), 0) + ")";
        return switch (p.comparison()) {
            case NOT_COMPARED -> "Not compared with " + name + ": base too small";
            case SIMILAR -> "Similar to " + name + value;
            case BETTER, WORSE -> comparisonWord(id, p) + " than " + name + value;
        };
    }

    private String betterOrWorse(String id, boolean up) {
        return switch (Words.polarity(metrics, id)) {
            case HIGH_IS_GOOD -> up ? " (better)" : " (worse)";
            case LOW_IS_GOOD -> up ? " (worse)" : " (better)";
            case NO_JUDGEMENT -> "";
        };
    }

    private static String shortPeriod(org.recoveryoutcomes.engine.model.Period p) {
        return p.label().startsWith("12m:") ? "12 months to " + Formats.date(p.end()) : p.label();
    }

    // ============================================================================================ tables

    private void tables(Section s, PdfStructureElement sect) {
        Map<Shape, List<String>> byShape = new LinkedHashMap<>();
        for (String id : s.metrics()) {
            Shape shape = shape(id);
            if (shape != null) {
                byShape.computeIfAbsent(shape, k -> new ArrayList<>()).add(id);
            }
        }
        for (Map.Entry<Shape, List<String>> e : byShape.entrySet()) {
            List<String> ids = e.getValue();
            switch (e.getKey()) {
                case COUNT -> {
                    for (int i = 0; i < ids.size(); i += 5) {
                        List<String> part = ids.subList(i, Math.min(ids.size(), i + 5));
                        Notes notes = new Notes();
                        r.table(countTable(part, notes), s.title() + ": numbers by area and project",
                                notes.lines(), sect);
                    }
                }
                case PROPORTION -> {
                    Notes notes = new Notes();
                    r.table(proportionTable(ids, groups, notes), s.title() + ": percentages by area and project, "
                            + "with 95% confidence intervals", notes.lines(), sect);
                }
                case MEAN -> {
                    Notes notes = new Notes();
                    r.table(meanTable(ids, notes), s.title() + ": averages by area and project", notes.lines(),
                            sect);
                }
                case CHANGE -> {
                    Notes notes = new Notes();
                    r.table(changeTable(ids, notes), s.title() + ": change from start to follow-up", notes.lines(),
                            sect);
                }
                case BREAKDOWN -> {
                    for (String id : ids) {
                        Notes notes = new Notes();
                        r.table(breakdownTable(id, notes), Words.label(metrics, id) + " by area and project",
                                notes.lines(), sect);
                    }
                }
            }
        }
        missing(s.metrics(), sect);
    }

    private Shape shape(String id) {
        MetricDefinition d = metrics.definition(id);
        MetricValue sample = null;
        for (GroupResult g : groups) {
            if (g.metric(id) != null) {
                sample = g.metric(id);
                break;
            }
        }
        if (sample == null) {
            return null;
        }
        if (d != null) {
            return switch (d.kind()) {
                case COUNT, AMOUNT -> Shape.COUNT;
                case PROPORTION -> Shape.PROPORTION;
                case MEAN -> Shape.MEAN;
                case CHANGE -> Shape.CHANGE;
                case BREAKDOWN -> Shape.BREAKDOWN;
            };
        }
        if (sample instanceof ProportionValue) {
            return Shape.PROPORTION;
        } else if (sample instanceof MeanValue) {
            return Shape.MEAN;
        } else if (sample instanceof ChangeValue) {
            return Shape.CHANGE;
        } else if (sample instanceof BreakdownValue) {
            return Shape.BREAKDOWN;
        }
        return Shape.COUNT;
    }

    /** Says which of the section's metrics this data does not have. */
    private void missing(List<String> ids, PdfStructureElement sect) {
        List<String> absent = new ArrayList<>();
        for (String id : ids) {
            if (groups.stream().noneMatch(g -> g.metric(id) != null)) {
                absent.add(Words.label(metrics, id));
            }
        }
        if (!absent.isEmpty()) {
            r.note("Not available from this data: " + String.join("; ", absent) + ".", sect);
        }
    }

    /** Footnotes a table needs, collected while it is built. */
    private final class Notes {
        boolean hidden;
        boolean none;
        boolean notCompared;
        final List<String> extra = new ArrayList<>();

        List<String> lines() {
            List<String> out = new ArrayList<>();
            if (hidden) {
                out.add(Disclosure.FOOTNOTE);
            }
            if (none) {
                out.add(Formats.NONE + " No figure: nobody was in the denominator.");
            }
            if (notCompared) {
                out.add("Not compared: fewer than " + metrics.settings().minDenominatorForComparison()
                        + " in the denominator, too few to compare reliably.");
            }
            out.addAll(extra);
            return out;
        }
    }

    private PdfPTable countTable(List<String> ids, Notes notes) {
        float[] widths = new float[ids.size() + 1];
        widths[0] = 2.2f;
        for (int i = 1; i < widths.length; i++) {
            widths[i] = 1f;
        }
        PdfPTable t = new PdfPTable(widths);
        t.setHeaderRows(1);
        t.addCell(head("Area or project", false));
        for (String id : ids) {
            MetricValue sample = sample(id);
            String unit = sample instanceof AmountValue a && a.unit() != null ? " (" + a.unit() + ")" : "";
            t.addCell(head(Words.label(metrics, id) + unit, true));
        }
        boolean zebra = false;
        for (GroupResult g : groups) {
            t.addCell(groupCell(g, zebra));
            for (String id : ids) {
                MetricValue v = g.metric(id);
                boolean hidden = mask.hidden(g, id);
                notes.hidden |= hidden;
                t.addCell(cell(v == null ? Formats.NONE : Formats.value(v, hidden), true, zebra));
            }
            zebra = !zebra;
        }
        return t;
    }

    private MetricValue sample(String id) {
        for (GroupResult g : groups) {
            if (g.metric(id) != null) {
                return g.metric(id);
            }
        }
        return null;
    }

    private PdfPTable proportionTable(List<String> ids, List<GroupResult> rows, Notes notes) {
        boolean atStart = false;
        for (String id : ids) {
            for (GroupResult g : rows) {
                atStart |= g.metric(id) instanceof ProportionValue p && p.atStart() != null;
            }
        }
        float[] widths = atStart ? new float[] {2.3f, 0.65f, 1.2f, 0.95f, 1.45f, 0.8f, 0.7f, 0.85f}
                : new float[] {2.7f, 0.8f, 1.4f, 1.1f, 1.5f, 1.0f};
        PdfPTable t = new PdfPTable(widths);
        t.setHeaderRows(1);
        t.addCell(head("Area or project", false));
        t.addCell(head("%", true));
        t.addCell(head("95% CI", true));
        t.addCell(head("Number / base", true));
        t.addCell(head("Compared with", false));
        t.addCell(head("Result", false));
        if (atStart) {
            t.addCell(head("At start", true));
            t.addCell(head("p", true));
            notes.extra.add("At start: the same percentage at the start profile of the same clients; p: McNemar's "
                    + "exact test of the change from start to follow-up.");
        }
        int columns = widths.length;
        for (String id : ids) {
            if (rows.stream().noneMatch(g -> g.metric(id) instanceof ProportionValue)) {
                continue;
            }
            t.addCell(band(Words.label(metrics, id) + "  \u00b7  " + Words.polarity(Words.polarity(metrics, id)),
                    columns));
            boolean zebra = false;
            for (GroupResult g : rows) {
                if (!(g.metric(id) instanceof ProportionValue p)) {
                    continue;
                }
                boolean hidden = mask.hidden(g, id);
                notes.hidden |= hidden;
                notes.none |= !hidden && p.value() == null;
                notes.notCompared |= !hidden && p.comparison() == Comparison.NOT_COMPARED;
                t.addCell(groupCell(g, zebra));
                t.addCell(cell(Formats.value(p, hidden), true, zebra));
                t.addCell(cell(Formats.ciCell(p, hidden, 1), true, zebra));
                t.addCell(cell(hidden ? Disclosure.MASK : Formats.count(p.numerator()) + " / "
                        + Formats.count(p.denominator()), true, zebra));
                t.addCell(cell(hidden || p.comparator() == null ? Formats.NONE : comparatorName(p.comparator())
                        + (p.comparatorValue() == null ? "" : " " + Formats.percent(p.comparatorValue(), 1)),
                        false, zebra));
                t.addCell(cell(hidden || p.comparison() == null ? Formats.NONE : comparisonWord(id, p), false,
                        zebra));
                if (atStart) {
                    String start = Formats.NONE;
                    String test = Formats.NONE;
                    ProportionValue s = p.atStart();
                    if (hidden || (s != null && r.options.suppression() && s.suppressed())) {
                        start = Disclosure.MASK;
                        test = Disclosure.MASK;
                        notes.hidden = true;
                    } else if (s != null && s.value() != null) {
                        start = Formats.percent(s.value(), 1);
                        test = pCell(p.pValue());
                    }
                    t.addCell(cell(start, true, zebra));
                    t.addCell(cell(test, true, zebra));
                }
                zebra = !zebra;
            }
        }
        return t;
    }

    private PdfPTable meanTable(List<String> ids, Notes notes) {
        PdfPTable t = new PdfPTable(new float[] {2.7f, 1f, 1.4f, 1f, 1f});
        t.setHeaderRows(1);
        for (String h : new String[] {"Area or project", "Mean", "95% CI", "Median", "n"}) {
            t.addCell(head(h, !h.equals("Area or project")));
        }
        for (String id : ids) {
            t.addCell(band(Words.label(metrics, id), 5));
            boolean zebra = false;
            for (GroupResult g : groups) {
                if (!(g.metric(id) instanceof MeanValue m)) {
                    continue;
                }
                boolean hidden = mask.hidden(g, id);
                notes.hidden |= hidden;
                notes.none |= !hidden && m.mean() == null;
                t.addCell(groupCell(g, zebra));
                t.addCell(cell(Formats.value(m, hidden), true, zebra));
                t.addCell(cell(Formats.ciCell(m, hidden, 1), true, zebra));
                t.addCell(cell(hidden ? Disclosure.MASK : m.median() == null ? Formats.NONE
                        : Formats.number(m.median(), 1), true, zebra));
                t.addCell(cell(hidden ? Disclosure.MASK : Formats.count(m.n()), true, zebra));
                zebra = !zebra;
            }
        }
        return t;
    }

    private PdfPTable changeTable(List<String> ids, Notes notes) {
        PdfPTable t = new PdfPTable(new float[] {2.35f, 0.55f, 0.65f, 0.8f, 0.8f, 1.45f, 0.75f, 0.7f, 1.35f});
        t.setHeaderRows(1);
        String[] heads = {"Area or project", "n", "Start", "Follow-up", "Change", "95% CI", "p", "Effect size",
            "Result"};
        for (String h : heads) {
            t.addCell(head(h, !h.equals("Area or project") && !h.equals("Result")));
        }
        for (String id : ids) {
            if (groups.stream().noneMatch(g -> g.metric(id) instanceof ChangeValue)) {
                continue;
            }
            t.addCell(band(Words.label(metrics, id) + "  \u00b7  " + Words.polarity(Words.polarity(metrics, id)),
                    heads.length));
            boolean zebra = false;
            for (GroupResult g : groups) {
                if (!(g.metric(id) instanceof ChangeValue c)) {
                    continue;
                }
                boolean hidden = mask.hidden(g, id);
                notes.hidden |= hidden;
                notes.none |= !hidden && c.meanChange() == null;
                t.addCell(groupCell(g, zebra));
                t.addCell(cell(hidden ? Disclosure.MASK : Formats.count(c.n()), true, zebra));
                t.addCell(cell(hidden ? Disclosure.MASK : number(c.meanStart()), true, zebra));
                t.addCell(cell(hidden ? Disclosure.MASK : number(c.meanFollowUp()), true, zebra));
                t.addCell(cell(Formats.value(c, hidden), true, zebra));
                t.addCell(cell(Formats.ciCell(c, hidden, 1), true, zebra));
                t.addCell(cell(hidden ? Disclosure.MASK : pCell(c.pValue()), true, zebra));
                t.addCell(cell(hidden ? Disclosure.MASK : c.effectSize() == null ? Formats.NONE
                        : Formats.signed(c.effectSize(), 2), true, zebra));
                t.addCell(cell(hidden ? "" : changeResult(id, c), false, zebra));
                zebra = !zebra;
            }
        }
        return t;
    }

    /** A p-value in a table column headed p: {@code < 0.001} or {@code 0.042}. */
    private static String pCell(Double p) {
        if (p == null) {
            return Formats.NONE;
        }
        return p < 0.001 ? "< 0.001" : Formats.number(p, 3);
    }

    private static String number(Double v) {
        return v == null ? Formats.NONE : Formats.number(v, 1);
    }

    /** Improved, worsened (by polarity), rose or fell when significant; otherwise no significant change. */
    private String changeResult(String id, ChangeValue c) {
        if (c.meanChange() == null) {
            return Formats.NONE;
        }
        if (c.lower95() == null || c.upper95() == null) {
            return "Too few to test";
        }
        if (!Findings.significant(c)) {
            return "No significant change";
        }
        boolean up = c.meanChange() > 0;
        return switch (Words.polarity(metrics, id)) {
            case HIGH_IS_GOOD -> up ? "Improved" : "Worsened";
            case LOW_IS_GOOD -> up ? "Worsened" : "Improved";
            case NO_JUDGEMENT -> up ? "Rose" : "Fell";
        };
    }

    private PdfPTable breakdownTable(String id, Notes notes) {
        List<String> parts = new ArrayList<>();
        for (GroupResult g : groups) {
            if (g.metric(id) instanceof BreakdownValue b) {
                for (String k : b.parts().keySet()) {
                    if (!parts.contains(k)) {
                        parts.add(k);
                    }
                }
            }
        }
        float[] widths = new float[parts.size() + 2];
        widths[0] = parts.size() > 6 ? 2.0f : 2.6f;
        for (int i = 1; i < widths.length; i++) {
            widths[i] = 1f;
        }
        PdfPTable t = new PdfPTable(widths);
        t.setHeaderRows(1);
        t.addCell(head("Area or project", false));
        for (String p : parts) {
            t.addCell(head(Words.humanise(p), true));
        }
        t.addCell(head("Total", true));
        boolean zebra = false;
        for (GroupResult g : groups) {
            if (!(g.metric(id) instanceof BreakdownValue b)) {
                continue;
            }
            List<String> keys = new ArrayList<>(b.parts().keySet());
            t.addCell(groupCell(g, zebra));
            for (String p : parts) {
                int index = keys.indexOf(p);
                CountValue c = index < 0 ? null : b.parts().get(p);
                boolean hidden = index >= 0 && mask.hiddenPart(g, id, index);
                notes.hidden |= hidden;
                t.addCell(cell(c == null ? Formats.NONE : hidden ? Disclosure.MASK : Formats.count(c.count()), true,
                        zebra));
            }
            t.addCell(cell(Formats.count(b.total()), true, zebra, theme.cellBold));
            zebra = !zebra;
        }
        return t;
    }

    // ============================================================================================ league tables

    private void leagueTables(Section s, PdfStructureElement sect) {
        for (String id : s.metrics()) {
            if (groups.stream().noneMatch(g -> g.metric(id) instanceof ProportionValue)) {
                continue;
            }
            Notes notes = new Notes();
            r.table(leagueTable(id, notes), Words.label(metrics, id) + " (" + Words.polarity(Words.polarity(metrics,
                    id)) + "): areas and projects ranked, with 95% confidence intervals", notes.lines(), sect);
        }
        missing(s.metrics(), sect);
    }

    private PdfPTable leagueTable(String id, Notes notes) {
        PdfPTable t = new PdfPTable(new float[] {0.55f, 2.6f, 0.8f, 1.4f, 1.1f, 1.5f, 1.05f});
        t.setHeaderRows(1);
        String[] heads = {"Rank", "Area or project", "%", "95% CI", "Number / base", "Compared with", "Result"};
        for (String h : heads) {
            t.addCell(head(h, h.equals("Rank") || h.equals("%") || h.equals("95% CI") || h.equals("Number / base")));
        }
        Polarity polarity = Words.polarity(metrics, id);
        for (GroupLevel level : GroupLevel.values()) {
            List<GroupResult> ranked = new ArrayList<>();
            for (GroupResult g : groups) {
                if (g.level() == level && g.metric(id) instanceof ProportionValue) {
                    ranked.add(g);
                }
            }
            if (ranked.isEmpty()) {
                continue;
            }
            if (level != GroupLevel.ALL) {
                t.addCell(band(level == GroupLevel.BOROUGH ? "Boroughs" : "Projects", heads.length));
            }
            Comparator<GroupResult> byValue = Comparator.comparingDouble(g -> {
                ProportionValue p = (ProportionValue) g.metric(id);
                if (mask.hidden(g, id) || p.value() == null) {
                    return Double.POSITIVE_INFINITY;
                }
                return polarity == Polarity.LOW_IS_GOOD ? p.value() : -p.value();
            });
            ranked.sort(byValue.thenComparing(GroupResult::key));
            int rank = 0;
            boolean zebra = false;
            for (GroupResult g : ranked) {
                ProportionValue p = (ProportionValue) g.metric(id);
                boolean hidden = mask.hidden(g, id);
                notes.hidden |= hidden;
                notes.none |= !hidden && p.value() == null;
                notes.notCompared |= !hidden && p.comparison() == Comparison.NOT_COMPARED;
                boolean ranks = level != GroupLevel.ALL && !hidden && p.value() != null;
                t.addCell(cell(ranks ? String.valueOf(++rank) : "", true, zebra));
                t.addCell(cell(g.name(), false, zebra, level == GroupLevel.ALL ? theme.cellBold : theme.cell));
                t.addCell(cell(Formats.value(p, hidden), true, zebra));
                t.addCell(cell(Formats.ciCell(p, hidden, 1), true, zebra));
                t.addCell(cell(hidden ? Disclosure.MASK : Formats.count(p.numerator()) + " / "
                        + Formats.count(p.denominator()), true, zebra));
                t.addCell(cell(hidden || p.comparator() == null ? Formats.NONE : comparatorName(p.comparator())
                        + (p.comparatorValue() == null ? "" : " " + Formats.percent(p.comparatorValue(), 1)),
                        false, zebra));
                t.addCell(cell(hidden || p.comparison() == null ? Formats.NONE : comparisonWord(id, p), false,
                        zebra));
                zebra = !zebra;
            }
        }
        if (polarity == Polarity.NO_JUDGEMENT) {
            notes.extra.add("Ranked from highest to lowest; for this measure neither is better.");
        }
        return t;
    }

    private String comparatorName(String comparator) {
        if (comparator == null) {
            return Formats.NONE;
        }
        if (comparator.equals("value")) {
            return "Benchmark";
        }
        GroupResult g = metrics.group(comparator);
        if (g != null) {
            return g.name();
        }
        return comparator.equals("all") ? "All projects" : comparator.substring(comparator.indexOf(':') + 1);
    }

    /** Better, worse or similar; higher or lower for a metric without polarity; not compared. */
    private String comparisonWord(String id, ProportionValue p) {
        return switch (p.comparison()) {
            case NOT_COMPARED -> "Not compared";
            case SIMILAR -> "Similar";
            case BETTER, WORSE -> {
                if (Words.polarity(metrics, id) == Polarity.NO_JUDGEMENT) {
                    boolean higher = p.comparatorValue() == null || p.value() == null
                            ? p.comparison() == Comparison.BETTER : p.value() > p.comparatorValue();
                    yield higher ? "Higher" : "Lower";
                }
                yield p.comparison() == Comparison.BETTER ? "Better" : "Worse";
            }
        };
    }

    // ============================================================================================ bar charts

    private void barCharts(Section s, PdfStructureElement sect) {
        for (String id : s.metrics()) {
            if (groups.stream().noneMatch(g -> g.metric(id) instanceof ProportionValue)) {
                continue;
            }
            barChart(id, sect);
        }
        missing(s.metrics(), sect);
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
            r.heading3(label, sect, 20);
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
            notes.add("Not shown, numbers too small to publish (*): " + String.join(", ", hiddenNames) + ".");
        }
        if (!noneNames.isEmpty()) {
            notes.add("Not shown, nobody in the denominator: " + String.join(", ", noneNames) + ".");
        }
        return notes;
    }

    // ============================================================================================ funnels

    private void funnels(Section s, PdfStructureElement sect) {
        boolean projects = groups.stream().anyMatch(g -> g.level() == GroupLevel.PROJECT);
        GroupLevel level = projects ? GroupLevel.PROJECT : GroupLevel.BOROUGH;
        for (String id : s.metrics()) {
            if (groups.stream().noneMatch(g -> g.metric(id) instanceof ProportionValue)) {
                continue;
            }
            funnel(id, level, sect);
        }
        missing(s.metrics(), sect);
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
            r.heading3(label, sect, 20);
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
            for (String h : new String[] {"Label", capitalise(unit), "Number / base", "%", "Position"}) {
                t.addCell(head(h, h.equals("%") || h.equals("Number / base")));
            }
            boolean zebra = false;
            for (int i = 0; i < shown.size(); i++) {
                GroupResult g = shown.get(i);
                ProportionValue p = (ProportionValue) g.metric(id);
                t.addCell(cell(points.get(i).label(), false, zebra, theme.cellBold));
                t.addCell(cell(g.name(), false, zebra));
                t.addCell(cell(Formats.count(p.numerator()) + " / " + Formats.count(p.denominator()), true, zebra));
                t.addCell(cell(Formats.percent(p.value(), 1), true, zebra));
                t.addCell(cell(positions.get(i), false, zebra));
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

    private static String capitalise(String s) {
        return s.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + s.substring(1);
    }

    // ============================================================================================ trends

    private void trends(Section s, PdfStructureElement sect) {
        for (String id : s.metrics()) {
            if (groups.stream().noneMatch(g -> g.metric(id) != null)) {
                continue;
            }
            trend(id, sect);
        }
        missing(s.metrics(), sect);
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
            r.heading3(label, sect, 40);
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
                    if (Disclosure.hidden(v, r.options)) {
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
                notes.add("Not shown for " + subject.name() + ", numbers too small to publish: "
                        + String.join(", ", hiddenPeriods) + ".");
            }
            if (percent) {
                notes.add("Whiskers show the 95% confidence interval of " + possessive(subject.name()) + " figure.");
            }
            String axis = percent ? "Percentage" : Words.label(metrics, id);
            r.chart(Charts.trend(periods, lines, percent, axis), 190, label + ", " + periods.get(0) + " to "
                    + periods.get(periods.size() - 1), summary, notes, sect);
        }
        Notes notes = new Notes();
        PdfPTable t = directionTable(id, notes);
        if (t != null) {
            notes.extra.add("Latest: " + Formats.period(r.periodOf(id)) + ".");
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
        t.addCell(head("Area or project", false));
        t.addCell(head("Latest", true));
        t.addCell(head("Change on " + previousLabel, false));
        t.addCell(head("Change on " + yearLabel, false));
        boolean zebra = false;
        for (GroupResult g : groups) {
            MetricValue v = g.metric(id);
            if (v == null) {
                continue;
            }
            boolean hidden = mask.hidden(g, id);
            notes.hidden |= hidden;
            t.addCell(groupCell(g, zebra));
            t.addCell(cell(Formats.value(v, hidden), true, zebra));
            if (v instanceof ProportionValue p) {
                t.addCell(cell(hidden ? Disclosure.MASK : direction(id, p.vsPrevious()), false, zebra));
                t.addCell(cell(hidden ? Disclosure.MASK : direction(id, p.vsYearBefore()), false, zebra));
            } else {
                TrendSeries series = series(g.key(), id);
                t.addCell(cell(hidden ? Disclosure.MASK : countChange(series, 1), false, zebra));
                t.addCell(cell(hidden ? Disclosure.MASK : countChange(series, 4), false, zebra));
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
        MetricValue now = points.get(points.size() - 1).value();
        MetricValue then = points.get(points.size() - 1 - back).value();
        if (Disclosure.hidden(now, r.options) || Disclosure.hidden(then, r.options)) {
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

    private void change(Section s, PdfStructureElement sect) {
        GroupResult g = r.subject;
        List<String> changes = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (String id : s.metrics()) {
            Shape shape = shape(id);
            if (shape == Shape.CHANGE) {
                changes.add(id);
            } else if (shape != null) {
                others.add(id);
            }
        }
        List<String> scores = changes.stream().filter(id -> !id.startsWith("days_")).toList();
        List<String> days = changes.stream().filter(id -> id.startsWith("days_")).toList();
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
            r.heading2("What changed for clients of " + g.name(), sect);
            r.bullets(sentences, sect);
            r.flow.gap(6);
        }
        if (!changes.isEmpty()) {
            Notes notes = new Notes();
            notes.extra.add("Change is follow-up minus start (mean of each client's change) with its paired-t 95% "
                    + "confidence interval; p is from the Wilcoxon signed-rank test; effect size is the mean change "
                    + "divided by the standard deviation of the changes. A result is called significant only when "
                    + "the interval excludes zero and p is under 0.05.");
            r.table(changeTable(changes, notes), s.title() + ": by area and project", notes.lines(), sect);
        }
        List<String> proportions = others.stream().filter(id -> shape(id) == Shape.PROPORTION).toList();
        if (!proportions.isEmpty()) {
            Notes notes = new Notes();
            r.table(proportionTable(proportions, groups, notes), s.title() + ": percentages by area and project",
                    notes.lines(), sect);
        }
        List<String> rest = others.stream().filter(id -> shape(id) != Shape.PROPORTION).toList();
        if (!rest.isEmpty()) {
            Notes notes = new Notes();
            r.table(countTable(rest, notes), s.title() + ": other figures", notes.lines(), sect);
        }
        missing(s.metrics(), sect);
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
            notes.add("Not shown, numbers too small to publish (*): " + String.join(", ", hiddenNames) + ".");
        }
        if (!noneNames.isEmpty()) {
            notes.add("Not shown, no client with a start and a follow-up profile: " + String.join(", ", noneNames)
                    + ".");
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

    // ============================================================================================ breakdown

    private void breakdown(Section s, PdfStructureElement sect) {
        boolean any = false;
        for (String id : s.metrics()) {
            List<String> found = new ArrayList<>();
            for (GroupResult g : groups) {
                for (Map.Entry<String, MetricValue> e : g.metrics().entrySet()) {
                    boolean match = e.getKey().equals(id) || e.getKey().startsWith(id + "_by_");
                    if (match && e.getValue() instanceof BreakdownValue && !found.contains(e.getKey())) {
                        found.add(e.getKey());
                    }
                }
            }
            for (String b : found) {
                if (!any && s.text() != null) {
                    r.paragraph(s.text(), sect);
                }
                any = true;
                Notes notes = new Notes();
                r.table(breakdownTable(b, notes), Words.label(metrics, b) + " by area and project", notes.lines(),
                        sect);
            }
        }
        if (!any) {
            if (s.text() != null) {
                r.paragraph(s.text(), sect);
            }
            r.paragraph("Equality breakdowns (by sex, age band, ethnicity, disability and sexual orientation) are "
                    + "not available in this version of the report: the figures above are not yet split by these "
                    + "characteristics.", sect);
        }
    }

    // ============================================================================================ narrative

    private void narrative(Section s, PdfStructureElement sect) {
        if (s.text() == null || s.text().isBlank()) {
            return;
        }
        for (String para : s.text().split("\\n\\s*\\n|\\n")) {
            if (!para.isBlank()) {
                r.paragraph(para.trim(), sect);
            }
        }
    }

    // ============================================================================================ data quality

    private void dataQuality(PdfStructureElement sect) {
        List<FileReport> inputs = metrics.inputs();
        r.paragraph("Every input row is checked before it is used. A row that fails a check is set aside "
                + "(quarantined) with the reason and is not in any figure; a warning keeps the row.", sect);
        if (inputs.isEmpty()) {
            r.paragraph("No input files are recorded for this run.", sect);
        } else {
            PdfPTable t = new PdfPTable(new float[] {2.4f, 1f, 1f, 1f, 1f});
            t.setHeaderRows(1);
            for (String h : new String[] {"Input file", "Rows read", "Accepted", "Quarantined", "Warnings"}) {
                t.addCell(head(h, !h.equals("Input file")));
            }
            boolean zebra = false;
            long rows = 0;
            long accepted = 0;
            long quarantined = 0;
            long warnings = 0;
            for (FileReport f : inputs) {
                long w = f.warningsByKind().values().stream().mapToLong(Long::longValue).sum();
                t.addCell(cell(f.file(), false, zebra));
                t.addCell(cell(Formats.count(f.rows()), true, zebra));
                t.addCell(cell(Formats.count(f.accepted()), true, zebra));
                t.addCell(cell(Formats.count(f.quarantined()), true, zebra));
                t.addCell(cell(Formats.count(w), true, zebra));
                rows += f.rows();
                accepted += f.accepted();
                quarantined += f.quarantined();
                warnings += w;
                zebra = !zebra;
            }
            t.addCell(cell("All files", false, zebra, theme.cellBold));
            for (long n : new long[] {rows, accepted, quarantined, warnings}) {
                t.addCell(cell(Formats.count(n), true, zebra, theme.cellBold));
            }
            r.table(t, "Rows read, accepted and quarantined by input file", List.of(), sect);
            reasonTable(inputs, true, sect);
            reasonTable(inputs, false, sect);
        }
        GroupResult g = r.subject;
        List<String> coverage = new ArrayList<>();
        for (String id : new String[] {"top_start_coverage", "top_follow_up_coverage"}) {
            if (g.metric(id) instanceof ProportionValue) {
                coverage.add(id);
            }
        }
        r.heading2("Treatment Outcomes Profile coverage: " + g.name(), sect);
        if (coverage.isEmpty()) {
            r.paragraph("Coverage of Treatment Outcomes Profiles is not available from this data.", sect);
            return;
        }
        r.paragraph("Outcome figures rest only on clients with both a start and a follow-up profile; low coverage "
                + "means they may not represent every client.", sect);
        r.bullets(r.findings.keyFindings(g, coverage), sect);
        Notes notes = new Notes();
        r.table(proportionTable(coverage, List.of(g), notes), "Treatment Outcomes Profile coverage: " + g.name(),
                notes.lines(), sect);
    }

    private void reasonTable(List<FileReport> inputs, boolean quarantine, PdfStructureElement sect) {
        PdfPTable t = new PdfPTable(new float[] {2f, 3f, 1f});
        t.setHeaderRows(1);
        t.addCell(head("Input file", false));
        t.addCell(head(quarantine ? "Reason for quarantine" : "Warning", false));
        t.addCell(head("Rows", true));
        boolean zebra = false;
        int n = 0;
        for (FileReport f : inputs) {
            Map<String, Long> counts = quarantine ? f.quarantinedByReason() : f.warningsByKind();
            for (Map.Entry<String, Long> e : counts.entrySet()) {
                t.addCell(cell(f.file(), false, zebra));
                t.addCell(cell(Words.humanise(e.getKey()), false, zebra));
                t.addCell(cell(Formats.count(e.getValue()), true, zebra));
                zebra = !zebra;
                n++;
            }
        }
        if (n == 0) {
            r.paragraph(quarantine ? "No rows were quarantined." : "No warnings were raised.", sect);
            return;
        }
        r.table(t, quarantine ? "Quarantined rows by reason" : "Warnings by kind", List.of(), sect);
    }

    // ============================================================================================ methodology

    private void methodology(PdfStructureElement sect) {
        Settings s = metrics.settings();
        r.heading2("How the figures are made", sect);
        r.paragraph("Engagement figures count attended contacts in " + Formats.period(metrics.period())
                + ". Outcome figures use Treatment Outcomes Profile pairs: a start profile and a review or exit "
                + "profile " + s.followUpMinDays() + " to " + s.followUpMaxDays() + " days later, the follow-up "
                + "dated in " + Formats.period(metrics.outcomePeriod()) + "; where several follow-ups qualify, the "
                + "one closest to " + s.followUpTargetDays() + " days is used. A client counts once per area "
                + "(at borough and all-projects level, the pair with the latest follow-up).", sect);
        r.paragraph("Percentages have 95% confidence intervals by the Wilson score method, as OHID Fingertips and "
                + "PHEindicatormethods compute them. Means have t-distribution intervals. Change from start to "
                + "follow-up has a paired-t interval and a Wilcoxon signed-rank test (exact p up to 30 pairs); "
                + "yes/no items at start and follow-up are compared with McNemar's exact test. Changes against "
                + "earlier periods have 95% intervals by Newcombe's hybrid score method, and a direction-of-travel "
                + "arrow only when that interval excludes zero.", sect);
        r.paragraph(comparatorText(s), sect);
        r.paragraph("A change on an item counts as reliable (Jacobson and Truax) when it is at least 1.96 × S1 × √2 "
                + "× √(1 − r), where S1 is the item's standard deviation at start over every pair in the data and r "
                + "its test–retest reliability (assumed " + Formats.number(s.reliabilityDays(), 2) + " for days "
                + "of use and " + Formats.number(s.reliabilityScores(), 2) + " for the 0–20 ratings unless set "
                + "otherwise). The thresholds used are listed below.", sect);
        r.paragraph(disclosureText(s), sect);

        PdfPTable settings = new PdfPTable(new float[] {2.2f, 1.1f, 3.7f});
        settings.setHeaderRows(1);
        settings.addCell(head("Setting", false));
        settings.addCell(head("Value", true));
        settings.addCell(head("Meaning", false));
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"follow_up_window_days", s.followUpMinDays() + "–" + s.followUpMaxDays(),
            "Days from start to follow-up profile that make an outcome pair"});
        rows.add(new String[] {"follow_up_target_days", String.valueOf(s.followUpTargetDays()),
            "Where several follow-ups qualify, the one closest to this"});
        rows.add(new String[] {"engagement_gap_days", String.valueOf(s.engagementGapDays()),
            "A longer gap between attended contacts ends an engagement"});
        rows.add(new String[] {"retention_days", String.valueOf(s.retentionDays()),
            "Span an engagement must reach to count as retained"});
        rows.add(new String[] {"outcome_period_months", String.valueOf(s.outcomePeriodMonths()),
            "Months in the outcome period, ending with the report period"});
        rows.add(new String[] {"representation_days", String.valueOf(s.representationDays()),
            "A new episode this soon after a successful completion is a re-presentation"});
        rows.add(new String[] {"start_coverage_days", String.valueOf(s.startCoverageDays()),
            "A start profile this soon after first contact counts for coverage"});
        rows.add(new String[] {"reliability_days", Formats.number(s.reliabilityDays(), 2),
            "Test–retest reliability assumed for days-of-use items"});
        rows.add(new String[] {"reliability_scores", Formats.number(s.reliabilityScores(), 2),
            "Test–retest reliability assumed for the 0–20 ratings"});
        s.reliabilityOverrides().forEach((item, value) -> rows.add(new String[] {"reliability." + item.code(),
            Formats.number(value, 2), "Reliability set for this item"}));
        rows.add(new String[] {"suppression_enabled", s.suppressionEnabled() ? "yes" : "no",
            "Whether published figures hide small numbers"
                + (r.options.suppression() == s.suppressionEnabled() ? "" : " (this report: "
                + (r.options.suppression() ? "on" : "off") + ")")});
        rows.add(new String[] {"suppression_threshold", String.valueOf(s.suppressionThreshold()),
            "Counts from 1 to one less than this are hidden"});
        rows.add(new String[] {"min_denominator_for_comparison", String.valueOf(s.minDenominatorForComparison()),
            "Below this denominator a figure is not compared"});
        rows.add(new String[] {"confidence_level", Formats.number(100 * s.confidenceLevel(), 0) + "%",
            "Level of every confidence interval"});
        boolean zebra = false;
        for (String[] row : rows) {
            settings.addCell(cell(row[0], false, zebra));
            settings.addCell(cell(row[1], true, zebra));
            settings.addCell(cell(row[2], false, zebra));
            zebra = !zebra;
        }
        r.table(settings, "Settings used for this report", List.of(), sect);

        if (!metrics.reliableChangeThresholds().isEmpty()) {
            PdfPTable t = new PdfPTable(new float[] {3f, 1.2f, 1.2f});
            t.setHeaderRows(1);
            t.addCell(head("Item", false));
            t.addCell(head("Threshold", true));
            t.addCell(head("Reliability r", true));
            zebra = false;
            for (Map.Entry<String, Double> e : metrics.reliableChangeThresholds().entrySet()) {
                TopItem item = Code.parse(TopItem.class, e.getKey()).orElse(null);
                t.addCell(cell(itemName(e.getKey(), item), false, zebra));
                t.addCell(cell(e.getValue() == null || e.getValue().isNaN() ? Formats.NONE
                        : Formats.number(e.getValue(), 2) + (item != null && item.kind() == TopItem.Kind.SCORE
                        ? " points" : item != null && item.kind() == TopItem.Kind.DAYS ? " days" : ""), true, zebra));
                t.addCell(cell(item == null ? Formats.NONE : Formats.number(s.reliability(item), 2), true, zebra));
                zebra = !zebra;
            }
            r.table(t, "Reliable change thresholds used", List.of(), sect);
        }

        definitions(sect);
        inputsAndEngine(sect);
    }

    private String comparatorText(Settings s) {
        String how = switch (r.template.comparator()) {
            case "parent" -> "Each project is compared with its borough and each borough with all projects";
            case "all" -> "Each area and project is compared with all projects";
            case "value" -> "Each figure is compared with a fixed benchmark set in the report template";
            default -> "Each figure is compared with its comparator (" + r.template.comparator() + ")";
        };
        return how + ": better or worse where the comparator's value lies outside the figure's 95% confidence "
                + "interval, read with the measure's polarity (whether higher is better), otherwise similar. A "
                + "figure whose denominator is under " + s.minDenominatorForComparison() + " is not compared. "
                + "Funnel plots show 95% and 99.8% control limits around the comparator, computed as "
                + "PHEindicatormethods does for proportions.";
    }

    private String disclosureText(Settings s) {
        if (!r.options.suppression()) {
            return "Disclosure control is OFF in this working copy: every figure is shown, however small. It is "
                    + "marked " + Disclosure.NOT_FOR_PUBLICATION + " on every page and must not be published.";
        }
        int t = s.suppressionThreshold();
        return "Disclosure control: a count from 1 to " + (t - 1) + " is shown as *, as is a percentage whose "
                + "numerator, denominator or their difference is from 1 to " + (t - 1) + ". Where a table shows parts "
                + "with their total (projects with their borough, boroughs with all projects, the parts of a "
                + "breakdown), a single hidden part is protected by also hiding the next smallest, so it cannot be "
                + "worked out by subtraction; such a figure is hidden everywhere in the report. Zero is shown. "
                + "Charts leave hidden points out and say so.";
    }

    private static String itemName(String code, TopItem item) {
        if (item == null) {
            return Words.humanise(code);
        }
        return switch (item) {
            case PSYCH_HEALTH -> "Psychological health (0–20)";
            case PHYSICAL_HEALTH -> "Physical health (0–20)";
            case QUALITY_OF_LIFE -> "Quality of life (0–20)";
            default -> item.kind() == TopItem.Kind.DAYS
                    ? Words.humanise(code.replace("_days", "")) + ": days in the past 28 (0–28)"
                    : Words.humanise(code);
        };
    }

    private void definitions(PdfStructureElement sect) {
        List<String> used = new ArrayList<>(r.template.metricIds());
        for (String id : new String[] {"top_start_coverage", "top_follow_up_coverage"}) {
            if (!used.contains(id)) {
                used.add(id);
            }
        }
        List<MetricDefinition> shown = metrics.definitions().stream().filter(d -> used.contains(d.id())).toList();
        if (shown.isEmpty()) {
            return;
        }
        PdfPTable t = new PdfPTable(new float[] {2.1f, 4.3f, 1.0f});
        t.setHeaderRows(1);
        t.addCell(head("Measure", false));
        t.addCell(head("Definition", false));
        t.addCell(head("Polarity", false));
        boolean zebra = false;
        Font label = theme.cellBold;
        Font id = theme.font(false, 6.5f, Theme.GREY);
        Font key = theme.font(true, 7f, Theme.GREY);
        for (MetricDefinition d : shown) {
            Phrase name = new Phrase();
            name.add(new Chunk(d.label() + "\n", label));
            name.add(new Chunk(d.id(), id));
            t.addCell(phraseCell(name, zebra));
            Phrase def = new Phrase();
            def.setLeading(9.5f);
            addLine(def, "Numerator", d.numerator(), key);
            if (d.denominator() != null) {
                addLine(def, "Denominator", d.denominator(), key);
            }
            addLine(def, "Statistic", d.statistic(), key);
            if (d.source() != null) {
                addLine(def, "Source", d.source(), key);
            }
            t.addCell(phraseCell(def, zebra));
            t.addCell(cell(d.polarity() == Polarity.NO_JUDGEMENT ? "No judgement"
                    : capitalise(Words.polarity(d.polarity())), false, zebra));
            zebra = !zebra;
        }
        r.table(t, "Definitions of the measures in this report", List.of("The workbook's Definitions sheet lists "
                + "every measure the engine computes."), sect);
    }

    private void addLine(Phrase p, String key, String value, Font keyFont) {
        if (!p.isEmpty()) {
            p.add(new Chunk("\n", theme.cell));
        }
        p.add(new Chunk(key + ": ", keyFont));
        p.add(new Chunk(value, theme.cell));
    }

    private void inputsAndEngine(PdfStructureElement sect) {
        r.heading2("Inputs and reproducibility", sect);
        r.paragraph("Produced by " + metrics.engine().name() + " " + metrics.engine().version() + ". The same input "
                + "files, template and settings give this report byte for byte. Document id: "
                + r.options.documentId() + ".", sect);
        if (metrics.inputs().isEmpty()) {
            return;
        }
        PdfPTable t = new PdfPTable(new float[] {1.5f, 0.7f, 4.2f});
        t.setHeaderRows(1);
        t.addCell(head("Input file", false));
        t.addCell(head("Rows", true));
        t.addCell(head("SHA-256", false));
        boolean zebra = false;
        for (FileReport f : metrics.inputs()) {
            t.addCell(cell(f.file(), false, zebra));
            t.addCell(cell(Formats.count(f.rows()), true, zebra));
            t.addCell(cell(f.sha256(), false, zebra, theme.font(false, 6.4f, Theme.INK)));
            zebra = !zebra;
        }
        r.table(t, "Input files and their SHA-256 fingerprints", List.of(), sect);
    }

    // ============================================================================================ cells

    private PdfPCell head(String text, boolean number) {
        PdfPCell c = new PdfPCell(new Phrase(9, text, theme.tableHead));
        c.setBackgroundColor(Theme.ACCENT);
        c.setBorder(Rectangle.NO_BORDER);
        c.setHorizontalAlignment(ReportRenderer.align(number));
        c.setVerticalAlignment(Element.ALIGN_BOTTOM);
        c.setPaddingTop(4);
        c.setPaddingBottom(5);
        c.setPaddingLeft(4);
        c.setPaddingRight(4);
        return c;
    }

    private PdfPCell band(String text, int colspan) {
        PdfPCell c = new PdfPCell(new Phrase(9.5f, text, theme.font(true, 8f, Theme.ACCENT)));
        c.setColspan(colspan);
        c.setBackgroundColor(Theme.TINT);
        c.setBorder(Rectangle.NO_BORDER);
        c.setPaddingTop(4);
        c.setPaddingBottom(4.5f);
        c.setPaddingLeft(4);
        return c;
    }

    private PdfPCell cell(String text, boolean number, boolean zebra) {
        return cell(text, number, zebra, theme.cell);
    }

    private PdfPCell cell(String text, boolean number, boolean zebra, Font font) {
        PdfPCell c = new PdfPCell(new Phrase(9, text, font));
        c.setHorizontalAlignment(ReportRenderer.align(number));
        style(c, zebra);
        return c;
    }

    private PdfPCell phraseCell(Phrase p, boolean zebra) {
        PdfPCell c = new PdfPCell(p);
        style(c, zebra);
        c.setPaddingTop(4);
        c.setPaddingBottom(5);
        return c;
    }

    private void style(PdfPCell c, boolean zebra) {
        c.setBackgroundColor(zebra ? Theme.ZEBRA : java.awt.Color.WHITE);
        c.setBorder(Rectangle.BOTTOM);
        c.setBorderColorBottom(Theme.RULE);
        c.setBorderWidthBottom(0.3f);
        c.setVerticalAlignment(Element.ALIGN_MIDDLE);
        c.setPaddingTop(3);
        c.setPaddingBottom(4);
        c.setPaddingLeft(4);
        c.setPaddingRight(4);
    }

    private PdfPCell groupCell(GroupResult g, boolean zebra) {
        Font f = g.level() == GroupLevel.PROJECT ? theme.cell : theme.cellBold;
        PdfPCell c = cell(g.name(), false, zebra, f);
        if (g.level() == GroupLevel.PROJECT && groups.stream().anyMatch(x -> x.level() == GroupLevel.BOROUGH)) {
            c.setPaddingLeft(13);
        }
        return c;
    }
}
