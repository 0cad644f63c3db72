package org.recoveryoutcomes.engine.io.xlsx;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.recoveryoutcomes.engine.api.ReportException;
import org.recoveryoutcomes.engine.io.RawRow;
import org.recoveryoutcomes.engine.io.RawTable;
import org.recoveryoutcomes.engine.io.TableReader;

/**
 * Reads the first sheet of an Excel workbook ({@code .xlsx}). The first non-blank row is the header; rows are
 * numbered as Excel numbers them, so a user can go straight to a reported row. Cells become the text a user would
 * type: a date cell {@code yyyy-MM-dd} (with {@code HH:mm:ss} after it when it holds a time of day, which a date
 * column then rejects), a number without a spurious {@code .0} ({@code 12}, {@code 2.5}), a formula its cached
 * result, an error cell its code ({@code #N/A}).
 *
 * <p>Trailing empty or blank cells are not cells, so a short row is padded to the header's width rather than called
 * ragged; a row holding values beyond the header's last column keeps them and is rejected as ragged.
 */
public final class XlsxTableReader implements TableReader {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

    @Override
    public RawTable read(Path file) {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw new ReportException(ReportException.Kind.INPUT, name + ": the file does not exist");
        }
        // Read-only: POI must never write back to the user's workbook.
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            if (workbook.getNumberOfSheets() == 0) {
                return new RawTable(name, 1, List.of(), List.of());
            }
            return readSheet(name, workbook.getSheetAt(0));
        } catch (IOException | RuntimeException e) {
            if (e instanceof ReportException re) {
                throw re;
            }
            throw new ReportException(ReportException.Kind.INPUT, name
                    + ": the file cannot be read as an Excel workbook (" + e.getMessage()
                    + "); save it from Excel as .xlsx, or as CSV UTF-8", e);
        }
    }

    private static RawTable readSheet(String name, Sheet sheet) {
        List<String> header = null;
        int headerRow = 1;
        List<RawRow> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < Math.max(0, row.getLastCellNum()); i++) {
                cells.add(text(row.getCell(i)));
            }
            while (!cells.isEmpty() && cells.get(cells.size() - 1).isBlank()) {
                cells.remove(cells.size() - 1);
            }
            if (RawTable.isBlank(cells)) {
                continue;
            }
            int number = row.getRowNum() + 1;
            if (header == null) {
                header = cells;
                headerRow = number;
                continue;
            }
            while (cells.size() < header.size()) {
                cells.add("");
            }
            rows.add(new RawRow(number, cells));
        }
        return new RawTable(name, headerRow, header == null ? List.of() : header, rows);
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            type = cell.getCachedFormulaResultType();
        }
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? date(cell.getLocalDateTimeCellValue())
                    : number(cell.getNumericCellValue());
            case BOOLEAN -> cell.getBooleanCellValue() ? "true" : "false";
            case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
            default -> "";
        };
    }

    private static String date(LocalDateTime value) {
        if (value == null) {
            return "";
        }
        String day = value.toLocalDate().toString();
        LocalTime time = value.toLocalTime();
        return time.equals(LocalTime.MIDNIGHT) ? day : day + " " + TIME.format(time);
    }

    /** The shortest decimal that reads back as the same double, never in exponent form: 12, 2.5, 0.1. */
    static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
