package org.recoveryoutcomes.engine.model;

import java.util.Objects;

/**
 * What a metric means, in words: the source of the Definitions sheet and the methodology appendix. This class
 * is immutable.
 *
 * @param id the stable id of metrics.md, e.g. {@code abstinent_opiates}
 * @param label a short header for tables, e.g. {@code Abstinent from opiates}
 * @param domain the family it belongs to: {@code engagement}, {@code substance_use}, {@code reintegration},
 *     {@code health}, {@code coverage}, {@code completions}
 * @param numerator the numerator in words (or what is counted)
 * @param denominator the denominator in words, or {@code null} for counts and amounts
 * @param statistic how the value and its interval are computed, in words
 * @param source the published practice it follows (NDTMS, PHOF, OHID), or {@code null}
 * @param relations how the figure adds up with others, for disclosure control over a whole publication
 * @param words the words the key findings use for it, or {@code null}: the findings then give a plain
 *     "Label: figure" sentence (every metric of the engine's catalogue has its words)
 * @param window the period its figures cover: the report period or the outcome period
 */
public record MetricDefinition(String id, String label, String domain, MetricKind kind, String numerator,
                               String denominator, Polarity polarity, String statistic, String source,
                               Relations relations, MetricWords words, Window window) {

    /** The period a metric's figures cover. */
    public enum Window {
        /** The report period: engagement, and the TOP done at the start of the period's new clients. */
        REPORT_PERIOD,
        /** The outcome period (12 months by default): TOP outcomes, completions, follow-up coverage. */
        OUTCOME_PERIOD;

        /**
         * The window of a family's metrics unless a metric says otherwise: the report period for
         * {@code engagement} and {@code coverage}, the outcome period for every other family.
         */
        public static Window of(String domain) {
            return domain.equals("engagement") || domain.equals("coverage") ? REPORT_PERIOD : OUTCOME_PERIOD;
        }
    }

    /** A definition over its family's window ({@link Window#of}). */
    public MetricDefinition(String id, String label, String domain, MetricKind kind, String numerator,
                            String denominator, Polarity polarity, String statistic, String source,
                            Relations relations, MetricWords words) {
        this(id, label, domain, kind, numerator, denominator, polarity, statistic, source, relations, words,
                Window.of(Objects.requireNonNull(domain, "domain")));
    }

    /** A definition without words of its own ({@link #words()} {@code null}), over its family's window. */
    public MetricDefinition(String id, String label, String domain, MetricKind kind, String numerator,
                            String denominator, Polarity polarity, String statistic, String source,
                            Relations relations) {
        this(id, label, domain, kind, numerator, denominator, polarity, statistic, source, relations, null);
    }

    /** A definition whose relations are not declared ({@link Relations#UNDECLARED}), without words. */
    public MetricDefinition(String id, String label, String domain, MetricKind kind, String numerator,
                            String denominator, Polarity polarity, String statistic, String source) {
        this(id, label, domain, kind, numerator, denominator, polarity, statistic, source, Relations.UNDECLARED,
                null);
    }

    /** This definition with {@code r} as its relations. */
    public MetricDefinition with(Relations r) {
        return new MetricDefinition(id, label, domain, kind, numerator, denominator, polarity, statistic, source, r,
                words, window);
    }

    /**
     * This definition with {@code w} as its words.
     *
     * @throws IllegalArgumentException when the words cannot say a figure of this definition's kind
     */
    public MetricDefinition with(MetricWords w) {
        return new MetricDefinition(id, label, domain, kind, numerator, denominator, polarity, statistic, source,
                relations, w, window);
    }

    /** This definition over {@code w}. */
    public MetricDefinition over(Window w) {
        return new MetricDefinition(id, label, domain, kind, numerator, denominator, polarity, statistic, source,
                relations, words, w);
    }

    /** This definition with {@code newLabel} as its label, everything else unchanged. */
    public MetricDefinition withLabel(String newLabel) {
        return new MetricDefinition(id, newLabel, domain, kind, numerator, denominator, polarity, statistic, source,
                relations, words, window);
    }

    /** True when its figures cover the outcome period rather than the report period. */
    public boolean overOutcomePeriod() {
        return window == Window.OUTCOME_PERIOD;
    }

    public MetricDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(polarity, "polarity");
        Objects.requireNonNull(statistic, "statistic");
        Objects.requireNonNull(relations, "relations");
        Objects.requireNonNull(window, "window");
        if (words != null && !words.fits(kind)) {
            throw new IllegalArgumentException(id + ": " + words.getClass().getSimpleName()
                    + " words cannot say a " + kind + " figure");
        }
    }
}
