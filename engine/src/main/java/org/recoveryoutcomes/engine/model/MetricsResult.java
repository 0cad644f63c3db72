package org.recoveryoutcomes.engine.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

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
     * The period {@code metricId}'s figures cover ({@link MetricDefinition#window}): the outcome period for a
     * metric over outcomes, else the report period, also for a metric without a definition.
     */
    public Period periodOf(String metricId) {
        MetricDefinition d = definition(metricId);
        return d != null && d.overOutcomePeriod() ? outcomePeriod : period;
    }

    /**
     * What the reports of {@code template} publish of this result, and so what disclosure control protects and
     * the {@code metrics.json} beside them holds (metrics.md, "One publication, many files"): every group's
     * figures; all the trend quarters of the metrics a trend section names, and of every other metric only the
     * previous period's and the year before's, which its changes are shown against; the equality breakdowns of
     * the metrics a breakdown section names. A figure no report shows is not published, so it costs no shown
     * figure its place; the raw result keeps everything for analysts ({@code outcomes metrics}).
     */
    public MetricsResult shownIn(ReportTemplate template) {
        Set<String> trended = template.metricIdsOf(SectionKind.TREND);
        Set<String> brokenDown = template.metricIdsOf(SectionKind.BREAKDOWN);
        Set<Period> compared = new HashSet<>(List.of(period.previous(), period.yearBefore()));
        List<TrendSeries> shownTrends = new ArrayList<>();
        for (TrendSeries t : trends) {
            List<TrendSeries.Point> points = trended.contains(t.metricId()) ? t.points()
                    : t.points().stream().filter(p -> compared.contains(p.period())).toList();
            if (!points.isEmpty()) {
                shownTrends.add(points.size() == t.points().size() ? t
                        : new TrendSeries(t.groupKey(), t.metricId(), points));
            }
        }
        List<Breakdown> shownBreakdowns = breakdowns.stream().filter(b -> brokenDown.contains(b.metricId()))
                .toList();
        return new MetricsResult(engine, period, outcomePeriod, inputs, settings, reliableChangeThresholds,
                definitions, groups, shownTrends, dataDate, methodologyNotes, shownBreakdowns);
    }

    /** True when the data had a clients file (the equality breakdowns' source), whether or not any is shown. */
    public boolean hasClientProfiles() {
        return !breakdowns.isEmpty() || inputs.stream().anyMatch(f -> f.file().startsWith("clients."));
    }

    /**
     * The ids of the metrics of one family ({@link MetricDefinition#domain}), in catalogue order: {@code
     * metricIdsOf("coverage")} is the TOP coverage metrics.
     */
    public List<String> metricIdsOf(String domain) {
        return definitions.stream().filter(d -> d.domain().equals(domain)).map(MetricDefinition::id).toList();
    }
}
