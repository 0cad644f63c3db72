package org.recoveryoutcomes.engine.metrics;

import java.util.List;
import java.util.Map;
import org.recoveryoutcomes.engine.model.MetricDefinition;
import org.recoveryoutcomes.engine.model.MetricValue;
import org.recoveryoutcomes.engine.model.Period;
import org.recoveryoutcomes.engine.model.Settings;
import org.recoveryoutcomes.engine.model.TopItem;
import org.recoveryoutcomes.engine.model.TopRecord;

/**
 * The TOP outcome steps the metrics engine calls: outcome pairs ({@link OutcomePairs}) and the metrics over them
 * ({@link TopOutcomeMetrics}). An interface only so that the engagement, coverage and completion metrics can be
 * tested on their own; the engine always uses {@link #STANDARD}.
 */
interface TopOutcomes {

    /** The real thing: {@link OutcomePairs} and {@link TopOutcomeMetrics}. */
    TopOutcomes STANDARD = new TopOutcomes() {
        @Override
        public List<OutcomePair> build(List<TopRecord> tops, Period outcomePeriod, Settings settings) {
            return OutcomePairs.build(tops, outcomePeriod, settings);
        }

        @Override
        public List<OutcomePair> onePerClient(List<OutcomePair> pairs) {
            return OutcomePairs.onePerClient(pairs);
        }

        @Override
        public Map<TopItem, Double> thresholds(List<OutcomePair> allPairs, Settings settings) {
            return TopOutcomeMetrics.thresholds(allPairs, settings);
        }

        @Override
        public Map<String, MetricValue> compute(List<OutcomePair> pairs, Map<TopItem, Double> thresholds,
                                                Settings settings) {
            return TopOutcomeMetrics.compute(pairs, thresholds, settings);
        }

        @Override
        public List<MetricDefinition> definitions() {
            return TopOutcomeMetrics.definitions();
        }
    };

    List<OutcomePair> build(List<TopRecord> tops, Period outcomePeriod, Settings settings);

    List<OutcomePair> onePerClient(List<OutcomePair> pairs);

    Map<TopItem, Double> thresholds(List<OutcomePair> allPairs, Settings settings);

    Map<String, MetricValue> compute(List<OutcomePair> pairs, Map<TopItem, Double> thresholds, Settings settings);

    List<MetricDefinition> definitions();
}
