package org.recoveryoutcomes.engine.render.pdf;

import com.lowagie.text.pdf.PdfPTable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.recoveryoutcomes.engine.model.AmountValue;
import org.recoveryoutcomes.engine.model.BreakdownValue;
import org.recoveryoutcomes.engine.model.ChangeValue;
import org.recoveryoutcomes.engine.model.Comparison;
import org.recoveryoutcomes.engine.model.CountValue;
import org.recoveryoutcomes.engine.model.GroupLevel;
import org.recoveryoutcomes.engine.model.GroupResult;
import org.recoveryoutcomes.engine.model.MeanValue;
import org.recoveryoutcomes.engine.model.MetricValue;
import org.recoveryoutcomes.engine.model.MetricsResult;
import org.recoveryoutcomes.engine.model.Polarity;
import org.recoveryoutcomes.engine.model.ProportionValue;
import org.recoveryoutcomes.engine.render.Disclosure;
import org.recoveryoutcomes.engine.render.Findings;
import org.recoveryoutcomes.engine.render.Flags;
import org.recoveryoutcomes.engine.render.Formats;
import org.recoveryoutcomes.engine.render.Suppression;

/**
 * Tables of figures by area and project: counts side by side, and percentages, averages, changes, breakdowns
 * and league tables metric by metric, each cell hidden where {@link org.recoveryoutcomes.engine.render.Suppression} says so.
 */
final class GroupTables {

    private final ReportRenderer r;
    private final MetricsResult metrics;
    private final Theme theme;
    private final Suppression mask;
    private final List<GroupResult> groups;
    private final Cells cells;

    GroupTables(ReportRenderer report, Cells cells) {
        this.r = report;
        this.metrics = report.metrics;
        this.theme = report.theme;
        this.mask = report.mask;
        this.groups = report.groups;
        this.cells = cells;
    }

