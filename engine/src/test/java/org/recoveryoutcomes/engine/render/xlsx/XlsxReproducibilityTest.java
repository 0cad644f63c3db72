package org.recoveryoutcomes.engine.render.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Same content, same bytes (outputs.md, Reproducibility): in one JVM, under other defaults, in another JVM. */
class XlsxReproducibilityTest {

    @Test
    void writesIdenticalBytesForIdenticalContent() throws IOException {
        byte[] first = new Fixture().write();
        byte[] second = new Fixture().write();
        assertThat(ZipDiff.describe(first, second)).isEqualTo("same");
        assertThat(second).isEqualTo(first);
    }

    @Test
    void stampsEveryZipEntryWithTheReportDateAndNoTimeZoneDependentField() throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(new Fixture().write()))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                names.add(e.getName());
                assertThat(e.getTimeLocal()).as(e.getName()).isEqualTo(LocalDateTime.of(2026, 10, 3, 0, 0));
                assertThat(e.getExtra()).as(e.getName()).isNull();
                assertThat(e.getLastModifiedTime().toMillis()).as(e.getName()).isEqualTo(e.getTime());
            }
        }
        assertThat(names).contains("[Content_Types].xml", "docProps/core.xml", "xl/workbook.xml",
                "xl/charts/chart1.xml");
    }

    @Test
    void datesTheDocumentOnTheReportDateAndNamesItsCreator() throws IOException {
        String core = entry(new Fixture().write(), "docProps/core.xml");
        assertThat(core).contains("<dc:creator>Recovery Outcomes</dc:creator>",
                "<dcterms:created xsi:type=\"dcterms:W3CDTF\">2026-10-03T00:00:00Z</dcterms:created>",
                "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">2026-10-03T00:00:00Z</dcterms:modified>",
                "<dc:title>Quarterly monitoring return, 2026/27-Q2</dc:title>",
                "<dc:identifier>0f3c9a</dc:identifier>");
        assertThat(core).doesNotContain("lastPrinted", "lastModifiedBy");
    }

    @Test
    void writesTheSameBytesWhateverTheDefaultLocaleAndTimeZone() throws IOException {
        byte[] expected = new Fixture().write();
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            Locale.setDefault(new Locale("tr", "TR"));
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            assertThat(ZipDiff.describe(expected, new Fixture().write())).isEqualTo("same");
            Locale.setDefault(Locale.GERMANY);
            TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
            assertThat(ZipDiff.describe(expected, new Fixture().write())).isEqualTo("same");
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
    }

    @Test
    void writesTheSameBytesInAnotherJvmWithOtherDefaults(@TempDir Path dir) throws Exception {
        Path other = dir.resolve("other.xlsx");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Duser.language=de", "-Duser.country=DE",
                "-Duser.timezone=Asia/Kolkata", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), WriteFixture.class.getName(), other.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("log.txt"))).isZero();
        assertThat(ZipDiff.describe(new Fixture().write(), Files.readAllBytes(other))).isEqualTo("same");
    }

    private static String entry(byte[] zipBytes, String name) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zipBytes))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (e.getName().equals(name)) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no " + name + " in the workbook");
    }

}
