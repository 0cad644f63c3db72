package org.recoveryoutcomes.engine.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.recoveryoutcomes.engine.api.OutputFormat;
import org.recoveryoutcomes.engine.api.ReportEngine;
import org.recoveryoutcomes.engine.api.ReportRequest;

/** The HTML report of the sample data, read back as a document: its structure, without a browser. */
class HtmlReportIT {

    static final Path SAMPLE = Path.of("../sample-data");

    @TempDir
    Path out;

    private Path write(String template, boolean suppression, Path dir) {
        ReportRequest request = ReportRequest.builder().dataDir(SAMPLE).outDir(dir).template(template)
                .outputs(Set.of(OutputFormat.HTML)).suppression(suppression).build();
        return ReportEngine.run(request).written().get(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"quarterly-monitoring", "borough-comparison", "impact-evaluation"})
    void isOnePageWithLandmarksOneH1AndHeadingsInOrder(String template) throws IOException {
        Path html = write(template, true, out);
        assertThat(html.getFileName().toString()).isEqualTo("report-" + template + "-2026-27-Q2.html");
        Document doc = Jsoup.parse(html.toFile());
        assertThat(doc.select("html").attr("lang")).isEqualTo("en-GB");
        assertThat(doc.select("body > header, body > nav, body > main, body > footer")).hasSize(4);
        assertThat(doc.select("h1")).hasSize(1);
        int last = 1;
        for (Element h : doc.select("h1, h2, h3, h4, h5, h6")) {
            int level = h.tagName().charAt(1) - '0';
            assertThat(level).as("heading \"" + h.text() + "\" after an h" + last).isLessThanOrEqualTo(last + 1);
            last = level;
        }
        assertThat(doc.select("nav a[href^=#]")).hasSizeGreaterThan(3).allSatisfy(a ->
                assertThat(doc.getElementById(a.attr("href").substring(1))).as(a.attr("href")).isNotNull());
        for (Element table : doc.select("table")) {
            assertThat(table.select("> caption").text()).isNotBlank();
            assertThat(table.select("th")).allSatisfy(th -> assertThat(th.attr("scope"))
                    .isIn("col", "row", "colgroup", "rowgroup"));
        }
        for (Element svg : doc.select("svg")) {
            assertThat(svg.attr("role")).isEqualTo("img");
            assertThat(doc.getElementById(svg.attr("aria-labelledby"))).isNotNull();
            assertThat(svg.closest("figure").select("table")).as("the figures beside the chart").hasSize(1);
        }
    }

    @Test
    void needsNothingFromAnywhereElseAndNoScript() throws IOException {
        Document doc = Jsoup.parse(write("quarterly-monitoring", true, out).toFile());
        assertThat(doc.select("script, link, img, iframe, object, embed")).isEmpty();
        assertThat(doc.select("[src]")).isEmpty();
        assertThat(doc.select("a[href]")).allSatisfy(a -> assertThat(a.attr("href")).startsWith("#"));
        assertThat(doc.select("style").html()).doesNotContain("url(", "@import", "@font-face");
    }

    @Test
    void saysSuppressedInWordsWhereItShowsAnAsterisk() throws IOException {
        Document doc = Jsoup.parse(write("quarterly-monitoring", true, out).toFile());
        var masks = doc.select("span[aria-hidden=true]");
        assertThat(masks).isNotEmpty().allSatisfy(m -> {
            // A star alone, or a hidden number over the denominator the publication shows ("* / 57").
            String over = m.text().startsWith("* / ") ? ", of " + m.text().substring(4) : "";
            assertThat(m.text()).matches("\\*( / [0-9,]+)?");
            assertThat(m.nextElementSibling().text()).isEqualTo(HtmlReportWriter.SUPPRESSED + over);
            assertThat(m.nextElementSibling().hasClass("visually-hidden")).isTrue();
        });
        assertThat(masks.stream().filter(m -> m.text().startsWith("* / "))).as("denominators shown").isNotEmpty();
        assertThat(doc.select("td, th").stream().filter(c -> c.ownText().equals("*"))).isEmpty();
        assertThat(doc.text()).doesNotContain("NOT FOR PUBLICATION");
    }

    @Test
    void saysNotForPublicationOnAWorkingCopy() throws IOException {
        Document doc = Jsoup.parse(write("quarterly-monitoring", false, out).toFile());
        assertThat(doc.title()).startsWith("NOT FOR PUBLICATION");
        assertThat(doc.select("header .warning-banner").text()).startsWith("NOT FOR PUBLICATION");
        assertThat(doc.select("span[aria-hidden=true]")).isEmpty();
    }

    @Test
    void givesTheSameBytesEveryTime() throws IOException {
        Path a = write("borough-comparison", true, out.resolve("a"));
        Path b = write("borough-comparison", true, out.resolve("b"));
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
    }
}
