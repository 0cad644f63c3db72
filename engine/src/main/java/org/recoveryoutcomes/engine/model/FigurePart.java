package org.recoveryoutcomes.engine.model;

/**
 * One whole number a published figure rests on, as disclosure control sees it: a count, a proportion's
 * numerator or denominator, or the numerator of the same proportion at the start TOP. Means and changes rest on
 * their number of values, their {@link #COUNT}.
 */
public enum FigurePart {
    /** A count, or the number of values of a mean or change. */
    COUNT,
    /** A proportion's numerator. */
    NUMERATOR,
    /** A proportion's denominator. */
    DENOMINATOR,
    /** The numerator of the same proportion at the start TOP (its denominator is the figure's). */
    AT_START;

    /** The lower-case name used in figure keys and the publication ledger. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
