package org.recoveryoutcomes.engine.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfStructureElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.recoveryoutcomes.engine.model.Code;
import org.recoveryoutcomes.engine.model.FileReport;
import org.recoveryoutcomes.engine.model.GroupResult;
import org.recoveryoutcomes.engine.model.MetricDefinition;
import org.recoveryoutcomes.engine.model.MetricsResult;
import org.recoveryoutcomes.engine.model.Polarity;
import org.recoveryoutcomes.engine.model.ProportionValue;
import org.recoveryoutcomes.engine.model.Settings;
import org.recoveryoutcomes.engine.model.TopItem;
import org.recoveryoutcomes.engine.render.Disclosure;
import org.recoveryoutcomes.engine.render.Formats;

/**
 * The data-quality annex (rows read, accepted and quarantined; Treatment Outcomes Profile coverage) and the
 * methodology appendix (method, settings, reliable-change thresholds, definitions, inputs and their hashes).
 */
final class Appendices {

    private final ReportRenderer r;
    private final MetricsResult metrics;
    private final Theme theme;
    private final Cells cells;
    private final GroupTables tables;

    Appendices(ReportRenderer report, Cells cells, GroupTables tables) {
        this.r = report;
        this.metrics = report.metrics;
        this.theme = report.theme;
        this.cells = cells;
        this.tables = tables;
    }

    // ============================================================================================ data quality

    void dataQuality(PdfStructureElement sect) {
        List<FileReport> inputs = metrics.inputs();
        r.paragraph("Every input row is checked before it is used. A row that fails a check is set aside "
                + "(quarantined) with the reason and is not in any figure; a warning keeps the row.", sect);
        if (inputs.isEmpty()) {
            r.paragraph("No input files are recorded for this run.", sect);
        } else {
            PdfPTable t = new PdfPTable(new float[] {2.4f, 1f, 1f, 1f, 1f});
            t.setHeaderRows(1);
            for (String h : new String[] {"Input file", "Rows read", "Accepted", "Quarantined", "Warnings"}) {
                t.addCell(cells.head(h, !h.equals("Input file")));
            }
            boolean zebra = false;
            long rows = 0;
            long accepted = 0;
            long quarantined = 0;
            long warnings = 0;
            for (FileReport f : inputs) {
                long w = f.warningsByKind().values().stream().mapToLong(Long::longValue).sum();
                t.addCell(cells.cell(f.file(), false, zebra));
                t.addCell(cells.cell(Formats.count(f.rows()), true, zebra));
                t.addCell(cells.cell(Formats.count(f.accepted()), true, zebra));
                t.addCell(cells.cell(Formats.count(f.quarantined()), true, zebra));
                t.addCell(cells.cell(Formats.count(w), true, zebra));
                rows += f.rows();
                accepted += f.accepted();
                quarantined += f.quarantined();
                warnings += w;
                zebra = !zebra;
            }
            t.addCell(cells.cell("All files", false, zebra, theme.cellBold));
            for (long n : new long[] {rows, accepted, quarantined, warnings}) {
                t.addCell(cells.cell(Formats.count(n), true, zebra, theme.cellBold));
            }
            r.table(t, "Rows read, accepted and quarantined by input file", List.of(), sect);
            reasonTable(inputs, true, sect);
            reasonTable(inputs, false, sect);
        }
        GroupResult g = r.subject;
        List<String> coverage = new ArrayList<>();
        for (String id : metrics.metricIdsOf("coverage")) {
            if (g.metric(id) instanceof ProportionValue) {
                coverage.add(id);
            }
        }
        r.heading2("Treatment Outcomes Profile coverage: " + g.name(), sect);
        if (coverage.isEmpty()) {
            r.paragraph("Coverage of Treatment Outcomes Profiles is not available from this data.", sect);
            return;
        }
        r.paragraph("Outcome figures rest only on " + r.options.wording().of("clients") + " with both a start and a "
                + "follow-up profile; low coverage means they may not represent every "
                + r.options.wording().of("client") + ".", sect);
        r.bullets(r.findings.keyFindings(g, coverage), sect);
        Notes notes = new Notes(metrics);
        r.table(tables.proportionTable(coverage, List.of(g), notes), "Treatment Outcomes Profile coverage: " + g.name(),
                notes.lines(), sect);
    }

