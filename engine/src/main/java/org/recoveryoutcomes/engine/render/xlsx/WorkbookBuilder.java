package org.recoveryoutcomes.engine.render.xlsx;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.recoveryoutcomes.engine.model.BreakdownValue;
import org.recoveryoutcomes.engine.model.GroupLevel;
import org.recoveryoutcomes.engine.model.GroupResult;
import org.recoveryoutcomes.engine.model.MetricDefinition;
import org.recoveryoutcomes.engine.model.MetricValue;
import org.recoveryoutcomes.engine.model.MetricsResult;
import org.recoveryoutcomes.engine.model.Period;
import org.recoveryoutcomes.engine.model.Polarity;
import org.recoveryoutcomes.engine.model.ProportionValue;
import org.recoveryoutcomes.engine.model.Section;
import org.recoveryoutcomes.engine.model.SectionKind;
import org.recoveryoutcomes.engine.model.TrendSeries;
import org.recoveryoutcomes.engine.model.Wording;
import org.recoveryoutcomes.engine.render.ReportContent;
import org.recoveryoutcomes.engine.render.Suppression;
import org.recoveryoutcomes.engine.model.Breakdown;

/**
 * Builds the workbook: a sheet per template section in template order, then {@code Definitions},
 * {@code Data quality} (unless a section already is one) and {@code About}.
 */
final class WorkbookBuilder {

    static final String DEFINITIONS = "Definitions";
    static final String DATA_QUALITY = "Data quality";
    static final String ABOUT = "About";

    /** Most lines on one trend chart; with more groups, only the whole data and the boroughs are drawn. */
    static final int MAX_LINES = 8;

    private static final Set<Col> FIGURES = EnumSet.of(Col.LEVEL, Col.GROUP, Col.GROUP_ID, Col.BOROUGH, Col.METRIC,
            Col.LABEL, Col.CATEGORY, Col.UNIT, Col.NUMERATOR, Col.DENOMINATOR, Col.N, Col.MEAN_START,
            Col.MEAN_FOLLOW_UP, Col.VALUE, Col.LOWER, Col.UPPER, Col.MEDIAN, Col.VALUE_AT_START, Col.P_VALUE,
            Col.EFFECT_SIZE, Col.COMPARATOR, Col.COMPARATOR_VALUE, Col.COMPARISON);
    private static final Set<Col> HEADLINES = union(FIGURES, EnumSet.range(Col.PREVIOUS_PERIOD, Col.YEAR_DIRECTION));
    private static final Set<Col> PLOTTED = EnumSet.range(Col.PLOTTED_VALUE, Col.PLOTTED_COMPARATOR);
    /** The contract-monitoring return: each headline figure with its base, CI, comparator and changes. */
    private static final Set<Col> RETURN_COLUMNS = union(EnumSet.of(Col.LEVEL, Col.GROUP, Col.GROUP_ID, Col.BOROUGH,
            Col.METRIC, Col.LABEL, Col.UNIT, Col.NUMERATOR, Col.DENOMINATOR, Col.N, Col.VALUE, Col.LOWER, Col.UPPER,
            Col.COMPARATOR, Col.COMPARATOR_VALUE, Col.COMPARISON), EnumSet.range(Col.PREVIOUS_PERIOD,
            Col.YEAR_DIRECTION));
    /** The sheet a quarterly report opens on. */
    static final String RETURN = "Return";
    /** The template whose workbook starts with the {@link #RETURN} sheet. */
    static final String QUARTERLY = "quarterly-monitoring";
    private static final Set<Col> CHART = union(FIGURES, PLOTTED);
    private static final Set<Col> COMPARISON = union(CHART, EnumSet.of(Col.RANK, Col.FLAG));
    private static final Set<Col> FUNNEL = union(EnumSet.of(Col.LEVEL, Col.GROUP, Col.GROUP_ID, Col.BOROUGH,
            Col.METRIC, Col.LABEL, Col.NUMERATOR, Col.DENOMINATOR, Col.VALUE),
            EnumSet.range(Col.FUNNEL_BASELINE, Col.FUNNEL_POSITION));
    private static final Set<Col> BREAKDOWN = EnumSet.of(Col.LEVEL, Col.GROUP, Col.GROUP_ID, Col.BOROUGH,
            Col.METRIC, Col.LABEL, Col.DIMENSION, Col.CATEGORY, Col.UNIT, Col.NUMERATOR, Col.DENOMINATOR, Col.VALUE,
            Col.LOWER, Col.UPPER);
    private static final Set<Col> TREND = EnumSet.of(Col.LEVEL, Col.GROUP, Col.GROUP_ID, Col.BOROUGH, Col.METRIC,
            Col.LABEL, Col.CATEGORY, Col.PERIOD, Col.PERIOD_START, Col.PERIOD_END, Col.UNIT, Col.NUMERATOR,
            Col.DENOMINATOR, Col.N, Col.VALUE, Col.LOWER, Col.UPPER, Col.PLOTTED_VALUE);

