package org.recoveryoutcomes.engine.render.xlsx;

/**
 * The columns a figure table may have, in the order they appear. A sheet shows the columns its section
 * kind allows and drops those that are blank in every row; {@code value}'s header names the unit when every
 * row shares one ({@code value (%)}, {@code count}, {@code mean change}).
 */
enum Col {
    LEVEL("level"),
    GROUP("group"),
    GROUP_ID("group id"),
    BOROUGH("borough"),
    METRIC("metric"),
    LABEL("label"),
    DIMENSION("dimension"),
    CATEGORY("category"),
    PERIOD("period"),
    PERIOD_START("period start"),
    PERIOD_END("period end"),
    RANK("rank"),
    UNIT("unit"),
    NUMERATOR("numerator"),
    DENOMINATOR("denominator"),
    N("n"),
    MEAN_START("mean at start"),
    MEAN_FOLLOW_UP("mean at follow-up"),
    VALUE("value"),
    LOWER("lower %s"),
    UPPER("upper %s"),
    MEDIAN("median"),
    VALUE_AT_START("value at start (%)"),
    P_VALUE("p-value"),
    EFFECT_SIZE("effect size"),
    COMPARATOR("comparator"),
    COMPARATOR_VALUE("comparator (%)"),
    COMPARISON("comparison"),
    FLAG("flag"),
    PREVIOUS_PERIOD("previous period"),
    PREVIOUS_VALUE("previous value (%)"),
    PREVIOUS_CHANGE("change on previous (points)"),
    PREVIOUS_LOWER("change on previous: lower %s"),
    PREVIOUS_UPPER("change on previous: upper %s"),
    PREVIOUS_DIRECTION("change on previous"),
    YEAR_PERIOD("year-before period"),
    YEAR_VALUE("year-before value (%)"),
    YEAR_CHANGE("change on year before (points)"),
    YEAR_LOWER("change on year before: lower %s"),
    YEAR_UPPER("change on year before: upper %s"),
    YEAR_DIRECTION("change on year before"),
    FUNNEL_BASELINE("funnel baseline (%)"),
    FUNNEL_LOWER_95("lower 95% limit"),
    FUNNEL_UPPER_95("upper 95% limit"),
    FUNNEL_LOWER_998("lower 99.8% limit"),
    FUNNEL_UPPER_998("upper 99.8% limit"),
    FUNNEL_POSITION("funnel position"),
    PLOTTED_VALUE("plotted value"),
    PLOTTED_ABOVE("plotted CI above"),
    PLOTTED_BELOW("plotted CI below"),
    PLOTTED_COMPARATOR("plotted comparator (%)");

    private final String header;

    Col(String header) {
        this.header = header;
    }

    /** The header, with {@code %s} replaced by the confidence level, e.g. {@code 95%}. */
    String header(String level) {
        return header.contains("%s") ? String.format(java.util.Locale.ROOT, header, level) : header;
    }
}
