package org.recoveryoutcomes.engine.metrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import org.recoveryoutcomes.engine.model.Breakdown;
import org.recoveryoutcomes.engine.model.CountValue;
import org.recoveryoutcomes.engine.model.Dataset;
import org.recoveryoutcomes.engine.model.GroupLevel;
import org.recoveryoutcomes.engine.model.GroupResult;
import org.recoveryoutcomes.engine.model.MetricDefinition;
import org.recoveryoutcomes.engine.model.MetricValue;
import org.recoveryoutcomes.engine.model.MetricsResult;
import org.recoveryoutcomes.engine.model.Period;
import org.recoveryoutcomes.engine.model.Polarity;
import org.recoveryoutcomes.engine.model.ProportionValue;
import org.recoveryoutcomes.engine.model.Settings;
import org.recoveryoutcomes.engine.model.TopItem;
import org.recoveryoutcomes.engine.model.TrendSeries;

/**
 * Computes every metric of metrics.md for every group.
 *
 * <p>The data is indexed once ({@link DataIndex}); the figures of each (period, outcome period) are computed once
 * and shared by the report, its two comparison periods and the trend quarters. Reliable-change thresholds come
 * from the report period's {@code all} pairs and are used for the earlier periods too, so a trend measures every
 * period with the same yardstick.
 */
public final class MetricsEngine {

    private MetricsEngine() {
    }

    /** Every metric for {@code all}, each borough and each project, in the order of outputs.md. */
    public static MetricsResult compute(Dataset data, MetricsRequest request) {
        return compute(data, request, TopOutcomes.STANDARD, done -> { });
    }

    /**
     * {@link #compute(Dataset, MetricsRequest)}, telling {@code progress} how many of its {@link #steps} are done
     * (the index, each distinct period of the report, its comparisons and trend quarters, the breakdowns), on the
     * calling thread, never going back.
     */
    public static MetricsResult compute(Dataset data, MetricsRequest request, IntConsumer progress) {
        return compute(data, request, TopOutcomes.STANDARD, progress);
    }

    /** How many steps {@link #compute(Dataset, MetricsRequest, IntConsumer)} reports for {@code request}. */
    public static int steps(MetricsRequest request) {
        Period period = request.period();
        Period outcome = request.outcomePeriod();
        Set<String> periods = new HashSet<>();
        periods.add(PeriodFigures.key(period, outcome));
        for (Period p : List.of(period.previous(), period.yearBefore())) {
            periods.add(PeriodFigures.key(p, Trends.outcomeFor(period, outcome, p)));
        }
        for (Period q : Trends.quarters(period, request.trendQuarters())) {
            periods.add(PeriodFigures.key(q, Trends.outcomeFor(period, outcome, q)));
        }
        return 1 + periods.size() + 1;
    }

    /** Every metric the engine knows, in catalogue order, worded with the default settings. */
    public static List<MetricDefinition> catalogue() {
        return catalogue(Settings.DEFAULTS);
    }

    /**
     * Every metric the engine knows, in catalogue order, worded with {@code settings}: the day counts in its
     * definitions and words ("retained for 90 days") are the settings', as in a run with them.
     */
    public static List<MetricDefinition> catalogue(Settings settings) {
        return Catalogue.of(TopOutcomes.STANDARD.definitions(), settings);
    }

    /** {@link #compute(Dataset, MetricsRequest)} with the TOP outcome steps given, for tests. */
    static MetricsResult compute(Dataset data, MetricsRequest request, TopOutcomes top) {
        return compute(data, request, top, done -> { });
    }