    PdfPTable countTable(List<String> ids, Notes notes) {
        float[] widths = new float[ids.size() + 1];
        widths[0] = 2.2f;
        for (int i = 1; i < widths.length; i++) {
            widths[i] = 1f;
        }
        PdfPTable t = new PdfPTable(widths);
        t.setHeaderRows(1);
        t.addCell(cells.head("Area or project", false));
        for (String id : ids) {
            MetricValue sample = sample(id);
            String unit = sample instanceof AmountValue a && a.unit() != null ? " (" + a.unit() + ")" : "";
            t.addCell(cells.head(Words.label(metrics, id) + unit, true));
        }
        boolean zebra = false;
        for (GroupResult g : groups) {
            t.addCell(cells.groupCell(g, zebra));
            for (String id : ids) {
                MetricValue v = g.metric(id);
                boolean hidden = mask.hidden(g, id);
                notes.hidden |= hidden;
                t.addCell(cells.cell(v == null ? Formats.NONE : Formats.value(v, hidden), true, zebra));
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

    PdfPTable proportionTable(List<String> ids, List<GroupResult> rows, Notes notes) {
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
        t.addCell(cells.head("Area or project", false));
        t.addCell(cells.head("%", true));
        t.addCell(cells.head("95% CI", true));
        t.addCell(cells.head("Number / base", true));
        t.addCell(cells.head("Compared with", false));
        t.addCell(cells.head("Result", false));
        if (atStart) {
            t.addCell(cells.head("At start", true));
            t.addCell(cells.head("p", true));
            notes.extra.add("At start: the same percentage at the start profile of the same "
                    + r.options.wording().of("clients") + "; p: McNemar's exact test of the change from start to "
                    + "follow-up.");
        }
        int columns = widths.length;
        for (String id : ids) {
            if (rows.stream().noneMatch(g -> g.metric(id) instanceof ProportionValue)) {
                continue;
            }
            t.addCell(cells.band(Words.label(metrics, id) + "  \u00b7  " + Words.polarity(Words.polarity(metrics, id)),
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
                t.addCell(cells.groupCell(g, zebra));
                proportionCells(t, id, p, hidden, zebra);
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
                    t.addCell(cells.cell(start, true, zebra));
                    t.addCell(cells.cell(test, true, zebra));
                }
                zebra = !zebra;
            }
        }
        return t;
    }

    PdfPTable meanTable(List<String> ids, Notes notes) {
        PdfPTable t = new PdfPTable(new float[] {2.7f, 1f, 1.4f, 1f, 1f});
        t.setHeaderRows(1);
        for (String h : new String[] {"Area or project", "Mean", "95% CI", "Median", "n"}) {
            t.addCell(cells.head(h, !h.equals("Area or project")));
        }
        for (String id : ids) {
            t.addCell(cells.band(Words.label(metrics, id), 5));
            boolean zebra = false;
            for (GroupResult g : groups) {
                if (!(g.metric(id) instanceof MeanValue m)) {
                    continue;
                }
                boolean hidden = mask.hidden(g, id);
                notes.hidden |= hidden;
                notes.none |= !hidden && m.mean() == null;
                t.addCell(cells.groupCell(g, zebra));
                t.addCell(cells.cell(Formats.value(m, hidden), true, zebra));
                t.addCell(cells.cell(Formats.ciCell(m, hidden, 1), true, zebra));
                t.addCell(cells.cell(hidden ? Disclosure.MASK : m.median() == null ? Formats.NONE
                        : Formats.number(m.median(), 1), true, zebra));
                t.addCell(cells.cell(hidden ? Disclosure.MASK : Formats.count(m.n()), true, zebra));
                zebra = !zebra;
            }
        }
        return t;
    }

    PdfPTable changeTable(List<String> ids, Notes notes) {
        PdfPTable t = new PdfPTable(new float[] {2.35f, 0.55f, 0.65f, 0.8f, 0.8f, 1.45f, 0.75f, 0.7f, 1.35f});
        t.setHeaderRows(1);
        String[] heads = {"Area or project", "n", "Start", "Follow-up", "Change", "95% CI", "p", "Effect size",
            "Result"};
        for (String h : heads) {
            t.addCell(cells.head(h, !h.equals("Area or project") && !h.equals("Result")));
        }
        for (String id : ids) {
            if (groups.stream().noneMatch(g -> g.metric(id) instanceof ChangeValue)) {
                continue;
            }
            t.addCell(cells.band(Words.label(metrics, id) + "  \u00b7  " + Words.polarity(Words.polarity(metrics, id)),
                    heads.length));
            boolean zebra = false;
            for (GroupResult g : groups) {
                if (!(g.metric(id) instanceof ChangeValue c)) {
                    continue;
                }
                boolean hidden = mask.hidden(g, id);
                notes.hidden |= hidden;
                notes.none |= !hidden && c.meanChange() == null;
                t.addCell(cells.groupCell(g, zebra));
                t.addCell(cells.cell(hidden ? Disclosure.MASK : Formats.count(c.n()), true, zebra));
                t.addCell(cells.cell(hidden ? Disclosure.MASK : number(c.meanStart()), true, zebra));
                t.addCell(cells.cell(hidden ? Disclosure.MASK : number(c.meanFollowUp()), true, zebra));
                t.addCell(cells.cell(Formats.value(c, hidden), true, zebra));
                t.addCell(cells.cell(Formats.ciCell(c, hidden, 1), true, zebra));
                t.addCell(cells.cell(hidden ? Disclosure.MASK : pCell(c.pValue()), true, zebra));
                t.addCell(cells.cell(hidden ? Disclosure.MASK : c.effectSize() == null ? Formats.NONE
                        : Formats.signed(c.effectSize(), 2), true, zebra));
                t.addCell(cells.cell(hidden ? "" : changeResult(id, c), false, zebra));
                zebra = !zebra;
            }
        }
        return t;
    }

    /** A p-value in a table column headed p: {@code < 0.001} or {@code 0.042}. */
    static String pCell(Double p) {
        if (p == null) {
            return Formats.NONE;
        }
        return p < 0.001 ? "< 0.001" : Formats.number(p, 3);
    }

    static String number(Double v) {
        return v == null ? Formats.NONE : Formats.number(v, 1);
    }

    /** Improved, worsened (by polarity), rose or fell when significant; otherwise no significant change. */
    String changeResult(String id, ChangeValue c) {
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

    PdfPTable breakdownTable(String id, Notes notes) {
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
        t.addCell(cells.head("Area or project", false));
        for (String p : parts) {
            t.addCell(cells.head(Words.humanise(p), true));
        }
        t.addCell(cells.head("Total", true));
        boolean zebra = false;
        for (GroupResult g : groups) {
            if (!(g.metric(id) instanceof BreakdownValue b)) {
                continue;
            }
            t.addCell(cells.groupCell(g, zebra));
            for (String p : parts) {
                CountValue c = b.parts().get(p);
                boolean hidden = c != null && mask.hiddenPart(g, id, p);
                notes.hidden |= hidden;
                t.addCell(cells.cell(c == null ? Formats.NONE : hidden ? Disclosure.MASK : Formats.count(c.count()), true,
                        zebra));
            }
            boolean totalHidden = mask.hiddenTotal(g, id);
            notes.hidden |= totalHidden;
            t.addCell(cells.cell(totalHidden ? Disclosure.MASK : Formats.count(b.total()), true, zebra,
                    theme.cellBold));
            zebra = !zebra;
        }
        return t;
    }

    PdfPTable leagueTable(String id, Notes notes) {
        PdfPTable t = new PdfPTable(new float[] {0.6f, 2.2f, 0.7f, 1.3f, 1.05f, 1.45f, 0.95f, 1.1f});
        t.setHeaderRows(1);
        String[] heads = {"Rank", "Area or project", "%", "95% CI", "Number / base", "Compared with", "Result",
            "Flag"};
        for (String h : heads) {
            t.addCell(cells.head(h, h.equals("Rank") || h.equals("%") || h.equals("95% CI") || h.equals("Number / base")));
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
                t.addCell(cells.band(level == GroupLevel.BOROUGH ? "Boroughs" : "Projects", heads.length));
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
                t.addCell(cells.cell(ranks ? String.valueOf(++rank) : "", true, zebra));
                t.addCell(cells.cell(g.name(), false, zebra, level == GroupLevel.ALL ? theme.cellBold : theme.cell));
                proportionCells(t, id, p, hidden, zebra);
                boolean flag = Flags.worseAndWorsening(p, polarity, g.key(), id, mask);
                notes.flagged |= flag;
                t.addCell(cells.cell(flag ? Flags.WORSE_AND_WORSENING : "", false, zebra,
                        flag ? theme.font(true, 7.5f, Theme.FLAG) : theme.cell));
                zebra = !zebra;
            }
        }
        if (notes.flagged) {
            notes.extra.add("Worse and worsening: worse than its comparator, and significantly worse than the "
                    + "previous period or the same period a year before.");
        }
        if (polarity == Polarity.NO_JUDGEMENT) {
            notes.extra.add("Ranked from highest to lowest; for this measure neither is better.");
        }
        return t;
    }

    /** Value, CI, numerator / denominator, comparator and comparison of one proportion, as table cells. */
    private void proportionCells(PdfPTable t, String id, ProportionValue p, boolean hidden, boolean zebra) {
        t.addCell(cells.cell(Formats.value(p, hidden), true, zebra));
        t.addCell(cells.cell(Formats.ciCell(p, hidden, 1), true, zebra));
        t.addCell(cells.cell(Disclosure.fraction(p, hidden), true, zebra));
        boolean comparatorHidden = mask.comparatorHidden(p, id);
        t.addCell(cells.cell(hidden || p.comparator() == null ? Formats.NONE : comparatorName(p.comparator())
                + (p.comparatorValue() == null ? "" : " " + (comparatorHidden ? Disclosure.MASK
                : Formats.percent(p.comparatorValue(), 1))), false, zebra));
        t.addCell(cells.cell(hidden || p.comparison() == null ? Formats.NONE : comparisonWord(id, p), false, zebra));
    }

    String comparatorName(String comparator) {
        return Formats.comparatorName(metrics, comparator);
    }

    /** Better, worse or similar; higher or lower for a metric without polarity; not compared. */
    String comparisonWord(String id, ProportionValue p) {
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
}
