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
 */
public record MetricDefinition(String id, String label, String domain, MetricKind kind, String numerator,
                               String denominator, Polarity polarity, String statistic, String source,
                               Relations relations) {

    /** A definition whose relations are not declared ({@link Relations#UNDECLARED}). */
    public MetricDefinition(String id, String label, String domain, MetricKind kind, String numerator,
                            String denominator, Polarity polarity, String statistic, String source) {
        this(id, label, domain, kind, numerator, denominator, polarity, statistic, source, Relations.UNDECLARED);
    }

    /** This definition with {@code r} as its relations. */
    public MetricDefinition with(Relations r) {
        return new MetricDefinition(id, label, domain, kind, numerator, denominator, polarity, statistic, source, r);
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
    }
}