    private static MetricsResult compute(Dataset data, MetricsRequest request, TopOutcomes top,
                                         IntConsumer progress) {
        Comparisons.checkComparator(request.comparator());
        Settings s = request.settings();
        Period period = request.period();
        Period outcome = request.outcomePeriod();
        int[] done = {0};
        Runnable step = () -> progress.accept(++done[0]);
        DataIndex index = new DataIndex(data);
        step.run();
        List<MetricDefinition> catalogue = Catalogue.of(top.definitions(), s);
        Map<String, Polarity> polarities = new HashMap<>();
        for (MetricDefinition d : catalogue) {
            polarities.put(d.id(), d.polarity());
        }

        PeriodFigures figures = new PeriodFigures(index, top, s, step);
        // First: the report period's all pairs fix the reliable-change thresholds for every later call.
        Map<String, Map<String, MetricValue>> current = figures.at(period, outcome);
        // The breakdowns read the report period's pairs: work them out now and let the pairs go (at national scale
        // their TOP records take some 300 MB that the earlier periods need).
        List<Breakdown> breakdowns = hasClients(data) ? Breakdowns.compute(index, period,
                figures.pairs(period, outcome), figures.thresholds(), top, s) : List.of();
        figures.forgetPairs();
        step.run();
        Period previous = period.previous();
        Period yearBefore = period.yearBefore();
        Map<String, Map<String, MetricValue>> atPrevious = figures.at(previous,
                Trends.outcomeFor(period, outcome, previous));
        Map<String, Map<String, MetricValue>> atYearBefore = figures.at(yearBefore,
                Trends.outcomeFor(period, outcome, yearBefore));

        List<GroupResult> groups = new ArrayList<>();
        Set<String> computed = new HashSet<>();
        for (GroupData g : index.groups()) {
            Map<String, MetricValue> m = current.get(g.key());
            computed.addAll(m.keySet());
            m = Trends.attach(m, atPrevious.get(g.key()), previous.label(), atYearBefore.get(g.key()),
                    yearBefore.label(), s);
            String comparatorGroup = Comparisons.comparatorGroup(request.comparator(), g.level(), g.borough());
            String comparatorName = request.comparator().equals(Comparisons.VALUE) ? Comparisons.VALUE
                    : comparatorGroup;
            m = Comparisons.apply(m, comparatorGroup == null ? Map.of() : current.get(comparatorGroup),
                    comparatorName, request.comparatorValues(), polarities, s);
            groups.add(new GroupResult(g.level(), g.id(), g.name(), g.level() == GroupLevel.ALL ? null : g.borough(),
                    m));
        }

        List<MetricDefinition> definitions = catalogue.stream().filter(d -> computed.contains(d.id())).toList();
        Map<String, Double> thresholds = new LinkedHashMap<>();
        figures.thresholds().forEach((item, t) -> thresholds.put(item.code(), t));
        List<TrendSeries> trends = series(index, current, figures, definitions, period, outcome,
                request.trendQuarters());
        return new MetricsResult(request.engine(), period, outcome, data.files(), s, thresholds, definitions, groups,
                trends, index.dataDate(), MethodologyNotes.notes(s), breakdowns);
    }

    /** True when the data has a clients file (or client profiles): without one there is nothing to break down. */
    private static boolean hasClients(Dataset data) {
        return data.columnsPresent().containsKey("clients") || !data.clients().isEmpty();
    }

    /** Per group, then per count or proportion metric in catalogue order: its values in the trend quarters. */
    private static List<TrendSeries> series(DataIndex index, Map<String, Map<String, MetricValue>> current,
                                            PeriodFigures figures, List<MetricDefinition> definitions, Period period,
                                            Period outcome, int count) {
        List<Period> quarters = Trends.quarters(period, count);
        if (quarters.isEmpty()) {
            return List.of();
        }
        List<Map<String, Map<String, MetricValue>>> byQuarter = new ArrayList<>();
        for (Period q : quarters) {
            byQuarter.add(figures.at(q, Trends.outcomeFor(period, outcome, q)));
        }
        List<TrendSeries> out = new ArrayList<>();
        for (GroupData g : index.groups()) {
            for (MetricDefinition d : definitions) {
                MetricValue now = current.get(g.key()).get(d.id());
                if (!(now instanceof CountValue || now instanceof ProportionValue)) {
                    continue;
                }
                List<TrendSeries.Point> points = new ArrayList<>();
                for (int i = 0; i < quarters.size(); i++) {
                    MetricValue v = byQuarter.get(i).get(g.key()).get(d.id());
                    if (v != null) {
                        points.add(new TrendSeries.Point(quarters.get(i), v));
                    }
                }
                out.add(new TrendSeries(g.key(), d.id(), points));
            }
        }
        return out;
    }

    /**
     * The plain figures (no comparison, funnel or trend) of every group for one period and outcome period,
     * computed once each.
     */
    private static final class PeriodFigures {
        private final DataIndex index;
        private final TopOutcomes top;
        private final Settings s;
        private final Map<String, Map<String, Map<String, MetricValue>>> cache = new HashMap<>();
        private final Map<String, Map<String, PairList>> pairsCache = new HashMap<>();
        private boolean pairsForgotten;
        private final Runnable computed;
        private Map<TopItem, Double> thresholds;

