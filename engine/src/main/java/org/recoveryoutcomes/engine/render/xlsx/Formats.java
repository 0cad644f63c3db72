package org.recoveryoutcomes.engine.render.xlsx;

/**
 * Number format codes of the workbook. Excel stores format codes in one fixed (US) syntax whatever the
 * reader's locale, so these show as {@code 1,234} in the UK and {@code 1.234} in Germany without change.
 *
 * <p>Convention: a percentage is stored as a fraction with a percentage format ({@link #PERCENT}: 0.834
 * shows as 83.4%), as Excel users expect, so it sums, charts and reformats like any percentage typed into
 * Excel; {@code metrics.json} holds the percentage number (83.4). A difference between two percentages is in
 * percentage points and stays a plain number ({@link #ONE_DP}), as its header says.
 */
final class Formats {

    /** Percentages, stored as fractions: {@code 83.4%} for 0.834. */
    static final String PERCENT = "0.0%";
    /** Counts of people, contacts, rows: {@code 1,234}. */
    static final String COUNT = "#,##0";
    /** Percentages (as percentage numbers), their limits, means and mean changes: {@code 41.2}. */
    static final String ONE_DP = "0.0";
    /** Amounts such as hours: {@code 1,234.5}. */
    static final String AMOUNT = "#,##0.0";
    /** Effect sizes, reliabilities, reliable-change thresholds: {@code 0.45}. */
    static final String TWO_DP = "0.00";
    /** Confidence levels: {@code 0.95}, {@code 0.998}. */
    static final String LEVEL = "0.0##";
    /** p-values: {@code 0.004}. */
    /** Three decimals, and "<0.001" below that, as p-values are conventionally reported; the cell keeps the exact value. */
    static final String P_VALUE = "[<0.001]\"<0.001\";0.000";
    /** Dates: ISO 8601, unambiguous in every locale. */
    static final String DATE = "yyyy-mm-dd";

    private Formats() {
    }
}
