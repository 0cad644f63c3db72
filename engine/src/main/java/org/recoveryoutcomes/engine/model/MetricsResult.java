package org.recoveryoutcomes.engine.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The complete result of computing metrics: what {@code metrics.json} holds and what the reports render.
 * This class is immutable.
 *
 * @param reliableChangeThresholds per TOP item code, the reliable-change threshold actually used
 * @param definitions every metric computed, in catalogue order
 * @param groups {@code all}, then boroughs by name, then projects by id
 * @param trends per group and metric, the last eight quarters (may be empty)
 * @param dataDate the latest date found in the data: what "data as at" means in reports
 * @param methodologyNotes the analytical choices made where the metric definitions leave room, in plain words,
 *     for the methodology appendix of every report
 * @param breakdowns equality breakdowns: per group, dimension, category and metric, in that order (may be empty)
 */
public record MetricsResult(EngineInfo engine, Period period, Period outcomePeriod, List<FileReport> inputs,
                            Settings settings, Map<String, Double> reliableChangeThresholds,
                            List<MetricDefinition> definitions, List<GroupResult> groups, List<TrendSeries> trends,
                            java.time.LocalDate dataDate, List<String> methodologyNotes,
                            List<Breakdown> breakdowns) {

    /** A result with no equality breakdowns. */
    public MetricsResult(EngineInfo engine, Period period, Period outcomePeriod, List<FileReport> inputs,
                         Settings settings, Map<String, Double> reliableChangeThresholds,
                         List<MetricDefinition> definitions, List<GroupResult> groups, List<TrendSeries> trends,
                         java.time.LocalDate dataDate, List<String> methodologyNotes) {
        this(engine, period, outcomePeriod, inputs, settings, reliableChangeThresholds, definitions, groups, trends,
                dataDate, methodologyNotes, List.of());
    }

    /** A result with no methodology notes and no equality breakdowns. */
    public MetricsResult(EngineInfo engine, Period period, Period outcomePeriod, List<FileReport> inputs,
                         Settings settings, Map<String, Double> reliableChangeThresholds,
                         List<MetricDefinition> definitions, List<GroupResult> groups, List<TrendSeries> trends,
                         java.time.LocalDate dataDate) {
        this(engine, period, outcomePeriod, inputs, settings, reliableChangeThresholds, definitions, groups, trends,
                dataDate, List.of(), List.of());
    }

    public MetricsResult {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(outcomePeriod, "outcomePeriod");
        Objects.requireNonNull(settings, "settings");
        inputs = List.copyOf(inputs);
        reliableChangeThresholds = Collections.unmodifiableMap(new LinkedHashMap<>(reliableChangeThresholds));
        definitions = List.copyOf(definitions);
        groups = List.copyOf(groups);
        trends = List.copyOf(trends);
        methodologyNotes = List.copyOf(methodologyNotes);
        breakdowns = List.copyOf(breakdowns);
    }

    /** The group with this {@link GroupResult#key()}, or {@code null}. */
    public GroupResult group(String key) {
        for (GroupResult g : groups) {
            if (g.key().equals(key)) {
                return g;
            }
        }
        return null;
    }

    /** The breakdowns of one group, in result order (dimension, category, metric). */
    public List<Breakdown> breakdowns(String groupKey) {
        return breakdowns.stream().filter(b -> b.groupKey().equals(groupKey)).toList();
    }

    /** The definition of {@code metricId}, or {@code null}. */
    public MetricDefinition definition(String metricId) {
        for (MetricDefinition d : definitions) {
            if (d.id().equals(metricId)) {
                return d;
            }
        }
        return null;
    }

    /**
     * The ids of the metrics of one family ({@link MetricDefinition#domain}), in catalogue order: {@code
     * metricIdsOf("coverage")} is the TOP coverage metrics.
     */
    public List<String> metricIdsOf(String domain) {
        return definitions.stream().filter(d -> d.domain().equals(domain)).map(MetricDefinition::id).toList();
    }
}
