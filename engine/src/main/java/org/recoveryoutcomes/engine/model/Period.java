package org.recoveryoutcomes.engine.model;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period: an inclusive range of dates with the label the user wrote.
 *
 * <p>{@code Period.parse("2026/27-Q2")} is 2026-07-01..2026-09-30 (UK financial year quarter). The accepted
 * forms are those of metrics.md: {@code 2026-Q3}, {@code 2026/27-Q2}, {@code 2026/27}, {@code 2026},
 * {@code 2026-07-01..2026-09-30} and {@code 12m:2026-09-30}. This class is immutable.
 */
public record Period(String label, LocalDate start, LocalDate end) {

    private static final Pattern CALENDAR_QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern FINANCIAL_QUARTER = Pattern.compile("(\\d{4})/(\\d{2})-Q([1-4])");
    private static final Pattern FINANCIAL_YEAR = Pattern.compile("(\\d{4})/(\\d{2})");
    private static final Pattern CALENDAR_YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern RANGE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern ROLLING = Pattern.compile("12m:(\\d{4}-\\d{2}-\\d{2})");

    /** The forms {@link #parse} accepts, for error messages. */
    public static final String FORMS =
            "2026-Q3, 2026/27-Q2, 2026/27, 2026, 2026-07-01..2026-09-30 or 12m:2026-09-30";

