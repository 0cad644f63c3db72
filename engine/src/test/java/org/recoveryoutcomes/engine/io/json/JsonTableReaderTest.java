package org.recoveryoutcomes.engine.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recoveryoutcomes.engine.io.table.RawRow;
import org.recoveryoutcomes.engine.io.table.RawTable;
import org.recoveryoutcomes.engine.model.ReportException;

class JsonTableReaderTest {

    @TempDir
    Path dir;

    private RawTable array(String json) throws IOException {
        Path file = dir.resolve("contacts.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return JsonTableReader.array().read(file);
    }

    private RawTable lines(String jsonl) throws IOException {
        Path file = dir.resolve("contacts.jsonl");
        Files.writeString(file, jsonl, StandardCharsets.UTF_8);
        return JsonTableReader.lines().read(file);
    }

    @Test
    void numbersArrayElementsSoTheHeaderIsRowOne() throws IOException {
        RawTable t = array("[{\"a\": \"x\"}, {\"a\": \"y\"}, {\"a\": \"z\"}]");

        assertThat(t.headerRow()).isEqualTo(1);
        assertThat(t.rows()).extracting(RawRow::row).containsExactly(2, 3, 4);
    }

    @Test
    void makesTheHeaderFromEveryKeyInTheOrderFirstMet() throws IOException {
        RawTable t = array("[{\"b\": \"1\", \"a\": \"2\"}, {\"c\": \"3\", \"a\": \"4\"}]");

        assertThat(t.header()).containsExactly("b", "a", "c");
        assertThat(t.rows()).extracting(RawRow::cells).containsExactly(List.of("1", "2", ""), List.of("", "4", "3"));
    }

    @Test
    void writesValuesAsAUserWouldTypeThem() throws IOException {
        RawTable t = array("[{\"int\": 45, \"whole\": 45.0, \"half\": 1.50, \"big\": 1e3, \"yes\": true, "
                + "\"none\": null, \"text\": \" 7 \"}]");

        assertThat(t.rows().get(0).cells()).containsExactly("45", "45", "1.5", "1000", "true", "", " 7 ");
    }

    @Test
    void flagsAnObjectOrArrayValueAsAProblemOfItsRow() throws IOException {
        RawTable t = array("[{\"a\": \"1\", \"b\": [1, 2]}, {\"a\": \"2\", \"b\": \"ok\"}]");

        assertThat(t.rows().get(0).problem()).isEqualTo(
                new RawRow.Problem("b", "bad_value", "an object or array is not a single value"));
        assertThat(t.rows().get(0).cells()).containsExactly("1", "[1,2]");
        assertThat(t.rows().get(1).problem()).isNull();
    }

    @Test
    void flagsAnElementThatIsNotAnObject() throws IOException {
        RawTable t = array("[{\"a\": \"1\"}, 42]");

        assertThat(t.rows()).extracting(RawRow::row, RawRow::cells).containsExactly(
                tuple(2, List.of("1")), tuple(3, List.of("42")));
        assertThat(t.rows().get(1).problem().kind()).isEqualTo("bad_row");
    }

    @Test
    void skipsEmptyObjectsAsBlankRows() throws IOException {
        RawTable t = array("[{\"a\": \"1\"}, {}, {\"a\": null}, {\"a\": \"2\"}]");

        assertThat(t.rows()).extracting(RawRow::row).containsExactly(2, 5);
    }

    @Test
    void givesAnEmptyTableForAnEmptyArrayOrFile() throws IOException {
        assertThat(array("[]").isEmpty()).isTrue();
        assertThat(array("").isEmpty()).isTrue();
    }

    @Test
    void stopsOnASingleObjectAndPointsToJsonLines() {
        assertThatThrownBy(() -> array("{\"a\": 1}"))
                .isInstanceOfSatisfying(ReportException.class,
                        e -> assertThat(e.kind()).isEqualTo(ReportException.Kind.INPUT))
                .hasMessage("contacts.json: expected an array of objects ([{…}, {…}]); for one object per line name "
                        + "the file contacts.jsonl");
    }

    @Test
    void stopsOnBrokenJsonAndSaysWhere() {
        // line 3 is `  {"a" 2}`: the 2 in column 8 stands where a colon belongs
        assertThatThrownBy(() -> array("[\n  {\"a\": 1},\n  {\"a\" 2}\n]"))
                .hasMessage("contacts.json: the file is not valid JSON at line 3, column 8 (Unexpected character "
                        + "('2' (code 50)): was expecting a colon to separate field name and value)");
    }

    @Test
    void stopsOnAnArrayThatIsNeverClosed() {
        assertThatThrownBy(() -> array("[{\"a\": 1},"))
                .hasMessageStartingWith("contacts.json: the file is not valid JSON");
    }

    @Test
    void numbersJsonLinesByLinePlusOneAndSkipsBlankLines() throws IOException {
        RawTable t = lines("\uFEFF{\"a\": \"1\"}\n\n{\"a\": \"2\"}\r\n{\"a\": \"3\"}");

        assertThat(t.header()).containsExactly("a");
        assertThat(t.rows()).extracting(RawRow::row, RawRow::cells).containsExactly(
                tuple(2, List.of("1")), tuple(4, List.of("2")), tuple(5, List.of("3")));
    }

    @Test
    void keepsALineThatIsNotJsonAsARowProblemAndReadsOn() throws IOException {
        RawTable t = lines("{\"a\": \"1\"}\n{\"a\": \n{\"a\": \"3\"} trailing\n{\"a\": \"4\"}\n");

        assertThat(t.rows()).extracting(RawRow::row).containsExactly(2, 3, 4, 5);
        assertThat(t.rows().get(1).cells()).containsExactly("{\"a\": ");
        assertThat(t.rows().get(1).problem().kind()).isEqualTo("bad_json");
        assertThat(t.rows().get(1).problem().reason()).startsWith("this line is not valid JSON (");
        assertThat(t.rows().get(2).problem().kind()).isEqualTo("bad_json");
        assertThat(t.rows().get(3).problem()).isNull();
    }

    @Test
    void stopsOnJsonLinesThatAreNotUtf8WhenUtf8IsGiven() throws IOException {
        Path file = dir.resolve("contacts.jsonl");
        Files.write(file, "{\"a\": \"1\"}\n{\"a\": \"caf\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> JsonTableReader.lines().read(file, StandardCharsets.UTF_8))
                .hasMessage("contacts.jsonl:3: the file is not UTF-8 (it looks like Windows-1252, e.g. 'é' or '£' saved "
                        + "by Excel); save it as UTF-8 JSON, or give \"encoding\": \"windows-1252\" for the file in the "
                        + "mapping (or pass --encoding windows-1252)");
    }

    @Test
    void readsJsonLinesThatAreNotUtf8InTheEncodingDetected() throws IOException {
        Path file = dir.resolve("contacts.jsonl");
        Files.write(file, "{\"a\": \"1\"}\n{\"a\": \"caf\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThat(JsonTableReader.lines().read(file).rows().get(1).cells()).containsExactly("caf\u00e9");
    }

    @Test
    void stopsOnAnArrayNestedMoreThanAHundredDeep() throws IOException {
        Path file = dir.resolve("contacts.json");
        Files.writeString(file, "[".repeat(100_000) + "]".repeat(100_000));

        assertThatThrownBy(() -> JsonTableReader.array().read(file))
                .isInstanceOfSatisfying(ReportException.class,
                        e -> assertThat(e.kind()).isEqualTo(ReportException.Kind.INPUT))
                .hasMessage("contacts.json: the file is not a data file: it is nested more than 100 levels deep; a "
                        + "data file is an array of flat objects");
    }

    @Test
    void namesAThirtyMegabyteStringAsTooLongNotAsTooDeep() throws IOException {
        Path file = dir.resolve("contacts.json");
        try (var w = Files.newBufferedWriter(file)) {
            w.write("[{\"contact_id\": \"");
            char[] chunk = new char[1 << 20];
            java.util.Arrays.fill(chunk, 'x');
            for (int i = 0; i < 30; i++) {
                w.write(chunk);
            }
            w.write("\"}]");
        }

        assertThatThrownBy(() -> JsonTableReader.array().read(file))
                .isInstanceOfSatisfying(ReportException.class,
                        e -> assertThat(e.kind()).isEqualTo(ReportException.Kind.INPUT))
                .hasMessage("contacts.json: the file is not a data file: it holds a string longer than 1,000,000 "
                        + "characters; a data file is an array of flat objects");
    }

    @Test
    void rejectsAJsonLineWithAnOverlongNumberForWhatItIs() throws IOException {
        RawTable t = lines("{\"a\": " + "9".repeat(2000) + "}\n{\"a\": \"2\"}\n");

        assertThat(t.rows()).extracting(RawRow::row).containsExactly(2, 3);
        assertThat(t.rows().get(0).problem().reason())
                .isEqualTo("this line is not valid JSON (it holds a number longer than 1,000 characters)");
    }

    @Test
    void rejectsAJsonLineNestedMoreThanAHundredDeepAndReadsOn() throws IOException {
        RawTable t = lines("{\"a\": " + "[".repeat(5000) + "]".repeat(5000) + "}\n{\"a\": \"2\"}\n");

        assertThat(t.rows()).extracting(RawRow::row).containsExactly(2, 3);
        assertThat(t.rows().get(0).problem().reason())
                .isEqualTo("this line is not valid JSON (nested more than 100 levels deep)");
        assertThat(t.rows().get(1).problem()).isNull();
    }

    @Test
    void keepsAHugeExponentInExponentFormRatherThanWritingItOut() throws IOException {
        RawTable t = lines("{\"a\": 1e999999999, \"b\": 1.50, \"c\": 1e3, \"d\": 1e-101}\n");

        assertThat(t.rows().get(0).cells()).containsExactly("1E+999999999", "1.5", "1000", "1E-101");
    }

    @Test
    void readsTextInTheEncodingGiven() throws IOException {
        Path file = dir.resolve("projects.json");
        Files.write(file, "[{\"name\": \"Caf\u00e9 \u00a35\"}]".getBytes(java.nio.charset.Charset.forName("windows-1252")));

        assertThat(JsonTableReader.array().read(file, java.nio.charset.Charset.forName("windows-1252")).rows().get(0)
                .cells()).containsExactly("Caf\u00e9 \u00a35");
        assertThat(JsonTableReader.array().read(file).rows().get(0).cells()).containsExactly("Caf\u00e9 \u00a35");
        assertThatThrownBy(() -> JsonTableReader.array().read(file, StandardCharsets.UTF_8))
                .hasMessage("projects.json: line 1: the file is not UTF-8 (it looks like Windows-1252, e.g. 'é' or '£' "
                        + "saved by Excel); save it as UTF-8 JSON, or give \"encoding\": \"windows-1252\" for the file "
                        + "in the mapping (or pass --encoding windows-1252)");
    }
}
