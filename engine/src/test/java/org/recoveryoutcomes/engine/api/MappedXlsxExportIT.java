package org.recoveryoutcomes.engine.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recoveryoutcomes.engine.model.FileReport;

/**
 * A case-management system's Excel export of the sample data — its own headers ({@code Client Ref},
 * {@code TOP Stage}), its own codes ({@code S/R/E/P}, {@code Male/Female}, {@code Yes/No}), dates as Excel dates in
 * some sheets and as typed text in others — read through a {@code mapping.json}, gives exactly the metrics of the
 * CSV files it was made from.
 */
class MappedXlsxExportIT {

    static final Path SAMPLE = Path.of("../sample-data");

    @TempDir
    Path temp;

    /** Their header for each of our columns, per file; columns not listed keep our name. */
    static final Map<String, Map<String, String>> HEADERS = Map.of(
            "projects", Map.of("project_id", "Project Code", "name", "Project Name", "borough", "Local Authority",
                    "service_type", "Service Type", "commissioner", "Commissioned By", "opened", "Start Date"),
            "contacts", Map.of("contact_id", "Contact Ref", "client_id", "Client Ref", "project_id", "Project Code",
                    "contact_date", "Contact Date", "contact_type", "Contact Type", "duration_minutes", "Minutes",
                    "delivered_by", "Delivered By", "volunteer_id", "Volunteer Ref", "attended", "Attended?"),
            "clients", Map.of("client_id", "Client Ref", "sex", "Sex", "primary_substance", "Main Substance"),
            "top", Map.of("client_id", "Client Ref", "project_id", "Project Code", "top_date", "TOP Date",
                    "stage", "TOP Stage"),
            "episodes", Map.of("client_id", "Client Ref", "project_id", "Project Code", "episode_start", "Start",
                    "episode_end", "End", "exit_reason", "Exit Reason"),
            "volunteers", Map.of("volunteer_id", "Volunteer Ref", "project_id", "Project Code", "joined", "Joined",
                    "left", "Left", "is_peer", "Peer?"));

    /** Their code for each of our codes, per file and column. */
    static final Map<String, Map<String, Map<String, String>>> CODES = Map.of(
            "top", Map.of("stage", Map.of("start", "S", "review", "R", "exit", "E", "post_exit", "P")),
            "clients", Map.of("sex", Map.of("male", "Male", "female", "Female", "other", "Other",
                    "not_stated", "Not stated")),
            "contacts", Map.of("contact_type", Map.of("drop_in", "Drop-in", "one_to_one", "1:1", "group", "Group",
                    "activity", "Activity", "phone", "Phone", "outreach", "Outreach", "other", "Other")));

    /** Where dates are typed as text (dd/MM/yyyy) rather than held as Excel dates. */
    static final Set<String> TEXT_DATES = Set.of("top", "volunteers");