    static final String CHART_NOTE = "The charts draw on the 'plotted' columns, which are blank where a figure "
            + "is hidden (*) or cannot be computed: such figures are left out of the charts.";
    static final String TRIMMED_NOTE = "With more than " + MAX_LINES + " groups the charts show the whole data and "
            + "the boroughs only, so that their lines can be told apart; every project is in the table.";
    static final String BLANK_NOTE = "A blank value cannot be computed: there is no one in its denominator.";
    static final String BREAKDOWN_MISSING = breakdownMissing(Wording.TREATMENT);
    static final String FLAG_NOTE = "Flag 'worse and worsening': worse than its comparator, and significantly worse "
            + "than the previous period or the same period a year before (by the metric's polarity).";
    static final String CATEGORY_NOTE = categoryNote(Wording.TREATMENT);

    /** The note of an equality sheet when the data has no client profiles, in {@code w}'s words. */
    static String breakdownMissing(Wording w) {
        return "No equality breakdowns: the data has no " + w.of("client profiles") + " (clients file), so figures "
                + "cannot be split by sex, age band, ethnicity, disability or sexual orientation.";
    }

    /** The note on an equality sheet's categories, in {@code w}'s words. */
    static String categoryNote(Wording w) {
        return "Categories: the codes of the clients file; 'not_recorded' counts " + w.of("clients") + " with no "
                + "profile or no value in the field, 'not_stated' those who chose not to say. Each dimension's "
                + "categories add up to the group's own figure.";
    }

    private final XSSFWorkbook workbook;
    private final ReportContent content;
    private final MetricsResult metrics;
    private final List<GroupResult> groups;
    private final Suppression suppression;
    private final FigureTable figures;
    private final SheetWriter writer;
    private final InfoTables info;
    /** Every metric some sheet shows, in order of first appearance: the Definitions sheet lists these. */
    private final Set<String> shown = new LinkedHashSet<>();

    WorkbookBuilder(XSSFWorkbook workbook, ReportContent content) {
        this.workbook = workbook;
        this.content = content;
        this.metrics = content.metrics();
        this.groups = content.groups();
        this.suppression = content.suppression();
        this.figures = new FigureTable(content, suppression);
        this.writer = new SheetWriter(workbook, new Styles(workbook), content.options(), content.template().title());
        this.info = new InfoTables(content, figures);
    }

    void build() {
        List<Section> sections = content.template().sections();
        boolean hasDataQuality = sections.stream().anyMatch(s -> s.kind() == SectionKind.DATA_QUALITY);
        SheetNames names = new SheetNames();
        names.reserve(DEFINITIONS);
        names.reserve(ABOUT);
        if (!hasDataQuality) {
            names.reserve(DATA_QUALITY);
        }
        Section headlines = sections.stream().filter(s -> s.kind() == SectionKind.HEADLINES).findFirst()
                .orElse(null);
        boolean contractReturn = QUARTERLY.equals(content.template().id()) && headlines != null
                && content.subject() != null;
        if (contractReturn) {
            names.reserve(RETURN);
        }
        List<String> sheetNames = new ArrayList<>();
        for (Section s : sections) {
            sheetNames.add(names.claim(s.title()));
        }
        if (contractReturn) {
            contractReturn(headlines, writer.newSheet(RETURN));
        }
        for (int i = 0; i < sections.size(); i++) {
            section(sections.get(i), writer.newSheet(sheetNames.get(i)));
        }
        XSSFSheet definitions = writer.newSheet(DEFINITIONS);
        if (!hasDataQuality) {
            dataQuality(writer.newSheet(DATA_QUALITY), DATA_QUALITY, null);
        }
        writer.write(definitions, DEFINITIONS, List.of(context(), "What each metric shown in this workbook "
                + "measures: its numerator and denominator in words, polarity and how it is computed."),
                info.definitions(shown));
        XSSFSheet about = writer.newSheet(ABOUT);
        writer.write(about, ABOUT, List.of(context(), "How this workbook was made: the period, the settings and "
                + "the input files (with their SHA-256, so the figures can be traced to exact data)."), info.about());
        workbook.setActiveSheet(0);
        workbook.setSelectedTab(0);
    }

