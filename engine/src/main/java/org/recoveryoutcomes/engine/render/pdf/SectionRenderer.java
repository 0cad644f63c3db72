package org.recoveryoutcomes.engine.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfStructureElement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.recoveryoutcomes.engine.model.AmountValue;
import org.recoveryoutcomes.engine.model.BreakdownValue;
import org.recoveryoutcomes.engine.model.ChangeValue;
import org.recoveryoutcomes.engine.model.CountValue;
import org.recoveryoutcomes.engine.model.GroupResult;
import org.recoveryoutcomes.engine.model.MeanValue;
import org.recoveryoutcomes.engine.model.MetricDefinition;
import org.recoveryoutcomes.engine.model.MetricValue;
import org.recoveryoutcomes.engine.model.MetricsResult;
import org.recoveryoutcomes.engine.model.ProportionValue;
import org.recoveryoutcomes.engine.model.Section;
import org.recoveryoutcomes.engine.model.SectionKind;
import org.recoveryoutcomes.engine.model.Trend;
import org.recoveryoutcomes.engine.render.Disclosure;
import org.recoveryoutcomes.engine.render.Findings;
import org.recoveryoutcomes.engine.render.Formats;
import org.recoveryoutcomes.engine.render.Suppression;

/** The content of each kind of template section. */
final class SectionRenderer {

    enum Shape { COUNT, PROPORTION, MEAN, CHANGE, BREAKDOWN }

    private final ReportRenderer r;
    private final MetricsResult metrics;
    private final Theme theme;
    private final Suppression mask;
    private final List<GroupResult> groups;
    private final Cells cells;
    private final GroupTables tables;
    private final ChartSections charts;
    private final Appendices appendices;
    private final EqualitySection equality;

    SectionRenderer(ReportRenderer report) {
        this.r = report;
        this.metrics = report.metrics;
        this.theme = report.theme;
        this.mask = report.mask;
        this.groups = report.groups;
        this.cells = new Cells(report.theme, report.groups);
        this.tables = new GroupTables(report, cells);
        this.charts = new ChartSections(report, this, cells, tables);
        this.appendices = new Appendices(report, cells, tables);
        this.equality = new EqualitySection(report, cells);
    }

