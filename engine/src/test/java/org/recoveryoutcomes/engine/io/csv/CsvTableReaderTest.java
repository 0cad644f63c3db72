package org.recoveryoutcomes.engine.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.recoveryoutcomes.engine.io.table.RawRow;
import org.recoveryoutcomes.engine.io.table.RawTable;
import org.recoveryoutcomes.engine.model.ReportException;

class CsvTableReaderTest {

    @TempDir
    Path dir;

    private final CsvTableReader reader = new CsvTableReader();

    private RawTable read(String content) throws IOException {
        return read(content.getBytes(StandardCharsets.UTF_8));
    }

    private RawTable read(byte[] content) throws IOException {
        Path file = dir.resolve("contacts.csv");
        Files.write(file, content);
        return reader.read(file);
    }

    @Test
    void readsTheHeaderAndEachRowWithItsRowNumber() throws IOException {
        RawTable t = read("a,b\n1,2\n3,4\n");

        assertThat(t.file()).isEqualTo("contacts.csv");
        assertThat(t.headerRow()).isEqualTo(1);
        assertThat(t.header()).containsExactly("a", "b");
        assertThat(t.rows()).extracting(RawRow::row, RawRow::cells)
                .containsExactly(tuple(2, List.of("1", "2")), tuple(3, List.of("3", "4")));
    }

    @ParameterizedTest(name = "line ends {0}")
    @ValueSource(strings = {"\n", "\r\n", "\r"})
    void numbersARowAfterAQuotedLineBreakAsASpreadsheetDoesAndKeepsTheLineWhereItsRecordStarts(String eol)
            throws IOException {
        // line 1 header; line 2-4 one record (row 2) whose note holds two line breaks; line 5 the next record, row 3
        RawTable t = read(String.join(eol, "id,note", "1,\"one" + eol + "two" + eol + "three\"", "2,plain", ""));

        assertThat(t.rows()).extracting(RawRow::row, RawRow::line).containsExactly(tuple(2, 2), tuple(3, 5));
        assertThat(t.rows().get(0).cells()).containsExactly("1", "one" + eol + "two" + eol + "three");
    }

    @Test
    void skipsBlankLinesButKeepsCountingThem() throws IOException {
        RawTable t = read("\n\na,b\n1,2\n\n\n3,4\n\n");

        assertThat(t.headerRow()).isEqualTo(3);
        assertThat(t.rows()).extracting(RawRow::row).containsExactly(4, 7);
    }

    @Test
    void skipsRowsOfEmptyCellsLeftBySpreadsheets() throws IOException {
        RawTable t = read("a,b,c\n1,2,3\n,,\n , ,\n4,5,6\n");

        assertThat(t.rows()).extracting(RawRow::row).containsExactly(2, 5);
    }

