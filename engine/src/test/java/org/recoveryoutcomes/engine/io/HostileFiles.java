package org.recoveryoutcomes.engine.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Makes the hostile files too big, too binary or too dangerous to keep in the repository: each is written at test
 * time from a few lines of code. Shared by the reader tests and {@code HostileCorpusTest}, whose {@code generate:}
 * lines name these generators.
 */
public final class HostileFiles {

    /** A real 1×1 PNG image (67 bytes). */
    static final byte[] PNG = HexFormat.of().parseHex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f"
            + "15c4890000000a49444154789c63000100000500010d0a2db40000000049454e44ae426082");

    private HostileFiles() {
    }

    /**
     * Writes {@code target} with generator {@code name}, reading from {@code dir} where the generator needs a
     * source file.
     */
    static void generate(String name, Path dir, Path target) throws IOException {
        switch (name) {
            case "png" -> Files.write(target, PNG);
            case "workbook" -> workbook(csv(dir.resolve("projects.csv")), target);
            case "xlsx" -> xlsxFromCsv(dir, target);
            case "zip-bomb" -> zipBomb(target, 20_000_000);
            case "entity-bomb" -> entityBomb(target);
            case "encrypted" -> encrypted(csv(dir.resolve("projects.csv")), target);
            case "nesting-bomb" -> Files.writeString(target, "[".repeat(100_000) + "]".repeat(100_000));
            case "nesting-bomb-line" -> Files.writeString(target,
                    "{\"contact_id\": \"C1\", \"client_id\": \"P1\", \"project_id\": \"BAT\", \"contact_date\": "
                            + "\"2026-04-01\", \"contact_type\": \"drop_in\"}\n"
                            + "{\"contact_id\": " + "[".repeat(50_000) + "]".repeat(50_000) + "}\n");
            case "huge-field" -> Files.writeString(target, "contact_id,client_id,project_id,contact_date,contact_type,"
                    + "notes\nC1,P1,BAT,2026-04-01,drop_in,\n"
                    + "C2,P2,BAT,2026-04-01," + "x".repeat(2 * 1024 * 1024) + ",\n"
                    + "C3," + "P".repeat(2 * 1024 * 1024) + ",BAT,2026-04-01,group,\n"
                    + "C4,P4,BAT,2026-04-01,drop_in,\"" + "note, ".repeat(350_000) + "\"\n");
            case "very-long-line" -> Files.writeString(target, "contact_id,client_id,project_id,contact_date,"
                    + "contact_type\nC1,P1,BAT,2026-04-01,drop_in\n"
                    + "C2,P2,BAT,2026-04-01,drop_in" + ",x".repeat(100_000) + "\n"
                    + "C3,P3,BAT,2026-04-01,group\n");
            case "many-line-breaks" -> Files.writeString(target, "contact_id,client_id,project_id,contact_date,"
                    + "contact_type,notes\nC1,P1,BAT,2026-04-01,drop_in,\"" + "line\n".repeat(20_000) + "\"\n"
                    + "C2,P2,BAT,2026-02-30,drop_in,\n");
            case "million-commas" -> Files.writeString(target, "contact_id,client_id,project_id,contact_date,"
                    + "contact_type\nC1,P1,BAT,2026-04-01,drop_in\n" + ",".repeat(1_000_000) + "\n"
                    + "C2,P2,BAT,2026-04-01,group\n");
            case "huge-json-string" -> Files.writeString(target, "[{\"contact_id\": \"C1\", \"client_id\": \""
                    + "x".repeat(30 * 1024 * 1024) + "\"}]");
            case "nul-after-sniff" -> Files.writeString(target, "project_id,name,borough,service_type,notes\n"
                    + "BAT,Battling Addiction Together,Ealing,peer_aftercare," + "x".repeat(9000) + "\n"
                    + "HOP,Pro\0ject Hope,Ealing,peer_aftercare,\n");
            default -> throw new IllegalArgumentException("no generator " + name);
        }
    }

    /**
     * A workbook whose one sheet expands {@code padding} bytes beyond its few kilobytes: a comment of one repeated
     * letter, which deflate squeezes about a thousand to one.
     */
    public static void zipBomb(Path target, int padding) throws IOException {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Row header = wb.createSheet("data").createRow(0);
            List<String> names = List.of("contact_id", "client_id", "project_id", "contact_date", "contact_type");
            for (int i = 0; i < names.size(); i++) {
                header.createCell(i).setCellValue(names.get(i));
            }
            wb.write(plain);
        }
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(plain.toByteArray()));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] content = in.readAllBytes();
                out.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int at = xml.indexOf("<sheetData>") + "<sheetData>".length();
                    out.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
                    out.write("<!--".getBytes(StandardCharsets.UTF_8));
                    byte[] chunk = "A".repeat(1 << 16).getBytes(StandardCharsets.US_ASCII);
                    for (int written = 0; written < padding; written += chunk.length) {
                        out.write(chunk);
                    }
                    out.write("-->".getBytes(StandardCharsets.UTF_8));
                    out.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(content);
                }
                out.closeEntry();
            }
        }
    }

    /**
     * A workbook whose sheet declares the "billion laughs": entities that each expand to ten of the one before,
     * nine levels deep, so that one reference would expand to a billion "lol"s.
     */
    static void entityBomb(Path target) throws IOException {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE worksheet [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10))
                    .append("\">");
        }
        dtd.append("]>");
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("data").createRow(0).createCell(0).setCellValue("contact_id");
            wb.write(plain);
        }
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(plain.toByteArray()));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] content = in.readAllBytes();
                out.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int at = xml.indexOf("?>") + 2;
                    xml = xml.substring(0, at) + dtd + xml.substring(at).replace("<sheetData>",
                            "<sheetData><row r=\"5\"><c r=\"A5\" t=\"inlineStr\"><is><t>&lol9;</t></is></c></row>");
                    out.write(xml.getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(content);
                }
                out.closeEntry();
            }
        }
    }

    /** The rows as a workbook protected by a password, as Excel's "Encrypt with Password" saves it. */
    static void encrypted(List<List<String>> rows, Path target) throws IOException {
        Path plain = Files.createTempFile(target.getParent(), "plain", ".xlsx");
        workbook(rows, plain);
        try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem()) {
            org.apache.poi.poifs.crypt.EncryptionInfo info =
                    new org.apache.poi.poifs.crypt.EncryptionInfo(org.apache.poi.poifs.crypt.EncryptionMode.agile);
            org.apache.poi.poifs.crypt.Encryptor enc = info.getEncryptor();
            enc.confirmPassword("secret");
            try (org.apache.poi.openxml4j.opc.OPCPackage opc = org.apache.poi.openxml4j.opc.OPCPackage.open(
                    plain.toFile(), org.apache.poi.openxml4j.opc.PackageAccess.READ_WRITE);
                 OutputStream os = enc.getDataStream(fs)) {
                opc.save(os);
            } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException
                     | java.security.GeneralSecurityException e) {
                throw new IOException(e);
            }
            try (OutputStream out = Files.newOutputStream(target)) {
                fs.writeFilesystem(out);
            }
        }
        Files.delete(plain);
    }

    /** The rows of a CSV file, header first. */
    static List<List<String>> csv(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.parse(r).stream().map(CSVRecord::toList).toList();
        }
    }

    /** The rows as a workbook, every cell text: a workbook in a file of another name. */
    static void workbook(List<List<String>> rows, Path target) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(target)) {
            Sheet sheet = wb.createSheet("data");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            wb.write(out);
        }
    }

    /**
     * Turns {@code <base>.csv} in {@code dir} into the workbook {@code target} ({@code <base>.xlsx}) as Excel
     * would hold it: ISO dates as date cells, plain numbers as number cells, the rest as text. The CSV file is
     * removed, as the data directory may hold only one file of each kind.
     */
    static void xlsxFromCsv(Path dir, Path target) throws IOException {
        String name = target.getFileName().toString();
        Path source = dir.resolve(name.substring(0, name.lastIndexOf('.')) + ".csv");
        List<List<String>> rows = csv(source);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(target)) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            Sheet sheet = wb.createSheet("data");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    String v = rows.get(r).get(c);
                    if (v.isEmpty()) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (r > 0 && v.matches("\\d{4}-\\d{2}-\\d{2}") && RowCheck.parseDate(v) != null) {
                        cell.setCellValue(LocalDate.parse(v));
                        cell.setCellStyle(date);
                    } else if (r > 0 && v.matches("-?\\d{1,9}(\\.\\d+)?")) {
                        cell.setCellValue(Double.parseDouble(v));
                    } else {
                        cell.setCellValue(v);
                    }
                }
            }
            wb.write(out);
        }
        Files.delete(source);
    }
}
