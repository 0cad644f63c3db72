package org.recoveryoutcomes.engine.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recoveryoutcomes.engine.io.csv.QuarantineWriter;
import org.recoveryoutcomes.engine.model.RecordIssue;
import org.recoveryoutcomes.engine.model.ReportException;
import org.recoveryoutcomes.engine.model.SourceLocation;

/**
 * Messages name the row as a spreadsheet numbers it (header = row 1) and, where a CSV file's quoted cells hold
 * line breaks so that a row starts on a later line of text, that line too: {@code contacts.csv: row 3 (line 5)}.
 * Where row and line agree, and in workbooks and JSON, the message is as it always was: {@code contacts.xlsx:3}.
 * The fixture is {@code src/test/resources/io/multiline} (its README gives each row's lines).
 */
class RowAndLineNumbersTest {

    private static final String CONTACT_TYPES = "(drop_in, one_to_one, group, activity, phone, outreach, other)";
    private static final String PROJECTS = "project_id,name,borough,service_type\n"
            + "BAT,Battling Addiction Together,Ealing,peer_aftercare\n";

    @TempDir
    Path temp;

    /** The contacts of the CSV fixture, row by row (null for the blank row 5). */
    private static final List<List<String>> CONTACTS = java.util.Arrays.asList(
            List.of("C1", "P1", "BAT", "2026-04-01", "drop_in", "30", "came in\nwith a friend,\nstayed an hour"),
            List.of("C2", "P2", "BAT", "2026-04-02", "visit", "30", ""),
            List.of("C3", "P3", "BAT", "2026-04-02", "group", "30", "two\r\nlines"),
            null,
            List.of("C4", "P4", "BAT", "2026-04-03T10:30:00", "group", "abc", ""),
            List.of("C3", "P5", "BAT", "2026-04-03", "group", "30", ""));
    private static final List<String> HEADER = List.of("contact_id", "client_id", "project_id", "contact_date",
            "contact_type", "duration_minutes", "notes");

    /** The messages about the contacts file (the fixture has no TOP file, which is warned about too). */
    private static List<String> messages(ReadResult r) {
        return r.issues().stream().map(RecordIssue::message).filter(m -> m.startsWith("contacts.")).toList();
    }

    @Test
    void namesTheRowAndTheLineOfACsvRowAfterAQuotedLineBreak() {
        ReadResult r = DatasetReader.read(DatasetReaderTest.fixture("multiline"), ReadOptions.DEFAULTS);

        assertThat(messages(r)).containsExactly(
                "contacts.csv:1: notes: not a column of contacts, so it is ignored",
                "contacts.csv: row 3 (line 5): contact_type: 'visit' is not a known code " + CONTACT_TYPES,
                "contacts.csv: row 6 (line 9): duration_minutes: 'abc' is not a number; the cell is read as empty",
                "contacts.csv: row 7 (line 10): contact_id: 'C3' duplicates row 4 (line 6)",
                "contacts.csv: 1 date holds a time of day as well (the first on row 6 (line 9)); each is read as its "
                        + "date, the time ignored");
        assertThat(r.issues().get(1).location()).isEqualTo(new SourceLocation("contacts.csv", 3, 5));
    }

    @Test
    void givesTheLineInTheQuarantineFilesRowColumnWhereItDiffers() throws IOException {
        ReadResult r = DatasetReader.read(DatasetReaderTest.fixture("multiline"), ReadOptions.DEFAULTS);

        List<Path> written = QuarantineWriter.write(temp, r.rejected());

        assertThat(Files.readString(written.get(0), StandardCharsets.UTF_8)).isEqualTo("\uFEFF"
                + String.join(",", HEADER) + ",_row,_reason\n"
                + "C2,P2,BAT,2026-04-02,visit,30,,3 (line 5),\"contact_type: 'visit' is not a known code "
                + CONTACT_TYPES + "\"\n"
                + "C3,P5,BAT,2026-04-03,group,30,,7 (line 10),contact_id: 'C3' duplicates row 4 (line 6)\n");
    }