    @Test
    void dropsAByteOrderMark() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "client_id,sex\nP1,male\n".getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, content, 0, bom.length);
        System.arraycopy(text, 0, content, bom.length, text.length);

        RawTable t = read(content);

        assertThat(t.header()).containsExactly("client_id", "sex");
        assertThat(t.rows()).extracting(RawRow::row).containsExactly(2);
    }

    @Test
    void readsUtf8TextWithoutAMark() throws IOException {
        RawTable t = read("name,borough\nHope Café – Ealing,Ealing\n");

        assertThat(t.rows().get(0).cells()).containsExactly("Hope Café – Ealing", "Ealing");
    }

    @Test
    void keepsCellsAsWrittenWithSpacesQuotesAndCommas() throws IOException {
        RawTable t = read("a,b,c\n 1 ,\"x, \"\"y\"\"\",\n");

        assertThat(t.rows().get(0).cells()).containsExactly(" 1 ", "x, \"y\"", "");
    }

    @Test
    void keepsRaggedRowsAsTheyAre() throws IOException {
        RawTable t = read("a,b,c\n1,2\n1,2,3,4\n");

        assertThat(t.rows()).extracting(r -> r.cells().size()).containsExactly(2, 4);
    }

    @Test
    void givesAnEmptyTableForAnEmptyFile() throws IOException {
        assertThat(read("").isEmpty()).isTrue();
        assertThat(read("\n\n").isEmpty()).isTrue();
    }

    @Test
    void givesNoRowsForAHeaderAlone() throws IOException {
        RawTable t = read("a,b");

        assertThat(t.header()).containsExactly("a", "b");
        assertThat(t.rows()).isEmpty();
        assertThat(t.isEmpty()).isFalse();
    }

    @Test
    void stopsOnTextThatIsNotUtf8WhenUtf8IsGivenAndSaysOnWhichLine() throws IOException {
        Path file = dir.resolve("contacts.csv");
        Files.write(file, "a,b\n1,2\n3,caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> reader.read(file, StandardCharsets.UTF_8))
                .isInstanceOfSatisfying(ReportException.class,
                        e -> assertThat(e.kind()).isEqualTo(ReportException.Kind.INPUT))
                .hasMessage("contacts.csv:3: the file is not UTF-8 (it looks like Windows-1252, e.g. 'é' or '£' saved "
                        + "by Excel); save it as \"CSV UTF-8\", or give \"encoding\": \"windows-1252\" for the file in "
                        + "the mapping (or pass --encoding windows-1252)");
    }

    @Test
    void readsTextThatIsNotUtf8InTheSingleByteEncodingDetectedAndSaysSo() throws IOException {
        Path file = dir.resolve("contacts.csv");
        Files.write(file, "a,b\n1,2\n3,caf\u00e9 \u00a35 \u201cquoted\u201d\n".getBytes(WINDOWS_1252));

        try (org.recoveryoutcomes.engine.io.table.RowStream rows = reader.open(file, null)) {
            assertThat(rows.encodingNote()).isEqualTo("contacts.csv: the file is not UTF-8; it was read as "
                    + "windows-1252 (detected); if its accented letters look wrong, give its \"encoding\" in the "
                    + "mapping");
            rows.next();
            assertThat(rows.next().cells()).containsExactly("3", "caf\u00e9 \u00a35 \u201cquoted\u201d");
        }
    }

    @Test
    void aByteOrderMarkWinsOverTheEncodingGiven() throws IOException {
        Path file = dir.resolve("contacts.csv");
        byte[] text = "a,b\n1,caf\u00e9\n".getBytes(StandardCharsets.UTF_8);
        byte[] bom = java.util.Arrays.copyOf(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, 3 + text.length);
        System.arraycopy(text, 0, bom, 3, text.length);
        Files.write(file, bom);

        try (org.recoveryoutcomes.engine.io.table.RowStream rows = reader.open(file, WINDOWS_1252)) {
            assertThat(rows.header()).containsExactly("a", "b");
            assertThat(rows.next().cells()).containsExactly("1", "caf\u00e9");
            assertThat(rows.encodingNote()).isEqualTo("contacts.csv: read as UTF-8, as its byte order mark says, not "
                    + "as windows-1252 (--encoding or the mapping)");
        }
    }

    @Test
    void stopsOnAQuotedFieldThatIsNeverClosed() throws IOException {
        // a record (row 2) spans lines 2-3, line 4 (row 3) is blank, and the quote opened on line 5 (row 4) runs to
        // the end of the file
        assertThatThrownBy(() -> read("a,b\n1,\"two\nlines\"\n\n2,\"open\n3,4\n"))
                .isInstanceOf(ReportException.class)
                .hasMessage("contacts.csv: row 4 (line 5): a quoted field starting on this line is never closed; "
                        + "check its quotes");
    }

    @Test
    void stopsOnTextAfterAClosingQuote() throws IOException {
        assertThatThrownBy(() -> read("a,b\n1,\"say \"hi\"\"\n"))
                .isInstanceOf(ReportException.class)
                .hasMessage("contacts.csv:2: a quoted field is followed by more text before the next comma; write a "
                        + "quote inside a quoted field as two quotes (\"\")");
    }

    @Test
    void stopsWhenTheFileDoesNotExist() {
        assertThatThrownBy(() -> reader.read(dir.resolve("missing.csv")))
                .hasMessage("missing.csv: the file does not exist");
    }

    @Test
    void numbersTenThousandRowsRightAcrossBufferBoundaries() throws IOException {
        // every third record holds a quoted CRLF, so records and lines drift apart by one each time
        StringBuilder sb = new StringBuilder("id,note\r\n");
        for (int i = 0; i < 10_000; i++) {
            sb.append(i).append(i % 3 == 0 ? ",\"a\r\nb\"\r\n" : ",c\r\n");
        }
        RawTable t = read(sb.toString());

        // record i is row 2 + i and starts on line 2 + i + (number of earlier records holding a break)
        // = 2 + i + ceil(i / 3)
        for (int i = 0; i < 10_000; i++) {
            assertThat(t.rows().get(i).row()).isEqualTo(2 + i);
            assertThat(t.rows().get(i).line()).isEqualTo(2 + i + (i + 2) / 3);
        }
    }

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @Test
    void readsWindows1252WhenAskedTo() throws IOException {
        Path file = dir.resolve("projects.csv");
        Files.write(file, "name,fee\nCaf\u00e9 Hope,\u00a35 \u2013 \u20ac6\n".getBytes(WINDOWS_1252));

        assertThat(reader.read(file, WINDOWS_1252).rows().get(0).cells())
                .containsExactly("Caf\u00e9 Hope", "\u00a35 \u2013 \u20ac6");
    }

    @Test
    void saysOnWhichLineTheFirstCharacterThatIsNotUtf8IsAfterQuotedLineBreaks() throws IOException {
        // lines 1-13 are UTF-8 (é written properly on line 2, a quoted cell spans lines 3-5), line 14 (row 12) holds
        // £ in cp1252
        StringBuilder csv = new StringBuilder("a,b\nCaf\u00e9,1\n\"x\r\ny\rz\",2\n");
        for (int line = 6; line < 14; line++) {
            csv.append(line).append(",1\n");
        }
        byte[] utf8 = csv.toString().getBytes(StandardCharsets.UTF_8);
        byte[] cp1252 = "\u00a35,1\n".getBytes(WINDOWS_1252);
        byte[] content = java.util.Arrays.copyOf(utf8, utf8.length + cp1252.length);
        System.arraycopy(cp1252, 0, content, utf8.length, cp1252.length);

        Path file = dir.resolve("contacts.csv");
        Files.write(file, content);
        assertThatThrownBy(() -> reader.read(file, StandardCharsets.UTF_8)).hasMessage("contacts.csv: row 12 "
                + "(line 14): the file is not UTF-8 (it looks like Windows-1252, e.g. 'é' or '£' saved by Excel); save it as \"CSV UTF-8\", "
                + "or give \"encoding\": \"windows-1252\" for the file in the mapping (or pass --encoding "
                + "windows-1252)");
    }

    @Test
    void saysWhenTextIsNotUtf8NorWindows1252() throws IOException {
        // 0x81 means nothing in Windows-1252 either
        assertThatThrownBy(() -> read(new byte[] {'a', '\n', (byte) 0x81, '\n'})).hasMessage("contacts.csv:2: the file "
                + "is not UTF-8 text; save it as \"CSV UTF-8\", or pass --encoding with the encoding it was saved in");
    }

    @Test
    void saysWhenTextIsNotInTheEncodingGiven() throws IOException {
        Path file = dir.resolve("contacts.csv");
        Files.write(file, "a\nb\nCaf\u00e9\n".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> reader.read(file, StandardCharsets.US_ASCII)).hasMessage("contacts.csv:3: the file is "
                + "not US-ASCII text (it holds bytes that mean nothing in US-ASCII); check the encoding given with "
                + "--encoding, or save the file as \"CSV UTF-8\"");
    }

    @Test
    void readsUtf16WithAByteOrderMarkAsItSays() throws IOException {
        Path file = dir.resolve("contacts.csv");
        Files.write(file, "a,b\n1,\u00e9\n".getBytes(StandardCharsets.UTF_16)); // with a byte order mark

        assertThat(reader.read(file).rows().get(0).cells()).containsExactly("1", "\u00e9");
        assertThat(reader.read(file, StandardCharsets.UTF_16).rows().get(0).cells()).containsExactly("1", "\u00e9");
    }

    @Test
    void saysWhenTheFileIsUtf16WithoutAByteOrderMark() throws IOException {
        assertThatThrownBy(() -> read("a,b\n1,2\n".getBytes(StandardCharsets.UTF_16LE))).hasMessage("contacts.csv: "
                + "the file is UTF-16 text (Excel's \"Unicode Text\"), not UTF-8; save it as \"CSV UTF-8\" or pass "
                + "--encoding UTF-16LE");
    }

    @ParameterizedTest(name = "{1}")
    @org.junit.jupiter.params.provider.CsvSource({
        "89504e470d0a1a0a0000000d49484452, 'contacts.csv: the file is not text: it is a PNG image; export the data as \"CSV UTF-8\"'",
        "504b030414000600, 'contacts.csv: the file is not text: it is a zip archive, such as an Excel workbook; if it is an Excel workbook, name it contacts.xlsx'",
        "d0cf11e0a1b11ae1, 'contacts.csv: the file is not text: it is an old-style Office file, such as an Excel 97-2003 workbook (.xls); save it from Excel as .xlsx (Excel Workbook) or as CSV UTF-8'",
        "255044462d312e37, 'contacts.csv: the file is not text: it is a PDF document; export the data as \"CSV UTF-8\"'",
        "612c620a00ff0010, 'contacts.csv: the file is not text: it holds binary data (zero bytes); export the data as \"CSV UTF-8\"'"
    })
    void saysWhatAFileThatIsNotTextSeemsToBe(String hexStart, String message) throws IOException {
        byte[] content = java.util.HexFormat.of().parseHex(hexStart);

        assertThatThrownBy(() -> read(content)).isInstanceOfSatisfying(ReportException.class,
                e -> assertThat(e.kind()).isEqualTo(ReportException.Kind.INPUT)).hasMessage(message);
    }

    @Test
    void skipsAByteOrderMarkInTheEncodingGiven() throws IOException {
        Path file = dir.resolve("contacts.csv");
        Files.write(file, "\uFEFFa,b\n1,2\n".getBytes(StandardCharsets.UTF_16LE));

        assertThat(reader.read(file, StandardCharsets.UTF_16LE).header()).containsExactly("a", "b");
    }
}
