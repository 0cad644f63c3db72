package org.recoveryoutcomes.engine.render.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.recoveryoutcomes.engine.api.OutputFormat;
import org.recoveryoutcomes.engine.api.ReportEngine;
import org.recoveryoutcomes.engine.api.ReportRequest;

/**
 * Every shipped template's HTML report, made from the sample data, opened in headless Chromium (Debian's
 * {@code chromium} and {@code chromium-driver}, see the README) and checked with axe-core at WCAG 2.2 AA: no
 * violation, and no sideways scrolling of the page on a 375 px phone or a 1280 px laptop. Screenshots of each
 * are left in {@code target/html-screenshots} to look at.
 *
 * <p>Without Chromium the test is skipped with a message, except where the environment variable {@code CI} is
 * set: there a missing browser fails the build, so a check that should have run never passes silently.
 */
class HtmlReportBrowserIT {

    static final Path SAMPLE = Path.of("../sample-data");
    static final Path SHOTS = Path.of("target/html-screenshots");
    static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private static final Map<String, Path> PAGES = new LinkedHashMap<>();
    private static ChromeDriver browser;

    static List<String> pages() {
        return List.of("quarterly-monitoring", "borough-comparison", "impact-evaluation",
                "quarterly-monitoring working copy");
    }

    @BeforeAll
    static void startBrowserAndWriteReports() throws IOException {
        Path chromium = executable("CHROME_BIN", "/usr/bin/chromium", "/usr/bin/chromium-browser",
                "/usr/bin/google-chrome");
        Path driver = executable("CHROMEDRIVER", "/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
        if (chromium == null || driver == null) {
            String why = "Chromium or its driver is not installed (apt-get install -y chromium chromium-driver, "
                    + "see the README), so the HTML report was not checked in a browser";
            if (System.getenv("CI") != null) {
                fail(why + "; CI is set, so this is a failure, not a skip");
            }
            Assumptions.abort(why + ".");
        }
        Path dir = Files.createTempDirectory("html-reports");
        for (String page : pages()) {
            String template = page.split(" ")[0];
            Path out = dir.resolve(page.replace(' ', '-'));
            ReportRequest request = ReportRequest.builder().dataDir(SAMPLE).outDir(out).template(template)
                    .outputs(Set.of(OutputFormat.HTML)).suppression(!page.endsWith("working copy")).build();
            Path html = ReportEngine.run(request).written().stream()
                    .filter(p -> p.toString().endsWith(".html")).findFirst().orElseThrow();
            PAGES.put(page, html);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--hide-scrollbars", "--force-device-scale-factor=1", "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile())
                .build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(120));
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void hasNoAxeViolationsAtWcag22AA(String page) {
        open(page, 1280);
        // axe on a page of thousands of cells takes a while on a busy machine; its own default is 30 s.
        Results results = new AxeBuilder().withTags(WCAG_22_AA).setTimeout(600).analyze(browser);
        assertThat(results.getErrorMessage()).as("axe ran").isNull();
        List<String> violations = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            StringBuilder b = new StringBuilder(rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp());
            for (CheckedNode node : rule.getNodes().subList(0, Math.min(5, rule.getNodes().size()))) {
                b.append("\n    ").append(node.getTarget()).append(": ").append(node.getFailureSummary());
            }
            violations.add(b.toString());
        }
        assertThat(violations).as("axe-core violations in " + page).isEmpty();
        assertThat(results.getPasses()).as("rules axe checked and passed").isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void neverScrollsSidewaysOnAPhoneOrALaptop(String page) throws IOException {
        for (int width : new int[] {375, 1280}) {
            open(page, width);
            JavascriptExecutor js = browser;
            long client = ((Number) js.executeScript("return document.documentElement.clientWidth")).longValue();
            long scroll = ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
            assertThat(client).as("viewport width").isBetween(width - 20L, (long) width);
            assertThat(scroll).as(page + " at " + width + " px: the page's width").isLessThanOrEqualTo(client);
            screenshot(page, width);
        }
        // The first chart on its own, at laptop width, to look at beside the PDF's.
        var charts = browser.findElements(org.openqa.selenium.By.cssSelector("figure.chart"));
        if (!charts.isEmpty()) {
            browser.manage().window().setSize(new Dimension(1280, 900));
            browser.executeScript("arguments[0].scrollIntoView()", charts.get(0));
            File shot = charts.get(0).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SHOTS.resolve(page.replace(' ', '-') + "-figure-1.png"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void open(String page, int width) {
        browser.manage().window().setSize(new Dimension(width, 900));
        browser.get(PAGES.get(page).toUri().toString());
    }

    /** The whole page: the window is made as tall as the page, then photographed. */
    private static void screenshot(String page, int width) throws IOException {
        long height = ((Number) ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollHeight")).longValue();
        browser.manage().window().setSize(new Dimension(width, (int) Math.min(height, 16_000)));
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SHOTS.resolve(page.replace(' ', '-') + "-" + width + ".png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static Path executable(String variable, String... candidates) {
        List<String> all = new ArrayList<>();
        if (System.getenv(variable) != null) {
            all.add(System.getenv(variable));
        }
        all.addAll(List.of(candidates));
        for (String c : all) {
            Path p = Path.of(c);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }
}
