package org.recoveryoutcomes.engine.metrics;

import java.util.List;
import java.util.Map;
import org.recoveryoutcomes.engine.model.MetricDefinition;
import org.recoveryoutcomes.engine.model.MetricValue;
import org.recoveryoutcomes.engine.model.Settings;
import org.recoveryoutcomes.engine.model.TopItem;

/** Substance use, reintegration and health metrics over outcome pairs (metrics.md, TOP outcomes). */
public final class TopOutcomeMetrics {

    private TopOutcomeMetrics() {
    }

    /**
     * Reliable-change thresholds per item, from the SD at start over {@code allPairs} (the {@code all} group's
     * pairs, so every project is held to the same threshold). Items with no SD are absent.
     */
    public static Map<TopItem, Double> thresholds(List<OutcomePair> allPairs, Settings settings) {
        throw new UnsupportedOperationException("TODO: TOP outcomes helper");
    }

    /** Every TOP outcome metric over {@code pairs}, keyed by metric id, in {@link #definitions()} order. */
    public static Map<String, MetricValue> compute(List<OutcomePair> pairs, Map<TopItem, Double> thresholds,
                                                   Settings settings) {
        throw new UnsupportedOperationException("TODO: TOP outcomes helper");
    }

    /** The definitions of every metric {@link #compute} returns, in order. */
    public static List<MetricDefinition> definitions() {
        throw new UnsupportedOperationException("TODO: TOP outcomes helper");
    }
}
