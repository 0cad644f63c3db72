package org.recoveryoutcomes.engine.lamplight;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the Lamplight-style fixture export of {@code src/test/resources/lamplight/export}: a case-management
 * system's own headers, codes and dates, one Windows-1252 CSV, one UTF-8 CSV with a byte order mark, two workbooks
 * (one with title rows above its header, Excel date-times in both) and a free-text notes column. Not a test: run
 * its {@code main} to write the files again after changing them here, then review the diff.
 *
 * <pre>{@code java -cp <test classpath> org.recoveryoutcomes.engine.lamplight.LamplightFixtureWriter DIR}</pre>
 */
public final class LamplightFixtureWriter {

    private LamplightFixtureWriter() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        projects(dir.resolve("Projects.xlsx"));
        contacts(dir.resolve("Contact log.csv"));
        clients(dir.resolve("Client details.csv"));
        top(dir.resolve("TOP outcomes.xlsx"));
    }

    /** Three projects below two title rows; opened as an Excel date-time, a date, and "TBC". */
    static void projects(Path file) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("Projects");
            CellStyle dateTime = wb.createCellStyle();
            dateTime.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            sheet.createRow(0).createCell(0).setCellValue("Lamplight export: Projects");
            sheet.createRow(1).createCell(0).setCellValue("Exported 01/07/2026 09:12 by J. Admin");
            texts(sheet.createRow(3), "Project Code", "Project Name", "Local Authority", "Service Type", "Opened");
            Row r = sheet.createRow(4);
            texts(r, "CAF", "Café Recovery", "Ealing", "Peer support");
            dateCell(r, 4, LocalDateTime.of(2019, 5, 1, 10, 30), dateTime);
            r = sheet.createRow(5);
            texts(r, "HOP", "Hope Street", "Ealing", "Drop-in centre", "TBC");
            r = sheet.createRow(6);
            texts(r, "RIV", "Riverside Mentors", "Hounslow", "Mentoring");
            dateCell(r, 4, LocalDateTime.of(2021, 9, 6, 0, 0), date);
            write(wb, file);
        }
    }

    /**
     * Contacts in UTF-8 with a byte order mark, projects named as the system names them, attendance in words,
     * dates as dd/mm/yyyy and some as ISO timestamps, a notes column with an e-mail address, a phone number and a
     * note over two lines.
     */
    static void contacts(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("Contact ID,Client Ref,Project,Date of Contact,Contact Type,Attendance,Notes");
        String[][] rows = {
            {"L0001", "CR-101", "Café Recovery", "02/04/2026", "Drop-in", "Attended", ""},
            {"L0002", "CR-101", "Café Recovery", "09/04/2026", "1:1", "Attended", "Good session"},
            {"L0003", "CR-102", "Café Recovery", "09/04/2026", "1:1", "DNA", ""},
            {"L0004", "CR-102", "Café Recovery", "2026-04-16T10:30:00", "1:1", "Attended", ""},
            {"L0005", "CR-103", "Café Recovery", "16/04/2026", "Group", "Cancelled by client", ""},
            {"L0006", "CR-103", "Café Recovery", "23/04/2026", "Group", "Attended",
                "Asked us to e-mail her at jo.bloggs@example.org"},
            {"L0007", "CR-104", "Hope Street", "01/05/2026", "Drop-in", "Attended", ""},
            {"L0008", "CR-104", "Hope Street", "2026-05-08 14:00", "Drop-in", "Attended", "Call back on 07700 900123"},
            {"L0009", "CR-105", "Hope Street", "08/05/2026", "Phone", "DNA", ""},
            {"L0010", "CR-105", "Hope Street", "15/05/2026", "Phone", "Attended", "First line\nsecond line"},
            {"L0011", "CR-106", "Hope Street", "22/05/2026", "Drop-in", "Cancelled by client", ""},
            {"L0012", "CR-106", "Hope Street", "29/05/2026", "Drop-in", "Attended", ""},
            {"L0013", "CR-107", "Riverside Mentors", "03/06/2026", "1:1", "Attended", ""},
            {"L0014", "CR-107", "Riverside Mentors", "10/06/2026", "1:1", "Attended", ""},
            {"L0015", "CR-108", "Riverside Mentors", "10/06/2026", "Group", "DNA", ""},
            {"L0016", "CR-108", "Riverside Mentors", "17/06/2026", "Group", "Attended", ""},
            {"L0017", "CR-101", "Café Recovery", "24/06/2026", "Drop-in", "Attended", ""},
            {"L0018", "CR-102", "Café Recovery", "30/06/2026", "1:1", "Attended", ""},
        };
        for (String[] row : rows) {
            lines.add(csv(row));
        }
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(text, 0, all, bom.length, text.length);
        Files.write(file, all);
    }

    /** Client details as Excel's plain "CSV (Comma delimited)" saves them: Windows-1252. */
    static void clients(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("Client Ref,Gender,Ethnicity,Year of Birth,Main Substance,Referred By");
        String[][] rows = {
            {"CR-101", "Man", "White: English, Welsh, Scottish, Northern Irish or British", "1980", "Alcohol",
                "Café staff"},
            {"CR-102", "Woman", "Black, Black British, Caribbean or African: Caribbean", "1975", "Alcohol", "GP"},
            {"CR-103", "Woman", "Asian or Asian British: Indian", "1990", "Cannabis", "Self"},
            {"CR-104", "Prefer not to say", "Prefer not to say", "1968", "Opiates", "Self"},
            {"CR-105", "Man", "Mixed or Multiple ethnic groups: White and Black Caribbean", "1985", "Crack",
                "Probation"},
            {"CR-106", "Man", "White: Irish", "1959", "Alcohol", "Self"},
            {"CR-107", "Non-binary", "Other ethnic group: Arab", "1999", "Cocaine", "Self"},
            {"CR-108", "Woman", "White: Any other White background", "1972", "Alcohol", "Self"},
        };
        for (String[] row : rows) {
            lines.add(csv(row));
        }
        Files.write(file, (String.join("\r\n", lines) + "\r\n").getBytes(Charset.forName("windows-1252")));
    }

    /** TOP outcomes with stage letters and TOP dates as Excel date-times (10:30). */
    static void top(Path file) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("TOP");
            CellStyle dateTime = wb.createCellStyle();
            dateTime.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
            texts(sheet.createRow(0), "Client Ref", "Project Code", "TOP Date", "Stage",
                    "Alcohol: days used in past 4 weeks", "Psychological health status", "Quality of life");
            Object[][] rows = {
                {"CR-101", "CAF", LocalDateTime.of(2025, 10, 2, 10, 30), "S", 20, 6, 5},
                {"CR-101", "CAF", LocalDateTime.of(2026, 4, 9, 10, 30), "R", 8, 11, 10},
                {"CR-102", "CAF", LocalDateTime.of(2025, 11, 4, 10, 30), "S", 24, 5, 6},
                {"CR-102", "CAF", LocalDateTime.of(2026, 5, 6, 10, 30), "E", 2, 14, 13},
                {"CR-104", "HOP", LocalDateTime.of(2025, 12, 1, 10, 30), "S", 0, 9, 9},
                {"CR-104", "HOP", LocalDateTime.of(2026, 5, 29, 10, 30), "R", 0, 12, 12},
            };
            int n = 1;
            for (Object[] values : rows) {
                Row r = sheet.createRow(n++);
                texts(r, (String) values[0], (String) values[1]);
                dateCell(r, 2, (LocalDateTime) values[2], dateTime);
                r.createCell(3).setCellValue((String) values[3]);
                for (int i = 4; i < values.length; i++) {
                    r.createCell(i).setCellValue((Integer) values[i]);
                }
            }
            write(wb, file);
        }
    }

    private static void texts(Row row, String... values) {
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }

    private static void dateCell(Row row, int column, LocalDateTime value, CellStyle style) {
        Cell c = row.createCell(column);
        c.setCellValue(value);
        c.setCellStyle(style);
    }

    private static void write(XSSFWorkbook wb, Path file) throws IOException {
        // Fixed dates in the workbook's properties, so that writing the fixture again gives the same content.
        java.util.Date fixed = java.util.Date.from(java.time.Instant.parse("2026-07-01T09:12:00Z"));
        wb.getProperties().getCoreProperties().setCreated(java.util.Optional.of(fixed));
        wb.getProperties().getCoreProperties().setModified(java.util.Optional.of(fixed));
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
    }

    private static String csv(String[] row) {
        List<String> cells = new ArrayList<>();
        for (String v : row) {
            cells.add(v.contains(",") || v.contains("\"") || v.contains("\n") ? "\"" + v.replace("\"", "\"\"") + "\""
                    : v);
        }
        return String.join(",", cells);
    }
}
