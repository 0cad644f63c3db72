package org.recoveryoutcomes.engine.io;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.recoveryoutcomes.engine.io.table.RawRow;
import org.recoveryoutcomes.engine.io.table.TextFiles;
import org.recoveryoutcomes.engine.model.Code;
import org.recoveryoutcomes.engine.model.RecordIssue;
import org.recoveryoutcomes.engine.model.Severity;
import org.recoveryoutcomes.engine.model.SourceLocation;

/**
 * Reads the typed values of one row, collecting every problem instead of stopping at the first: a row is judged
 * on all its errors at once, so the user can fix it in one go. Each accessor returns {@code null} when the value
 * is missing or wrong; {@link #hasErrors()} then says whether the row may be kept.
 *
 * <p>Messages follow data-format.md: {@code top.csv:118: psych_health: 24 is outside 0–20}: location, column,
 * then the value and what is wrong with it. A value that could not be read is quoted ({@code 'visit'}); a number
 * or date that was read is shown bare.
 */
final class RowCheck {

    static final DateTimeFormatter ISO_DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    // d/M also reads the usual dd/MM: leading zeros are optional, the order never is.
    static final DateTimeFormatter UK_DATE =
            DateTimeFormatter.ofPattern("d/M/uuuu", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Map<String, Boolean> BOOLEANS = Map.of(
            "y", true, "yes", true, "true", true, "1", true,
            "n", false, "no", false, "false", false, "0", false);
    private static final int MAX_SHOWN = 60;

    /** Dates outside these are typing errors (a year 3026, 1026), whatever the run's reference date. */
    static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    static final LocalDate LATEST_DATE = LocalDate.of(2099, 12, 31);
    /** The longest text value (an id, a name): far beyond any real one, and well inside an Excel cell's 32,767. */
    static final int MAX_TEXT = 1000;
    /** The longest number read: more characters cannot be a count, score or amount (and would be slow to parse). */
    static final int MAX_NUMBER_CHARS = 30;

    private final FileKind kind;
    private final int row;
    private final List<String> cells;
    private final Map<String, Integer> index;
    private final ColumnMapping mapping;
    private final LocalDate latestDate;
    private final SourceLocation location;
    private final List<RecordIssue> issues = new ArrayList<>();
    private boolean errors;
    private boolean timeDropped;

    RowCheck(FileKind kind, String file, RawRow raw, Map<String, Integer> index, ColumnMapping mapping,
             LocalDate latestDate) {
        this(kind, new SourceLocation(file, raw.row(), raw.line()), raw.cells(), index, mapping, latestDate);
    }

    /** A check of the row at {@code location} holding {@code cells} (not copied). */
    RowCheck(FileKind kind, SourceLocation location, List<String> cells, Map<String, Integer> index,
             ColumnMapping mapping, LocalDate latestDate) {
        this.kind = kind;
        this.row = location.row();
        this.cells = cells;
        this.index = index;
        this.mapping = mapping;
        this.latestDate = latestDate;
        this.location = location;
    }

    SourceLocation location() {
        return location;
    }

    /** The row as read, for the quarantine file. */
    RawRow raw() {
        return new RawRow(row, location.line(), cells, null);
    }

    List<RecordIssue> issues() {
        return issues;
    }

    boolean hasErrors() {
        return errors;
    }

    /** The value of {@code column} after code mapping and trimming, or null when the column is absent or empty. */
    String value(String column) {
        Integer i = index.get(column);
        if (i == null || i >= cells.size()) {
            return null;
        }
        String v = mapping.code(kind, column, cells.get(i));
        v = v == null ? null : v.strip();
        return v == null || v.isEmpty() ? null : v;
    }

    /**
     * A text value (an id, a name): at most {@link #MAX_TEXT} characters, and a warning when it looks like an NHS
     * number or a postcode.
     */
    String text(String column, boolean required) {
        String v = present(column, required);
        if (v == null) {
            return null;
        }
        if (v.length() > MAX_TEXT) {
            invalid(column, "too_long", "the value has " + v.length() + " characters; at most " + MAX_TEXT
                    + " are allowed");
            return null;
        }
        identifier(column, v);
        return v;
    }

    /** The value of {@code column}, with a {@code missing_value} error when it is required and absent. */
    private String present(String column, boolean required) {
        String v = value(column);
        if (v == null && required) {
            error(column, "missing_value", "a value is required");
        }
        return v;
    }

    /**
     * Warns on each cell of the columns the engine ignores ({@code label} by cell position) that holds what looks
     * like an NHS number or a postcode: a notes column is where such things leak.
     */
    void ignoredColumns(Map<Integer, String> label) {
        for (Map.Entry<Integer, String> e : label.entrySet()) {
            if (e.getKey() < cells.size()) {
                identifier(e.getValue(), cells.get(e.getKey()));
            }
        }
    }

    private void identifier(String column, String value) {
        String warning = Identifiers.valueWarning(value);
        if (warning != null) {
            warn(column, "possible_identifier", warning);
        }
        if (TextFiles.isMojibake(value)) {
            warn(column, "mojibake", "the text looks garbled (such as 'Ã©' for 'é'): the file seems to be UTF-8 "
                    + "read in another encoding; give its \"encoding\" in the mapping");
        }
    }

    <E extends Enum<E> & Code> E code(String column, Class<E> type, boolean required) {
        String v = present(column, required);
        if (v == null) {
            return null;
        }
        // A code as written in the data format (the usual case) is found at once; any other spelling is read by
        // Code.parse, which ignores case.
        @SuppressWarnings("unchecked")
        E exact = (E) EXACT_CODES.get(type).get(v);
        if (exact != null) {
            return exact;
        }
        return parsed(column, v, Code.parse(type, v), type);
    }

    /** A code read by {@code parser}; {@code codes} lists the accepted codes for the message. */
    <E> E code(String column, boolean required, Function<String, Optional<E>> parser, String codes) {
        String v = present(column, required);
        if (v == null) {
            return null;
        }
        return parsed(column, v, parser.apply(v), codes);
    }

    private <E> E parsed(String column, String v, Optional<E> parsed, Object codes) {
        if (parsed.isEmpty()) {
            String list = codes instanceof Class<?> type ? codeList(type) : (String) codes;
            invalid(column, "bad_code", shown(v) + " is not a known code (" + list + ")");
            return null;
        }
        return parsed.get();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String codeList(Class<?> type) {
        return Code.list((Class) type);
    }

    /** Per code enum, each constant by its code exactly as written. */
    private static final ClassValue<Map<String, Object>> EXACT_CODES = new ClassValue<>() {
        @Override
        protected Map<String, Object> computeValue(Class<?> type) {
            Map<String, Object> byCode = new java.util.HashMap<>();
            for (Object e : type.getEnumConstants()) {
                byCode.putIfAbsent(((Code) e).code(), e);
            }
            return Map.copyOf(byCode);
        }
    };

    LocalDate date(String column, boolean required) {
        String v = present(column, required);
        if (v == null) {
            return null;
        }
        java.time.format.DateTimeFormatter format = mapping.file(kind).dateFormat();
        LocalDate d = parseDate(v, format);
        if (d == null) {
            d = dateOfTimestamp(v, format);
            timeDropped |= d != null;
        }
        if (d == null) {
            String pattern = mapping.file(kind).datePattern();
            invalid(column, "bad_date", shown(v) + " is not a valid date (use " + (pattern == null ? ""
                    : pattern + ", ") + "yyyy-MM-dd or dd/MM/yyyy)");
            return null;
        }
        if (d.isBefore(EARLIEST_DATE) || d.isAfter(LATEST_DATE)) {
            invalid(column, "implausible_date", d + " is implausible (before " + EARLIEST_DATE.getYear() + " or after "
                    + LATEST_DATE.getYear() + ")");
            return null;
        }
        if (latestDate != null && d.isAfter(latestDate)) {
            invalid(column, "future_date", d + " is in the future (after " + latestDate + ")");
            return null;
        }
        return d;
    }

    /** A time of day after a date: {@code 10:30}, {@code 10:30:00.000}, with an optional zone or am/pm. */
    private static final Pattern TIME = Pattern.compile(
            "([01]?\\d|2[0-3]):[0-5]\\d(:[0-5]\\d([.,]\\d{1,9})?)?\\s*(Z|[+-]\\d{2}(:?\\d{2})?|[AaPp]\\.?[Mm]\\.?)?");

    /**
     * The date of a timestamp ({@code 2026-04-16T10:30:00}, {@code 2026-04-16 10:30}, {@code 16/04/2026 10:30}, as
     * a system or an Excel date-time gives it): the date as written, whatever the time or zone; null when
     * {@code v} is not a date followed by a time.
     */
    static LocalDate dateOfTimestamp(String v, java.time.format.DateTimeFormatter format) {
        int cut = -1;
        for (int i = 6; i < v.length() && i < 12; i++) {
            char c = v.charAt(i);
            if (c == 'T' || c == ' ') {
                cut = i;
                break;
            }
        }
        if (cut < 0 || !TIME.matcher(v.substring(cut + 1).strip()).matches()) {
            return null;
        }
        return parseDate(v.substring(0, cut), format);
    }

    /** {@link #parseDate(String)}, trying {@code format} (the file's own, from the mapping) first when given. */
    static LocalDate parseDate(String v, java.time.format.DateTimeFormatter format) {
        if (format != null) {
            try {
                return LocalDate.parse(v, format);
            } catch (DateTimeParseException e) {
                // then our two formats
            }
        }
        return parseDate(v);
    }

    static LocalDate parseDate(String v) {
        LocalDate iso = isoDate(v);
        if (iso != null) {
            return iso;
        }
        // The separator says which of the two formats is meant; only that one is tried.
        DateTimeFormatter format = v.indexOf('/') >= 0 ? UK_DATE : ISO_DATE;
        try {
            return LocalDate.parse(v, format);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * {@code yyyy-MM-dd} read by hand, as {@link #ISO_DATE} reads it: the date, or null when {@code v} is not a
     * valid date of that exact shape (then the formatter decides).
     */
    static LocalDate isoDate(String v) {
        if (v.length() != 10 || v.charAt(4) != '-' || v.charAt(7) != '-') {
            return null;
        }
        int year = digits(v, 0, 4);
        int month = digits(v, 5, 7);
        int day = digits(v, 8, 10);
        if (year < 0 || month < 1 || month > 12 || day < 1) {
            return null;
        }
        int length = switch (month) {
            case 2 -> java.time.Year.isLeap(year) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
        return day > length ? null : LocalDate.of(year, month, day);
    }

    /** The ASCII digits {@code v[from, to)} as a number, or −1 when one is not a digit. */
    private static int digits(String v, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    Boolean bool(String column, boolean required) {
        String v = present(column, required);
        if (v == null) {
            return null;
        }
        Boolean b = parseBoolean(v);
        if (b == null) {
            invalid(column, "bad_boolean", shown(v) + " is not a yes/no value (use Y or N, yes or no, true or false, 1 or 0)");
        }
        return b;
    }

    static Boolean parseBoolean(String v) {
        switch (v) {
            case "Y", "y" -> {
                return Boolean.TRUE;
            }
            case "N", "n" -> {
                return Boolean.FALSE;
            }
            default -> {
            }
        }
        return BOOLEANS.get(v.strip().toLowerCase(Locale.ROOT));
    }

    /** A whole number in {@code min..max}. */
    Integer whole(String column, int min, int max, boolean required) {
        String v = present(column, required);
        if (v == null) {
            return null;
        }
        if (v.length() <= 9) {
            int plain = digits(v, 0, v.length());
            if (plain >= 0) {
                if (plain < min || plain > max) {
                    invalid(column, "out_of_range", v + " is outside " + min + "–" + max);
                    return null;
                }
                return plain;
            }
        }
        BigDecimal n = number(column, v);
        if (n == null) {
            return null;
        }
        if (n.stripTrailingZeros().scale() > 0) {
            invalid(column, "bad_number", shown(v) + " is not a whole number");
            return null;
        }
        if (n.compareTo(BigDecimal.valueOf(min)) < 0 || n.compareTo(BigDecimal.valueOf(max)) > 0) {
            invalid(column, "out_of_range", v + " is outside " + min + "–" + max);
            return null;
        }
        return n.intValueExact();
    }

    /** A number of 0 or more. */
    Double amount(String column, boolean required) {
        String v = present(column, required);
        if (v == null) {
            return null;
        }
        if (isPlainDecimal(v)) {
            // at most 15 digits: the nearest double, as BigDecimal.doubleValue gives it
            return Double.parseDouble(v);
        }
        BigDecimal n = number(column, v);
        if (n == null) {
            return null;
        }
        if (n.signum() < 0) {
            invalid(column, "out_of_range", v + " is below 0");
            return null;
        }
        return n.doubleValue();
    }

    /** Digits, at most one dot after the first digit, at most 15 digits in all. */
    static boolean isPlainDecimal(String v) {
        int n = v.length();
        if (n == 0 || n > 16 || v.charAt(0) < '0' || v.charAt(0) > '9') {
            return false;
        }
        int digits = 0;
        boolean dot = false;
        for (int i = 0; i < n; i++) {
            char c = v.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.' && !dot) {
                dot = true;
            } else {
                return false;
            }
        }
        return digits <= 15;
    }

    private BigDecimal number(String column, String v) {
        // Plain decimals only: no thousands separators, exponents, NaN or non-ASCII digits, whatever the locale.
        if (v.length() > MAX_NUMBER_CHARS) {
            invalid(column, "bad_number", shown(v) + " is too long for a number (more than " + MAX_NUMBER_CHARS
                    + " characters)");
            return null;
        }
        if (!DECIMAL.matcher(v).matches()) {
            invalid(column, "bad_number", shown(v) + " is not a number");
            return null;
        }
        return new BigDecimal(v);
    }

    /**
     * A value that cannot be read: an error that rejects the row, but in a column of {@link FileKind#soft} (one no
     * metric's count rests on, such as a project's {@code opened} date or a client's ethnicity) a warning, and the
     * cell is read as empty.
     */
    private void invalid(String column, String kind, String reason) {
        if (this.kind.soft(column)) {
            warn(column, kind, reason + "; the cell is read as empty");
        } else {
            error(column, kind, reason);
        }
    }

    /** True when a date of this row was read from a date and time, the time ignored. */
    boolean timeDropped() {
        return timeDropped;
    }

    void error(String column, String kind, String reason) {
        errors = true;
        issues.add(issue(location, column, Severity.ERROR, kind, reason));
    }

    void warn(String column, String kind, String reason) {
        issues.add(issue(location, column, Severity.WARNING, kind, reason));
    }

    static RecordIssue issue(SourceLocation at, String column, Severity severity, String kind, String reason) {
        StringBuilder m = new StringBuilder();
        if (at != null) {
            m.append(at).append(": ");
        }
        if (column != null) {
            m.append(column).append(": ");
        }
        m.append(reason);
        return new RecordIssue(at, column, severity, kind, m.toString());
    }

    /**
     * A value as written, quoted for a message: {@code 'visit'}. Line breaks and tabs are made visible so the
     * message stays on one line, and a very long value is cut (the quarantine file keeps it whole).
     */
    static String shown(String value) {
        return "'" + cut(value) + "'";
    }

    /** A value or name as {@link #shown(String)} shows it, without the quotes: for column names. */
    static String cut(String value) {
        StringBuilder sb = new StringBuilder();
        // Only the start of a value is shown: a two-megabyte cell is looked at no further than needed.
        for (int i = 0, n = 0; i < value.length() && n <= MAX_SHOWN; ) {
            int c = value.codePointAt(i);
            i += Character.charCount(c);
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> sb.appendCodePoint(Character.isISOControl(c) ? '?' : c);
            }
            n += c == '\n' || c == '\r' || c == '\t' ? 2 : 1;
        }
        String s = sb.toString();
        if (s.codePointCount(0, s.length()) > MAX_SHOWN) {
            s = s.substring(0, s.offsetByCodePoints(0, MAX_SHOWN - 1)) + "…";
        }
        return s;
    }
}