    @Test
    void keepsPlainRowNumbersWhereNoQuotedLineBreakCameBefore() throws IOException {
        Path data = Files.createDirectories(temp.resolve("data"));
        Files.writeString(data.resolve("projects.csv"), PROJECTS);
        Files.writeString(data.resolve("contacts.csv"), String.join(",", HEADER) + "\n"
                + "C1,P1,BAT,2026-04-01,drop_in,30,\"one line\"\nC2,P2,BAT,2026-04-02,visit,30,\n");

        ReadResult r = DatasetReader.read(data, ReadOptions.DEFAULTS);

        assertThat(messages(r)).contains(
                "contacts.csv:3: contact_type: 'visit' is not a known code " + CONTACT_TYPES);
    }

    @Test
    void keepsTheRowAloneInAWorkbookWhoseCellsHoldLineBreaks() throws IOException {
        Path data = Files.createDirectories(temp.resolve("xlsx"));
        Files.writeString(data.resolve("projects.csv"), PROJECTS);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(
                data.resolve("contacts.xlsx"))) {
            Sheet sheet = wb.createSheet();
            cells(sheet.createRow(0), HEADER);
            for (int i = 0; i < CONTACTS.size(); i++) {
                if (CONTACTS.get(i) != null) {
                    cells(sheet.createRow(i + 1), CONTACTS.get(i));
                }
            }
            wb.write(out);
        }

        ReadResult r = DatasetReader.read(data, ReadOptions.DEFAULTS);

        assertThat(messages(r)).containsExactly(
                "contacts.xlsx:1: notes: not a column of contacts, so it is ignored",
                "contacts.xlsx:3: contact_type: 'visit' is not a known code " + CONTACT_TYPES,
                "contacts.xlsx:6: duration_minutes: 'abc' is not a number; the cell is read as empty",
                "contacts.xlsx:7: contact_id: 'C3' duplicates row 4",
                "contacts.xlsx: 1 date holds a time of day as well (the first on row 6); each is read as its "
                        + "date, the time ignored");
    }

    @Test
    void keepsTheRowAloneInJsonWhoseValuesHoldLineBreaks() throws IOException {
        Path data = Files.createDirectories(temp.resolve("json"));
        Files.writeString(data.resolve("projects.csv"), PROJECTS);
        StringBuilder json = new StringBuilder("[\n");
        for (int i = 0; i < CONTACTS.size(); i++) {
            json.append(i == 0 ? "" : ",\n").append("{");
            List<String> row = CONTACTS.get(i);
            for (int k = 0; row != null && k < row.size(); k++) {
                json.append(k == 0 ? "" : ", ").append('"').append(HEADER.get(k)).append("\": \"")
                        .append(row.get(k).replace("\r", "\\r").replace("\n", "\\n")).append('"');
            }
            json.append("}");
        }
        Files.writeString(data.resolve("contacts.json"), json.append("\n]\n"));

        ReadResult r = DatasetReader.read(data, ReadOptions.DEFAULTS);

        assertThat(messages(r)).containsExactly(
                "contacts.json:1: notes: not a column of contacts, so it is ignored",
                "contacts.json:3: contact_type: 'visit' is not a known code " + CONTACT_TYPES,
                "contacts.json:6: duration_minutes: 'abc' is not a number; the cell is read as empty",
                "contacts.json:7: contact_id: 'C3' duplicates row 4",
                "contacts.json: 1 date holds a time of day as well (the first on row 6); each is read as its "
                        + "date, the time ignored");
    }

    @Test
    void namesTheRowAndTheLineOfAQuotedFieldThatIsNeverClosed() throws IOException {
        Path data = Files.createDirectories(temp.resolve("open"));
        Files.writeString(data.resolve("projects.csv"), PROJECTS);
        Files.writeString(data.resolve("contacts.csv"), String.join(",", HEADER) + "\n"
                + "C1,P1,BAT,2026-04-01,drop_in,30,\"two\nlines\"\nC2,P2,BAT,2026-04-02,group,30,\"open\n");

        assertThatThrownBy(() -> DatasetReader.read(data, ReadOptions.DEFAULTS)).isInstanceOf(ReportException.class)
                .hasMessage("contacts.csv: row 3 (line 4): a quoted field starting on this line is never closed; "
                        + "check its quotes");
    }

    private static void cells(Row row, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            row.createCell(i).setCellValue(values.get(i));
        }
    }
}
