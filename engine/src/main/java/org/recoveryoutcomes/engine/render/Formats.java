package org.recoveryoutcomes.engine.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.recoveryoutcomes.engine.model.AmountValue;
import org.recoveryoutcomes.engine.model.BreakdownValue;
import org.recoveryoutcomes.engine.model.ChangeValue;
import org.recoveryoutcomes.engine.model.CountValue;
import org.recoveryoutcomes.engine.model.GroupResult;
import org.recoveryoutcomes.engine.model.MeanValue;
import org.recoveryoutcomes.engine.model.MetricValue;
import org.recoveryoutcomes.engine.model.MetricsResult;
import org.recoveryoutcomes.engine.model.Period;
import org.recoveryoutcomes.engine.model.ProportionValue;

/**
 * How every figure is written in a report, in British English: {@code 1,234}, {@code 41%}, {@code 41.2%},
 * {@code 95% CI 32%–50%}, {@code 3.2 points}, {@code p < 0.001}, {@code p = 0.042}, and {@code *} for a hidden
 * figure. Numbers are rounded half away from zero from their shortest decimal form (so 40.45 shows as 40.5,
 * as a reader working by hand expects), negatives take a true minus sign (−), a rounded zero never carries a
 * sign, and a value that is not a finite number shows as missing ({@link #NONE}). Never depends on the JVM's
 * default locale. This class is stateless and thread-safe.
 */
public final class Formats {

    /** The locale of every shipped report. */
    public static final Locale LOCALE = Locale.UK;

    /** The minus sign used for negative numbers (U+2212), which lines up with the plus sign. */
    public static final String MINUS = "\u2212";

    /** What a cell shows when there is no figure (a proportion with denominator 0, a mean of no values). */
    public static final String NONE = "\u2013";

