package org.recoveryoutcomes.engine.io.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recoveryoutcomes.engine.io.HostileFiles;
import org.recoveryoutcomes.engine.io.table.RawRow;
import org.recoveryoutcomes.engine.io.table.RawTable;
import org.recoveryoutcomes.engine.model.ReportException;

class XlsxTableReaderTest {

    @TempDir
    Path dir;

    private final XlsxTableReader reader = new XlsxTableReader();

    private Path save(XSSFWorkbook wb) throws IOException {
        Path file = dir.resolve("top.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
        return file;
    }

    private static Row row(Sheet sheet, int excelRow, Object... values) {
        Row r = sheet.createRow(excelRow - 1);
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v == null) {
                continue;
            }
            var cell = r.createCell(i);
            if (v instanceof String s) {
                cell.setCellValue(s);
            } else if (v instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else if (v instanceof Boolean b) {
                cell.setCellValue(b);
            }
        }
        return r;
    }

    @Test
    void readsTheFirstSheetWithExcelRowNumbers() throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet first = wb.createSheet("data");
        row(first, 1, "client_id", "stage", "psych_health");
        row(first, 2, "P1", "start", 12.0);
        // row 3 left empty, row 4 formatted but blank: neither is a row
        first.createRow(3).createCell(0).setCellStyle(wb.createCellStyle());
        row(first, 5, "P2", "review", 2.5);
        row(wb.createSheet("notes"), 1, "ignored");

        RawTable t = reader.read(save(wb));

        assertThat(t.file()).isEqualTo("top.xlsx");
        assertThat(t.header()).containsExactly("client_id", "stage", "psych_health");
        assertThat(t.rows()).extracting(RawRow::row, RawRow::cells).containsExactly(
                tuple(2, List.of("P1", "start", "12")),
                tuple(5, List.of("P2", "review", "2.5")));
    }

    @ParameterizedTest(name = "{0} reads as {1}")
    @CsvSource({
        "12.0, 12",
        "2.5, 2.5",
        "0.1, 0.1",
        "-0.0, 0",
        "1234567, 1234567",
        "1.0E15, 1000000000000000",
        "0.000125, 0.000125"
    })
    void writesNumbersAsAUserWouldTypeThem(double value, String text) {
        assertThat(XlsxTableReader.number(value)).isEqualTo(text);
    }

    @Test
    void writesDateCellsAsIsoDatesAndKeepsATimeOfDayVisible() throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        CellStyle date = wb.createCellStyle();
        date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
        Sheet sheet = wb.createSheet();
        row(sheet, 1, "top_date", "stamp", "serial");
        Row r = sheet.createRow(1);
        r.createCell(0).setCellValue(LocalDate.of(2026, 2, 28));
        r.getCell(0).setCellStyle(date);
        r.createCell(1).setCellValue(LocalDateTime.of(2026, 2, 28, 14, 30));
        r.getCell(1).setCellStyle(date);
        // the same serial number without a date format is just a number
        r.createCell(2).setCellValue(LocalDate.of(2026, 2, 28));

        RawTable t = reader.read(save(wb));

        assertThat(t.rows().get(0).cells()).containsExactly("2026-02-28", "2026-02-28 14:30:00", "46081");
    }

    @Test
    void readsBooleansFormulasAndErrorsAsText() throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sheet = wb.createSheet();
        row(sheet, 1, "flag", "sum", "error");
        Row r = row(sheet, 2, true);
        r.createCell(1).setCellFormula("10+4");
        r.createCell(2).setCellErrorValue(FormulaError.NA.getCode());
        wb.getCreationHelper().createFormulaEvaluator().evaluateAll();

        RawTable t = reader.read(save(wb));

        assertThat(t.rows().get(0).cells()).containsExactly("true", "14", "#N/A");
    }

    @Test
    void padsAShortRowButKeepsCellsBeyondTheHeader() throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sheet = wb.createSheet();
        row(sheet, 1, "a", "b", "c");
        row(sheet, 2, "1");
        row(sheet, 3, "1", null, "3", null, "5");

        RawTable t = reader.read(save(wb));

        assertThat(t.rows()).extracting(RawRow::cells).containsExactly(
                List.of("1", "", ""),
                List.of("1", "", "3", "", "5"));
    }

    @Test
    void takesTheFirstNonBlankRowAsTheHeader() throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet sheet = wb.createSheet();
        row(sheet, 3, "a", "b");
        row(sheet, 4, "1", "2");

        RawTable t = reader.read(save(wb));

        assertThat(t.headerRow()).isEqualTo(3);
        assertThat(t.rows()).extracting(RawRow::row).containsExactly(4);
    }

    @Test
    void givesAnEmptyTableForAnEmptySheet() throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        wb.createSheet();

        assertThat(reader.read(save(wb)).isEmpty()).isTrue();
    }

    @Test
    void saysWhenAWorkbookIsReallyText() throws IOException {
        Path file = dir.resolve("top.xlsx");
        Files.writeString(file, "client_id,stage\nP1,start\n");

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOfSatisfying(ReportException.class,
                        e -> assertThat(e.kind()).isEqualTo(ReportException.Kind.INPUT))
                .hasMessage("top.xlsx: the file is not an Excel workbook: it holds text, perhaps CSV; if it is CSV, "
                        + "name it top.csv");
    }

    @Test
    void stopsWhenTheFileIsNotAWorkbook() throws IOException {
        Path file = dir.resolve("top.xlsx");
        Files.write(file, new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2, 3});

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOfSatisfying(ReportException.class,
                        e -> assertThat(e.kind()).isEqualTo(ReportException.Kind.INPUT))
                .hasMessageStartingWith("top.xlsx: the file cannot be read as an Excel workbook (")
                .hasMessageEndingWith("); save it from Excel as .xlsx, or as CSV UTF-8");
    }

    @Test
    void anEmptyFileIsAnEmptyTable() throws IOException {
        Path file = dir.resolve("top.xlsx");
        Files.write(file, new byte[0]);

        assertThat(reader.read(file).isEmpty()).isTrue();
    }

    @Test
    void refusesAZipBombWithoutExpandingIt() throws IOException {
        Path file = dir.resolve("contacts.xlsx");
        HostileFiles.zipBomb(file, 20_000_000);
        assertThat(Files.size(file)).isLessThan(100_000); // 20 MB of sheet in under 100 kB

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOfSatisfying(ReportException.class,
                        e -> assertThat(e.kind()).isEqualTo(ReportException.Kind.INPUT))
                .hasMessage("contacts.xlsx: the workbook is not read: xl/worksheets/sheet1.xml expands to more than 100 "
                        + "times its compressed size, as a \"zip bomb\" does; open it in Excel and save it again, or "
                        + "export the sheet as CSV UTF-8");
    }

    @Test
    void readsAWorkbookCompressedLessThanAHundredToOne() throws IOException {
        Path file = dir.resolve("contacts.xlsx");
        HostileFiles.zipBomb(file, 50_000); // under POI's 100 kB grace size, where the ratio is not checked

        assertThat(reader.read(file).header()).containsExactly("contact_id", "client_id", "project_id",
                "contact_date", "contact_type");
    }
}
