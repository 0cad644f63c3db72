package org.recoveryoutcomes.engine.metrics;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.recoveryoutcomes.engine.model.MetricDefinition;
import org.recoveryoutcomes.engine.model.MetricKind;
import org.recoveryoutcomes.engine.model.MetricValue;
import org.recoveryoutcomes.engine.model.Period;
import org.recoveryoutcomes.engine.model.Polarity;
import org.recoveryoutcomes.engine.model.Settings;
import org.recoveryoutcomes.engine.model.TopItem;
import org.recoveryoutcomes.engine.model.TopRecord;
import org.recoveryoutcomes.engine.model.TopStage;

/**
 * A stand-in for the TOP outcome steps, simple enough to reason about in a test: per client and project, the
 * latest review or exit in the outcome period paired with the latest start before it (no window); one pair per
 * client by latest follow-up; two metrics: {@code fake_pairs} (the number of pairs) and {@code fake_exit_share}
 * (pairs whose follow-up is an exit).
 */
final class FakeTopOutcomes implements TopOutcomes {

    @Override
    public List<OutcomePair> build(List<TopRecord> tops, Period outcomePeriod, Settings settings) {
        Map<String, List<TopRecord>> byProjectClient = new TreeMap<>();
        for (TopRecord t : tops) {
            byProjectClient.computeIfAbsent(t.projectId() + "|" + t.clientId(), k -> new ArrayList<>()).add(t);
        }
        List<OutcomePair> out = new ArrayList<>();
        for (List<TopRecord> ts : byProjectClient.values()) {
            TopRecord follow = null;
            for (TopRecord t : ts) {
                if (t.stage() != TopStage.START && outcomePeriod.contains(t.date())
                        && (follow == null || t.date().isAfter(follow.date()))) {
                    follow = t;
                }
            }
            TopRecord start = null;
            for (TopRecord t : ts) {
                if (follow != null && t.stage() == TopStage.START && t.date().isBefore(follow.date())
                        && (start == null || t.date().isAfter(start.date()))) {
                    start = t;
                }
            }
            if (start != null) {
                out.add(new OutcomePair(start.clientId(), start.projectId(), start, follow,
                        follow.date().toEpochDay() - start.date().toEpochDay()));
            }
        }
        return out;
    }

    @Override
    public List<OutcomePair> onePerClient(List<OutcomePair> pairs) {
        Map<String, OutcomePair> latest = new TreeMap<>();
        for (OutcomePair p : pairs) {
            latest.merge(p.clientId(), p, (a, b) -> b.followUp().date().isAfter(a.followUp().date()) ? b : a);
        }
        return List.copyOf(latest.values());
    }

    @Override
    public Map<TopItem, Double> thresholds(List<OutcomePair> allPairs, Settings settings) {
        Map<TopItem, Double> t = new EnumMap<>(TopItem.class);
        t.put(TopItem.PSYCH_HEALTH, 4.2);
        t.put(TopItem.ALCOHOL_DAYS, 6.5);
        return t;
    }

    @Override
    public Map<String, MetricValue> compute(List<OutcomePair> pairs, Map<TopItem, Double> thresholds,
                                            Settings settings) {
        long exits = pairs.stream().filter(p -> p.followUp().stage() == TopStage.EXIT).count();
        Map<String, MetricValue> out = new LinkedHashMap<>();
        out.put("fake_pairs", Figures.count(pairs.size(), settings));
        out.put("fake_exit_share", Figures.proportion(exits, pairs.size(), settings));
        return out;
    }

    @Override
    public List<MetricDefinition> definitions() {
        return List.of(
                new MetricDefinition("fake_pairs", "Pairs", "substance_use", MetricKind.COUNT, "pairs", null,
                        Polarity.NO_JUDGEMENT, "count", null),
                new MetricDefinition("fake_exit_share", "Exits", "substance_use", MetricKind.PROPORTION,
                        "pairs ending in an exit", "pairs", Polarity.HIGH_IS_GOOD, "Wilson", null));
    }
}
