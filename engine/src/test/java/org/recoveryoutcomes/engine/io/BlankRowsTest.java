package org.recoveryoutcomes.engine.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recoveryoutcomes.engine.model.FileReport;

/** Blank rows never vanish: each is counted, so that rows read = accepted + quarantined + blank. */
class BlankRowsTest {

    @TempDir
    Path temp;

    private static final String PROJECTS = "project_id,name,borough,service_type\nBAT,Battling,Ealing,arts\n";
    private static final String HEADER = "contact_id,client_id,project_id,contact_date,contact_type\n";

    private Path dir(String... nameThenContent) throws IOException {
        Path d = Files.createTempDirectory(temp, "data");
        for (int i = 0; i < nameThenContent.length; i += 2) {
            Files.writeString(d.resolve(nameThenContent[i]), nameThenContent[i + 1], StandardCharsets.UTF_8);
        }
        return d;
    }

    private static FileReport contacts(ReadResult r) {
        return r.dataset().files().stream().filter(f -> f.file().startsWith("contacts.")).findFirst().orElseThrow();
    }

    @Test
    void countsALineOfAMillionCommasAsABlankRow() throws IOException {
        String contacts = HEADER + "C1,P1,BAT,2026-04-01,group\n" + ",".repeat(1_000_000) + "\n"
                + "C2,P1,BAT,2026-04-02,dropin\n\n";
        FileReport f = contacts(DatasetReader.read(dir("projects.csv", PROJECTS, "contacts.csv", contacts),
                ReadOptions.DEFAULTS));

        assertThat(f.blank()).isEqualTo(2);
        assertThat(f.rowsRead()).isEqualTo(4).isEqualTo(f.accepted() + f.quarantined() + f.blank());
        assertThat(f.accepted()).isEqualTo(1);
        assertThat(f.quarantined()).isEqualTo(1);
    }

    @Test
    void countsBlankRowsOfALargeCsvFileReadOnASecondThread() throws IOException {
        StringBuilder contacts = new StringBuilder(HEADER);
        for (int i = 0; i < 40_000; i++) {
            contacts.append("C").append(i).append(",P1,BAT,2026-04-01,group\n").append(i % 4 == 0 ? ",,,,\n" : "");
        }
        FileReport f = contacts(DatasetReader.read(dir("projects.csv", PROJECTS, "contacts.csv", contacts.toString()),
                ReadOptions.DEFAULTS));

        assertThat(f.accepted()).isEqualTo(40_000);
        assertThat(f.blank()).isEqualTo(10_000);
    }

    @Test
    void countsEmptyObjectsOfAJsonArrayAndBlankLinesOfJsonLines() throws IOException {
        FileReport array = contacts(DatasetReader.read(dir("projects.csv", PROJECTS, "contacts.json",
                "[{\"contact_id\": \"C1\", \"client_id\": \"P1\", \"project_id\": \"BAT\", \"contact_date\": "
                        + "\"2026-04-01\", \"contact_type\": \"group\"}, {}, {\"contact_id\": null}]"),
                ReadOptions.DEFAULTS));
        FileReport lines = contacts(DatasetReader.read(dir("projects.csv", PROJECTS, "contacts.jsonl",
                "{\"contact_id\": \"C1\", \"client_id\": \"P1\", \"project_id\": \"BAT\", \"contact_date\": "
                        + "\"2026-04-01\", \"contact_type\": \"group\"}\n\n   \n{}\n"), ReadOptions.DEFAULTS));

        assertThat(array.blank()).isEqualTo(2);
        assertThat(array.rowsRead()).isEqualTo(3);
        assertThat(lines.blank()).isEqualTo(3);
        assertThat(lines.rowsRead()).isEqualTo(4);
    }

    @Test
    void countsEmptyRowsAWorkbookStoresAfterItsHeader() throws IOException {
        Path d = dir("projects.csv", PROJECTS);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(d.resolve("contacts.xlsx"))) {
            var sheet = wb.createSheet("contacts");
            String[] header = HEADER.strip().split(",");
            var h = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                h.createCell(c).setCellValue(header[c]);
            }
            sheet.createRow(1).createCell(0).setCellValue("  "); // a row Excel keeps, holding nothing
            String[] row = {"C1", "P1", "BAT", "2026-04-01", "group"};
            var r = sheet.createRow(2);
            for (int c = 0; c < row.length; c++) {
                r.createCell(c).setCellValue(row[c]);
            }
            wb.write(out);
        }

        FileReport f = contacts(DatasetReader.read(d, ReadOptions.DEFAULTS));

        assertThat(f.accepted()).isEqualTo(1);
        assertThat(f.blank()).isEqualTo(1);
        assertThat(f.rowsRead()).isEqualTo(2);
    }
}
