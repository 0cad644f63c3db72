package org.recoveryoutcomes.engine.render.xlsx;

import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * A normalised text dump of a workbook for debugging and golden comparisons: one line per non-blank cell,
 * {@code sheet!A1<TAB>type<TAB>value<TAB>format}, numbers printed with {@link Locale#ROOT}.
 */
final class WorkbookDump {

    private WorkbookDump() {
    }

    static String dump(Workbook wb) {
        StringBuilder sb = new StringBuilder();
        for (Sheet sheet : wb) {
            sb.append(dump(sheet));
        }
        return sb.toString();
    }

    static String dump(Sheet sheet) {
        StringBuilder sb = new StringBuilder();
        for (Row row : sheet) {
            for (Cell cell : row) {
                String value = switch (cell.getCellType()) {
                    case NUMERIC -> String.format(Locale.ROOT, "%s", cell.getNumericCellValue());
                    case STRING -> cell.getStringCellValue().replace("\n", "\\n");
                    case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
                    case FORMULA -> "=" + cell.getCellFormula();
                    default -> "";
                };
                if (value.isEmpty()) {
                    continue;
                }
                sb.append(sheet.getSheetName()).append('!').append(cell.getAddress().formatAsString()).append('\t')
                        .append(cell.getCellType()).append('\t').append(value).append('\t')
                        .append(cell.getCellStyle().getDataFormatString()).append('\n');
            }
        }
        return sb.toString();
    }
}
