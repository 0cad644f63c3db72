package org.recoveryoutcomes.engine.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recoveryoutcomes.engine.model.ReportException;

/**
 * {@code "service_type": "peer_support"} in the settings: the Lamplight-style export's report (a peer-led charity)
 * speaks of the people it supports, in the PDF and the workbook; without it, of clients, as before.
 */
class ServiceTypeTest {

    @TempDir
    Path temp;

    private RunResult run(String settingsJson, String out) throws IOException {
        Path settings = temp.resolve(out + "-settings.json");
        Files.writeString(settings, settingsJson);
        return ReportEngine.run(ReportRequest.builder().dataDir(LamplightExportTest.EXPORT).settingsFile(settings)
                .outDir(temp.resolve(out)).outputs(Set.of(OutputFormat.PDF, OutputFormat.XLSX)).build());
    }

    private static String pdfText(RunResult r) throws IOException {
        try (PdfReader pdf = new PdfReader(Files.readAllBytes(OrganisationNameTest.written(r.written(), ".pdf")))) {
            PdfTextExtractor x = new PdfTextExtractor(pdf);
            StringBuilder sb = new StringBuilder();
            for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
                sb.append(x.getTextFromPage(p)).append('\n');
            }
            return sb.toString().replaceAll("\\s+", " ");
        }
    }

    /** The text cells of the workbook's sheets other than the definitions (which keep the data format's words). */
    private static List<String> workbookTexts(RunResult r) throws IOException {
        List<String> texts = new ArrayList<>();
        try (InputStream in = Files.newInputStream(OrganisationNameTest.written(r.written(), ".xlsx"));
             XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Sheet sheet : wb) {
                if (sheet.getSheetName().equals("Definitions")) {
                    continue;
                }
                for (Row row : sheet) {
                    for (Cell c : row) {
                        if (c.getCellType() == CellType.STRING) {
                            texts.add(c.getStringCellValue());
                        }
                    }
                }
            }
        }
        return texts;
    }

    @Test
    void aPeerSupportServicesReportSpeaksOfThePeopleItSupports() throws IOException {
        RunResult r = run("{\"service_type\": \"peer_support\", \"organisation_name\": \"Café Recovery CIC\"}",
                "peer");

        String pdf = pdfText(r);
        assertThat(pdf).contains("The number of people supported in 2026/27-Q1 is hidden to protect confidentiality.")
                .contains("What changed for people supported").contains("People supported rate their")
                .contains("Retention looks at each person's current run")
                .doesNotContain("Clients seen").doesNotContain("What changed for clients")
                .doesNotContain("The number of clients seen").doesNotContain("too few clients");
        List<String> texts = workbookTexts(r);
        assertThat(texts).contains("People supported", "New people supported", "Contacts per person supported")
                .doesNotContain("Clients seen", "New clients", "Contacts per client")
                // metric ids are not words of the report: they stay
                .contains("clients_seen");
    }

    @Test
    void withoutAServiceTypeTheReportSpeaksOfClientsAsBefore() throws IOException {
        RunResult r = run("{}", "default");

        assertThat(pdfText(r)).contains("The number of clients seen in 2026/27-Q1 is hidden to protect confidentiality.")
                .contains("What changed for clients").contains("Clients rate their")
                .doesNotContain("people supported").doesNotContain("People supported");
        assertThat(workbookTexts(r)).contains("Clients seen", "New clients", "Contacts per client")
                .doesNotContain("People supported");
    }

    @Test
    void anUnknownServiceTypeIsAConfigurationErrorListingTheKnownOnes() throws IOException {
        assertThatThrownBy(() -> run("{\"service_type\": \"peer\"}", "bad"))
                .isInstanceOfSatisfying(ReportException.class,
                        e -> assertThat(e.kind()).isEqualTo(ReportException.Kind.CONFIG))
                .hasMessage("settings bad-settings.json: service_type: 'peer' is not a service type; give one of "
                        + "treatment (clients in treatment), peer_support (people supported)");
    }
}
