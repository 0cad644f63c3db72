package org.recoveryoutcomes.engine.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.recoveryoutcomes.engine.model.IdDictionary;
import org.recoveryoutcomes.engine.model.MetricDefinition;
import org.recoveryoutcomes.engine.model.MetricValue;
import org.recoveryoutcomes.engine.model.Period;
import org.recoveryoutcomes.engine.model.Settings;
import org.recoveryoutcomes.engine.model.TopItem;
import org.recoveryoutcomes.engine.model.TopRecord;
import org.recoveryoutcomes.engine.model.TopTable;

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
        public PairList build(TopTable tops, int[] rows, int from, int to, Period outcomePeriod,
                              Settings settings) {
            return OutcomePairs.build(tops, rows, from, to, outcomePeriod, settings);
        }

        @Override
        public PairList onePerClient(PairList pairs, int clientCount, IdDictionary ids) {
            return OutcomePairs.onePerClient(pairs, clientCount);
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

    /**
     * {@link #build(List, Period, Settings)} over one project's TOP rows {@code rows[from, to)} (in client, day,
     * input row order), with the pairs' client ordinals. By default the rows are made into records in input
     * order.
     */
    default PairList build(TopTable tops, int[] rows, int from, int to, Period outcomePeriod, Settings settings) {
        int[] inInputOrder = Arrays.copyOfRange(rows, from, to);
        Arrays.sort(inInputOrder);
        List<TopRecord> records = new ArrayList<>(inInputOrder.length);
        for (int row : inInputOrder) {
            records.add(tops.get(row));
        }
        return PairList.of(build(records, outcomePeriod, settings), tops.clientIds());
    }

    /** {@link #onePerClient(List)} with the pairs' client ordinals (below {@code clientCount}). */
    default PairList onePerClient(PairList pairs, int clientCount, IdDictionary ids) {
        return PairList.of(onePerClient(pairs.pairs()), ids);
    }

    Map<TopItem, Double> thresholds(List<OutcomePair> allPairs, Settings settings);

    Map<String, MetricValue> compute(List<OutcomePair> pairs, Map<TopItem, Double> thresholds, Settings settings);

    List<MetricDefinition> definitions();
}
