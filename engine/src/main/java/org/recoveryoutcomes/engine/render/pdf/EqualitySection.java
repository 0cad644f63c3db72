package org.recoveryoutcomes.engine.render.pdf;

import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfStructureElement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.recoveryoutcomes.engine.model.Breakdown;
import org.recoveryoutcomes.engine.model.BreakdownValue;
import org.recoveryoutcomes.engine.model.CountValue;
import org.recoveryoutcomes.engine.model.GroupResult;
import org.recoveryoutcomes.engine.model.MetricValue;
import org.recoveryoutcomes.engine.model.MetricsResult;
import org.recoveryoutcomes.engine.model.ProportionValue;
import org.recoveryoutcomes.engine.model.Section;
import org.recoveryoutcomes.engine.render.Disclosure;
import org.recoveryoutcomes.engine.render.Formats;
import org.recoveryoutcomes.engine.render.Suppression;

/**
 * The equality breakdowns section: for the report's subject, per dimension (sex, age band, ethnicity,
 * disability, sexual orientation) a table of the section's metrics by category, with 95% confidence intervals
 * and bases, and a bar chart of the first proportion by category with its whiskers and the subject's own figure
 * as the reference line. Hidden cells follow {@link Suppression}, so the workbook's breakdown sheet hides the
 * same ones.
 */
final class EqualitySection {

    /** The dimensions' headings, in the order the metrics give them. */
    private static final Map<String, String> DIMENSIONS = Map.of("sex", "Sex", "age_band", "Age band",
            "ethnicity", "Ethnicity (ONS 2021 high-level group)", "disability", "Disability",
            "sexual_orientation", "Sexual orientation");

    private final ReportRenderer r;
    private final MetricsResult metrics;
    private final Suppression mask;
    private final Cells cells;

    EqualitySection(ReportRenderer report, Cells cells) {
        this.r = report;
        this.metrics = report.metrics;
        this.mask = report.mask;
        this.cells = cells;
    }

    /** A category's name as the report prints it. */
    static String category(String dimension, String code) {
        return switch (code) {
            case Breakdown.NOT_RECORDED -> "Not recorded";
            case "not_stated" -> "Not stated";
            case "gay_lesbian" -> "Gay or lesbian";
            case "yes" -> dimension.equals("disability") ? "Disabled" : "Yes";
            case "no" -> dimension.equals("disability") ? "Not disabled" : "No";
            default -> Words.humanise(code);
        };
    }

    static String dimension(String code) {
        return DIMENSIONS.getOrDefault(code, Words.humanise(code));
    }

