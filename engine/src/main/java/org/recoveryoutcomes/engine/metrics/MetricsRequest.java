package org.recoveryoutcomes.engine.metrics;

import java.util.Map;
import java.util.Objects;
import org.recoveryoutcomes.engine.model.EngineInfo;
import org.recoveryoutcomes.engine.model.Period;
import org.recoveryoutcomes.engine.model.Settings;

/**
 * What to compute.
 *
 * @param comparator {@code parent} (project vs its borough, borough vs all), {@code all}, or {@code value}
 * @param comparatorValues fixed comparator percentages per metric id, for {@code value}
 * @param trendQuarters how many quarters of trend to compute, ending with the period's quarter (0 for none)
 */
public record MetricsRequest(Period period, Period outcomePeriod, Settings settings, String comparator,
                             Map<String, Double> comparatorValues, int trendQuarters, EngineInfo engine) {

    public MetricsRequest {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(outcomePeriod, "outcomePeriod");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(comparator, "comparator");
        comparatorValues = Map.copyOf(comparatorValues);
        Objects.requireNonNull(engine, "engine");
    }
}
