package org.recoveryoutcomes.engine.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStream;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recoveryoutcomes.engine.metrics.Figures;
import org.recoveryoutcomes.engine.model.Breakdown;
import org.recoveryoutcomes.engine.model.MetricsResult;
import org.recoveryoutcomes.engine.render.Disclosure;
import org.recoveryoutcomes.engine.render.ReportContent;

class PdfReportWriterTest {

    /** The quarterly return for BAT, published: rendered once for the tests that only read it. */
    private static final byte[] QUARTERLY = SampleReports.render("quarterly-monitoring", true, "project:BAT");

    @Test
    void writesTheSubjectsHeadlineFiguresAndKeyFindings() throws IOException {
        String summary = page(QUARTERLY, 3);
        assertThat(summary).contains("Summary", "Abstinent from opiates", "41%", "95% CI 32%–50%",
                "46 of 112", "+3.2", "95% CI 2.1 to 4.3, p < 0.001");
        // The sentences of Findings for BAT: 46 of 112 (Wilson 32.4%–50.3%); the hand-set psychological health.
        assertThat(summary).contains(
                "Of 112 clients using opiates when they started, 46 (41%, 95% CI 32%–50%) were abstinent at "
                        + "follow-up.",
                "Psychological health improved by 3.2 points on the 0–20 scale (95% CI 2.1 to 4.3; p < 0.001; "
                        + "n = 112).");
    }

    @Test
    void saysAChangeThatIsNotSignificantDidNotChangeSignificantly() throws IOException {
        assertThat(allText(QUARTERLY)).contains("Physical health did not change significantly (mean change +0.4 "
                + "points on the 0–20 scale; 95% CI −0.3 to 1.1; p = 0.270; n = 112).");
    }

    @Test
    void hidesASuppressedHeadlineAndFootnotesIt() throws IOException {
        // EHR has 3 new clients (primary suppression): its own return shows them as *, says why and footnotes it.
        String summary = page(SampleReports.render("quarterly-monitoring", true, "project:EHR"), 3);
        assertThat(summary).contains("New clients *", "Hidden to protect confidentiality", Disclosure.FOOTNOTE,
                "The number of new clients in 2026/27-Q2 is hidden to protect confidentiality.");
        assertThat(summary).doesNotContain("3 new clients");
        // BAT's 40 stay in BAT's return: a client new to EHR may have come to BAT before, so Ealing's 43 new
        // clients are at most BAT's and EHR's, and Ealing − BAT only says EHR has at least 3.
        assertThat(page(QUARTERLY, 3)).contains("New clients 40", "40 new clients were seen in 2026/27-Q2.");
    }

    @Test
    void showsAsterisksForSuppressedCellsWithTheFootnote() throws IOException {
        byte[] pdf = SampleReports.render("borough-comparison", true, null);
        String text = allText(pdf);
        // Abstinent from crack: EHR 2/7 and HRC 3/9 are small, and Hounslow is HRC (its one project); Ealing is
        // hidden by subtraction (all less Ealing would be Hounslow). Outcome pairs of a borough are only at most
        // its projects' (a client with pairs at two projects gives the borough one), so with Ealing hidden BAT
        // (10/25) gives EHR away no more than a lower bound, and is shown; its comparator, Ealing, is not.
        assertThat(text).contains("Ealing * * * – –", "Hounslow * * * – –", "Ealing Hope and Recovery * * * – –",
                "Hounslow Recovery Café * * * – –", "Battling Addiction Together 40.0% 23.4%–59.3% 10 / 25 Ealing –",
                Disclosure.FOOTNOTE);
    }

    @Test
    void numbersEveryPageAsPageXOfN() throws IOException {
        PdfReader reader = new PdfReader(QUARTERLY);
        int pages = reader.getNumberOfPages();
        // Cover, contents, 9 sections and the appendices: well over ten pages, each saying how many there are.
        assertThat(pages).isGreaterThan(10);
        for (int p = 1; p <= pages; p++) {
            assertThat(pageWithArtifacts(QUARTERLY, p)).as("page %d", p).contains("Page " + p + " of " + pages);
        }
    }

