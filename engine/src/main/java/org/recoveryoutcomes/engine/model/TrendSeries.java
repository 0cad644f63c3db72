package org.recoveryoutcomes.engine.model;

import java.util.List;
import java.util.Objects;

/**
 * One metric of one group over consecutive periods, oldest first. This class is immutable.
 *
 * @param groupKey the {@link GroupResult#key()} of the group
 */
public record TrendSeries(String groupKey, String metricId, List<Point> points) {

    public TrendSeries {
        Objects.requireNonNull(groupKey, "groupKey");
        Objects.requireNonNull(metricId, "metricId");
        points = List.copyOf(points);
    }

    /** The value in one period. */
    public record Point(Period period, MetricValue value) {
        public Point {
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(value, "value");
        }
    }
}
