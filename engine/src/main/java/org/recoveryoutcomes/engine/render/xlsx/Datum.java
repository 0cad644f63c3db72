package org.recoveryoutcomes.engine.render.xlsx;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * What one cell of a sheet holds, before it is written: text, a number with its format, a date, or the
 * disclosure mask. A blank cell is {@code null}, never a Datum.
 */
sealed interface Datum {

    /** Text, always written as a string cell, never as a formula. */
    record Text(String text) implements Datum {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A number stored as a number; {@code format} is an Excel format code (locale-independent). */
    record Num(double value, String format) implements Datum {
        public Num {
            Objects.requireNonNull(format, "format");
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("a cell number must be finite, was " + value);
            }
        }
    }

    /** A date stored as an Excel date serial with format {@link Formats#DATE}. */
    record Day(LocalDate date) implements Datum {
        public Day {
            Objects.requireNonNull(date, "date");
        }
    }

    /** A figure hidden by disclosure control: shows {@code *}. */
    record Masked() implements Datum {
    }

    Masked MASKED = new Masked();

    static Datum text(String s) {
        return s == null ? null : new Text(s);
    }

    static Datum num(Double v, String format) {
        return v == null || !Double.isFinite(v) ? null : new Num(v, format);
    }

    /** A percentage number (83.4) stored as the fraction it is (0.834) with {@link Formats#PERCENT}. */
    static Datum percent(Double v) {
        return v == null || !Double.isFinite(v) ? null
                : new Num(java.math.BigDecimal.valueOf(v).movePointLeft(2).doubleValue(), Formats.PERCENT);
    }

    static Datum count(long v) {
        return new Num(v, Formats.COUNT);
    }

    static Datum day(LocalDate d) {
        return d == null ? null : new Day(d);
    }

    /**
     * About how many characters the cell shows, for column widths. Computed from the value and its format
     * here, never from installed fonts, so widths are the same on every machine.
     */
    static int displayLength(Datum d) {
        if (d == null) {
            return 0;
        }
        if (d instanceof Text t) {
            int longest = 0;
            for (String line : t.text().split("\n", -1)) {
                longest = Math.max(longest, line.length());
            }
            return longest;
        }
        if (d instanceof Day) {
            return 10;
        }
        if (d instanceof Masked) {
            return 1;
        }
        Num n = (Num) d;
        String shown = switch (n.format()) {
            case Formats.COUNT -> String.format(Locale.ROOT, "%,d", Math.round(n.value()));
            case Formats.ONE_DP -> String.format(Locale.ROOT, "%.1f", n.value());
            case Formats.PERCENT -> String.format(Locale.ROOT, "%.1f%%", 100 * n.value());
            case Formats.AMOUNT -> String.format(Locale.ROOT, "%,.1f", n.value());
            case Formats.TWO_DP -> String.format(Locale.ROOT, "%.2f", n.value());
            case Formats.P_VALUE, Formats.LEVEL -> String.format(Locale.ROOT, "%.3f", n.value());
            default -> String.format(Locale.ROOT, "%.4f", n.value());
        };
        return shown.length();
    }
}
