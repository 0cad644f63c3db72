package org.recoveryoutcomes.engine.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Every metric of one group: {@code all}, a borough or a project. Metrics are in catalogue order. This class
 * is immutable.
 *
 * @param id {@code all}, the borough's name, or the project id
 * @param name a display name: {@code All projects}, the borough's name, or the project's name
 * @param borough the borough of a project or the borough itself; {@code null} for {@code all}
 */
public record GroupResult(GroupLevel level, String id, String name, String borough, Map<String, MetricValue> metrics) {

    public GroupResult {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    }

    /** A key unique across groups: {@code all}, {@code borough:Ealing}, {@code project:BAT}. */
    public String key() {
        return level == GroupLevel.ALL ? "all" : level.code() + ":" + id;
    }

    /** The metric's value, or {@code null} when this group has no such metric. */
    public MetricValue metric(String metricId) {
        return metrics.get(metricId);
    }
}
