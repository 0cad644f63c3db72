package org.recoveryoutcomes.engine.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads the real reports of the sample data back and holds them to {@code metrics.json}: every figure in the
 * workbook's tidy tables is a typed number equal to the JSON's (or {@code *} where the JSON says it is suppressed),
 * and the PDF states the headline figures and findings.
 */
class ReportReadBackIT {

    @TempDir
    static Path out;

    static JsonNode metrics;
    static Path xlsx;
    static Path pdf;

    @BeforeAll
    static void run() throws IOException {
        RunResult r = ReportEngine.run(ReportRequest.builder().dataDir(Path.of("../sample-data")).outDir(out).build());
        metrics = new ObjectMapper().readTree(out.resolve("metrics.json").toFile());
        xlsx = r.written().stream().filter(p -> p.toString().endsWith(".xlsx")).findFirst().orElseThrow();
        pdf = r.written().stream().filter(p -> p.toString().endsWith(".pdf")).findFirst().orElseThrow();
    }

    static JsonNode figure(String level, String groupId, String metric) {
        for (JsonNode g : metrics.path("groups")) {
            if (g.path("level").asText().equals(level) && g.path("id").asText().equals(groupId)) {
                return g.path("metrics").path(metric);
            }
        }
        throw new AssertionError("no group " + level + ":" + groupId + " in metrics.json");
    }

    @Test
    void everyFigureInTheWorkbooksTablesIsTheNumberInMetricsJson() throws IOException {
        int checked = 0;
        try (Workbook wb = WorkbookFactory.create(xlsx.toFile(), null, true)) {
            for (String name : new String[] {"Engagement", "Substance use outcomes", "Housing, work and offending",
                "Completions"}) {
                Sheet sheet = wb.getSheet(name);
                Map<String, Integer> col = new HashMap<>();
                for (Row row : sheet) {
                    if (col.isEmpty()) {
                        if (row.getCell(0) != null && "level".equals(row.getCell(0).getStringCellValue())) {
                            row.forEach(c -> col.put(c.getStringCellValue(), c.getColumnIndex()));
                        }
                        continue;
                    }
                    String level = text(row, col.get("level"));
                    String metric = text(row, col.get("metric"));
                    if (level == null || metric == null || text(row, col.get("category")) != null) {
                        continue;
                    }
                    JsonNode f = figure(level, text(row, col.get("group id")), metric);
                    Cell value = row.getCell(valueColumn(col));
                    if (f.path("suppressed").asBoolean()) {
                        assertThat(value.getStringCellValue()).as(name + " " + value.getAddress()).isEqualTo("*");
                        Cell d = col.containsKey("denominator") ? row.getCell(col.get("denominator")) : null;
                        if (f.has("denominator")) { // shown beside the hidden figure in both files, the same number
                            assertThat(d.getNumericCellValue()).as(name + " " + d.getAddress())
                                    .isEqualTo(f.path("denominator").asDouble());
                            checked++;
                        } else if (d != null && d.getCellType() != CellType.BLANK) {
                            assertThat(d.getStringCellValue()).as(name + " " + d.getAddress()).isEqualTo("*");
                        }
                    } else if (value != null && value.getCellType() == CellType.STRING) {
                        // Not small itself, but hidden so that a small figure cannot be worked out by subtraction.
                        assertThat(value.getStringCellValue()).as(name + " " + value.getAddress()).isEqualTo("*");
                        continue;
                    } else if (f.has("count")) {
                        assertThat(value.getCellType()).as(name + " " + value.getAddress()).isEqualTo(CellType.NUMERIC);
                        assertThat(value.getNumericCellValue()).isEqualTo(f.path("count").asDouble());
                        assertThat(value.getCellStyle().getDataFormatString()).isEqualTo("#,##0");
                    } else if (f.has("numerator") && !f.path("value").isNull()) {
                        assertThat(value.getCellType()).as(name + " " + value.getAddress()).isEqualTo(CellType.NUMERIC);
                        // metrics.json holds the percentage number (83.4), the workbook the fraction (0.834).
                        assertThat(value.getNumericCellValue()).isEqualTo(fraction(f.path("value")));
                        assertThat(value.getCellStyle().getDataFormatString()).isEqualTo("0.0%");
                        assertThat(row.getCell(col.get("numerator")).getNumericCellValue())
                                .isEqualTo(f.path("numerator").asDouble());
                        assertThat(row.getCell(col.get("denominator")).getNumericCellValue())
                                .isEqualTo(f.path("denominator").asDouble());
                        assertThat(row.getCell(col.get("lower 95%")).getNumericCellValue())
                                .isEqualTo(fraction(f.path("lower95")));
                    } else {
                        continue;
                    }
                    checked++;
                }
            }
        }
        assertThat(checked).as("figures checked").isGreaterThan(300);
    }