    private void section(Section section, XSSFSheet sheet) {
        switch (section.kind()) {
            case HEADLINES -> figureSheet(section, sheet, HEADLINES, false);
            case TABLE, CHANGE -> figureSheet(section, sheet, FIGURES, false);
            case CHART -> figureSheet(section, sheet, CHART, true);
            case COMPARISON -> comparison(section, sheet);
            case FUNNEL -> funnel(section, sheet);
            case TREND -> trend(section, sheet);
            case BREAKDOWN -> breakdown(section, sheet);
            case NARRATIVE -> writer.writeText(sheet, section.text() == null ? section.title() : section.text());
            case DATA_QUALITY -> dataQuality(sheet, section.title(), section.text());
            case METHODOLOGY -> writer.write(sheet, section.title(), notes(section, List.of()), info.methodology(shown));
        }
    }

    /**
     * The quarterly contract-monitoring return on one sheet: the report subject's headline figures (the focus
     * project or borough, else the whole data), one row each, with base, 95% CI, comparator and the changes on
     * the previous quarter and the same quarter a year before, hidden exactly where the other sheets hide them.
     */
    private void contractReturn(Section headlines, XSSFSheet sheet) {
        GroupResult subject = content.subject();
        List<FigureTable.Row> rows = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String id : headlines.metrics()) {
            List<FigureTable.Row> metricRows = new ArrayList<>();
            MetricValue v = subject.metric(id);
            if (v != null) {
                metricRows.addAll(figures.rows(subject, id, v));
            }
            note(id, metricRows, missing);
            rows.addAll(metricRows);
        }
        FigureTable.Built built = figures.build(rows, RETURN_COLUMNS, FigureTable.ESSENTIAL);
        List<String> notes = new ArrayList<>();
        notes.add(context());
        notes.add("Contract-monitoring return for " + subject.name() + ": the headline figures of "
                + org.recoveryoutcomes.engine.render.Formats.periodName(metrics.period()) + " (outcomes over "
                + org.recoveryoutcomes.engine.render.Formats.periodName(metrics.outcomePeriod()) + "), each with "
                + "its base, 95% confidence interval, comparator, and change on the previous quarter and the same "
                + "quarter a year before (in percentage points). The other sheets break them down.");
        notes.addAll(missingNote(missing));
        int value = built.column(Col.VALUE);
        if (value >= 0 && built.table().rows().stream().anyMatch(r -> r[value] == null)) {
            notes.add(BLANK_NOTE);
        }
        writer.write(sheet, RETURN, notes, built.table());
    }

    /** One row per metric and group, metric by metric in the section's order, groups in the report's order. */
    private void figureSheet(Section section, XSSFSheet sheet, Set<Col> allowed, boolean charts) {
        List<FigureTable.Row> rows = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String id : section.metrics()) {
            List<FigureTable.Row> metricRows = new ArrayList<>();
            for (GroupResult g : groups) {
                MetricValue v = g.metric(id);
                if (v != null) {
                    metricRows.addAll(figures.rows(g, id, v));
                }
            }
            note(id, metricRows, missing);
            rows.addAll(metricRows);
        }
        Set<Col> essential = charts ? union(FigureTable.ESSENTIAL, PLOTTED) : FigureTable.ESSENTIAL;
        FigureTable.Built built = figures.build(rows, allowed, essential);
        List<String> extra = new ArrayList<>(missingNote(missing));
        if (charts) {
            extra.add(CHART_NOTE);
        }
        Placed placed = writer.write(sheet, section.title(), notes(section, extra, built), built.table());
        if (charts) {
            barCharts(section, placed, built, rows);
        }
    }

    /**
     * League tables: within each metric and level, groups ranked best first by the metric's polarity; hidden
     * and incomputable figures come last, unranked.
     */
    private void comparison(Section section, XSSFSheet sheet) {
        List<FigureTable.Row> rows = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String id : section.metrics()) {
            List<FigureTable.Row> metricRows = new ArrayList<>();
            Map<GroupLevel, List<GroupResult>> byLevel = new LinkedHashMap<>();
            for (GroupResult g : groups) {
                if (g.metric(id) != null) {
                    byLevel.computeIfAbsent(g.level(), k -> new ArrayList<>()).add(g);
                }
            }
            MetricDefinition def = metrics.definition(id);
            boolean lowIsGood = def != null && def.polarity() == Polarity.LOW_IS_GOOD;
            for (List<GroupResult> level : byLevel.values()) {
                List<GroupResult> ranked = new ArrayList<>();
                List<GroupResult> unranked = new ArrayList<>();
                for (GroupResult g : level) {
                    (rankValue(g, id) != null ? ranked : unranked).add(g);
                }
                Comparator<GroupResult> byValue = Comparator.comparing(g -> rankValue(g, id));
                ranked.sort(lowIsGood ? byValue : byValue.reversed()); // a stable sort: ties keep report order
                boolean rank = level.get(0).level() != GroupLevel.ALL;
                for (int i = 0; i < ranked.size(); i++) {
                    GroupResult g = ranked.get(i);
                    int position = i + 1;
                    while (position > 1 && rankValue(ranked.get(position - 2), id)
                            .equals(rankValue(g, id))) {
                        position--; // equal values share the better rank (1, 2, 2, 4)
                    }
                    for (FigureTable.Row r : figures.rows(g, id, g.metric(id))) {
                        if (rank) {
                            r.put(Col.RANK, Datum.count(position));
                        }
                        metricRows.add(r);
                    }
                }
                for (GroupResult g : unranked) {
                    metricRows.addAll(figures.rows(g, id, g.metric(id)));
                }
            }
            note(id, metricRows, missing);
            rows.addAll(metricRows);
        }
        FigureTable.Built built = figures.build(rows, COMPARISON, union(FigureTable.ESSENTIAL, PLOTTED,
                EnumSet.of(Col.FLAG)));
        List<String> extra = new ArrayList<>(missingNote(missing));
        extra.add("Rank is within each level (boroughs, projects), best first as the metric's polarity reads; "
                + "hidden figures and figures that cannot be computed are not ranked.");
        extra.add(FLAG_NOTE);
        extra.add(CHART_NOTE);
        Placed placed = writer.write(sheet, section.title(), notes(section, extra, built), built.table());
        barCharts(section, placed, built, rows);
    }

    /** The value a league table ranks on, or {@code null} when it is hidden, missing or not a proportion. */
    private Double rankValue(GroupResult g, String id) {
        if (g.metric(id) instanceof ProportionValue p && !figures.hidden(g, id)) {
            return p.value();
        }
        return null;
    }

    private void funnel(Section section, XSSFSheet sheet) {
        List<FigureTable.Row> rows = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String id : section.metrics()) {
            List<FigureTable.Row> metricRows = new ArrayList<>();
            for (GroupResult g : groups) {
                if (g.metric(id) instanceof ProportionValue p) {
                    metricRows.addAll(figures.rows(g, id, p));
                }
            }
            note(id, metricRows, missing);
            rows.addAll(metricRows);
        }
        FigureTable.Built built = figures.build(rows, FUNNEL, FigureTable.ESSENTIAL);
        List<String> extra = new ArrayList<>(missingNote(missing));
        extra.add("Control limits around the comparator at each group's denominator (95% and 99.8%), as "
                + "PHEindicatormethods computes proportion funnels.");
        writer.write(sheet, section.title(), notes(section, extra, built), built.table());
    }

    /** One row per metric, group and quarter, from the trend series; a line chart per metric. */
    private void trend(Section section, XSSFSheet sheet) {
        List<FigureTable.Row> rows = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        record Line(String metricId, GroupResult group, Charts.Span span, boolean percent) {
        }
        List<Line> lines = new ArrayList<>();
        for (String id : section.metrics()) {
            int before = rows.size();
            for (GroupResult g : groups) {
                TrendSeries series = series(g.key(), id);
                if (series == null || series.points().isEmpty()) {
                    continue;
                }
                int from = rows.size();
                boolean percent = true;
                boolean single = true;
                for (TrendSeries.Point p : series.points()) {
                    List<FigureTable.Row> r = figures.periodRows(g, id, p.period(), p.value());
                    single &= r.size() == 1;
                    percent &= p.value() instanceof ProportionValue;
                    rows.addAll(r);
                }
                if (single) {
                    lines.add(new Line(id, g, new Charts.Span(from, rows.size() - 1), percent));
                }
            }
            if (rows.size() == before) {
                missing.add(figures.metricLabel(id) + " (" + id + ")");
                continue;
            }
            shown.add(id);
        }
        // A line per group; with more groups than a chart can show readably, the whole data and the boroughs.
        List<List<Line>> charted = new ArrayList<>();
        boolean trimmed = false;
        for (String id : section.metrics()) {
            List<Line> mine = lines.stream().filter(l -> l.metricId().equals(id)).toList();
            if (mine.size() > MAX_LINES) {
                mine = mine.stream().filter(l -> l.group().level() != GroupLevel.PROJECT).limit(MAX_LINES).toList();
                trimmed = true;
            }
            if (!mine.isEmpty()) {
                charted.add(mine);
            }
        }
        FigureTable.Built built = figures.build(rows, TREND,
                union(FigureTable.ESSENTIAL, EnumSet.of(Col.PERIOD, Col.PERIOD_START, Col.PERIOD_END,
                        Col.PLOTTED_VALUE)));
        List<String> extra = new ArrayList<>();
        if (!missing.isEmpty()) {
            extra.add("No trend available for: " + String.join(", ", missing) + ".");
        }
        extra.add(CHART_NOTE);
        if (trimmed) {
            extra.add(TRIMMED_NOTE);
        }
        Placed placed = writer.write(sheet, section.title(), notes(section, extra, built), built.table());
        int slot = 0;
        for (List<Line> mine : charted) {
            boolean percent = mine.stream().allMatch(Line::percent);
            String id = mine.get(0).metricId();
            Charts.lines(placed, built, figures.metricLabel(id) + (percent ? " (%)" : ""),
                    mine.stream().map(Line::span).toList(), slot++, percent);
        }
    }

    private TrendSeries series(String groupKey, String metricId) {
        for (TrendSeries s : metrics.trends()) {
            if (s.groupKey().equals(groupKey) && s.metricId().equals(metricId)) {
                return s;
            }
        }
        return null;
    }

    /**
     * Equality breakdowns: one tidy table, a row per group, dimension, category and metric (the section's metrics
     * that are broken down, in its order), hidden where the report's {@link Suppression} says; then any breakdown
     * value the section names (e.g. contacts by type) by group and part.
     */
    private void breakdown(Section section, XSSFSheet sheet) {
        List<FigureTable.Row> rows = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String id : section.metrics()) {
            int before = rows.size();
            for (GroupResult g : groups) {
                if (g.metric(id) instanceof BreakdownValue b) {
                    rows.addAll(figures.rows(g, id, b));
                    continue;
                }
                for (Breakdown b : metrics.breakdowns(g.key())) {
                    if (b.metricId().equals(id)) {
                        rows.add(figures.breakdownRow(g, b));
                    }
                }
            }
            note(id, rows.subList(before, rows.size()), missing);
        }
        if (rows.isEmpty()) {
            Wording w = content.options().wording();
            writer.writeText(sheet, !metrics.hasClientProfiles() ? breakdownMissing(w)
                    : "None of this section's figures is broken down by " + w.of("client characteristics") + ".");
            return;
        }
        FigureTable.Built built = figures.build(rows, BREAKDOWN, union(FigureTable.ESSENTIAL,
                EnumSet.of(Col.DIMENSION, Col.CATEGORY, Col.NUMERATOR, Col.DENOMINATOR, Col.LOWER, Col.UPPER)));
        List<String> extra = new ArrayList<>(missingNote(missing));
        extra.add(categoryNote(content.options().wording()));
        writer.write(sheet, section.title(), notes(section, extra, built), built.table());
    }

    private void dataQuality(XSSFSheet sheet, String title, String text) {
        GroupResult subject = content.subject();
        Table table = info.dataQuality(subject);
        for (String id : content.metrics().metricIdsOf(InfoTables.COVERAGE)) {
            if (subject != null && subject.metric(id) instanceof ProportionValue) {
                shown.add(id);
            }
        }
        List<String> notes = new ArrayList<>();
        notes.add(context());
        if (text != null && !text.isBlank()) {
            notes.add(text);
        }
        notes.add("Rows read from each input file, accepted and quarantined (by reason), warnings by kind, and TOP "
                + "coverage of " + (subject == null ? "the data" : subject.name()) + ". Counts of rows are not "
                + "hidden: they count records, not people.");
        writer.write(sheet, title, notes, table);
    }

    /** Draws a bar chart per metric of the section, over the project rows (or every row when no projects). */
    private void barCharts(Section section, Placed placed, FigureTable.Built built, List<FigureTable.Row> rows) {
        int slot = 0;
        for (String id : section.metrics()) {
            int from = -1;
            int to = -1;
            int projectFrom = -1;
            int projectTo = -1;
            boolean percent = true;
            boolean chartable = true;
            for (int i = 0; i < rows.size(); i++) {
                FigureTable.Row r = rows.get(i);
                if (!r.metricId.equals(id)) {
                    continue;
                }
                MetricValue v = r.group.metric(id);
                chartable &= !(v instanceof BreakdownValue);
                percent &= v instanceof ProportionValue;
                from = from < 0 ? i : from;
                to = i;
                if (r.group.level() == GroupLevel.PROJECT) {
                    projectFrom = projectFrom < 0 ? i : projectFrom;
                    projectTo = i;
                }
            }
            if (from < 0 || !chartable) {
                continue;
            }
            Charts.Span span = projectFrom >= 0 ? new Charts.Span(projectFrom, projectTo) : new Charts.Span(from, to);
            String by = projectFrom >= 0 ? " by project" : "";
            Charts.bars(placed, built, figures.metricLabel(id) + (percent ? " (%)" : "") + by, span, slot++, percent);
        }
    }

    private void note(String id, List<FigureTable.Row> metricRows, List<String> missing) {
        if (metricRows.isEmpty()) {
            missing.add(figures.metricLabel(id) + " (" + id + ")");
        } else {
            shown.add(id);
        }
    }

    private static List<String> missingNote(List<String> missing) {
        return missing.isEmpty() ? List.of()
                : List.of("Not available from this data: " + String.join(", ", missing) + ".");
    }

    private List<String> notes(Section section, List<String> extra) {
        List<String> out = new ArrayList<>();
        out.add(context());
        if (section.text() != null && !section.text().isBlank()) {
            out.add(section.text());
        }
        out.addAll(extra);
        return out;
    }

    private List<String> notes(Section section, List<String> extra, FigureTable.Built built) {
        List<String> out = notes(section, extra);
        int value = built.column(Col.VALUE);
        if (value >= 0 && built.table().rows().stream().anyMatch(r -> r[value] == null)) {
            out.add(BLANK_NOTE);
        }
        return out;
    }

    /** What the sheet is about: the report, its period and outcome period, and the focus if any. */
    String context() {
        DateTimeFormatter f = DateTimeFormatter.ofPattern("d MMMM yyyy", content.options().locale());
        Period p = metrics.period();
        Period o = metrics.outcomePeriod();
        StringBuilder sb = new StringBuilder(content.template().title());
        GroupResult subject = content.subject();
        if (content.options().focus() != null && subject != null && subject.level() != GroupLevel.ALL) {
            sb.append(" for ").append(subject.name());
        }
        sb.append(": period ").append(org.recoveryoutcomes.engine.render.Formats.periodName(p))
                .append("; TOP outcomes and completions over ")
                .append(org.recoveryoutcomes.engine.render.Formats.periodName(o))
                .append(" (").append(f.format(o.start())).append(" to ").append(f.format(o.end())).append(").");
        return sb.toString();
    }

    @SafeVarargs
    private static Set<Col> union(Set<Col> first, Set<Col>... more) {
        EnumSet<Col> s = EnumSet.copyOf(first);
        for (Set<Col> m : more) {
            s.addAll(m);
        }
        return s;
    }
}