        PeriodFigures(DataIndex index, TopOutcomes top, Settings s, Runnable computed) {
            this.index = index;
            this.top = top;
            this.s = s;
            this.computed = computed;
        }

        /** The reliable-change thresholds, from the {@code all} pairs of the first period computed. */
        Map<TopItem, Double> thresholds() {
            return thresholds;
        }

        Map<String, Map<String, MetricValue>> at(Period period, Period outcome) {
            String key = key(period, outcome);
            Map<String, Map<String, MetricValue>> cached = cache.get(key);
            if (cached == null) {
                cached = compute(period, outcome, key);
                cache.put(key, cached);
                computed.run();
            }
            return cached;
        }

        /**
         * Per group key, the outcome pairs of the group in {@code outcome}, as {@link #at} used them; only for the
         * first period computed (the report period).
         */
        Map<String, PairList> pairs(Period period, Period outcome) {
            at(period, outcome);
            Map<String, PairList> pairs = pairsCache.get(key(period, outcome));
            if (pairs == null) {
                throw new IllegalStateException("outcome pairs are kept for the report period only");
            }
            return pairs;
        }

        /** Lets the report period's pairs go once the breakdowns have read them. */
        void forgetPairs() {
            pairsCache.clear();
            pairsForgotten = true;
        }

        static String key(Period period, Period outcome) {
            return period.start() + ".." + period.end() + "|" + outcome.start() + ".." + outcome.end();
        }

        private Map<String, Map<String, MetricValue>> compute(Period period, Period outcome, String key) {
            List<GroupData> groups = index.groups();
            int clientCount = index.clientIds().size();
            Map<String, PairList> projectPairs = new HashMap<>();
            for (GroupData g : groups) {
                if (g.level() == GroupLevel.PROJECT) {
                    int p = g.projectRanks()[0];
                    projectPairs.put(g.id(), top.build(index.tops(), index.tpRows, index.tpStart[p],
                            index.tpStart[p + 1], outcome, s));
                }
            }
            Map<String, PairList> pairs = new HashMap<>();
            for (GroupData g : groups) {
                if (g.level() == GroupLevel.PROJECT) {
                    pairs.put(g.key(), projectPairs.get(g.id()));
                } else {
                    // The group's pairs in build's order (project, then client), one per client.
                    List<OutcomePair> all = new ArrayList<>();
                    int size = 0;
                    for (String p : g.projectIds()) {
                        size += projectPairs.get(p).clients().length;
                    }
                    int[] clients = new int[size];
                    int n = 0;
                    for (String p : g.projectIds()) {
                        PairList pl = projectPairs.get(p);
                        all.addAll(pl.pairs());
                        System.arraycopy(pl.clients(), 0, clients, n, pl.clients().length);
                        n += pl.clients().length;
                    }
                    pairs.put(g.key(), top.onePerClient(new PairList(all, clients), clientCount,
                            index.clientIds()));
                }
            }
            if (pairsCache.isEmpty() && !pairsForgotten) {
                // Only the first period's pairs (the report period's, which the breakdowns read) are kept: at
                // national scale each period's pairs hold hundreds of megabytes of TOP records.
                pairsCache.put(key, pairs);
            }
            if (thresholds == null) {
                thresholds = top.thresholds(pairs.get("all").pairs(), s);
            }
            Map<TopItem, Double> t = thresholds;
            @SuppressWarnings("unchecked")
            Map<String, MetricValue>[] figures = new Map[groups.size()];
            IntStream.range(0, groups.size()).parallel().forEach(i -> {
                GroupData g = groups.get(i);
                PairList mine = pairs.get(g.key());
                Map<String, MetricValue> m = new LinkedHashMap<>(EngagementMetrics.compute(g, period, index, s));
                if (index.hasTops()) {
                    m.putAll(CoverageMetrics.compute(g, period, outcome, mine, s));
                }
                m.putAll(top.compute(mine.pairs(), t, s));
                if (index.hasEpisodes()) {
                    m.putAll(CompletionMetrics.compute(g, outcome, index, s));
                }
                figures[i] = m;
            });
            Map<String, Map<String, MetricValue>> out = new HashMap<>();
            for (int i = 0; i < groups.size(); i++) {
                out.put(groups.get(i).key(), figures[i]);
            }
            return out;
        }
    }
}
