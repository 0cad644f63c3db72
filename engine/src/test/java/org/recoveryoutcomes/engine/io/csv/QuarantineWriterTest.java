package org.recoveryoutcomes.engine.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recoveryoutcomes.engine.io.DatasetReader;
import org.recoveryoutcomes.engine.io.ReadOptions;
import org.recoveryoutcomes.engine.io.ReadResult;
import org.recoveryoutcomes.engine.io.table.RawRow;
import org.recoveryoutcomes.engine.io.table.RawTable;
import org.recoveryoutcomes.engine.io.table.RejectedRow;
import org.recoveryoutcomes.engine.model.ReportException;

class QuarantineWriterTest {

    @TempDir
    Path out;

    private static final List<String> HEADER = List.of("contact_id", "note", "contact_type");

    @Test
    void writesTheHeaderPlusRowAndReasonAndEachRowUnchangedButAFormulaNeutralised() throws IOException {
        List<RejectedRow> rows = List.of(
                new RejectedRow("contacts.csv", HEADER, List.of("C1", "says \"hi\", then\nleaves", "visit"), 4,
                        "contact_type: 'visit' is not a known code (drop_in, one_to_one, group, activity, phone, "
                                + "outreach, other)"),
                new RejectedRow("contacts.csv", HEADER, List.of(" C2 ", "Café – 0–20", "=SUM(A1)"), 9, "x; y"));

        List<Path> written = QuarantineWriter.write(out, rows);

        assertThat(written).containsExactly(out.resolve("quarantine").resolve("contacts.csv"));
        RawTable back = new CsvTableReader().read(written.get(0));
        assertThat(back.header()).containsExactly("contact_id", "note", "contact_type", "_row", "_reason");
        assertThat(back.rows()).extracting(RawRow::cells).containsExactly(
                List.of("C1", "says \"hi\", then\nleaves", "visit", "4", "contact_type: 'visit' is not a known code "
                        + "(drop_in, one_to_one, group, activity, phone, outreach, other)"),
                List.of(" C2 ", "Café – 0–20", "'=SUM(A1)", "9", "x; y"));
    }

    @Test
    void neutralisesCellsASpreadsheetWouldTakeForFormulasAndKeepsTheRowNumber() throws IOException {
        Path file = QuarantineWriter.write(out, List.of(new RejectedRow("contacts.csv",
                List.of("=id", "note"), List.of("=HYPERLINK(\"http://x\",\"y\")", "+1", "-2", "@SUM(A1)",
                        "\tx", "\rx", "plain", "a=b"), 7, "ragged"))).get(0);

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("\uFEFF\"'=id\",note,,,,,,,_row,_reason\n"
                + "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",\"'+1\",\"'-2\",\"'@SUM(A1)\",\"'\tx\",\"'\rx\",plain,a=b,"
                + "7,ragged\n");
        RawTable back = new CsvTableReader().read(file);
        assertThat(back.rows().get(0).cells()).containsExactly("'=HYPERLINK(\"http://x\",\"y\")", "'+1", "'-2",
                "'@SUM(A1)", "'\tx", "'\rx", "plain", "a=b", "7", "ragged");
    }

    @Test
    void writesUtf8WithAByteOrderMarkAndNewlineLineEnds() throws IOException {
        Path file = QuarantineWriter.write(out, List.of(
                new RejectedRow("top.csv", List.of("a", "b"), List.of("1", "é"), 2, "r"))).get(0);

        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("\uFEFFa,b,_row,_reason\n1,é,2,r\n");
    }

    @Test
    void padsRaggedRowsSoRowAndReasonStayInTheLastColumns() throws IOException {
        List<String> header = List.of("a", "b", "c");
        Path file = QuarantineWriter.write(out, List.of(
                new RejectedRow("top.csv", header, List.of("1"), 2, "short"),
                new RejectedRow("top.csv", header, List.of("1", "2", "3", "4"), 3, "long"))).get(0);

        assertThat(Files.readString(file)).isEqualTo(
                "\uFEFFa,b,c,,_row,_reason\n"
                        + "1,,,,2,short\n"
                        + "1,2,3,4,3,long\n");
    }

    @Test
    void writesOneFilePerInputFileNamedByItsBaseNameAndSorted() {
        List<Path> written = QuarantineWriter.write(out, List.of(
                new RejectedRow("top.xlsx", List.of("a"), List.of("1"), 2, "r"),
                new RejectedRow("contacts.jsonl", List.of("a"), List.of("1"), 2, "r"),
                new RejectedRow("top.xlsx", List.of("a"), List.of("2"), 3, "r")));

        Path q = out.resolve("quarantine");
        assertThat(written).containsExactly(q.resolve("contacts.csv"), q.resolve("top.csv"));
    }