    public Period {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("period " + label + " ends (" + end + ") before it starts (" + start + ")");
        }
    }

    /**
     * Parses a period written as metrics.md allows.
     *
     * @throws IllegalArgumentException naming the accepted forms when {@code text} is none of them
     */
    public static Period parse(String text) {
        String t = text == null ? "" : text.trim();
        try {
            Matcher m;
            if ((m = CALENDAR_QUARTER.matcher(t)).matches()) {
                int year = Integer.parseInt(m.group(1));
                int q = Integer.parseInt(m.group(2));
                LocalDate start = LocalDate.of(year, 3 * (q - 1) + 1, 1);
                return new Period(t, start, start.plusMonths(3).minusDays(1));
            }
            if ((m = FINANCIAL_QUARTER.matcher(t)).matches()) {
                int year = Integer.parseInt(m.group(1));
                checkFinancialYear(t, year, m.group(2));
                int q = Integer.parseInt(m.group(3));
                LocalDate start = LocalDate.of(year, 4, 1).plusMonths(3L * (q - 1));
                return new Period(t, start, start.plusMonths(3).minusDays(1));
            }
            if ((m = FINANCIAL_YEAR.matcher(t)).matches()) {
                int year = Integer.parseInt(m.group(1));
                checkFinancialYear(t, year, m.group(2));
                return new Period(t, LocalDate.of(year, 4, 1), LocalDate.of(year + 1, 3, 31));
            }
            if ((m = CALENDAR_YEAR.matcher(t)).matches()) {
                int year = Integer.parseInt(m.group(1));
                return new Period(t, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            }
            if ((m = RANGE.matcher(t)).matches()) {
                LocalDate start = LocalDate.parse(m.group(1));
                LocalDate end = LocalDate.parse(m.group(2));
                if (end.isBefore(start)) {
                    throw new IllegalArgumentException(
                            "period " + t + " ends before it starts: write the earlier date first");
                }
                return new Period(t, start, end);
            }
            if ((m = ROLLING.matcher(t)).matches()) {
                return twelveMonthsEnding(LocalDate.parse(m.group(1)));
            }
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("period " + t + " has an impossible date: " + e.getParsedString());
        }
        throw new IllegalArgumentException("period '" + t + "' is not understood; write one of " + FORMS);
    }

    private static void checkFinancialYear(String text, int year, String nextTwoDigits) {
        if (Integer.parseInt(nextTwoDigits) != (year + 1) % 100) {
            throw new IllegalArgumentException("period " + text + ": a financial year runs from " + year + " to "
                    + (year + 1) + ", so write " + year + "/" + String.format("%02d", (year + 1) % 100));
        }
    }

    /** The 12 months ending on {@code end}, labelled {@code 12m:<end>}. */
    public static Period twelveMonthsEnding(LocalDate end) {
        return new Period("12m:" + end, end.minusYears(1).plusDays(1), end);
    }

    /** The {@code months} months ending on {@code end}: {@code 12m:<end>} for twelve, else {@code <start>..<end>}. */
    public static Period monthsEnding(LocalDate end, int months) {
        if (months == 12) {
            return twelveMonthsEnding(end);
        }
        LocalDate start = end.plusDays(1).minusMonths(months);
        return new Period(start + ".." + end, start, end);
    }

    /** The UK financial-year quarter holding {@code date}, labelled like {@code 2026/27-Q2}. */
    public static Period financialQuarterOf(LocalDate date) {
        int fy = date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
        int q = ((date.getMonthValue() - 4 + 12) % 12) / 3 + 1;
        return parse(fy + "/" + String.format(java.util.Locale.ROOT, "%02d", (fy + 1) % 100) + "-Q" + q);
    }

    /**
     * The latest UK financial-year quarter that data up to {@code last} covers completely: the quarter holding
     * {@code last} if it is the quarter's last day, else the quarter before.
     */
    public static Period latestCompleteFinancialQuarter(LocalDate last) {
        Period q = financialQuarterOf(last);
        return last.equals(q.end()) ? q : q.previous();
    }

    /** The calendar quarter holding {@code date}, labelled like {@code 2026-Q3}. */
    public static Period calendarQuarterOf(LocalDate date) {
        return parse(date.getYear() + "-Q" + date.get(IsoFields.QUARTER_OF_YEAR));
    }

    /** True when {@code date} lies in the period, both ends included. */
    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    /** Length in days, both ends included. */
    public long days() {
        return end.toEpochDay() - start.toEpochDay() + 1;
    }

    /**
     * The period of the same kind just before this one: the previous quarter for a quarter, the previous
     * year for a year, the same number of days before for anything else.
     */
    public Period previous() {
        return shifted(-1);
    }

    /** The same period one year earlier. */
    public Period yearBefore() {
        return new Period(shiftLabel(label, -1), start.minusYears(1), end.minusYears(1));
    }

    private Period shifted(int steps) {
        boolean wholeMonths = start.getDayOfMonth() == 1 && end.plusDays(1).getDayOfMonth() == 1;
        if (wholeMonths) {
            long months = (end.plusDays(1).getYear() * 12L + end.plusDays(1).getMonthValue())
                    - (start.getYear() * 12L + start.getMonthValue());
            LocalDate s = start.plusMonths(months * steps);
            LocalDate e = s.plusMonths(months).minusDays(1);
            return new Period(relabel(s, e, months), s, e);
        }
        long len = days();
        LocalDate s = start.plusDays(len * steps);
        LocalDate e = end.plusDays(len * steps);
        return new Period(s + ".." + e, s, e);
    }

    private String relabel(LocalDate s, LocalDate e, long months) {
        if (CALENDAR_QUARTER.matcher(label).matches() && months == 3) {
            return s.getYear() + "-Q" + s.get(IsoFields.QUARTER_OF_YEAR);
        }
        if (FINANCIAL_QUARTER.matcher(label).matches() && months == 3) {
            int fy = s.getMonthValue() >= 4 ? s.getYear() : s.getYear() - 1;
            int q = ((s.getMonthValue() - 4 + 12) % 12) / 3 + 1;
            return fy + "/" + String.format("%02d", (fy + 1) % 100) + "-Q" + q;
        }
        if (FINANCIAL_YEAR.matcher(label).matches() && months == 12) {
            return s.getYear() + "/" + String.format("%02d", (s.getYear() + 1) % 100);
        }
        if (CALENDAR_YEAR.matcher(label).matches() && months == 12) {
            return String.valueOf(s.getYear());
        }
        if (ROLLING.matcher(label).matches()) {
            return "12m:" + e;
        }
        return s + ".." + e;
    }

    private static String shiftLabel(String label, int years) {
        Matcher m;
        if ((m = CALENDAR_QUARTER.matcher(label)).matches()) {
            return (Integer.parseInt(m.group(1)) + years) + "-Q" + m.group(2);
        }
        if ((m = FINANCIAL_QUARTER.matcher(label)).matches()) {
            int y = Integer.parseInt(m.group(1)) + years;
            return y + "/" + String.format("%02d", (y + 1) % 100) + "-Q" + m.group(3);
        }
        if ((m = FINANCIAL_YEAR.matcher(label)).matches()) {
            int y = Integer.parseInt(m.group(1)) + years;
            return y + "/" + String.format("%02d", (y + 1) % 100);
        }
        if ((m = CALENDAR_YEAR.matcher(label)).matches()) {
            return String.valueOf(Integer.parseInt(m.group(1)) + years);
        }
        if ((m = ROLLING.matcher(label)).matches()) {
            return "12m:" + LocalDate.parse(m.group(1)).plusYears(years);
        }
        if ((m = RANGE.matcher(label)).matches()) {
            return LocalDate.parse(m.group(1)).plusYears(years) + ".." + LocalDate.parse(m.group(2)).plusYears(years);
        }
        return label;
    }

    @Override
    public String toString() {
        return label + " (" + start + ".." + end + ")";
    }
}