    void render(Section s, PdfStructureElement sect) {
        boolean introHere = s.text() != null && switch (s.kind()) {
            case NARRATIVE, BREAKDOWN -> false; // the breakdown section places its own text
            default -> true;
        };
        if (introHere) {
            r.paragraph(s.text(), sect);
        }
        switch (s.kind()) {
            case HEADLINES -> headlines(s, sect);
            case TABLE -> tables(s, sect);
            case CHART -> charts.barCharts(s, sect);
            case COMPARISON -> leagueTables(s, sect);
            case FUNNEL -> charts.funnels(s, sect);
            case TREND -> charts.trends(s, sect);
            case CHANGE -> charts.change(s, sect);
            case BREAKDOWN -> breakdown(s, sect);
            case NARRATIVE -> narrative(s, sect);
            case DATA_QUALITY -> appendices.dataQuality(sect);
            case METHODOLOGY -> appendices.methodology(sect);
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
            List<org.recoveryoutcomes.engine.render.Outline.Tile> recorded = new ArrayList<>();
            for (String id : ids) {
                MetricValue v = g.metric(id);
                boolean hidden = mask.hidden(g, id);
                recorded.add(new org.recoveryoutcomes.engine.render.Outline.Tile(Words.label(metrics, id),
                        Formats.value(v, hidden, 0), v instanceof AmountValue a && a.unit() != null ? a.unit() : null,
                        tileNotes(g, id, v, hidden)));
            }
            r.tiles(recorded);
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
        needsAttention(sect);
        missing(s.metrics(), sect);
    }

    /**
     * Where the template has league tables: every area or project whose figure there is worse than its
     * comparator and getting significantly worse, one sentence each.
     */
    private void needsAttention(PdfStructureElement sect) {
        List<String> ids = r.template.sections().stream().filter(x -> x.kind() == SectionKind.COMPARISON)
                .flatMap(x -> x.metrics().stream()).distinct().toList();
        if (ids.isEmpty()) {
            return;
        }
        List<String> flags = new ArrayList<>();
        for (GroupResult g : groups) {
            for (String id : ids) {
                String sentence = r.findings.worseAndWorseningSentence(g, id);
                if (sentence != null) {
                    flags.add(sentence);
                }
            }
        }
        r.heading2("Needs attention", sect);
        if (flags.isEmpty()) {
            r.paragraph("No project or borough is both worse than its comparator and getting worse.", sect);
        } else {
            r.paragraph("Worse than their comparator and getting significantly worse, against the previous period "
                    + "or the same period a year before (flagged \"worse and worsening\" in the league tables):",
                    sect);
            r.bullets(flags, sect);
        }
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
        if (hidden) {
            out.add("Hidden to protect confidentiality");
            return out;
        }
        String in = "in " + shortPeriod(r.metrics.periodOf(id));
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
            if (mask.earlierHidden(g, id, t)) {
                out.add("Change on " + t.period() + " hidden (small numbers)");
            } else if (t != null && t.difference() != null && Findings.significant(t)) {
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
            out.add(r.scaleOf(id).axis());
            if (ch.lower95() != null && ch.upper95() != null) {
                String p = ch.pValue() == null ? "" : ", " + Formats.pValue(ch.pValue());
                out.add(Formats.interval(ch.lower95(), ch.upper95(), 1) + p);
            }
            out.add(tables.changeResult(id, ch) + ", n = " + Formats.count(ch.n()));
        }
        return out;
    }

    private String comparisonLine(String id, ProportionValue p) {
        String name = "all".equals(p.comparator()) ? "all projects" : tables.comparatorName(p.comparator());
        String value = p.comparatorValue() == null || mask.comparatorHidden(p, id) ? ""
                : " (" + Formats.percent(p.comparatorValue(), 0) + ")";
        return switch (p.comparison()) {
            case NOT_COMPARED -> "Not compared with " + name + ": base too small";
            case SIMILAR -> "Similar to " + name + value;
            case BETTER, WORSE -> tables.comparisonWord(id, p) + " than " + name + value;
        };
    }

    String betterOrWorse(String id, boolean up) {
        return switch (Words.polarity(metrics, id)) {
            case HIGH_IS_GOOD -> up ? " (better)" : " (worse)";
            case LOW_IS_GOOD -> up ? " (worse)" : " (better)";
            case NO_JUDGEMENT -> "";
        };
    }

    static String shortPeriod(org.recoveryoutcomes.engine.model.Period p) {
        return p.label().startsWith("12m:") ? Formats.periodName(p) : p.label();
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
                        Notes notes = new Notes(metrics);
                        r.table(tables.countTable(part, notes), s.title() + ": numbers by area and project",
                                notes.lines(), sect);
                    }
                }
                case PROPORTION -> {
                    Notes notes = new Notes(metrics);
                    r.table(tables.proportionTable(ids, groups, notes), s.title() + ": percentages by area and project, "
                            + "with 95% confidence intervals", notes.lines(), sect);
                }
                case MEAN -> {
                    Notes notes = new Notes(metrics);
                    r.table(tables.meanTable(ids, notes), s.title() + ": averages by area and project", notes.lines(),
                            sect);
                }
                case CHANGE -> {
                    Notes notes = new Notes(metrics);
                    r.table(tables.changeTable(ids, notes), s.title() + ": change from start to follow-up", notes.lines(),
                            sect);
                }
                case BREAKDOWN -> {
                    for (String id : ids) {
                        Notes notes = new Notes(metrics);
                        r.table(tables.breakdownTable(id, notes), Words.label(metrics, id) + " by area and project",
                                notes.lines(), sect);
                    }
                }
            }
        }
        missing(s.metrics(), sect);
    }

    Shape shape(String id) {
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
    void missing(List<String> ids, PdfStructureElement sect) {
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

    // ============================================================================================ league tables

    private void leagueTables(Section s, PdfStructureElement sect) {
        for (String id : s.metrics()) {
            if (groups.stream().noneMatch(g -> g.metric(id) instanceof ProportionValue)) {
                continue;
            }
            Notes notes = new Notes(metrics);
            r.table(tables.leagueTable(id, notes), Words.label(metrics, id) + " (" + Words.polarity(Words.polarity(metrics,
                    id)) + "): areas and projects ranked, with 95% confidence intervals", notes.lines(), sect);
        }
        missing(s.metrics(), sect);
    }

    // ============================================================================================ breakdown

    private void breakdown(Section s, PdfStructureElement sect) {
        equality.render(s, sect);
        // A breakdown value the template names here (e.g. contacts by type) is shown by area and project.
        for (String id : s.metrics()) {
            if (groups.stream().anyMatch(g -> g.metric(id) instanceof BreakdownValue)) {
                Notes notes = new Notes(metrics);
                r.table(tables.breakdownTable(id, notes), Words.label(metrics, id) + " by area and project",
                        notes.lines(), sect);
            }
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

}
