package org.recoveryoutcomes.engine.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.recoveryoutcomes.engine.model.MetricsResult;
import org.recoveryoutcomes.engine.model.Wording;
import org.recoveryoutcomes.engine.render.RenderOptions;
import org.recoveryoutcomes.engine.render.ReportContent;

/**
 * A peer-support service's report supports people: its sentences, headings, tiles, tables and the template's own
 * texts never say clients or in treatment. The default (a treatment service) reads as it always has.
 */
class ServiceTypeWordingTest {

    private static String text(String template, Wording wording) throws IOException {
        return text(template, wording, ReportFixture.metrics());
    }

    private static String text(String template, Wording wording, MetricsResult metrics) throws IOException {
        RenderOptions options = ReportFixture.options(true, null).withWording(wording);
        byte[] pdf = SampleReports.render(new ReportContent(metrics, ReportFixture.template(template), options));
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor x = new PdfTextExtractor(reader);
        StringBuilder sb = new StringBuilder();
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            sb.append(x.getTextFromPage(p)).append('\n');
        }
        return PdfReportWriterTest.normalise(sb.toString());
    }

    /**
     * The text without what keeps the data format's words on purpose: the definitions appendix (the metric
     * definitions, as metrics.json gives them), the methodology's counting rule and the names of the input files.
     */
    private static String reworded(String text) {
        return text.replaceAll("Definitions of the measures in this report.*?The workbook's Definitions sheet", "")
                .replace("A client counts once per area", "").replace("clients.csv", "").replace("(clients file)", "");
    }

    @Test
    void aPeerSupportServicesReportSupportsPeopleAndHasNoClientsInTreatment() throws IOException {
        String peer = text("borough-comparison", Wording.PEER_SUPPORT,
                ReportFixture.withoutClientsFile(ReportFixture.metrics()));

        assertThat(peer).doesNotContain("clients in treatment").doesNotContain("completed treatment")
                .contains("Of 232 people supported, 102 (44%, 95% CI 38%–50%) completed support successfully and "
                        + "did not return within 183 days.")
                .contains("526 people were supported in 2026/27-Q2.")
                .contains("No equality breakdowns: the data has no profiles of the people supported (clients file)");
        assertThat(reworded(peer)).doesNotContainPattern("(?i)\\bclient(s|'s)?\\b");
    }

    @Test
    void itsHeadingsTilesTablesAndTemplateTextsSayPeopleSupported() throws IOException {
        String peer = text("quarterly-monitoring", Wording.PEER_SUPPORT);

        assertThat(peer).contains("What changed for people supported")
                .contains("People supported 526")
                .contains("Contacts People supported New people supported")
                .contains("People supported rate their psychological health")
                .contains("Retention looks at each person's current run")
                .doesNotContain("Clients seen").doesNotContain("What changed for clients");
        assertThat(reworded(peer)).doesNotContainPattern("(?i)\\bclient(s|'s)?\\b");
    }

    @Test
    void aTreatmentServicesReportKeepsItsWords() throws IOException {
        assertThat(text("borough-comparison", Wording.TREATMENT))
                .contains("Of 232 clients in treatment, 102 (44%, 95% CI 38%–50%) completed treatment successfully "
                        + "and did not return within 183 days.")
                .contains("526 clients were seen in 2026/27-Q2.")
                .doesNotContain("people supported");
        String quarterly = text("quarterly-monitoring", Wording.TREATMENT);
        assertThat(quarterly).contains("What changed for clients").contains("Clients seen 526")
                .contains("Clients rate their psychological health").doesNotContain("people supported");
        // the default options are a treatment service's, byte for byte
        assertThat(SampleReports.render("quarterly-monitoring", true, null)).isEqualTo(SampleReports.render(
                new ReportContent(ReportFixture.metrics(), ReportFixture.template("quarterly-monitoring"),
                        ReportFixture.options(true, null).withWording(Wording.TREATMENT))));
    }
}