    void render(Section s, PdfStructureElement sect) {
        if (s.text() != null) {
            r.paragraph(s.text(), sect);
        }
        GroupResult g = r.subject;
        List<Breakdown> mine = metrics.breakdowns(g.key());
        List<String> ids = s.metrics().stream().filter(id -> mine.stream().anyMatch(b -> b.metricId().equals(id)))
                .toList();
        if (ids.isEmpty()) {
            r.paragraph(!metrics.hasClientProfiles()
                    ? "No equality breakdowns: the data has no " + r.options.wording().of("client profiles")
                    + " (clients file), so figures cannot be split by sex, age band, ethnicity, disability or "
                    + "sexual orientation."
                    : "None of this section's figures is broken down by "
                    + r.options.wording().of("client characteristics") + ".", sect);
            return;
        }
        r.paragraph("Figures for " + (r.isAll(g) ? "all projects" : g.name()) + ". Engagement covers "
                + Formats.period(metrics.period()) + "; outcomes cover " + Formats.period(metrics.outcomePeriod())
                + ". \"Not recorded\" counts " + r.options.wording().of("clients") + " with no profile or no answer "
                + "recorded; \"not stated\" those "
                + "who chose not to say. The workbook gives the same breakdowns for every area and project shown.",
                sect);
        Map<String, Map<String, Map<String, Breakdown>>> byDimension = new LinkedHashMap<>();
        for (Breakdown b : mine) {
            byDimension.computeIfAbsent(b.dimension(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(b.category(), k -> new LinkedHashMap<>()).put(b.metricId(), b);
        }
        String key = ids.stream().filter(id -> mine.stream().anyMatch(b -> b.metricId().equals(id)
                && b.value() instanceof ProportionValue)).findFirst().orElse(null);
        for (Map.Entry<String, Map<String, Map<String, Breakdown>>> e : byDimension.entrySet()) {
            Notes notes = new Notes(metrics);
            PdfPTable t = table(e.getKey(), e.getValue(), ids, notes);
            t.setTotalWidth(Flow.WIDTH);
            t.setLockedWidth(true);
            // Keep the heading with its whole table (a dimension has at most seven categories).
            r.heading2(dimension(e.getKey()), sect, Math.min(t.getTotalHeight() + 30, Flow.KEEP_TOGETHER));
            r.table(t, dimension(e.getKey()) + ": "
                    + (r.isAll(g) ? "all projects" : g.name()) + ", by category", notes.lines(), sect);
            if (key != null) {
                chart(g, e.getKey(), e.getValue(), key, sect);
            }
        }
        List<String> absent = s.metrics().stream().filter(id -> !ids.contains(id))
                .filter(id -> r.groups.stream().noneMatch(x -> x.metric(id) instanceof BreakdownValue))
                .map(id -> Words.label(metrics, id)).toList();
        if (!absent.isEmpty()) {
            r.note("Not broken down: " + String.join("; ", absent) + ".", sect);
        }
    }

    private PdfPTable table(String dimension, Map<String, Map<String, Breakdown>> categories, List<String> ids,
                            Notes notes) {
        List<Float> widths = new ArrayList<>(List.of(1.4f));
        for (String id : ids) {
            if (isProportion(categories, id)) {
                widths.add(1.7f);
                widths.add(0.6f);
            } else {
                widths.add(0.95f);
            }
        }
        float[] w = new float[widths.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = widths.get(i);
        }
        PdfPTable t = new PdfPTable(w);
        t.setHeaderRows(2);
        PdfPCell corner = cells.head(Words.humanise(dimension), false);
        corner.setRowspan(2);
        t.addCell(corner);
        for (String id : ids) {
            PdfPCell head = cells.head(Words.label(metrics, id), !isProportion(categories, id));
            if (isProportion(categories, id)) {
                head.setColspan(2);
            } else {
                head.setRowspan(2);
            }
            t.addCell(head);
        }
        for (String id : ids) {
            if (isProportion(categories, id)) {
                t.addCell(cells.head("% (95% CI)", true));
                t.addCell(cells.head("Base", true));
            }
        }
        boolean zebra = false;
        for (Map.Entry<String, Map<String, Breakdown>> c : categories.entrySet()) {
            t.addCell(cells.cell(category(dimension, c.getKey()), false, zebra));
            for (String id : ids) {
                Breakdown b = c.getValue().get(id);
                boolean proportion = isProportion(categories, id);
                if (b == null) {
                    t.addCell(cells.cell(Formats.NONE, true, zebra));
                    if (proportion) {
                        t.addCell(cells.cell(Formats.NONE, true, zebra));
                    }
                    continue;
                }
                boolean hidden = mask.hidden(b);
                notes.hidden |= hidden;
                MetricValue v = b.value();
                if (v instanceof ProportionValue p) {
                    notes.none |= !hidden && p.value() == null;
                    String figure = hidden ? Disclosure.MASK : p.value() == null ? Formats.NONE
                            : Formats.percent(p.value(), 0) + " (" + Formats.percentRange(p.lower95(), p.upper95(), 0)
                            + ")";
                    t.addCell(cells.cell(figure, true, zebra));
                    t.addCell(cells.cell(Disclosure.denominatorHidden(p, hidden) ? Disclosure.MASK
                            : Formats.count(p.denominator()), true, zebra));
                } else if (v instanceof CountValue n) {
                    t.addCell(cells.cell(hidden ? Disclosure.MASK : Formats.count(n.count()), true, zebra));
                } else {
                    t.addCell(cells.cell(Formats.value(v, hidden), true, zebra));
                }
            }
            zebra = !zebra;
        }
        return t;
    }

    private static boolean isProportion(Map<String, Map<String, Breakdown>> categories, String id) {
        for (Map<String, Breakdown> c : categories.values()) {
            Breakdown b = c.get(id);
            if (b != null) {
                return b.value() instanceof ProportionValue;
            }
        }
        return false;
    }

    private void chart(GroupResult g, String dimension, Map<String, Map<String, Breakdown>> categories, String id,
                       PdfStructureElement sect) {
        List<Charts.Bar> bars = new ArrayList<>();
        List<String> hiddenNames = new ArrayList<>();
        List<String> noneNames = new ArrayList<>();
        String highest = null;
        String lowest = null;
        double high = Double.NEGATIVE_INFINITY;
        double low = Double.POSITIVE_INFINITY;
        for (Map.Entry<String, Map<String, Breakdown>> c : categories.entrySet()) {
            Breakdown b = c.getValue().get(id);
            if (!(b != null && b.value() instanceof ProportionValue p)) {
                continue;
            }
            String name = category(dimension, c.getKey());
            if (mask.hidden(b)) {
                hiddenNames.add(name);
            } else if (p.value() == null) {
                noneNames.add(name);
            } else {
                bars.add(new Charts.Bar(name, p.value(), p.lower95(), p.upper95()));
                String described = name + " " + Formats.percent(p.value(), 0) + " ("
                        + Formats.percentCi(p.lower95(), p.upper95(), 0) + ")";
                if (p.value() > high) {
                    high = p.value();
                    highest = described;
                }
                if (p.value() < low) {
                    low = p.value();
                    lowest = described;
                }
            }
        }
        List<String> notes = new ArrayList<>();
        if (!hiddenNames.isEmpty()) {
            notes.add("Not shown, hidden to protect confidentiality (*): " + String.join(", ", hiddenNames) + ".");
        }
        if (!noneNames.isEmpty()) {
            notes.add("Not shown, nobody in the denominator: " + String.join(", ", noneNames) + ".");
        }
        String label = Words.label(metrics, id);
        if (bars.isEmpty()) {
            notes.forEach(n -> r.note(label + ": " + n, sect));
            return;
        }
        Double reference = null;
        String referenceLabel = null;
        if (g.metric(id) instanceof ProportionValue whole && whole.value() != null && !mask.hidden(g, id)) {
            reference = whole.value();
            referenceLabel = (r.isAll(g) ? "All" : g.name()) + " " + Formats.percent(whole.value(), 0);
        }
        StringBuilder summary = new StringBuilder();
        if (bars.size() > 1) {
            summary.append("Highest: ").append(highest).append("; lowest: ").append(lowest).append(".");
        } else {
            summary.append(highest).append(".");
        }
        if (reference != null) {
            summary.append(" The dashed line marks the figure for everyone (").append(Formats.percent(reference, 0))
                    .append(").");
        }
        summary.append(" Whiskers show 95% confidence intervals; overlapping intervals mean the difference may be "
                + "chance.");
        float height = 46 + 26 * bars.size();
        r.chart(Charts.bars(bars, reference, referenceLabel), height, label + " by " + dimension.replace('_', ' ')
                + " (" + Words.polarity(Words.polarity(metrics, id)) + ")", summary.toString(), notes, sect);
    }
}
