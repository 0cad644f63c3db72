package org.recoveryoutcomes.engine.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recoveryoutcomes.engine.api.OutputFormat;
import org.recoveryoutcomes.engine.api.ReportEngine;
import org.recoveryoutcomes.engine.api.ReportRequest;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Every shipped template's PDF of the sample data, and a working copy on one project, validated by veraPDF
 * against PDF/UA-1: not one rule fails.
 */
class PdfUaIT {

    static final Path SAMPLE = Path.of("../sample-data");

    @TempDir
    Path out;

    @BeforeAll
    static void startVeraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @ParameterizedTest(name = "{0} {1} suppression={2}")
    @CsvSource({
        "quarterly-monitoring, all, true",
        "borough-comparison, all, true",
        "impact-evaluation, all, true",
        "quarterly-monitoring, project:BAT, false",
        "impact-evaluation, borough:Ealing, true",
    })
    void passesPdfUa1(String template, String focus, boolean suppression) throws Exception {
        ReportRequest request = ReportRequest.builder().dataDir(SAMPLE).outDir(out).template(template).focus(focus)
                .outputs(Set.of(OutputFormat.PDF)).suppression(suppression).build();
        Path pdf = ReportEngine.run(request).written().get(0);
        Map<String, List<String>> failed = new TreeMap<>();
        ValidationResult result;
        try (InputStream in = Files.newInputStream(pdf);
             PDFAParser parser = Foundries.defaultInstance().createParser(in, PDFAFlavour.PDFUA_1);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
            result = validator.validate(parser);
        }
        for (TestAssertion t : result.getTestAssertions()) {
            if (t.getStatus() == TestAssertion.Status.FAILED) {
                failed.computeIfAbsent(t.getRuleId().getClause() + "-" + t.getRuleId().getTestNumber(),
                        k -> new ArrayList<>()).add(t.getMessage() + " at " + t.getLocation().getContext());
            }
        }
        List<String> summary = new ArrayList<>();
        failed.forEach((rule, where) -> summary.add(rule + " (" + where.size() + "x): " + where.get(0)));
        assertThat(summary).as("veraPDF PDF/UA-1 failures in " + pdf.getFileName()).isEmpty();
        assertThat(result.isCompliant()).isTrue();
    }
}
