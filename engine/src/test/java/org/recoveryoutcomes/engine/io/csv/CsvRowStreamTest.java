package org.recoveryoutcomes.engine.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recoveryoutcomes.engine.io.table.DataRow;
import org.recoveryoutcomes.engine.io.table.RawRow;
import org.recoveryoutcomes.engine.io.table.RawTable;
import org.recoveryoutcomes.engine.io.table.RowStream;
import org.recoveryoutcomes.engine.io.table.TextFiles;
import org.recoveryoutcomes.engine.model.ReportException;

/**
 * Lines without quotes are split by hand, the rest by Commons CSV: the rows, cells, row numbers (Commons CSV's
 * record numbers) and line numbers are exactly those of reading the whole file with Commons CSV.
 */
class CsvRowStreamTest {

    @TempDir
    Path temp;

    private Path write(String name, String content) throws IOException {
        Path p = temp.resolve(name);
        Files.write(p, content.getBytes(StandardCharsets.UTF_8));
        return p;
    }

    /** The whole file through Commons CSV, as the reader did before it streamed. */
    private static RawTable byCommons(Path file) throws IOException {
        List<String> header = List.of();
        int headerRow = 1;
        List<RawRow> rows = new ArrayList<>();
        long blank = 0;
        try (Reader in = TextFiles.open(file, null)) {
            LineTrackingReader lines = new LineTrackingReader(in);
            boolean seen = false;
            try (CSVParser parser = CSVParser.parse(lines, CsvTableReader.FORMAT)) {
                for (CSVRecord r : parser) {
                    int row = Math.toIntExact(r.getRecordNumber());
                    int line = Math.toIntExact(lines.lineAt(r.getCharacterPosition()));
                    List<String> cells = r.toList();
                    if (RawTable.isBlank(cells)) {
                        blank += seen ? 1 : 0;
                        continue;
                    }
                    if (!seen) {
                        header = cells;
                        headerRow = row;
                        seen = true;
                    } else {
                        rows.add(new RawRow(row, line, cells, null));
                    }
                }
            }
        }
        return new RawTable(file.getFileName().toString(), headerRow, header, rows, blank);
    }

    private void assertSameAsCommons(String content) throws IOException {
        Path file = write("t.csv", content);
        assertThat(new CsvTableReader().read(file)).isEqualTo(byCommons(file));
    }

    @Test
    void splitsTrickyUnquotedLinesAsCommonsCsvDoes() throws IOException {
        assertSameAsCommons("\uFEFFa,b,c\r\n 1 , GROUP ,2026-02-29\r\n\r\n,,\r\n x,\t,01/04/2026\r\n"
                + "943 476 5919,W6 9HR,Zoë\r\nlast,,");
        assertSameAsCommons("\n\n  \na,b\n1,2\r3,4\r\n\r5,6\n,\n7\n8,9,10\n");
        assertSameAsCommons("a,b\n1,2\n\n\n");
        assertSameAsCommons("a\n");
        assertSameAsCommons("");
        assertSameAsCommons("\n\r\n");
    }

    @Test
    void handsLinesWithQuotesToCommonsCsvWithTheSameLineNumbers() throws IOException {
        assertSameAsCommons("a,b,c\n1,2,3\n\n4,\"x, y\",5\n6,\"line\nbreak\",7\n8,9,10\r\n11,\"\"\"q\"\"\",12\n13,14,15");
        assertSameAsCommons("\r\n\"a\",b\r\n1,2\r\n");
        assertSameAsCommons("a,b\r1,\"two\r\nlines\"\r3,4\r");
    }

    @Test
    void readsABufferfulOfLongLinesAcrossRefills() throws IOException {
        StringBuilder sb = new StringBuilder("id,note\r\n");
        for (int i = 0; i < 5000; i++) {
            sb.append(i).append(',').append("n".repeat(i % 97)).append(i % 3 == 0 ? "\r\n" : i % 3 == 1 ? "\n" : "\r");
        }
        sb.append("big,").append("x".repeat(200_000)).append("\r\n");
        sb.append("after,\"quoted\"\n");
        assertSameAsCommons(sb.toString());
    }

    @Test
    void numbersAnUnclosedQuoteByTheLineItStartsOnAfterTheSwitch() throws IOException {
        Path file = write("contacts.csv", "a,b\n1,2\n\n3,4\n5,\"open\n6,7\n");

        assertThatThrownBy(() -> new CsvTableReader().read(file)).isInstanceOf(ReportException.class)
                .hasMessage("contacts.csv:5: a quoted field starting on this line is never closed; check its quotes");
    }

    @Test
    void numbersTextAfterAClosingQuoteByItsLineAfterTheSwitch() throws IOException {
        Path file = write("contacts.csv", "a,b\n1,2\n3,4\n5,\"x\"y\n");

        assertThatThrownBy(() -> new CsvTableReader().read(file)).isInstanceOf(ReportException.class)
                .hasMessageStartingWith("contacts.csv:4: a quoted field is followed by more text");
    }

    @Test
    void streamsTheHeaderFirstThenEachRowAndCountsTheBytes() throws IOException {
        Path file = write("top.csv", "\n\uFEFFa,b\n1,2\n\n3,4\n");
        try (RowStream rows = new CsvTableReader().open(file, null)) {
            assertThat(rows.headerRow()).isEqualTo(2);
            assertThat(rows.header()).containsExactly("\uFEFFa", "b");
            DataRow first = rows.next();
            assertThat(first.row()).isEqualTo(3);
            assertThat(first.cells()).containsExactly("1", "2");
            assertThat(rows.next().row()).isEqualTo(5);
            assertThat(rows.next()).isNull();
            assertThat(rows.bytesRead()).isEqualTo(Files.size(file));
        }
    }
}
