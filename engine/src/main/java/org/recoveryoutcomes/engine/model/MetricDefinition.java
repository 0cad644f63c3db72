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
 */
public record MetricDefinition(String id, String label, String domain, MetricKind kind, String numerator,
                               String denominator, Polarity polarity, String statistic, String source) {

    public MetricDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(polarity, "polarity");
        Objects.requireNonNull(statistic, "statistic");
    }
}
