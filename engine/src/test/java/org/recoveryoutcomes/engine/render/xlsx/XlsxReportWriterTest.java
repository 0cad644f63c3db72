package org.recoveryoutcomes.engine.render.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarSer;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTLineSer;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTPlotArea;
import org.recoveryoutcomes.engine.model.Breakdown;
import org.recoveryoutcomes.engine.model.Comparison;
import org.recoveryoutcomes.engine.model.GroupResult;
import org.recoveryoutcomes.engine.model.MetricValue;
import org.recoveryoutcomes.engine.model.MetricsResult;
import org.recoveryoutcomes.engine.model.ProportionValue;
import org.recoveryoutcomes.engine.model.ReportTemplate;
import org.recoveryoutcomes.engine.model.Section;
import org.recoveryoutcomes.engine.model.SectionKind;
import org.recoveryoutcomes.engine.model.Trend;
import org.recoveryoutcomes.engine.render.Disclosure;
import org.recoveryoutcomes.engine.render.Flags;
import org.recoveryoutcomes.engine.render.ReportContent;
import org.recoveryoutcomes.engine.render.Suppression;

class XlsxReportWriterTest {

    private static byte[] standard;

    /** The workbook of the standard fixture (quarterly monitoring, suppression on), written once. */
    private static synchronized XSSFWorkbook standard() {
        try {
            if (standard == null) {
                standard = new Fixture().write();
            }
            return read(standard);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static XSSFWorkbook read(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    private static TableView table(XSSFWorkbook wb, String sheet) {
        XSSFSheet s = wb.getSheet(sheet);
        assertThat(s).as("sheet " + sheet).isNotNull();
        return new TableView(s);
    }

    /**
     * A cell that shows no number: a star, or nothing at all where the publication withholds the statistic itself
     * (a hidden figure's comparison, comparator and funnel, a change on a hidden earlier figure: {@link
     * org.recoveryoutcomes.engine.render.Publication#published()} carries none of them).
     */
    private static void showsNoNumber(TableView t, Row r, String header) {
        Cell c = t.cell(r, header);
        if (c != null && c.getCellType() != CellType.BLANK) {
            assertThat(c.getCellType()).as(header).isEqualTo(CellType.STRING);
            assertThat(c.getStringCellValue()).as(header).isEqualTo("*");
        }
    }

    @Test
    void namesOneSheetPerSectionInTemplateOrderThenDefinitionsAndAbout() {
        XSSFWorkbook wb = standard();
        List<String> names = new ArrayList<>();
        wb.forEach(s -> names.add(s.getSheetName()));
        assertThat(names).containsExactly("Return", "Summary", "Engagement", "Substance use outcomes", "Abstinence by project",
                "Housing, work and offending", "Health and wellbeing", "Completions",
                "Trend over the last 8 quarters", "Data quality", "Methodology", "Definitions", "About");
    }

    @Test
    void opensAQuarterlyReportOnAContractMonitoringReturnOfItsSubject() throws IOException {
        XSSFWorkbook wb = read(new Fixture().write());
        assertThat(wb.getSheetName(0)).isEqualTo("Return");
        TableView t = table(wb, "Return");
        TableView summary = table(wb, "Summary");
        List<String> headlines = summary.where("group id", "all").stream().map(r -> summary.text(r, "metric"))
                .distinct().toList();
        assertThat(headlines).isNotEmpty();
        assertThat(t.rows()).extracting(r -> t.text(r, "metric")).containsExactlyElementsOf(headlines);
        assertThat(t.rows()).extracting(r -> t.text(r, "group id")).containsOnly("all");
        // The subject is the whole data here (no focus); with --project it is that project.
        assertThat(t.headers).contains("value", "lower 95%", "upper 95%", "previous period",
                "change on previous (points)", "year-before period");
        // The same figure, hidden or not, as the section's own sheet shows.
        for (String id : headlines) {
            assertThat(shown(t.cell(t.row(id, "all"), "value")))
                    .as(id).isEqualTo(shown(summary.cell(summary.row(id, "all"), "value")));
        }
    }

    @Test
    void givesAFocusProjectsReturnItsOwnFiguresOnly() throws IOException {
        XSSFWorkbook wb = read(new Fixture().focus("project:BAT").write());
        TableView t = table(wb, "Return");
        assertThat(t.rows()).isNotEmpty().extracting(r -> t.text(r, "group id")).containsOnly("BAT");
        assertThat(t.headers).contains("comparator", "comparator (%)", "comparison");
    }

    private static String shown(org.apache.poi.ss.usermodel.Cell c) {
        return c == null ? null : c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                ? c.getStringCellValue() : c.getNumericCellValue() + " " + c.getCellStyle().getDataFormatString();
    }

    @Test
    void addsADataQualitySheetWhenNoSectionIsOne() throws IOException {
        XSSFWorkbook wb = read(new Fixture().template(Fixture.everyOtherKind()).write());
        List<String> names = new ArrayList<>();
        wb.forEach(s -> names.add(s.getSheetName()));
        assertThat(names).containsExactly("League tables", "Funnel plots", "Equality breakdowns", "Limitations",
                "Definitions", "Data quality", "About");
    }

    @Test
    void headsTheEngagementTableWithWhatEachCellIs() {
        TableView t = table(standard(), "Engagement");
        // contacts_by_type adds category; the mean adds n and median; proportions add numerator, denominator,
        // CI and comparator; counts, means, percentages and hours share one value column, so unit says which.
        assertThat(t.headers).containsExactly("level", "group", "group id", "borough", "metric", "label", "category",
                "unit", "numerator", "denominator", "n", "value", "lower 95%", "upper 95%", "median", "comparator",
                "comparator (%)", "comparison");
    }

    @Test
    void freezesPanesBelowTheHeaderAndFiltersTheWholeTable() {
        XSSFSheet sheet = standard().getSheet("Engagement");
        TableView t = new TableView(sheet);
        // Title, context, section text; then a blank row and the header.
        assertThat(t.notes()).containsExactly("Engagement",
                "Quarterly monitoring return: period July to September 2026 (2026/27 Q2); TOP outcomes "
                        + "and completions over 12 months to 30 September 2026 (1 October 2025 to 30 September 2026).",
                "Attended contacts and the people seen in the quarter. Retention looks at each client's current run "
                        + "of contact with the project.",
                "Not available from this data: Did not attend (did_not_attend_rate).",
                Disclosure.FOOTNOTE);
        assertThat(t.headerRow).isEqualTo(6);
        assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 7);
        // 8 single-row metrics x 6 groups + contacts_by_type's 6 parts and total x 6 groups = 48 + 42 = 90 rows,
        // in rows 8..97 under the header in row 7; 18 columns A..R.
        assertThat(t.rows()).hasSize(90);
        assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A7:R97");
    }

    @Test
    void storesCountsAsNumbersWithAThousandsSeparatorFormat() {
        TableView t = table(standard(), "Engagement");
        Cell all = t.cell(t.row("contacts", "all"), "value");
        assertThat(all.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(all.getNumericCellValue()).isEqualTo(1234.0);
        assertThat(all.getCellStyle().getDataFormatString()).isEqualTo("#,##0");
        assertThat(t.text(t.row("contacts", "all"), "unit")).isEqualTo("count");
    }

    @Test
    void storesPercentagesAsFractionsWithAPercentageFormat() {
        TableView t = table(standard(), "Substance use outcomes");
        Row bat = t.row("abstinent_any_illicit", "BAT");
        ProportionValue p = (ProportionValue) new Fixture().metrics().group("project:BAT")
                .metric("abstinent_any_illicit");
        // 20 of 38 = 52.6%, Wilson 95% CI 37.3 to 67.5
        assertThat(t.cell(bat, "numerator").getNumericCellValue()).isEqualTo(20.0);
        assertThat(t.cell(bat, "denominator").getNumericCellValue()).isEqualTo(38.0);
        assertThat(t.cell(bat, "value (%)").getNumericCellValue()).isEqualTo(fraction(100.0 * 20 / 38))
                .isEqualTo(0.5263157894736842);
        assertThat(t.cell(bat, "lower 95%").getNumericCellValue()).isEqualTo(fraction(p.lower95()))
                .isCloseTo(0.373, within(0.0005));
        assertThat(t.cell(bat, "upper 95%").getNumericCellValue()).isEqualTo(fraction(p.upper95()))
                .isCloseTo(0.675, within(0.0005));
        for (String h : List.of("value (%)", "lower 95%", "upper 95%", "comparator (%)")) {
            assertThat(t.cell(bat, h).getCellStyle().getDataFormatString()).as(h).isEqualTo("0.0%");
        }
        assertThat(t.cell(bat, "numerator").getCellStyle().getDataFormatString()).isEqualTo("#,##0");
        assertThat(t.text(bat, "comparator")).isEqualTo("Ealing");
        assertThat(t.cell(bat, "comparator (%)").getNumericCellValue()).isEqualTo(fraction(100.0 * 30 / 62));
        assertThat(t.text(bat, "comparison")).isEqualTo("similar");
    }

    /**
     * The workbook says how figures are compared in the PDF appendix's words, and names a fixed comparator as the
     * PDF's tables do (issue 18: the workbook and the PDF never say different things).
     */
    @Test
    void explainsAndNamesTheComparatorInThePdfsWords() throws IOException {
        TableView m = table(read(new Fixture().write()), "Methodology");
        Row comparison = m.rows().stream().filter(r -> "comparison".equals(m.text(r, "item"))).findFirst()
                .orElseThrow();
        assertThat(m.text(comparison, "description")).endsWith("under 10. Each project is compared with its "
                + "borough and each borough with all projects.");
        assertThat(org.recoveryoutcomes.engine.render.Formats.comparatorSentence("value"))
                .isEqualTo("Each figure is compared with a fixed benchmark set in the report template");
        assertThat(org.recoveryoutcomes.engine.render.Formats.comparatorName(new Fixture().metrics(), "value"))
                .isEqualTo("Benchmark");
        assertThat(org.recoveryoutcomes.engine.render.Formats.comparatorName(new Fixture().metrics(), "borough:Ealing"))
                .isEqualTo("Ealing");
        assertThat(org.recoveryoutcomes.engine.render.Formats.comparatorName(new Fixture().metrics(), null))
                .isEqualTo("\u2013");
    }

    @Test
    void hidesAProjectWhoseFigureWouldRevealItsHiddenSibling() throws IOException {
        // Successful completions are events, so a borough's are exactly its projects'. With EPR's 7 made 3 (a small
        // number; Ealing 21, all 36), BAT's 18 would give it away as Ealing less BAT: BAT is hidden too, the
        // borough stays.
        Fixture f = new Fixture();
        MetricsResult m = f.metrics();
        Map<String, Long> completions = Map.of("all", 36L, "borough:Ealing", 21L, "project:EPR", 3L);
        List<GroupResult> groups = new ArrayList<>();
        for (GroupResult g : m.groups()) {
            if (completions.containsKey(g.key())) {
                Map<String, MetricValue> values = new LinkedHashMap<>(g.metrics());
                values.put("successful_completions", Fixture.count(completions.get(g.key())));
                g = new GroupResult(g.level(), g.id(), g.name(), g.borough(), values);
            }
            groups.add(g);
        }
        MetricsResult changed = new MetricsResult(m.engine(), m.period(), m.outcomePeriod(), m.inputs(),
                m.settings(), m.reliableChangeThresholds(), m.definitions(), groups, m.trends(), m.dataDate());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxReportWriter().write(new ReportContent(changed, Fixture.quarterlyMonitoring(),
                f.content().options()), out);

        TableView t = table(read(out.toByteArray()), "Completions");
        assertThat(t.cell(t.row("successful_completions", "EPR"), "count").getStringCellValue()).isEqualTo("*");
        assertThat(t.cell(t.row("successful_completions", "BAT"), "count").getStringCellValue()).isEqualTo("*");
        assertThat(t.cell(t.row("successful_completions", "Ealing"), "count").getNumericCellValue()).isEqualTo(21.0);
        assertThat(t.cell(t.row("successful_completions", "all"), "count").getNumericCellValue()).isEqualTo(36.0);
    }

    @Test
    void showsASiblingWhereTheBoroughIsOnlyBoundedByItsProjects() {
        // Abstinent from opiates: EPR 3 of 12 is small. Outcome pairs are not events: a client with pairs at two
        // projects gives the borough one, so Ealing (15 of 42) is at most BAT (12 of 30) plus EPR, and Ealing less
        // BAT only says EPR has at least 3 of at least 12. BAT is shown; EPR is hidden in every cell.
        TableView t = table(standard(), "Substance use outcomes");
        Row epr = t.row("abstinent_opiates", "EPR");
        for (String h : List.of("numerator", "denominator", "value (%)", "lower 95%", "upper 95%")) {
            assertThat(t.cell(epr, h).getStringCellValue()).as(h).isEqualTo("*");
        }
        assertThat(t.cell(t.row("abstinent_opiates", "BAT"), "numerator").getNumericCellValue()).isEqualTo(12.0);
        assertThat(t.cell(t.row("abstinent_opiates", "Ealing"), "numerator").getNumericCellValue()).isEqualTo(15.0);
    }

    @Test
    void storesChangesWithTheirMeansPValueAndEffectSize() {
        TableView t = table(standard(), "Health and wellbeing");
        Row all = t.row("psych_health_change", "all");
        assertThat(t.text(all, "unit")).isEqualTo("mean change");
        assertThat(t.cell(all, "n").getNumericCellValue()).isEqualTo(55.0);
        assertThat(t.cell(all, "mean at start").getNumericCellValue()).isEqualTo(8.1);
        assertThat(t.cell(all, "mean at follow-up").getNumericCellValue()).isEqualTo(11.4);
        assertThat(t.cell(all, "value").getNumericCellValue()).isEqualTo(3.3);
        assertThat(t.cell(all, "lower 95%").getNumericCellValue()).isEqualTo(2.1);
        assertThat(t.cell(all, "upper 95%").getNumericCellValue()).isEqualTo(4.5);
        assertThat(t.cell(all, "p-value").getNumericCellValue()).isEqualTo(0.0004);
        assertThat(t.cell(all, "p-value").getCellStyle().getDataFormatString()).isEqualTo("[<0.001]\"<0.001\";0.000");
        assertThat(t.cell(all, "effect size").getNumericCellValue()).isEqualTo(0.62);
        assertThat(t.cell(all, "effect size").getCellStyle().getDataFormatString()).isEqualTo("0.00");
        assertThat(t.cell(all, "mean at start").getCellStyle().getDataFormatString()).isEqualTo("0.0");
    }

    @Test
    void namesTheUnitInTheValueHeaderWhenEveryRowSharesIt() {
        TableView t = table(standard(), "Completions");
        assertThat(t.headers).containsExactly("level", "group", "group id", "borough", "metric", "label", "count");
        assertThat(t.notes()).contains("Not available from this data: successful_completion_rate "
                + "(successful_completion_rate), completed_no_representation (completed_no_representation), "
                + "completed_no_representation_opiate (completed_no_representation_opiate), "
                + "completed_no_representation_non_opiate (completed_no_representation_non_opiate), "
                + "effective_engagement (effective_engagement).");
    }

    @Test
    void showsEveryCellThatWouldRevealAHiddenProportionAsAStar() {
        TableView t = table(standard(), "Substance use outcomes");
        Row epr = t.row("abstinent_opiates", "EPR"); // 3 of 12: a numerator from 1 to 4
        for (String h : List.of("numerator", "denominator", "value (%)", "lower 95%", "upper 95%")) {
            Cell c = t.cell(epr, h);
            assertThat(c.getCellType()).as(h).isEqualTo(CellType.STRING);
            assertThat(c.getStringCellValue()).as(h).isEqualTo("*");
        }
        // Every statistic of a hidden figure is withheld with it, its comparison with Ealing's (shown) figure too:
        // a star, not a blank, which would say it cannot be computed.
        for (String h : List.of("comparison", "comparator (%)")) {
            assertThat(t.cell(epr, h).getStringCellValue()).as(h).isEqualTo("*");
        }
        assertThat(t.notes()).contains(Disclosure.FOOTNOTE);
    }

    @Test
    void hidesTheComparatorWhenTheComparatorsOwnFigureIsHidden() {
        TableView t = table(standard(), "Substance use outcomes");
        // BAT stopped injecting: 0 of 6, shown; its comparator Ealing is 2 of 10, hidden, so 20.0 must not show,
        // nor the comparison with it (the publication withholds both).
        Row bat = t.row("stopped_injecting", "BAT");
        assertThat(t.cell(bat, "value (%)").getNumericCellValue()).isEqualTo(0.0);
        assertThat(t.cell(bat, "numerator").getNumericCellValue()).isEqualTo(0.0);
        assertThat(t.cell(t.row("stopped_injecting", "Ealing"), "numerator").getStringCellValue()).isEqualTo("*");
        showsNoNumber(t, bat, "comparator (%)");
        showsNoNumber(t, bat, "comparison");
    }

    @Test
    void showsTheZeroCountsOfAnIncomputableProportionAndLeavesItsValueBlank() {
        TableView t = table(standard(), "Substance use outcomes");
        Row hrp = t.row("abstinent_alcohol", "HRP"); // 0 of 0
        assertThat(t.cell(hrp, "numerator").getNumericCellValue()).isEqualTo(0.0);
        assertThat(t.cell(hrp, "denominator").getNumericCellValue()).isEqualTo(0.0);
        assertThat(t.cell(hrp, "value (%)")).isNull();
        assertThat(t.cell(hrp, "lower 95%")).isNull();
        assertThat(t.text(hrp, "comparison")).isEqualTo("not compared");
        assertThat(t.notes()).contains(WorkbookBuilder.BLANK_NOTE);
    }

    @Test
    void hidesASmallCountAsAStar() {
        TableView t = table(standard(), "Engagement");
        // Volunteers active: EPR 2 and HRP 3 (so Hounslow 3) are small, and hidden. Volunteers can work for several
        // projects, so a borough is at most the sum of its projects and at least the largest: Ealing 11 − BAT 9
        // only says EPR has from 2 to 11, all 14 − Ealing 11 that Hounslow has from 3 to 14. BAT, Ealing and all
        // need not be hidden (they were under the old rule, which took the sums as exact).
        for (String group : List.of("EPR", "HRP", "Hounslow")) {
            assertThat(t.cell(t.row("volunteers_active", group), "value").getStringCellValue()).as(group)
                    .isEqualTo("*");
        }
        assertThat(t.cell(t.row("volunteers_active", "BAT"), "value").getNumericCellValue()).isEqualTo(9.0);
        assertThat(t.cell(t.row("volunteers_active", "Ealing"), "value").getNumericCellValue()).isEqualTo(11.0);
        assertThat(t.cell(t.row("volunteers_active", "all"), "value").getNumericCellValue()).isEqualTo(14.0);
    }

    @Test
    void hidesASecondPartWhenABreakdownShownWithItsTotalHasOneHiddenPart() {
        TableView t = table(standard(), "Engagement");
        List<Row> bat = t.where("metric", "contacts_by_type", "group id", "BAT");
        List<String> shown = new ArrayList<>();
        for (Row r : bat) {
            Cell v = t.cell(r, "value");
            shown.add(t.text(r, "category") + "=" + (v.getCellType() == CellType.STRING ? v.getStringCellValue()
                    : String.valueOf((long) v.getNumericCellValue())));
        }
        // phone (3) is hidden; activity (37), the smallest other non-zero part, is hidden with it; zero shows.
        assertThat(shown).containsExactly("drop_in=250", "one_to_one=150", "group=60", "activity=*", "phone=*",
                "outreach=0", "total=500");
    }

    @Test
    void writesOneTrendRowPerMetricGroupAndQuarterWithRealDates() {
        TableView t = table(standard(), "Trend over the last 8 quarters");
        assertThat(t.headers).containsExactly("level", "group", "group id", "borough", "metric", "label", "period",
                "period start", "period end", "unit", "numerator", "denominator", "value", "lower 95%", "upper 95%",
                "plotted value");
        assertThat(t.rows()).hasSize(4 * 6 * 8);
        Row first = t.rows().get(0);
        assertThat(t.text(first, "period")).isEqualTo("October to December 2024 (2024/25 Q3)");
        Cell start = t.cell(first, "period start");
        assertThat(start.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(start.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2024, 10, 1, 0, 0));
        assertThat(start.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
        assertThat(t.cell(first, "value").getNumericCellValue()).isEqualTo(100.0);
        // EPR's fourth quarter of retention is hidden: a star in the table, nothing for the chart to plot.
        Row hidden = t.where("metric", "retained_12_weeks", "group id", "EPR", "period", "July to September 2025 (2025/26 Q2)").get(0);
        assertThat(t.cell(hidden, "value").getStringCellValue()).isEqualTo("*");
        assertThat(t.cell(hidden, "plotted value")).isNull();
    }

    @Test
    void showsTheDirectionOfTravelOfHeadlineProportions() {
        TableView t = table(standard(), "Summary");
        Row all = t.row("retained_12_weeks", "all");
        assertThat(t.text(all, "previous period")).isEqualTo("April to June 2026 (2026/27 Q1)");
        assertThat(t.cell(all, "previous value (%)").getNumericCellValue()).isEqualTo(0.375);
        assertThat(t.cell(all, "change on previous (points)").getNumericCellValue()).isEqualTo(2.5);
        assertThat(t.cell(all, "change on previous: lower 95%").getNumericCellValue()).isEqualTo(-8.4);
        assertThat(t.cell(all, "change on previous: upper 95%").getNumericCellValue()).isEqualTo(13.1);
        assertThat(t.text(all, "change on previous")).isEqualTo("no significant change");
        assertThat(t.text(all, "change on year before")).isEqualTo("significantly higher");
    }

    @Test
    void hidesAChangeOnAnEarlierPeriodWhoseFigureWasHidden() {
        TableView t = table(standard(), "Summary");
        Row epr = t.row("retained_12_weeks", "EPR");
        assertThat(t.text(epr, "year-before period")).isEqualTo("July to September 2025 (2025/26 Q2)");
        // The publication withholds the change: no number of the earlier figure, or of the difference, is left.
        for (String h : List.of("year-before value (%)", "change on year before (points)",
                "change on year before: lower 95%", "change on year before: upper 95%", "change on year before")) {
            showsNoNumber(t, epr, h);
        }
        // Its previous quarter was shown, so the change on it shows too.
        assertThat(t.cell(epr, "previous value (%)").getNumericCellValue()).isEqualTo(0.525);
    }

    @Test
    void drawsABarChartOfEachProportionByProjectFromThePlottedCells() {
        XSSFSheet sheet = standard().getSheet("Abstinence by project");
        TableView t = new TableView(sheet);
        List<XSSFChart> charts = sheet.getDrawingPatriarch().getCharts();
        assertThat(charts).hasSize(3);
        assertThat(charts.get(0).getTitleText().getString()).isEqualTo("Abstinent from opiates (%) by project");
        CTPlotArea plot = charts.get(0).getCTChart().getPlotArea();
        CTBarSer bars = plot.getBarChartArray(0).getSerArray(0);
        String value = col(t, "plotted value (%)");
        String group = col(t, "group");
        // Title, context, chart note, blank-value note and footnote fill rows 1..5; row 6 is blank; the header is
        // row 7. abstinent_opiates has rows 8..13 (all, Ealing, Hounslow, BAT, EPR, HRP): the projects are 11..13.
        assertThat(t.headerRow).isEqualTo(6);
        assertThat(bars.getVal().getNumRef().getF()).isEqualTo("'Abstinence by project'!$" + value + "$11:$" + value
                + "$13");
        assertThat(bars.getCat().getStrRef().getF()).isEqualTo("'Abstinence by project'!$" + group + "$11:$" + group
                + "$13");
        assertThat(bars.getErrBars().getPlus().getNumRef().getF()).contains("$" + col(t, "plotted CI above"));
        CTLineSer comparator = plot.getLineChartArray(0).getSerArray(0);
        assertThat(comparator.getVal().getNumRef().getF()).contains("$" + col(t, "plotted comparator (%)") + "$11");
        // EPR is hidden, so its plotted cell is blank and the chart leaves a gap.
        assertThat(t.cell(t.row("abstinent_opiates", "EPR"), "plotted value (%)")).isNull();
    }

    @Test
    void drawsALineChartPerTrendMetricWithALinePerGroup() {
        XSSFSheet sheet = standard().getSheet("Trend over the last 8 quarters");
        List<XSSFChart> charts = sheet.getDrawingPatriarch().getCharts();
        assertThat(charts).extracting(c -> c.getTitleText().getString()).containsExactly("Clients seen",
                "Retained 12 weeks (%)", "Abstinent from illicit drugs (%)", "Abstinent from alcohol (%)");
        CTLineSer[] lines = charts.get(1).getCTChart().getPlotArea().getLineChartArray(0).getSerArray();
        assertThat(lines).hasSize(6);
        TableView t = new TableView(sheet);
        // Title, context, chart note and footnote fill rows 1..4, the header is row 6. retained_12_weeks follows
        // clients_seen (6 groups x 8 quarters = 48 rows, 7..54): its all-projects line is rows 55..62.
        assertThat(t.headerRow).isEqualTo(5);
        assertThat(lines[0].getVal().getNumRef().getF()).isEqualTo("'Trend over the last 8 quarters'!$P$55:$P$62");
        assertThat(col(t, "plotted value")).isEqualTo("P");
        assertThat(lines[0].getTx().getStrRef().getStrCache().getPtArray(0).getV()).isEqualTo("All projects");
    }

    @Test
    void drawsOnlyTheWholeDataAndBoroughsWhenThereAreTooManyGroupsForOneChart() throws IOException {
        XSSFSheet sheet = read(new Fixture().extraProjects(3).write()).getSheet("Trend over the last 8 quarters");
        // 1 + 2 boroughs + 6 projects = 9 groups, over the 8 lines a chart shows.
        CTLineSer[] lines = sheet.getDrawingPatriarch().getCharts().get(0).getCTChart().getPlotArea()
                .getLineChartArray(0).getSerArray();
        assertThat(lines).extracting(l -> l.getTx().getStrRef().getStrCache().getPtArray(0).getV())
                .containsExactly("All projects", "Ealing", "Hounslow");
        assertThat(new TableView(sheet).notes()).contains(WorkbookBuilder.TRIMMED_NOTE);
        assertThat(new TableView(sheet).rows()).hasSize(4 * 9 * 8);
    }

    @Test
    void ranksLeagueTablesBestFirstWithHiddenFiguresLastAndUnranked() throws IOException {
        TableView t = table(read(new Fixture().template(Fixture.everyOtherKind()).write()), "League tables");
        List<String> order = new ArrayList<>();
        for (Row r : t.where("metric", "abstinent_opiates")) {
            Cell rank = t.cell(r, "rank");
            order.add(t.text(r, "group id") + ":" + (rank == null ? "-" : String.valueOf((long) rank
                    .getNumericCellValue())));
        }
        // Ealing 35.7 before Hounslow 35.0; BAT 40.0 before HRP 35.0, then EPR, hidden (3 of 12 is small),
        // unranked. (BAT is shown: Ealing's pairs are only at most BAT's and EPR's, so BAT does not give EPR away.)
        assertThat(order).containsExactly("all:-", "Ealing:1", "Hounslow:2", "BAT:1", "HRP:2", "EPR:-");
        assertThat(t.sheet.getDrawingPatriarch().getCharts()).hasSize(2);
    }

    @Test
    void hidesTheFunnelLimitsOfAHiddenProportionBecauseTheyRevealItsDenominator() throws IOException {
        TableView t = table(read(new Fixture().template(Fixture.everyOtherKind()).write()), "Funnel plots");
        assertThat(t.headers).containsExactly("level", "group", "group id", "borough", "metric", "label", "numerator",
                "denominator", "value (%)", "funnel baseline (%)", "lower 95% limit", "upper 95% limit",
                "lower 99.8% limit", "upper 99.8% limit", "funnel position");
        Row epr = t.row("abstinent_opiates", "EPR");
        assertThat(t.cell(epr, "denominator").getStringCellValue()).isEqualTo("*");
        for (String h : List.of("lower 95% limit", "upper 95% limit", "lower 99.8% limit", "upper 99.8% limit",
                "funnel position")) {
            showsNoNumber(t, epr, h);
        }
        Row hrp = t.row("abstinent_opiates", "HRP");
        assertThat(t.cell(hrp, "lower 95% limit").getNumericCellValue()).isEqualTo(fraction(100.0 * 7 / 20 - 15));
        assertThat(t.text(hrp, "funnel position")).isEqualTo("Not significant");
    }

    @Test
    void writesEqualityBreakdownsAsOneTidyTableHidingWhatTheReportHides() throws IOException {
        Fixture f = new Fixture().breakdowns().template(Fixture.everyOtherKind());
        TableView t = table(read(f.write()), "Equality breakdowns");

        assertThat(t.headers).containsExactly("level", "group", "group id", "borough", "metric", "label",
                "dimension", "category", "unit", "numerator", "denominator", "value", "lower 95%", "upper 95%");
        // 6 groups, 5 categories of sex, 2 metrics.
        assertThat(t.rows()).hasSize(60);
        Row seen = t.where("group id", "all", "metric", "clients_seen", "category", "male").get(0);
        assertThat(t.cell(seen, "value").getNumericCellValue()).isEqualTo(180.0);
        assertThat(t.cell(seen, "value").getCellStyle().getDataFormatString()).isEqualTo("#,##0");
        assertThat(t.text(seen, "dimension")).isEqualTo("sex");
        // Retention of men is hidden in Ealing, Hounslow, EPR and HRP: partners the publication chose to protect
        // all's small categories (other 1 of 2, not stated and not recorded 0 of 1), over every group and quarter
        // at once. All's and BAT's men were chosen first too, and shown again once the partners chosen after them
        // protected those categories on their own.
        for (String group : List.of("Ealing", "Hounslow", "EPR", "HRP")) {
            Row men = t.where("group id", group, "metric", "retained_12_weeks", "category", "male").get(0);
            assertThat(t.cell(men, "numerator").getStringCellValue()).as(group).isEqualTo("*");
        }
        Row allMen = t.where("group id", "all", "metric", "retained_12_weeks", "category", "male").get(0);
        assertThat(t.cell(allMen, "numerator").getNumericCellValue()).isEqualTo(35.0);
        assertThat(t.cell(allMen, "denominator").getNumericCellValue()).isEqualTo(90.0);
        Row batMen = t.where("group id", "BAT", "metric", "retained_12_weeks", "category", "male").get(0);
        assertThat(t.cell(batMen, "numerator").getNumericCellValue()).isEqualTo(10.0);
        assertThat(t.cell(batMen, "denominator").getNumericCellValue()).isEqualTo(25.0);
        // BAT: 2 clients of other sex is a small number.
        Row other = t.where("group id", "BAT", "metric", "clients_seen", "category", "other").get(0);
        assertThat(t.cell(other, "value").getStringCellValue()).isEqualTo("*");
        // Every cell is hidden exactly where the report's suppression (the PDF's too) hides it, reading the
        // published breakdowns' flags as the renderers do; some of them only to protect another (not small in the
        // raw figures).
        ReportContent content = f.content();
        Suppression suppression = Suppression.of(content);
        MetricsResult raw = f.metrics();
        int secondary = 0;
        for (Row r : t.rows()) {
            String key = t.text(r, "level").equals("all") ? "all" : t.text(r, "level") + ":" + t.text(r, "group id");
            java.util.function.Predicate<Breakdown> same = x -> x.metricId().equals(t.text(r, "metric"))
                    && x.category().equals(t.text(r, "category"));
            Breakdown b = content.metrics().breakdowns(key).stream().filter(same).findFirst().orElseThrow();
            Breakdown computed = raw.breakdowns(key).stream().filter(same).findFirst().orElseThrow();
            Cell value = t.cell(r, "value"); // blank where nobody is in the denominator
            boolean masked = value != null && value.getCellType() == CellType.STRING;
            assertThat(masked).as(key + " " + b.category() + " " + b.metricId()).isEqualTo(suppression.hidden(b));
            if (computed.value().suppressed()) {
                assertThat(masked).as("the small number " + key + " " + b.category() + " " + b.metricId()).isTrue();
            }
            secondary += masked && !computed.value().suppressed() ? 1 : 0;
        }
        assertThat(secondary).isPositive();
        assertThat(t.notes()).contains(WorkbookBuilder.CATEGORY_NOTE);
    }

    @Test
    void flagsAFigureThatIsWorseAndWorseningInTheLeagueTable() throws IOException {
        // BAT retained 18 of 45 (40%): made worse than Ealing and significantly down on the previous quarter.
        Fixture f = new Fixture().template(Fixture.everyOtherKind());
        MetricsResult m = f.metrics();
        List<GroupResult> groups = new ArrayList<>();
        for (GroupResult g : m.groups()) {
            if (g.key().equals("project:BAT")) {
                Map<String, MetricValue> values = new LinkedHashMap<>(g.metrics());
                values.put("retained_12_weeks", Fixture.prop(18, 45)
                        .withComparison(Comparison.WORSE, "borough:Ealing", 60.0)
                        .withTrends(new Trend("2026/27-Q1", 60.0, -20.0, -35.0, -4.0, true), null));
                g = new GroupResult(g.level(), g.id(), g.name(), g.borough(), values);
            }
            groups.add(g);
        }
        MetricsResult flagged = new MetricsResult(m.engine(), m.period(), m.outcomePeriod(), m.inputs(),
                m.settings(), m.reliableChangeThresholds(), m.definitions(), groups, m.trends(), m.dataDate());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxReportWriter().write(new ReportContent(flagged, Fixture.everyOtherKind(), f.content().options()),
                out);

        TableView t = table(read(out.toByteArray()), "League tables");
        assertThat(t.text(t.row("retained_12_weeks", "BAT"), "flag")).isEqualTo(Flags.WORSE_AND_WORSENING);
        assertThat(t.cell(t.row("retained_12_weeks", "EPR"), "flag")).isNull();
        assertThat(t.notes()).contains(WorkbookBuilder.FLAG_NOTE);
    }

    @Test
    void writesNarrativeTextWrappedInTheFirstCell() throws IOException {
        XSSFWorkbook wb = read(new Fixture().template(Fixture.everyOtherKind()).write());
        Cell a1 = wb.getSheet("Limitations").getRow(0).getCell(0);
        assertThat(a1.getStringCellValue()).isEqualTo("These figures describe the people who took part and "
                + "completed a follow-up interview.");
        assertThat(a1.getCellStyle().getWrapText()).isTrue();
        assertThat(wb.getSheet("Equality breakdowns").getRow(0).getCell(0).getStringCellValue())
                .isEqualTo(WorkbookBuilder.BREAKDOWN_MISSING);
    }

    @Test
    void definesEveryMetricShownInOrderOfFirstAppearance() {
        TableView t = table(standard(), "Definitions");
        List<String> ids = t.rows().stream().map(r -> t.text(r, "metric")).toList();
        assertThat(ids).containsExactly("clients_seen", "new_clients", "retained_12_weeks", "abstinent_opiates",
                "abstinent_alcohol", "psych_health_change", "contacts", "contacts_per_client", "repeat_attendance",
                "volunteers_active", "volunteer_hours", "contacts_by_type", "top_start_coverage",
                "top_follow_up_coverage", "abstinent_any_illicit", "stopped_injecting", "in_paid_work",
                "psych_health_reliably_improved", "successful_completions");
        Row retained = t.rows().get(2);
        assertThat(t.headers).containsExactly("metric", "label", "domain", "kind", "numerator", "denominator",
                "polarity", "statistic", "source");
        assertThat(t.text(retained, "label")).isEqualTo("Retained 12 weeks");
        assertThat(t.text(retained, "denominator"))
                .isEqualTo("clients whose current engagement began 84 days or more before the period end");
        assertThat(t.text(retained, "polarity")).isEqualTo("high_is_good");
        assertThat(t.text(retained, "source")).isEqualTo("NDTMS");
    }

    @Test
    void recordsThePeriodSettingsAndInputHashesOnTheAboutSheet() {
        TableView t = table(standard(), "About");
        Row contacts = t.where("section", "input file", "item", "contacts.csv").get(0);
        assertThat(t.text(contacts, "sha256")).isEqualTo("a".repeat(64));
        assertThat(t.cell(contacts, "rows").getNumericCellValue()).isEqualTo(1240.0);
        assertThat(t.cell(contacts, "accepted").getNumericCellValue()).isEqualTo(1234.0);
        assertThat(t.cell(contacts, "quarantined").getNumericCellValue()).isEqualTo(6.0);
        assertThat(t.text(t.where("item", "period").get(0), "value")).isEqualTo("July to September 2026 (2026/27 Q2)");
        assertThat(t.cell(t.where("item", "period start").get(0), "value").getLocalDateTimeCellValue())
                .isEqualTo(LocalDateTime.of(2026, 7, 1, 0, 0));
        assertThat(t.text(t.where("item", "template").get(0), "value")).isEqualTo("quarterly-monitoring");
        assertThat(t.text(t.where("section", "engine", "item", "version").get(0), "value")).isEqualTo("1.0.0");
        assertThat(t.cell(t.where("item", "suppression_threshold").get(0), "value").getNumericCellValue())
                .isEqualTo(5.0);
        assertThat(t.cell(t.where("item", "confidence_level").get(0), "value").getNumericCellValue())
                .isEqualTo(0.95);
    }

    @Test
    void countsRowsReasonsAndCoverageOnTheDataQualitySheet() {
        TableView t = table(standard(), "Data quality");
        List<String> rows = new ArrayList<>();
        for (Row r : t.rows()) {
            rows.add(t.text(r, "source") + "|" + t.text(r, "measure") + "|" + t.text(r, "detail") + "|"
                    + (long) t.cell(r, "count").getNumericCellValue());
        }
        assertThat(rows).containsExactly("contacts.csv|rows read|null|1240", "contacts.csv|accepted|null|1234",
                "contacts.csv|quarantined|null|6", "contacts.csv|quarantined by reason|bad_date|4",
                "contacts.csv|quarantined by reason|unknown_project|2",
                "contacts.csv|warnings by kind|missing_duration|12", "top.csv|rows read|null|410",
                "top.csv|accepted|null|410", "top.csv|quarantined|null|0",
                "All projects|TOP start coverage|top_start_coverage|60",
                "All projects|TOP follow-up coverage|top_follow_up_coverage|100");
        Row coverage = t.rows().get(9);
        assertThat(t.cell(coverage, "denominator").getNumericCellValue()).isEqualTo(85.0);
        assertThat(t.cell(coverage, "value (%)").getNumericCellValue()).isEqualTo(fraction(100.0 * 60 / 85));
    }

    @Test
    void marksEverySheetNotForPublicationAndHidesNothingWhenSuppressionIsOff() throws IOException {
        XSSFWorkbook wb = read(new Fixture().suppression(false).write());
        for (Sheet sheet : wb) {
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).as(sheet.getSheetName())
                    .startsWith(Disclosure.NOT_FOR_PUBLICATION);
            assertThat(sheet.getHeader().getCenter()).as(sheet.getSheetName())
                    .isEqualTo(Disclosure.NOT_FOR_PUBLICATION);
            assertThat(WorkbookDump.dump(sheet)).as(sheet.getSheetName()).doesNotContain("\tSTRING\t*\t");
        }
        TableView t = table(wb, "Substance use outcomes");
        assertThat(t.cell(t.row("abstinent_opiates", "EPR"), "value (%)").getNumericCellValue()).isEqualTo(0.25);
        assertThat(wb.getProperties().getCoreProperties().getUnderlyingProperties().getContentStatusProperty())
                .contains(Disclosure.NOT_FOR_PUBLICATION);
    }

    @Test
    void saysNothingAboutPublicationWhenSuppressionIsOn() {
        XSSFWorkbook wb = standard();
        for (Sheet sheet : wb) {
            assertThat(WorkbookDump.dump(sheet)).as(sheet.getSheetName()).doesNotContain(Disclosure.NOT_FOR_PUBLICATION);
            assertThat(sheet.getHeader().getCenter()).isEmpty();
        }
    }

    @Test
    void writesAFormulaLikeProjectNameAsInertTextAndNoFormulaAnywhere() throws IOException {
        String name = "=HYPERLINK(\"http://x\",\"y\")";
        XSSFWorkbook wb = read(new Fixture().eprName(name).write());
        int found = 0;
        for (Sheet sheet : wb) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).as(cell.getAddress().formatAsString()).isNotEqualTo(CellType.FORMULA);
                    if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(name)) {
                        assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
                        found++;
                    }
                }
            }
        }
        assertThat(found).isGreaterThan(10);
    }

    @Test
    void neverWritesANumberAsText() {
        for (Sheet sheet : standard()) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING) {
                        assertThat(cell.getStringCellValue()).as(sheet.getSheetName() + "!" + cell.getAddress())
                                .doesNotMatch("-?[0-9][0-9,]*(\\.[0-9]+)?");
                    }
                }
            }
        }
    }

    @Test
    void mergesNoCells() {
        for (Sheet sheet : standard()) {
            assertThat(sheet.getNumMergedRegions()).as(sheet.getSheetName()).isZero();
        }
    }

    @Test
    void writesAHeaderOnlyTableWhenNoMetricOfASectionIsAvailable() throws IOException {
        ReportTemplate t = new ReportTemplate("t", "T", "a", List.of(), "parent", java.util.Map.of(), List.of(
                new Section("x", "Nothing here", SectionKind.TABLE, List.of("no_such_metric"), null),
                new Section("y", "No trend", SectionKind.TREND, List.of("no_such_metric"), null),
                new Section("z", "No chart", SectionKind.CHART, List.of("no_such_metric"), null)));
        XSSFWorkbook wb = read(new Fixture().template(t).write());
        TableView table = table(wb, "Nothing here");
        assertThat(table.headers).containsExactly("level", "group", "group id", "borough", "metric", "label", "value");
        assertThat(table.rows()).isEmpty();
        assertThat(table.sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A5:G5");
        assertThat(table(wb, "No trend").notes()).contains("No trend available for: no_such_metric (no_such_metric).");
        assertThat(wb.getSheet("No chart").getDrawingPatriarch()).isNull();
    }

    @Test
    void sizesColumnsFromTheirContentNotFromFonts() {
        XSSFSheet sheet = standard().getSheet("Engagement");
        TableView t = new TableView(sheet);
        // "Battling Addiction Together" is 27 characters: 27 + 2 of padding, in 1/256ths of a character.
        assertThat(sheet.getColumnWidth(t.headers.indexOf("group"))).isEqualTo(29 * 256);
        // "level" (5) and "project" (7): 7 + 2 = 9, above the 8-character minimum.
        assertThat(sheet.getColumnWidth(t.headers.indexOf("level"))).isEqualTo(9 * 256);
        // "n": 1, and its longest number "310" 3 + 2 = 5, so the minimum of 8.
        assertThat(sheet.getColumnWidth(t.headers.indexOf("n"))).isEqualTo(8 * 256);
    }

    @Test
    void showsOnlyTheFocusProjectWithItsBoroughAndTheWholeData() throws IOException {
        TableView t = table(read(new Fixture().focus("project:BAT").write()), "Engagement");
        assertThat(t.where("metric", "contacts").stream().map(r -> t.text(r, "group id")).toList())
                .containsExactly("all", "Ealing", "BAT");
        assertThat(t.notes().get(1)).startsWith("Quarterly monitoring return for Battling Addiction Together: ");
    }

    /** The column letter of a header. */
    private static String col(TableView t, String header) {
        int c = t.headers.indexOf(header);
        assertThat(c).as(header).isNotNegative();
        return org.apache.poi.ss.util.CellReference.convertNumToColString(c);
    }

    /** A percentage number as the workbook stores it: the fraction, from its shortest decimal form (83.4 is 0.834). */
    private static double fraction(double percent) {
        return java.math.BigDecimal.valueOf(percent).movePointLeft(2).doubleValue();
    }
}