    @Test
    void aMappedWorkbookExportGivesTheSameMetricsAsTheCsvData() throws IOException {
        Path xlsxData = Files.createDirectory(temp.resolve("export"));
        for (String file : List.of("projects", "contacts", "clients", "top", "episodes", "volunteers")) {
            export(file, SAMPLE.resolve(file + ".csv"), xlsxData.resolve(file + ".xlsx"));
        }
        Files.writeString(xlsxData.resolve("mapping.json"), mappingJson());

        RunResult fromCsv = ReportEngine.run(ReportRequest.builder().dataDir(SAMPLE).outDir(temp.resolve("csv"))
                .outputs(Set.of(OutputFormat.JSON)).build());
        RunResult fromXlsx = ReportEngine.run(ReportRequest.builder().dataDir(xlsxData)
                .outDir(temp.resolve("xlsx")).outputs(Set.of(OutputFormat.JSON)).build());

        assertThat(fromXlsx.files()).extracting(FileReport::file).containsExactly("projects.xlsx", "contacts.xlsx",
                "clients.xlsx", "top.xlsx", "episodes.xlsx", "volunteers.xlsx");
        assertThat(fromXlsx.files()).extracting(FileReport::rows, FileReport::accepted, FileReport::quarantined,
                FileReport::quarantinedByReason, FileReport::warningsByKind)
                .isEqualTo(fromCsv.files().stream().map(f -> org.assertj.core.groups.Tuple.tuple(f.rows(),
                        f.accepted(), f.quarantined(), f.quarantinedByReason(), f.warningsByKind())).toList());
        assertThat(fromXlsx.quarantined()).isZero();

        ObjectMapper json = new ObjectMapper();
        JsonNode csv = json.readTree(temp.resolve("csv/metrics.json").toFile());
        JsonNode xlsx = json.readTree(temp.resolve("xlsx/metrics.json").toFile());
        assertThat(csv.get("groups")).isNotNull(); // a real result, not two empty ones
        assertThat(csv.path("inputs").size()).isEqualTo(6);
        ((ObjectNode) csv).remove("inputs");
        ((ObjectNode) xlsx).remove("inputs");
        assertThat(xlsx).isEqualTo(csv);
    }

    private static String mappingJson() throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode();
        for (Map.Entry<String, Map<String, String>> file : new java.util.TreeMap<>(HEADERS).entrySet()) {
            ObjectNode spec = root.putObject(file.getKey());
            ObjectNode columns = spec.putObject("columns");
            new java.util.TreeMap<>(file.getValue()).forEach((ours, theirs) -> columns.put(theirs, ours));
            ObjectNode codes = spec.putObject("codes");
            CODES.getOrDefault(file.getKey(), Map.of()).forEach((column, byCode) -> {
                ObjectNode values = codes.putObject(column);
                new java.util.TreeMap<>(byCode).forEach((ours, theirs) -> values.put(theirs, ours));
            });
        }
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    /**
     * Writes the CSV file as their system would export it: their headers and codes, {@code Yes}/{@code No} for
     * {@code Y}/{@code N}, numbers as number cells, dates as date cells or as typed text.
     */
    private static void export(String file, Path csv, Path xlsx) throws IOException {
        List<CSVRecord> records;
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(r).getRecords();
        }
        List<String> header;
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            header = CSVFormat.RFC4180.parse(r).iterator().next().toList();
        }
        Map<String, String> headers = HEADERS.getOrDefault(file, Map.of());
        Map<String, Map<String, String>> codes = CODES.getOrDefault(file, Map.of());
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(xlsx)) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            Sheet sheet = wb.createSheet("Export");
            Row top = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                top.createCell(c).setCellValue(headers.getOrDefault(header.get(c), header.get(c)));
            }
            int r = 1;
            for (CSVRecord record : records) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < header.size(); c++) {
                    String v = record.get(c);
                    if (v.isEmpty()) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    Map<String, String> byCode = codes.get(header.get(c));
                    if (byCode != null) {
                        cell.setCellValue(byCode.getOrDefault(v, v));
                    } else if (v.equals("Y") || v.equals("N")) {
                        cell.setCellValue(v.equals("Y") ? "Yes" : "No");
                    } else if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
                        LocalDate d = LocalDate.parse(v);
                        if (TEXT_DATES.contains(file)) {
                            cell.setCellValue(String.format(java.util.Locale.ROOT, "%02d/%02d/%04d", d.getDayOfMonth(),
                                    d.getMonthValue(), d.getYear()));
                        } else {
                            cell.setCellValue(d);
                            cell.setCellStyle(date);
                        }
                    } else if (v.matches("-?\\d{1,9}(\\.\\d+)?") && !header.get(c).endsWith("_id")) {
                        cell.setCellValue(Double.parseDouble(v));
                    } else {
                        cell.setCellValue(v);
                    }
                }
            }
            wb.write(out);
            wb.dispose();
        }
    }
}