    private void reasonTable(List<FileReport> inputs, boolean quarantine, PdfStructureElement sect) {
        PdfPTable t = new PdfPTable(new float[] {2f, 3f, 1f});
        t.setHeaderRows(1);
        t.addCell(cells.head("Input file", false));
        t.addCell(cells.head(quarantine ? "Reason for quarantine" : "Warning", false));
        t.addCell(cells.head("Rows", true));
        boolean zebra = false;
        int n = 0;
        for (FileReport f : inputs) {
            Map<String, Long> counts = quarantine ? f.quarantinedByReason() : f.warningsByKind();
            for (Map.Entry<String, Long> e : counts.entrySet()) {
                t.addCell(cells.cell(f.file(), false, zebra));
                t.addCell(cells.cell(Words.humanise(e.getKey()), false, zebra));
                t.addCell(cells.cell(Formats.count(e.getValue()), true, zebra));
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

    void methodology(PdfStructureElement sect) {
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
        r.paragraph(r.content.disclosureText(), sect);
        if (!metrics.methodologyNotes().isEmpty()) {
            r.heading2("Choices where the definitions leave room", sect);
            r.bullets(metrics.methodologyNotes(), sect);
        }

        PdfPTable settings = new PdfPTable(new float[] {2.2f, 1.1f, 3.7f});
        settings.setHeaderRows(1);
        settings.addCell(cells.head("Setting", false));
        settings.addCell(cells.head("Value", true));
        settings.addCell(cells.head("Meaning", false));
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
            settings.addCell(cells.cell(row[0], false, zebra));
            settings.addCell(cells.cell(row[1], true, zebra));
            settings.addCell(cells.cell(row[2], false, zebra));
            zebra = !zebra;
        }
        r.table(settings, "Settings used for this report", List.of(), sect);

        if (!metrics.reliableChangeThresholds().isEmpty()) {
            PdfPTable t = new PdfPTable(new float[] {3f, 1.2f, 1.2f});
            t.setHeaderRows(1);
            t.addCell(cells.head("Item", false));
            t.addCell(cells.head("Threshold", true));
            t.addCell(cells.head("Reliability r", true));
            zebra = false;
            for (Map.Entry<String, Double> e : metrics.reliableChangeThresholds().entrySet()) {
                TopItem item = Code.parse(TopItem.class, e.getKey()).orElse(null);
                t.addCell(cells.cell(itemName(e.getKey(), item), false, zebra));
                t.addCell(cells.cell(e.getValue() == null || e.getValue().isNaN() ? Formats.NONE
                        : Formats.number(e.getValue(), 2) + (item != null && item.kind() == TopItem.Kind.SCORE
                        ? " points" : item != null && item.kind() == TopItem.Kind.DAYS ? " days" : ""), true, zebra));
                t.addCell(cells.cell(item == null ? Formats.NONE : Formats.number(s.reliability(item), 2), true, zebra));
                zebra = !zebra;
            }
            r.table(t, "Reliable change thresholds used", List.of(), sect);
        }

        definitions(sect);
        inputsAndEngine(sect);
    }

    private String comparatorText(Settings s) {
        String how = Formats.comparatorSentence(r.template.comparator());
        return how + ": better or worse where the comparator's value lies outside the figure's 95% confidence "
                + "interval, read with the measure's polarity (whether higher is better), otherwise similar. A "
                + "figure whose denominator is under " + s.minDenominatorForComparison() + " is not compared. "
                + "Funnel plots show 95% and 99.8% control limits around the comparator, computed as "
                + "PHEindicatormethods does for proportions.";
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
        for (String id : metrics.metricIdsOf("coverage")) {
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
        t.addCell(cells.head("Measure", false));
        t.addCell(cells.head("Definition", false));
        t.addCell(cells.head("Polarity", false));
        boolean zebra = false;
        Font label = theme.cellBold;
        Font id = theme.font(false, 6.5f, Theme.GREY);
        Font key = theme.font(true, 7f, Theme.GREY);
        for (MetricDefinition d : shown) {
            Phrase name = new Phrase();
            name.add(new Chunk(d.label() + "\n", label));
            name.add(new Chunk(d.id(), id));
            t.addCell(cells.phraseCell(name, zebra));
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
            t.addCell(cells.phraseCell(def, zebra));
            t.addCell(cells.cell(d.polarity() == Polarity.NO_JUDGEMENT ? "No judgement"
                    : Words.capitalise(Words.polarity(d.polarity())), false, zebra));
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
        t.addCell(cells.head("Input file", false));
        t.addCell(cells.head("Rows", true));
        t.addCell(cells.head("SHA-256", false));
        boolean zebra = false;
        for (FileReport f : metrics.inputs()) {
            t.addCell(cells.cell(f.file(), false, zebra));
            t.addCell(cells.cell(Formats.count(f.rows()), true, zebra));
            t.addCell(cells.cell(f.sha256(), false, zebra, theme.font(false, 6.4f, Theme.INK)));
            zebra = !zebra;
        }
        r.table(t, "Input files and their SHA-256 fingerprints", List.of(), sect);
    }
}
