package org.recoveryoutcomes.engine.model;

/** How a template section shows its metrics. Both renderers handle every kind. */
public enum SectionKind implements Code {
    /** Headline tiles: value, CI and direction of travel of a few key metrics, with key findings sentences. */
    HEADLINES,
    /** A table of the section's metrics for every group the report covers. */
    TABLE,
    /** A bar chart of the section's proportions by group, with CI whiskers and the comparator. */
    CHART,
    /** League tables: every group ranked, with CI, comparator and better/similar/worse. */
    COMPARISON,
    /** Funnel plots of the section's proportions with 95% and 99.8% limits. */
    FUNNEL,
    /** The section's metrics over the last eight quarters. */
    TREND,
    /** Start vs follow-up ("distance travelled") for change metrics, with effect size and significance. */
    CHANGE,
    /** Equality breakdowns by sex, age band, ethnicity, disability and sexual orientation. */
    BREAKDOWN,
    /** Free text from the template. */
    NARRATIVE,
    /** Rows read, accepted and quarantined by reason; TOP coverage. */
    DATA_QUALITY,
    /** Methodology appendix generated from the metric definitions and settings used. */
    METHODOLOGY;

    @Override
    public String code() {
        return Code.of(this);
    }
}
