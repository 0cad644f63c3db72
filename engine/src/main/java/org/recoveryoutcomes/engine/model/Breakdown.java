package org.recoveryoutcomes.engine.model;

import java.util.Objects;

/**
 * One metric of one group restricted to the clients of one category of a profile field: an equality breakdown
 * (e.g. {@code retained_12_weeks} of {@code borough:Ealing} for clients whose {@code sex} is {@code female}).
 * The categories of a dimension partition the group's clients, so their counts, numerators and denominators
 * add up to the group's own figure. This class is immutable.
 *
 * <p>{@code new Breakdown("all", "sex", "female", "clients_seen", new CountValue(42, false))}
 *
 * @param groupKey the {@link GroupResult#key()} of the group
 * @param dimension {@code sex}, {@code age_band}, {@code ethnicity}, {@code disability} or
 *     {@code sexual_orientation}
 * @param category the category's code ({@code female}, {@code 25-34}, {@code yes} …), or {@code not_recorded}
 *     for clients with no profile or no value in this field
 * @param metricId the metric's id, e.g. {@code clients_seen}
 * @param value a {@link CountValue} or a {@link ProportionValue} with its Wilson CI and primary suppression flag
 */
public record Breakdown(String groupKey, String dimension, String category, String metricId, MetricValue value) {

    /** The category of clients with no profile, or no value in the dimension's field. */
    public static final String NOT_RECORDED = "not_recorded";

    public Breakdown {
        Objects.requireNonNull(groupKey, "groupKey");
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(metricId, "metricId");
        Objects.requireNonNull(value, "value");
    }
}