    /** Joins the two ends of a range of percentages: {@code 32%–50%}. */
    static final String EN_DASH = "\u2013";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", LOCALE);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM", LOCALE);

    private Formats() {
    }

    /** A count with thousands separators: {@code 1,234}. */
    public static String count(long n) {
        return n < 0 ? MINUS + grouped(BigDecimal.valueOf(-n), 0) : grouped(BigDecimal.valueOf(n), 0);
    }

    /** A number with {@code decimals} places and thousands separators: {@code 1,234.5}, {@code −0.3}. */
    public static String number(double value, int decimals) {
        if (!Double.isFinite(value)) {
            // The model says a figure that cannot be computed is null; a NaN that slips through is shown as
            // missing rather than stopping the report.
            return NONE;
        }
        BigDecimal rounded = round(value, decimals);
        if (rounded.signum() < 0) {
            return MINUS + grouped(rounded.negate(), decimals);
        }
        return grouped(rounded.abs(), decimals);
    }

    /** A number with an explicit sign, for changes: {@code +3.2}, {@code −0.3}, and {@code 0.0} for none. */
    public static String signed(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return NONE;
        }
        BigDecimal rounded = round(value, decimals);
        String digits = grouped(rounded.abs(), decimals);
        return switch (rounded.signum()) {
            case 1 -> "+" + digits;
            case -1 -> MINUS + digits;
            default -> digits;
        };
    }

    /** A percentage: {@code 41%} with 0 decimals, {@code 41.2%} with 1; {@link #NONE} when {@code null}. */
    public static String percent(Double value, int decimals) {
        return value == null || !Double.isFinite(value) ? NONE : number(value, decimals) + "%";
    }

    /** Two percentages as a range: {@code 32%–50%}; {@link #NONE} when either end is missing. */
    public static String percentRange(Double lower, Double upper, int decimals) {
        if (lower == null || upper == null) {
            return NONE;
        }
        return percent(lower, decimals) + EN_DASH + percent(upper, decimals);
    }

    /** A 95% confidence interval of a percentage: {@code 95% CI 32%–50%}. */
    public static String percentCi(Double lower, Double upper, int decimals) {
        return "95% CI " + percentRange(lower, upper, decimals);
    }

    /**
     * Two numbers as a range joined by "to", which stays readable when either end is negative:
     * {@code −0.3 to 1.1}; {@link #NONE} when either end is missing.
     */
    public static String range(Double lower, Double upper, int decimals) {
        if (lower == null || upper == null) {
            return NONE;
        }
        return number(lower, decimals) + " to " + number(upper, decimals);
    }

    /** A 95% confidence interval of a number: {@code 95% CI 2.1 to 4.3}. */
    public static String interval(Double lower, Double upper, int decimals) {
        return "95% CI " + range(lower, upper, decimals);
    }

    /** Points on a rating scale, one decimal: {@code 3.2 points}. */
    public static String points(double value) {
        return number(value, 1) + " points";
    }

    /**
     * A p-value as reported: {@code p < 0.001} below one in a thousand, otherwise three decimals,
     * {@code p = 0.042}; {@link #NONE} when {@code null}.
     */
    public static String pValue(Double p) {
        if (p == null) {
            return NONE;
        }
        if (p < 0.001) {
            return "p < 0.001";
        }
        return "p = " + number(p, 3);
    }

    /** A date in words: {@code 30 September 2026}. */
    public static String date(LocalDate date) {
        return DATE.format(date);
    }

    /**
     * A period with its dates: {@code 2026/27-Q2 (1 July 2026 to 30 September 2026)}; a period whose label is
     * already its dates is written as dates only.
     */
    public static String period(Period period) {
        String dates = date(period.start()) + " to " + date(period.end());
        String label = period.label();
        if (label.isEmpty() || label.equals(period.start() + ".." + period.end())) {
            return dates;
        }
        if (label.startsWith("12m:")) {
            return "the 12 months to " + date(period.end());
        }
        return label + " (" + dates + ")";
    }

    /**
     * A period in words, as every renderer names it in a cell or a heading: {@code 12 months to 30 September
     * 2026}; a financial-year quarter {@code July to September 2026 (2026/27 Q2)}; a calendar quarter
     * {@code July to September 2026}; a financial year {@code April 2026 to March 2027 (2026/27)}; a calendar
     * year {@code January to December 2026}; any other run of whole months {@code May to August 2026}; else its
     * dates, {@code 3 May 2026 to 9 August 2026}.
     */
    public static String periodName(Period period) {
        String label = period.label();
        if (label.startsWith("12m:")) {
            return "12 months to " + date(period.end());
        }
        LocalDate start = period.start();
        LocalDate end = period.end();
        if (start.getDayOfMonth() != 1 || end.getDayOfMonth() != end.lengthOfMonth()) {
            return date(start) + " to " + date(end);
        }
        String months = start.getYear() == end.getYear()
                ? (start.getMonth() == end.getMonth() ? "" : MONTH.format(start) + " to ") + MONTH.format(end) + " "
                + end.getYear()
                : MONTH.format(start) + " " + start.getYear() + " to " + MONTH.format(end) + " " + end.getYear();
        if (label.matches("\\d{4}/\\d{2}(-Q[1-4])?")) {
            return months + " (" + label.replace('-', ' ') + ")";
        }
        return months;
    }

    /** A period label ({@code 2026/27-Q1}, {@code 12m:2026-09-30}) in words; the label itself if it is no period. */
    public static String periodName(String label) {
        try {
            return periodName(Period.parse(label));
        } catch (IllegalArgumentException e) {
            return label;
        }
    }

    /**
     * The main figure of a value as a table or tile shows it: a count {@code 1,234}; an amount one decimal
     * {@code 312.5}; a proportion {@code 41.2%} (with {@code percentDecimals}); a mean one decimal
     * {@code 4.1}; a change signed {@code +3.2}; a breakdown its total. {@code *} when {@code hidden};
     * {@link #NONE} when the figure could not be computed.
     */
    public static String value(MetricValue value, boolean hidden, int percentDecimals) {
        if (value == null) {
            return NONE;
        }
        if (hidden) {
            return Disclosure.MASK;
        }
        if (value instanceof CountValue c) {
            return count(c.count());
        } else if (value instanceof AmountValue a) {
            return number(a.value(), 1);
        } else if (value instanceof ProportionValue p) {
            return percent(p.value(), percentDecimals);
        } else if (value instanceof MeanValue m) {
            return m.mean() == null ? NONE : number(m.mean(), 1);
        } else if (value instanceof ChangeValue c) {
            return c.meanChange() == null ? NONE : signed(c.meanChange(), 1);
        } else if (value instanceof BreakdownValue b) {
            return count(b.total());
        }
        throw new IllegalArgumentException("unknown metric value " + value.getClass().getSimpleName());
    }

    /** {@link #value(MetricValue, boolean, int)} with one decimal for percentages. */
    public static String value(MetricValue value, boolean hidden) {
        return value(value, hidden, 1);
    }

    /**
     * The 95% CI of a value without its "95% CI" prefix, as a table column shows it: {@code 32.4%–50.3%}
     * for a proportion, {@code 2.1 to 4.3} for a mean or a change; empty for counts, amounts and breakdowns;
     * {@code *} when hidden.
     */
    public static String ciCell(MetricValue value, boolean hidden, int percentDecimals) {
        if (value == null) {
            return "";
        }
        if (value instanceof ProportionValue p) {
            return hidden ? Disclosure.MASK : percentRange(p.lower95(), p.upper95(), percentDecimals);
        } else if (value instanceof MeanValue m) {
            return hidden ? Disclosure.MASK : range(m.lower95(), m.upper95(), 1);
        } else if (value instanceof ChangeValue c) {
            return hidden ? Disclosure.MASK : range(c.lower95(), c.upper95(), 1);
        }
        return "";
    }

    private static BigDecimal round(double value, int decimals) {
        // BigDecimal.valueOf uses the shortest decimal that round-trips, so 40.45 rounds to 40.5, not 40.4.
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
        return rounded.signum() == 0 ? rounded.abs() : rounded;
    }

    private static String grouped(BigDecimal nonNegative, int decimals) {
        // A new DecimalFormat per call: the class is not thread-safe and formatting is not a hot path.
        DecimalFormat f = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
                DecimalFormatSymbols.getInstance(LOCALE));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(nonNegative);
    }

    /**
     * How a template's figures are compared ({@code comparator} of the template: {@code parent}, {@code all},
     * {@code value}), as the methodology of every renderer says it, without a full stop.
     */
    public static String comparatorSentence(String comparator) {
        return switch (comparator) {
            case "parent" -> "Each project is compared with its borough and each borough with all projects";
            case "all" -> "Each area and project is compared with all projects";
            case "value" -> "Each figure is compared with a fixed benchmark set in the report template";
            default -> "Each figure is compared with its comparator (" + comparator + ")";
        };
    }

    /**
     * A figure's comparator as a table names it: the group's name ({@code borough:Ealing} → {@code Ealing}),
     * {@code Benchmark} for the template's fixed value, {@link #NONE} for none.
     */
    public static String comparatorName(MetricsResult metrics, String comparator) {
        if (comparator == null) {
            return NONE;
        }
        if (comparator.equals("value")) {
            return "Benchmark";
        }
        GroupResult g = metrics.group(comparator);
        if (g != null) {
            return g.name();
        }
        return comparator.equals("all") ? "All projects" : comparator.substring(comparator.indexOf(':') + 1);
    }
}