    @Test
    void writesNothingWhenNoRowWasRejected() {
        assertThat(QuarantineWriter.write(out, List.of())).isEmpty();
        assertThat(out.resolve("quarantine")).doesNotExist();
    }

    @Test
    void replacesAnEarlierFileAndLeavesNoTemporaryFileBehind() throws IOException {
        Path q = Files.createDirectories(out.resolve("quarantine"));
        Files.writeString(q.resolve("top.csv"), "old");

        QuarantineWriter.write(out, List.of(new RejectedRow("top.csv", List.of("a"), List.of("1"), 2, "r")));

        assertThat(Files.readString(q.resolve("top.csv"))).isEqualTo("\uFEFFa,_row,_reason\n1,2,r\n");
        try (Stream<Path> files = Files.list(q)) {
            assertThat(files).containsExactly(q.resolve("top.csv"));
        }
    }

    @Test
    void stopsWithAnOutputErrorWhenTheFolderCannotBeMade() throws IOException {
        Path blocked = Files.writeString(out.resolve("file"), "not a folder");

        assertThatThrownBy(() -> QuarantineWriter.write(blocked,
                List.of(new RejectedRow("top.csv", List.of("a"), List.of("1"), 2, "r"))))
                .isInstanceOfSatisfying(ReportException.class,
                        e -> assertThat(e.kind()).isEqualTo(ReportException.Kind.OUTPUT))
                .hasMessageStartingWith(blocked.resolve("quarantine") + ": the quarantine file cannot be written");
    }

    /** {@code _row} as written for {@code r}: its row, and its line where that differs. */
    private static String quarantineRow(RejectedRow r) {
        return r.line() == r.row() ? Integer.toString(r.row()) : r.row() + " (line " + r.line() + ")";
    }

    @Test
    void givesTheLineAfterTheRowWhereAQuotedLineBreakCameBefore() throws IOException {
        Path file = QuarantineWriter.write(out, List.of(
                new RejectedRow("contacts.csv", HEADER, List.of("C1", "x", "visit"), 3, 3, "a"),
                new RejectedRow("contacts.csv", HEADER, List.of("C2", "y", "visit"), 5, 7, "b"))).get(0);

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("\uFEFFcontact_id,note,contact_type,"
                + "_row,_reason\nC1,x,visit,3,a\nC2,y,visit,5 (line 7),b\n");
    }

    @Test
    void givesBackEveryRejectedRowOfADataDirectoryUnchanged() throws Exception {
        Path data = Path.of(QuarantineWriterTest.class.getResource("/io/errors").toURI());
        ReadResult result = DatasetReader.read(data, ReadOptions.DEFAULTS);

        List<Path> written = QuarantineWriter.write(out, result.rejected());

        Path q = out.resolve("quarantine");
        assertThat(written).containsExactly(q.resolve("clients.csv"), q.resolve("contacts.csv"),
                q.resolve("episodes.csv"), q.resolve("projects.csv"), q.resolve("top.csv"),
                q.resolve("volunteers.csv"));
        List<RejectedRow> readBack = new ArrayList<>();
        for (Path p : written) {
            RawTable t = new CsvTableReader().read(p);
            int width = t.header().size() - 2;
            for (RawRow r : t.rows()) {
                List<String> cells = r.cells().subList(0, width);
                RejectedRow original = result.rejected().stream()
                        .filter(o -> o.file().startsWith(p.getFileName().toString().replace(".csv", ".")))
                        .filter(o -> quarantineRow(o).equals(r.cells().get(width)))
                        .findFirst().orElseThrow();
                // a short (ragged) row was padded with empty cells: its own cells come first, unchanged but for
                // the quote that neutralises a cell a spreadsheet would take for a formula
                assertThat(cells.subList(0, original.cells().size())).isEqualTo(original.cells().stream()
                        .map(c -> QuarantineWriter.isDangerous(c) ? "'" + c : c).toList());
                assertThat(cells.subList(original.cells().size(), width)).allMatch(String::isEmpty);
                assertThat(r.cells().get(width + 1)).isEqualTo(original.reason());
                readBack.add(original);
            }
        }
        assertThat(readBack).containsExactlyInAnyOrderElementsOf(result.rejected());
        assertThat(Files.readString(q.resolve("top.csv"))).contains(
                "P002,HOPE,2026-03-01,review,29,\"'-1\",maybe,5,6,\"alcohol_days: 29 is outside 0–28; alcohol_units: -1 "
                        + "is below 0; shared_equipment: 'maybe' is not a yes/no value (use Y or N, yes or no, true "
                        + "or false, 1 or 0)\"\n");
    }
}
