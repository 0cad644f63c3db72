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
import org.recoveryoutcomes.engine.io.table.RejectedRow;
import org.recoveryoutcomes.engine.model.FileReport;
import org.recoveryoutcomes.engine.model.Project;
import org.recoveryoutcomes.engine.model.RecordIssue;

/** Cells that are not data: control characters never reach a record, and their row is rejected with its place. */
class HostileCellsTest {

    @TempDir
    Path temp;

    private static final String CONTACTS =
            "contact_id,client_id,project_id,contact_date,contact_type\nC1,P1,BAT,2026-04-01,group\n";

    private Path dir(String... nameThenContent) throws IOException {
        Path d = Files.createTempDirectory(temp, "data");
        for (int i = 0; i < nameThenContent.length; i += 2) {
            Files.writeString(d.resolve(nameThenContent[i]), nameThenContent[i + 1], StandardCharsets.UTF_8);
        }
        return d;
    }

    @Test
    void rejectsACsvRowWithANulByteInAProjectNameAndNamesItsPlace() throws IOException {
        // Past the first 8 KB, which are looked at for binary data: the NUL is in the middle of a text file
        StringBuilder projects = new StringBuilder("project_id,name,borough,service_type,notes\n");
        projects.append("BAT,Battling,Ealing,arts,").append("x".repeat(9000)).append('\n');
        projects.append("NUL,Pro\0ject,Ealing,arts,\n");
        projects.append("ESC,Fine,Eal\u001Bing,arts,a\tb\n");
        ReadResult result = DatasetReader.read(dir("projects.csv", projects.toString(), "contacts.csv", CONTACTS),
                ReadOptions.DEFAULTS);

        assertThat(result.dataset().projects()).extracting(Project::projectId).containsExactly("BAT");
        assertThat(result.issues()).extracting(RecordIssue::message).contains(
                "projects.csv:3: name: the value holds a control character (U+0000, NUL) at character 4; remove it "
                        + "at source",
                "projects.csv:4: borough: the value holds a control character (U+001B) at character 4; remove it "
                        + "at source");
        assertThat(result.rejected()).extracting(RejectedRow::row).containsExactly(3, 4);
        assertThat(result.rejected().get(0).reason())
                .isEqualTo("name: the value holds a control character (U+0000, NUL) at character 4; remove it at "
                        + "source");
        FileReport projectsFile = result.dataset().files().get(0);
        assertThat(projectsFile.quarantinedByReason()).containsEntry("control_character", 2L);
    }

    @Test
    void rejectsAJsonRowWhoseEscapedStringHoldsAControlCharacterButKeepsTabsAndLineBreaks() throws IOException {
        ReadResult result = DatasetReader.read(dir("projects.json", "[{\"project_id\": \"BAT\", \"name\": "
                + "\"Bat\\ttling\\nCentre\", \"borough\": \"Ealing\", \"service_type\": \"arts\"},\n"
                + "{\"project_id\": \"HOP\", \"name\": \"Ho\\u0000pe\", \"borough\": \"Ealing\", "
                + "\"service_type\": \"arts\"}]", "contacts.csv", CONTACTS), ReadOptions.DEFAULTS);

        assertThat(result.dataset().projects()).extracting(Project::name).containsExactly("Bat\ttling\nCentre");
        assertThat(result.issues()).extracting(RecordIssue::message).contains(
                "projects.json:3: name: the value holds a control character (U+0000, NUL) at character 3; remove "
                        + "it at source");
    }

    @Test
    void rejectsAWorkbookRowWithAControlCharacterInACell() throws IOException {
        Path d = dir("contacts.csv", CONTACTS);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(d.resolve("projects.xlsx"))) {
            var sheet = wb.createSheet("projects");
            String[][] rows = {{"project_id", "name", "borough", "service_type"}, {"BAT", "Battling", "Ealing", "arts"},
                    // how a workbook holds a control character: POI reads it back as U+0007
                    {"HOP", "Ho_x0007_pe", "Ealing", "arts"}};
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            wb.write(out);
        }

        ReadResult result = DatasetReader.read(d, ReadOptions.DEFAULTS);

        assertThat(result.dataset().projects()).extracting(Project::projectId).containsExactly("BAT");
        assertThat(result.issues()).extracting(RecordIssue::message).contains(
                "projects.xlsx:3: name: the value holds a control character (U+0007) at character 3; remove it at "
                        + "source");
    }
}
