package org.recoveryoutcomes.engine.io.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.recoveryoutcomes.engine.io.table.RawRow;
import org.recoveryoutcomes.engine.io.table.RawTable;
import org.recoveryoutcomes.engine.io.table.TableReader;
import org.recoveryoutcomes.engine.model.ReportException;

/**
 * Reads the first sheet of an Excel workbook ({@code .xlsx}). The first non-blank row is the header; rows are
 * numbered as Excel numbers them, so a user can go straight to a reported row. Cells become the text a user would
 * type: a date cell {@code yyyy-MM-dd} (with {@code HH:mm:ss} after it when it holds a time of day, which a date
 * column then rejects), a number without a spurious {@code .0} ({@code 12}, {@code 2.5}), a formula its cached
 * result, an error cell its code ({@code #N/A}).
 *
 * <p>Trailing empty or blank cells are not cells, so a short row is padded to the header's width rather than called
 * ragged; a row holding values beyond the header's last column keeps them and is rejected as ragged.
 *
 * <p>A workbook is a zip archive, so a small file can expand to gigabytes (a "zip bomb"). POI's {@link ZipSecureFile}
 * guards are set before every read: no part may be compressed more than {@link #MAX_INFLATE} to 1 or expand beyond
 * {@link #MAX_ENTRY_BYTES}. A file that is not a workbook at all (a CSV file named {@code .xlsx}) is named as such.
 * A file of zero bytes is an empty file, as in the other formats.
 */
public final class XlsxTableReader implements TableReader {

    /** The largest ratio of a part's expanded size to its compressed size (POI's own default, set explicitly). */
    static final int MAX_INFLATE = 100;
    /** The largest expanded size of one part: a sheet this large is better exported as CSV. */
    static final long MAX_ENTRY_BYTES = 256L * 1024 * 1024;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

    @Override
    public RawTable read(Path file, Charset encoding) {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw new ReportException(ReportException.Kind.INPUT, name + ": the file does not exist");
        }
        String kind = sniff(file);
        if (kind.equals("empty")) {
            return new RawTable(name, 1, List.of(), List.of());
        }
        if (kind.equals("text")) {
            throw new ReportException(ReportException.Kind.INPUT, name + ": the file is not an Excel workbook: it "
                    + "holds text, perhaps CSV; if it is CSV, name it " + baseName(name) + ".csv");
        }
        // POI keeps these limits in static fields: set them on every read so that nothing else can loosen them.
        ZipSecureFile.setMinInflateRatio(1.0 / MAX_INFLATE);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
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
            throw failure(name, e);
        } catch (OutOfMemoryError e) {
            // The workbook is held in memory whole; what was allocated for it is garbage once we leave here.
            throw new ReportException(ReportException.Kind.INPUT, name + ": the workbook is too large to read in the "
                    + "memory Java was given; export the sheet as CSV UTF-8, or give Java more memory (-Xmx)", e);
        }
    }

    private static ReportException failure(String name, Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.startsWith("Zip bomb detected")) {
                String part = m.contains("Entry: ") ? m.substring(m.indexOf("Entry: ") + 7).strip() : "a part";
                String why = m.contains("max. ratio")
                        ? part + " expands to more than " + MAX_INFLATE + " times its compressed size"
                        : m.contains("max size") ? part + " expands to more than " + (MAX_ENTRY_BYTES >> 20) + " MB"
                        : part + " expands too much";
                return new ReportException(ReportException.Kind.INPUT, name + ": the workbook is not read: " + why
                        + ", as a \"zip bomb\" does; open it in Excel and save it again, or export the sheet as CSV "
                        + "UTF-8", e);
            }
            if (m.contains("DOCTYPE is disallowed")) {
                // POI refuses document type declarations, so entities ("billion laughs") are never expanded
                return new ReportException(ReportException.Kind.INPUT, name + ": the workbook is not read: it "
                        + "declares XML entities (a DOCTYPE), which Excel never writes and which can expand without "
                        + "limit; open it in Excel and save it again, or export the sheet as CSV UTF-8", e);
            }
        }
        if (e instanceof org.apache.poi.EncryptedDocumentException) {
            return new ReportException(ReportException.Kind.INPUT, name + ": the workbook is protected by a password; "
                    + "open it in Excel, remove the password (File > Info > Protect Workbook) and save it, or export "
                    + "the sheet as CSV UTF-8", e);
        }
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new ReportException(ReportException.Kind.INPUT, name
                + ": the file cannot be read as an Excel workbook (" + firstLine(m)
                + "); save it from Excel as .xlsx, or as CSV UTF-8", e);
    }

    /** The first line of POI's message, without the names of the exceptions it wraps. */
    private static String firstLine(String m) {
        int nl = m.indexOf('\n');
        String line = nl < 0 ? m : m.substring(0, nl);
        line = line.replaceAll("(?:[a-z][a-z0-9_]*\\.)+[A-Za-z0-9_$]*(?:Exception|Error): (?:error: )?", "");
        return line.length() > 200 ? line.substring(0, 199) + "…" : line;
    }

    /**
     * {@code empty} for a file of zero bytes, {@code workbook} when it starts as a zip archive or an old Office file
     * does, {@code text} when its start holds no zero bytes and no control characters but line ends and tabs,
     * else {@code other}.
     */
    static String sniff(Path file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(512);
        } catch (IOException e) {
            return "other"; // POI will say why
        }
        if (head.length == 0) {
            return "empty";
        }
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K'
                || head.length >= 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF) {
            return "workbook";
        }
        for (byte b : head) {
            int c = b & 0xFF;
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') {
                return "other";
            }
        }
        return "text";
    }

    private static String baseName(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }

    private static RawTable readSheet(String name, Sheet sheet) {
        List<String> header = null;
        int headerRow = 1;
        List<RawRow> rows = new ArrayList<>();
        long blank = 0;
        for (Row row : sheet) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < Math.max(0, row.getLastCellNum()); i++) {
                cells.add(text(row.getCell(i)));
            }
            while (!cells.isEmpty() && cells.get(cells.size() - 1).isBlank()) {
                cells.remove(cells.size() - 1);
            }
            if (RawTable.isBlank(cells)) {
                blank += header == null ? 0 : 1;
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
        return new RawTable(name, headerRow, header == null ? List.of() : header, rows, blank);
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
