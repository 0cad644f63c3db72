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
 */
public record MetricDefinition(String id, String label, String domain, MetricKind kind, String numerator,
                               String denominator, Polarity polarity, String statistic, String source,
                               Relations relations, MetricWords words) {

    /** A definition without words of its own ({@link #words()} {@code null}). */
    public MetricDefinition(String id, String label, String domain, MetricKind kind, String numerator,
                            String denominator, Polarity polarity, String statistic, String source,
                            Relations relations) {
        this(id, label, domain, kind, numerator, denominator, polarity, statistic, source, relations, null);
    }

    /** A definition whose relations are not declared ({@link Relations#UNDECLARED}). */
    public MetricDefinition(String id, String label, String domain, MetricKind kind, String numerator,
                            String denominator, Polarity polarity, String statistic, String source) {
        this(id, label, domain, kind, numerator, denominator, polarity, statistic, source, Relations.UNDECLARED,
                null);
    }

    /** This definition with {@code r} as its relations. */
    public MetricDefinition with(Relations r) {
        return new MetricDefinition(id, label, domain, kind, numerator, denominator, polarity, statistic, source, r,
                words);
    }

    /**
     * This definition with {@code w} as its words.
     *
     * @throws IllegalArgumentException when the words cannot say a figure of this definition's kind
     */
    public MetricDefinition with(MetricWords w) {
        return new MetricDefinition(id, label, domain, kind, numerator, denominator, polarity, statistic, source,
                relations, w);
    }

    /** This definition with {@code newLabel} as its label, its words and relations unchanged. */
    public MetricDefinition withLabel(String newLabel) {
        return new MetricDefinition(id, newLabel, domain, kind, numerator, denominator, polarity, statistic, source,
                relations, words);
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
        if (words != null && !words.fits(kind)) {
            throw new IllegalArgumentException(id + ": " + words.getClass().getSimpleName()
                    + " words cannot say a " + kind + " figure");
        }
    }
}
