package org.recoveryoutcomes.engine.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recoveryoutcomes.engine.model.ReportException;

/** The organisation's own name (and logo) from the settings, on the Lamplight-style export's report. */
class OrganisationNameTest {

    @TempDir
    Path temp;

    RunResult run(String settingsJson) throws IOException {
        Path settings = temp.resolve("settings.json");
        Files.writeString(settings, settingsJson);
        return ReportEngine.run(ReportRequest.builder().dataDir(LamplightExportTest.EXPORT).settingsFile(settings)
                .outDir(temp.resolve("out")).outputs(Set.of(OutputFormat.PDF, OutputFormat.XLSX)).build());
    }

    static Path written(List<Path> files, String extension) {
        return files.stream().filter(p -> p.toString().endsWith(extension)).findFirst().orElseThrow();
    }

    @Test
    void theOrganisationsNameIsOnTheCoverAndInTheDocumentsMetadata() throws IOException {
        BufferedImage image = new BufferedImage(80, 40, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(image, "png", temp.resolve("logo.png").toFile());

        RunResult r = run("{\"organisation_name\": \"Café Recovery CIC\", \"organisation_logo\": \"logo.png\"}");

        try (PdfReader pdf = new PdfReader(Files.readAllBytes(written(r.written(), ".pdf")))) {
            PdfTextExtractor text = new PdfTextExtractor(pdf);
            assertThat(text.getTextFromPage(1)).contains("CAFÉ RECOVERY CIC").contains("Organisation Café Recovery CIC")
                    .doesNotContain("Organisation Recovery Outcomes");
            // the page headers are artifacts, which text extraction leaves out; they print the same name
            assertThat(pdf.getInfo().get("Author")).isEqualTo("Café Recovery CIC");
        }
        try (InputStream in = Files.newInputStream(written(r.written(), ".xlsx"));
             XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getProperties().getCoreProperties().getCreator()).isEqualTo("Café Recovery CIC");
        }
    }

    @Test
    void withoutANameTheReportIsTheEnginesAsBefore() throws IOException {
        RunResult r = run("{}");

        try (PdfReader pdf = new PdfReader(Files.readAllBytes(written(r.written(), ".pdf")))) {
            assertThat(new PdfTextExtractor(pdf).getTextFromPage(1)).contains("Organisation Recovery Outcomes");
        }
    }

    @Test
    void aLogoThatDoesNotExistIsAConfigurationError() throws IOException {
        assertThatThrownBy(() -> run("{\"organisation_logo\": \"missing.png\"}"))
                .isInstanceOfSatisfying(ReportException.class,
                        e -> assertThat(e.kind()).isEqualTo(ReportException.Kind.CONFIG))
                .hasMessageContaining("organisation_logo: ").hasMessageEndingWith("missing.png does not exist; give "
                        + "the path of a PNG or JPEG image, absolute or from the settings file's folder");
    }
}