    @Test
    void thePdfStatesTheHeadlineFiguresAndFindings() throws IOException {
        String text = pdfText();
        JsonNode seen = figure("all", "all", "clients_seen");
        JsonNode opiates = figure("all", "all", "abstinent_opiates");
        assertThat(text).contains("Quarterly monitoring return", "All projects", "2026/27-Q2",
                String.format(java.util.Locale.UK, "%,d clients were seen in 2026/27-Q2.", seen.path("count").asLong()),
                "Of " + opiates.path("denominator").asLong() + " clients using opiates when they started, "
                        + opiates.path("numerator").asLong() + " (" + Math.round(opiates.path("value").asDouble()) + "%",
                "Choices where the definitions leave room",
                "Missing is never zero");
    }

    @Test
    void aProjectNamedLikeAFormulaStaysInertTextInTheWorkbook(@TempDir Path data, @TempDir Path reports)
            throws IOException {
        for (String f : new String[] {"contacts.csv", "clients.csv", "top.csv", "episodes.csv", "volunteers.csv"}) {
            Files.copy(Path.of("../sample-data").resolve(f), data.resolve(f));
        }
        String evil = "=HYPERLINK(\"http://x\",\"y\")";
        Files.writeString(data.resolve("projects.csv"), Files.readString(Path.of("../sample-data/projects.csv"))
                .replace("Battling Addiction Together", "\"" + evil.replace("\"", "\"\"") + "\""));
        RunResult r = ReportEngine.run(ReportRequest.builder().dataDir(data).outDir(reports)
                .outputs(java.util.Set.of(OutputFormat.XLSX)).build());
        int found = 0;
        try (Workbook wb = WorkbookFactory.create(r.written().get(0).toFile(), null, true)) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell c : row) {
                        assertThat(c.getCellType()).as(sheet.getSheetName() + "!" + c.getAddress())
                                .isNotEqualTo(CellType.FORMULA);
                        if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(evil)) {
                            assertThat(c.getCellStyle().getQuotePrefixed()).isTrue();
                            found++;
                        }
                    }
                }
            }
        }
        assertThat(found).as("cells holding the project's name").isPositive();
    }

    static String pdfText() throws IOException {
        PdfReader reader = new PdfReader(Files.readAllBytes(pdf));
        try {
            PdfTextExtractor x = new PdfTextExtractor(reader);
            StringBuilder sb = new StringBuilder();
            for (int p = 1; p <= reader.getNumberOfPages(); p++) {
                sb.append(x.getTextFromPage(p)).append('\n');
            }
            return sb.toString().replaceAll("-\\s*\\n\\s*", "-").replaceAll("\\s+", " ");
        } finally {
            reader.close();
        }
    }

    /** The value column: "value", or named after the unit when every row shares one ("value (%)", "count"). */
    private static int valueColumn(Map<String, Integer> col) {
        for (String name : new String[] {"value", "value (%)", "count"}) {
            if (col.containsKey(name)) {
                return col.get(name);
            }
        }
        throw new AssertionError("no value column among " + col.keySet());
    }

    private static String text(Row row, Integer col) {
        if (col == null || row.getCell(col) == null || row.getCell(col).getCellType() != CellType.STRING) {
            return null;
        }
        String s = row.getCell(col).getStringCellValue();
        return s.isEmpty() ? null : s;
    }

    /** A percentage of metrics.json as the workbook stores it: the fraction of its decimal form (83.4 is 0.834). */
    private static double fraction(JsonNode percent) {
        return percent.decimalValue().movePointLeft(2).doubleValue();
    }
}