    @Test
    void keepsPageNumbersOutOfTheTextAsPageFurniture() throws IOException {
        // Tagged as pagination artifacts, so PdfTextExtractor (like a screen reader) skips them.
        assertThat(page(QUARTERLY, 5)).doesNotContain("Page 5 of");
    }

    @Test
    void listsEverySectionInTheContentsWithThePageItStartsOn() throws IOException {
        PdfReader reader = new PdfReader(QUARTERLY);
        PdfTextExtractor text = new PdfTextExtractor(reader);
        String contents = normalise(text.getTextFromPage(2));
        assertThat(contents).contains("Contents", "Summary", "Engagement", "Trend over the last 8 quarters",
                "Data quality", "Methodology");
        Matcher number = Pattern.compile("Methodology[ .]*(\\d+)").matcher(contents);
        assertThat(number.find()).isTrue();
        int methodology = Integer.parseInt(number.group(1));
        assertThat(normalise(text.getTextFromPage(methodology))).contains("Methodology How the figures are made");
        assertThat(normalise(text.getTextFromPage(methodology - 1))).doesNotContain("How the figures are made");
    }

    @Test
    void embedsEveryFontItUses() throws IOException {
        PdfReader reader = new PdfReader(QUARTERLY);
        List<String> fonts = new ArrayList<>();
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            collectFonts(reader.getPageN(p).getAsDict(PdfName.RESOURCES), fonts, new HashSet<>());
        }
        assertThat(fonts).isNotEmpty();
        assertThat(new HashSet<>(fonts)).allSatisfy(f -> assertThat(f).matches("[A-Z]{6}\\+DejaVuSans(-Bold)? "
                + "embedded"));
    }

    @Test
    void drawsChartsAsVectorGraphicsNotImages() throws IOException {
        PdfReader reader = new PdfReader(QUARTERLY);
        int forms = 0;
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            PdfDictionary xobjects = reader.getPageN(p).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.XOBJECT);
            if (xobjects == null) {
                continue;
            }
            for (PdfName name : xobjects.getKeys()) {
                PdfDictionary x = (PdfDictionary) PdfReader.getPdfObject(xobjects.get(name));
                assertThat(x.getAsName(PdfName.SUBTYPE)).isEqualTo(PdfName.FORM);
                forms++;
            }
        }
        // Abstinence by project has 3 bar charts, health 1 chart, trends 4 charts.
        assertThat(forms).isEqualTo(8);
    }

    @Test
    void carriesDocumentMetadataAndTheReportDate() throws IOException {
        PdfReader reader = new PdfReader(QUARTERLY);
        assertThat(reader.getInfo()).containsEntry("Title", "Quarterly monitoring return: Battling Addiction Together")
                .containsEntry("Author", "Recovery Outcomes")
                .containsEntry("Subject", "Battling Addiction Together, 2026/27-Q2")
                .containsEntry("Creator", "recovery-outcomes 1.0.0")
                .containsEntry("Keywords", "recovery outcomes, quarterly-monitoring, 2026/27-Q2, Treatment Outcomes "
                        + "Profile");
        assertThat(reader.getInfo().get("CreationDate")).startsWith("D:20261014000000");
        assertThat(reader.getInfo().get("ModDate")).startsWith("D:20261014000000");
    }

    @Test
    void takesTheDocumentIdFromTheOptions() throws IOException {
        PdfReader reader = new PdfReader(QUARTERLY);
        PdfArray id = reader.getTrailer().getAsArray(PdfName.ID);
        assertThat(id.size()).isEqualTo(2);
        for (int i = 0; i < 2; i++) {
            assertThat(hex(id.getAsString(i).getOriginalBytes())).isEqualTo(ReportFixture.DOCUMENT_ID);
        }
    }

    @Test
    void isTaggedInEnglishWithAStructureTreeAndAlternativeTextForCharts() throws IOException {
        PdfReader reader = new PdfReader(QUARTERLY);
        PdfDictionary catalog = reader.getCatalog();
        assertThat(catalog.getAsDict(PdfName.MARKINFO).get(PdfName.MARKED).toString()).isEqualTo("true");
        assertThat(catalog.getAsString(PdfName.LANG).toUnicodeString()).isEqualTo("en-GB");
        PdfDictionary root = catalog.getAsDict(PdfName.STRUCTTREEROOT);
        assertThat(root).isNotNull();
        List<String> roles = new ArrayList<>();
        List<String> alts = new ArrayList<>();
        walk(root, roles, alts, new HashSet<>());
        assertThat(roles).contains("Document", "Sect", "H1", "H2", "P", "Table", "TR", "TH", "TD", "Figure", "L",
                "LI", "LBody", "TOC", "TOCI", "Caption");
        assertThat(alts).hasSize(8).allSatisfy(a -> assertThat(a).isNotBlank());
        assertThat(alts).anySatisfy(a -> assertThat(a).startsWith("Abstinent from opiates by area and project"));
    }

    @Test
    void givesIdenticalBytesOnEveryRender() {
        assertThat(SampleReports.render("quarterly-monitoring", true, "project:BAT")).isEqualTo(QUARTERLY);
    }

    @Test
    void givesIdenticalBytesInAnotherJavaProcess(@TempDir Path dir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Djava.awt.headless=true", "-Duser.language=tr",
                "-Duser.country=TR", "-Duser.timezone=Pacific/Auckland", "-cp", System.getProperty("java.class.path"),
                SampleReports.class.getName(), dir.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(Files.readAllBytes(dir.resolve("quarterly-monitoring.pdf"))).isEqualTo(QUARTERLY);
    }

    @Test
    void marksEveryPageNotForPublicationWhenSuppressionIsOff() throws IOException {
        byte[] pdf = SampleReports.render("quarterly-monitoring", false, "project:BAT");
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor text = new PdfTextExtractor(reader);
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            assertThat(text.getTextFromPage(p)).as("page %d", p).contains(Disclosure.NOT_FOR_PUBLICATION);
        }
        // Nothing is hidden: EHR's 3 new clients make no difference to BAT's figure.
        assertThat(normalise(text.getTextFromPage(3))).contains("New clients 40");
        assertThat(allText(QUARTERLY)).doesNotContain(Disclosure.NOT_FOR_PUBLICATION);
    }

    @Test
    void saysWhyThereAreNoEqualityBreakdownsWithoutClientProfiles() throws IOException {
        assertThat(allText(SampleReports.render(new ReportContent(
                ReportFixture.withoutClientsFile(ReportFixture.metrics()), ReportFixture.template("borough-comparison"),
                ReportFixture.options(true, null))))).contains(
                "No equality breakdowns: the data has no client profiles (clients file), so figures cannot be split "
                        + "by sex, age band, ethnicity, disability or sexual orientation.");
    }

    /**
     * All projects by sex: clients seen male 383, female 120, other 3 (small), not stated 0, not recorded 20;
     * retained male 53/136 (Wilson 31.2%–47.4%), female 30/50 (46.2%–72.4%), other 1/2 (small), not stated
     * 0/0, not recorded 5/12. The categories add up to all's figures (526 clients seen, 89 of 200 retained), as
     * every client has a category, so the small "other" is protected by hiding the smallest other non-zero
     * category, not recorded, in each column.
     */
    @Test
    void tablesAndChartsEqualityBreakdownsWithTheirHiddenCategories() throws IOException {
        MetricsResult m = ReportFixture.metrics();
        List<Breakdown> breakdowns = new ArrayList<>();
        String[] sexes = {"male", "female", "other", "not_stated", "not_recorded"};
        long[] seen = {383, 120, 3, 0, 20};
        long[][] retained = {{53, 136}, {30, 50}, {1, 2}, {0, 0}, {5, 12}};
        for (int i = 0; i < sexes.length; i++) {
            breakdowns.add(new Breakdown("all", "sex", sexes[i], "clients_seen",
                    Figures.count(seen[i], m.settings())));
            breakdowns.add(new Breakdown("all", "sex", sexes[i], "retained_12_weeks",
                    Figures.proportion(retained[i][0], retained[i][1], m.settings())));
        }
        MetricsResult withBreakdowns = new MetricsResult(m.engine(), m.period(), m.outcomePeriod(), m.inputs(),
                m.settings(), m.reliableChangeThresholds(), m.definitions(), m.groups(), m.trends(), m.dataDate(),
                m.methodologyNotes(), breakdowns);

        String text = allText(SampleReports.render(new ReportContent(withBreakdowns,
                ReportFixture.template("borough-comparison"), ReportFixture.options(true, null))));

        assertThat(text).contains("Sex Table", ": all projects, by category",
                "Male 383 39% (31%–47%) 136", "Female 120 60% (46%–72%) 50", "Other * * *", "Not stated 0 – 0",
                "Not recorded * * *", Disclosure.FOOTNOTE,
                "Retained 12 weeks by sex (higher is better)",
                "Highest: Female 60% (95% CI 46%–72%); lowest: Male 39% (95% CI 31%–47%).",
                "Not shown, hidden to protect confidentiality (*): Other, Not recorded.",
                "Not shown, nobody in the denominator: Not stated.",
                "Not broken down: Abstinent from illicit drugs; Abstinent from alcohol.");
    }

    @Test
    void flagsWorseAndWorseningInTheLeagueTablesAndTheSummary() throws IOException {
        // BAT's abstinence from alcohol: 24/98 (24.5%) is worse than Ealing (36.7%) and down 19.4 points on
        // 2026/27-Q1, a significant fall.
        String text = allText(SampleReports.render("borough-comparison", true, null));
        assertThat(text).contains("Needs attention",
                "Battling Addiction Together (project in Ealing): Abstinent from alcohol 24% (95% CI 17%–34%) is "
                        + "worse than Ealing (37%) and down 19.4 percentage points on 2026/27-Q1 (95% CI 6.1 to 31.8).",
                "3 Battling Addiction Together 24.5% 17.0%–33.9% 24 / 98 Ealing 36.7% Worse worse and worsening",
                "Worse and worsening: worse than its comparator, and significantly worse than the previous period or "
                        + "the same period a year before.");
    }

    @Test
    void statesChartPointsLeftOutBecauseTheyAreTooSmall() throws IOException {
        // Days using amphetamines (5 pairs) and other drugs (3 pairs) are hidden for Ealing's change chart.
        assertThat(allText(SampleReports.render("impact-evaluation", true, "borough:Ealing"))).contains(
                "Not shown, hidden to protect confidentiality (*): Days using amphetamines, Days using other drugs.");
    }

    @ParameterizedTest
    @CsvSource({"quarterly-monitoring, project:BAT", "borough-comparison, ''", "impact-evaluation, borough:Ealing"})
    void rendersEveryShippedTemplateWithItsAppendices(String template, String focus) throws IOException {
        byte[] pdf = SampleReports.render(template, true, focus.isEmpty() ? null : focus);
        String text = allText(pdf);
        assertThat(new PdfReader(pdf).getNumberOfPages()).isGreaterThan(10);
        assertThat(text).contains("Contents", "Key findings", "Data quality", "Rows read, accepted and quarantined",
                "Methodology", "Settings used for this report", "Reliable change thresholds used",
                "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae");
    }

    // ------------------------------------------------------------------------------------------ helpers

    private static String page(byte[] pdf, int page) throws IOException {
        return normalise(new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(page));
    }

    private static String allText(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor text = new PdfTextExtractor(reader);
        StringBuilder sb = new StringBuilder();
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            sb.append(text.getTextFromPage(p)).append('\n');
        }
        return normalise(sb.toString());
    }

    /**
     * A page's text including its artifacts (header and footer), which PdfTextExtractor leaves out: the page's
     * content is read with each /Artifact marked-content sequence renamed /Span.
     */
    private static String pageWithArtifacts(byte[] pdf, int page) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        String content = new String(reader.getPageContent(page), StandardCharsets.ISO_8859_1);
        reader.setPageContent(page, content.replace("/Artifact", "/Span").getBytes(StandardCharsets.ISO_8859_1));
        return normalise(new PdfTextExtractor(reader).getTextFromPage(page));
    }

    /** Lines joined with spaces; a line broken after a hyphen ("follow-" / "up") joined back. */
    static String normalise(String text) {
        return text.replaceAll("-\\s*\\n\\s*", "-").replaceAll("\\s+", " ");
    }

    private static String hex(byte[] bytes) {
        StringBuilder sb = new StringBuilder();
        for (byte b : bytes) {
            sb.append(String.format("%02x", b & 0xff));
        }
        return sb.toString();
    }

    private static void collectFonts(PdfDictionary resources, List<String> out, Set<PdfObject> seen) {
        if (resources == null || !seen.add(resources)) {
            return;
        }
        PdfDictionary fonts = resources.getAsDict(PdfName.FONT);
        if (fonts != null) {
            for (PdfName name : fonts.getKeys()) {
                PdfDictionary font = (PdfDictionary) PdfReader.getPdfObject(fonts.get(name));
                PdfDictionary descriptor = font.getAsDict(PdfName.FONTDESCRIPTOR);
                PdfArray descendants = font.getAsArray(PdfName.DESCENDANTFONTS);
                if (descendants != null) {
                    descriptor = ((PdfDictionary) PdfReader.getPdfObject(descendants.getPdfObject(0)))
                            .getAsDict(PdfName.FONTDESCRIPTOR);
                }
                boolean embedded = descriptor != null && (descriptor.get(PdfName.FONTFILE2) != null
                        || descriptor.get(PdfName.FONTFILE) != null || descriptor.get(PdfName.FONTFILE3) != null);
                out.add(PdfName.decodeName(font.getAsName(PdfName.BASEFONT).toString())
                        + (embedded ? " embedded" : " NOT embedded"));
            }
        }
        PdfDictionary xobjects = resources.getAsDict(PdfName.XOBJECT);
        if (xobjects != null) {
            for (PdfName name : xobjects.getKeys()) {
                PdfObject x = PdfReader.getPdfObject(xobjects.get(name));
                if (x instanceof PdfStream stream) {
                    collectFonts(stream.getAsDict(PdfName.RESOURCES), out, seen);
                }
            }
        }
    }

    private static void walk(PdfDictionary element, List<String> roles, List<String> alts, Set<PdfObject> seen) {
        if (!seen.add(element)) {
            return;
        }
        PdfName role = element.getAsName(PdfName.S);
        if (role != null) {
            roles.add(PdfName.decodeName(role.toString()));
        }
        PdfString alt = element.getAsString(PdfName.ALT);
        if (alt != null) {
            alts.add(alt.toUnicodeString());
        }
        PdfObject kids = PdfReader.getPdfObject(element.get(PdfName.K));
        if (kids instanceof PdfDictionary kid) {
            walk(kid, roles, alts, seen);
        } else if (kids instanceof PdfArray array) {
            for (int i = 0; i < array.size(); i++) {
                if (PdfReader.getPdfObject(array.getPdfObject(i)) instanceof PdfDictionary kid) {
                    walk(kid, roles, alts, seen);
                }
            }
        }
    }
}
