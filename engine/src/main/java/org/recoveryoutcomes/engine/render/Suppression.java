package org.recoveryoutcomes.engine.render;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.recoveryoutcomes.engine.model.Breakdown;
import org.recoveryoutcomes.engine.model.BreakdownValue;
import org.recoveryoutcomes.engine.model.ChangeValue;
import org.recoveryoutcomes.engine.model.CountValue;
import org.recoveryoutcomes.engine.model.GroupLevel;
import org.recoveryoutcomes.engine.model.GroupResult;
import org.recoveryoutcomes.engine.model.MeanValue;
import org.recoveryoutcomes.engine.model.MetricValue;
import org.recoveryoutcomes.engine.model.MetricsResult;
import org.recoveryoutcomes.engine.model.Period;
import org.recoveryoutcomes.engine.model.ProportionValue;
import org.recoveryoutcomes.engine.model.Trend;
import org.recoveryoutcomes.engine.model.TrendSeries;

/**
 * Which figures one report hides (metrics.md, Disclosure control), decided once per {@link ReportContent} and
 * read by both renderers, so the workbook and the PDF hide exactly the same cells, and every tile, chart and
 * sentence hides what the tables hide.
 *
 * <p>Primary suppression is the metrics' own flag ({@link MetricValue#suppressed()}). Secondary suppression
 * ({@link Protection}) treats every published table as parts and their total:
 * <ul>
 *   <li>for each metric, {@code all} = Σ boroughs and each borough = Σ its projects (a borough with one project
 *       equals it). For a proportion the relation holds for numerators and denominators separately; a client
 *       seen by two projects of a borough counts once in the borough, so sums are not exact, but the borough
 *       is treated as the total of its projects anyway, to be safe. Means and changes are treated the same way
 *       by their number of values;</li>
 *   <li>the same for each quarter of the trend series (the quarter that is the report period is the figure
 *       itself, so it is hidden in the trend exactly when it is hidden in the tables);</li>
 *   <li>each equality breakdown: the group's figure = Σ its categories, per dimension, and per category
 *       {@code all} = Σ boroughs, borough = Σ projects;</li>
 *   <li>a breakdown value such as contacts by type: its total (the {@code contacts} figure where that is the
 *       same number) = Σ its parts, and per part {@code all} = Σ boroughs, borough = Σ projects.</li>
 * </ul>
 * A group the report leaves out is unknown to its reader; it must stay unknown only where it is itself a small
 * number. This class is immutable once built and safe to share.
 *
 * <p>{@code Suppression.of(content).hidden(content.subject(), "abstinent_opiates")}
 */
public final class Suppression {

    private static final Suppression NONE = new Suppression(false);

    private final boolean on;
    private final Map<String, Integer> ids;
    private final BitSet hidden;
    private final Map<String, Period> pointPeriods;

    private Suppression(boolean on) {
        this.on = on;
        this.hidden = new BitSet();
        this.ids = Map.of();
        this.pointPeriods = Map.of();
    }

    private Suppression(ReportContent content, Layout layout) {
        this.on = true;
        this.ids = layout.ids;
        this.pointPeriods = layout.pointPeriods;
        boolean[] shown = new boolean[layout.groupIndex.size()];
        for (GroupResult g : content.groups()) {
            Integer i = layout.groupIndex.get(g.key());
            if (i != null) {
                shown[i] = true;
            }
        }
        int[] cellGroup = layout.cellGroup;
        this.hidden = layout.protection.solve(c -> cellGroup[c] >= 0 && shown[cellGroup[c]]);
    }

    /** The suppression of {@code content}: nothing hidden when its options turn suppression off. */
    public static Suppression of(ReportContent content) {
        return content.options().suppression() ? new Suppression(content, content.layout()) : NONE;
    }

    /**
     * The tables of a run's figures laid out as cells and equations ({@link Protection}), with no report's choice
     * of what to show in them: built once per {@link MetricsResult} and shared by every report of the run (one per
     * borough, say), each of which only says which groups it shows. Immutable once built; safe to share.
     */
    static final class Layout {
        private final Protection protection = new Protection();
        private final Map<String, Integer> ids = new HashMap<>();
        private final Map<String, Period> pointPeriods = new HashMap<>();
        private final Map<String, Integer> groupIndex = new HashMap<>();
        private int[] cellGroup = new int[1024];

        Layout(MetricsResult metrics) {
            for (GroupResult g : metrics.groups()) {
                groupIndex.putIfAbsent(g.key(), groupIndex.size());
            }
            Builder b = new Builder(this, metrics);
            b.groups();
            b.trends();
            b.breakdowns();
            cellGroup = java.util.Arrays.copyOf(cellGroup, protection.size());
        }

        /** A new cell of group {@code groupKey} (none: {@code null}); its id. */
        private int cell(long size, String groupKey, boolean primary) {
            int c = protection.cell(size, false, primary);
            if (c == cellGroup.length) {
                cellGroup = java.util.Arrays.copyOf(cellGroup, c * 2);
            }
            Integer g = groupKey == null ? null : groupIndex.get(groupKey);
            cellGroup[c] = g == null ? -1 : g;
            return c;
        }
    }

    /** True when the group's figure for this metric shows as {@link Disclosure#MASK}. */
    public boolean hidden(GroupResult g, String metricId) {
        return g != null && hidden(g.key(), metricId);
    }

    /** True when the figure of the group with this key shows as {@link Disclosure#MASK}. */
    public boolean hidden(String groupKey, String metricId) {
        return is(groupKey + "|" + metricId);
    }

    /** True when this equality breakdown's figure shows as {@link Disclosure#MASK}. */
    public boolean hidden(Breakdown b) {
        return is(breakdownKey(b.groupKey(), b.dimension(), b.category(), b.metricId()));
    }

    /** True when part {@code part} of a breakdown value (e.g. contacts by type) shows as {@link Disclosure#MASK}. */
    public boolean hiddenPart(GroupResult g, String metricId, String part) {
        return is(g.key() + "|" + metricId + "#" + part);
    }

    /** True when any part of a breakdown value shows as {@link Disclosure#MASK}. */
    public boolean anyPartHidden(GroupResult g, String metricId) {
        if (!on || !(g.metric(metricId) instanceof BreakdownValue v)) {
            return false;
        }
        return v.parts().keySet().stream().anyMatch(k -> hiddenPart(g, metricId, k));
    }

    /** True when the total of a breakdown value (the sum of its parts) shows as {@link Disclosure#MASK}. */
    public boolean hiddenTotal(GroupResult g, String metricId) {
        return is(g.key() + "|" + metricId + "#total") || is(g.key() + "|" + metricId + "#contacts");
    }

    /** True when a trend series' value in {@code period} shows as {@link Disclosure#MASK}. */
    public boolean hidden(String groupKey, String metricId, Period period) {
        return is(pointKey(groupKey, metricId, period));
    }

    /**
     * True when a change against an earlier period must be hidden: the earlier figure is a small number, or it
     * is hidden in that period's trend table; the earlier value and the difference would reveal it.
     */
    public boolean earlierHidden(String groupKey, String metricId, Trend trend) {
        if (!on || trend == null) {
            return false;
        }
        if (trend.earlierSuppressed()) {
            return true;
        }
        Period earlier = pointPeriods.get(groupKey + "|" + metricId + "|" + trend.period());
        return earlier != null && hidden(groupKey, metricId, earlier);
    }

    /** {@link #earlierHidden(String, String, Trend)} for a group. */
    public boolean earlierHidden(GroupResult g, String metricId, Trend trend) {
        return g != null && earlierHidden(g.key(), metricId, trend);
    }

    /**
     * True when a proportion's comparator is another group's figure that this report hides: its value must not
     * be printed beside the figure either.
     */
    public boolean comparatorHidden(ProportionValue p, String metricId) {
        return p != null && p.comparator() != null && hidden(p.comparator(), metricId);
    }

    private boolean is(String key) {
        if (!on) {
            return false;
        }
        Integer id = ids.get(key);
        return id != null && hidden.get(id);
    }

    private static String breakdownKey(String group, String dimension, String category, String metric) {
        return "breakdown|" + group + "|" + dimension + "|" + category + "|" + metric;
    }

    private static String pointKey(String group, String metric, Period period) {
        return "point|" + period.start() + ".." + period.end() + "|" + group + "|" + metric;
    }

    /** Lays a run's tables out as cells and equations. */
    private static final class Builder {
        private final Layout layout;
        private final Protection p;
        private final Map<String, Integer> ids;
        private final Map<String, Period> pointPeriods;
        private final MetricsResult metrics;
        /** Each borough's key and its projects' keys, in the order of the groups: worked out once, not per table. */
        private final Map<String, List<String>> boroughProjects = new LinkedHashMap<>();

        Builder(Layout layout, MetricsResult metrics) {
            this.layout = layout;
            this.p = layout.protection;
            this.ids = layout.ids;
            this.pointPeriods = layout.pointPeriods;
            this.metrics = metrics;
            Map<String, String> boroughKey = new HashMap<>();
            for (GroupResult g : metrics.groups()) {
                if (g.level() == GroupLevel.BOROUGH) {
                    boroughProjects.put(g.key(), new ArrayList<>());
                    boroughKey.putIfAbsent(g.id(), g.key());
                }
            }
            for (GroupResult g : metrics.groups()) {
                String b = g.level() == GroupLevel.PROJECT ? boroughKey.get(g.borough()) : null;
                if (b != null) {
                    boroughProjects.get(b).add(g.key());
                }
            }
        }

        /** Each group's figures, and per metric the hierarchy. */
        void groups() {
            Set<String> metricIds = new LinkedHashSet<>();
            for (GroupResult g : metrics.groups()) {
                metricIds.addAll(g.metrics().keySet());
            }
            for (String id : metricIds) {
                Map<String, Integer> byGroup = new LinkedHashMap<>();
                Set<String> parts = new LinkedHashSet<>();
                for (GroupResult g : metrics.groups()) {
                    MetricValue v = g.metric(id);
                    if (v instanceof BreakdownValue bv) {
                        parts.addAll(bv.parts().keySet());
                    } else {
                        Integer c = add(g.key() + "|" + id, g.key(), v);
                        if (c != null) {
                            byGroup.put(g.key(), c);
                        }
                    }
                }
                hierarchy(byGroup);
                if (!parts.isEmpty()) {
                    breakdownValue(id, parts);
                }
            }
        }

        /** A breakdown value's parts: total = Σ parts within each group, and each part across the hierarchy. */
        private void breakdownValue(String id, Set<String> partKeys) {
            Map<String, Map<String, Integer>> byPart = new LinkedHashMap<>();
            Map<String, Integer> totals = new LinkedHashMap<>();
            for (GroupResult g : metrics.groups()) {
                if (!(g.metric(id) instanceof BreakdownValue bv)) {
                    continue;
                }
                List<Integer> parts = new ArrayList<>();
                for (Map.Entry<String, CountValue> e : bv.parts().entrySet()) {
                    int c = addCell(g.key() + "|" + id + "#" + e.getKey(), g.key(), e.getValue().count(),
                            e.getValue().suppressed());
                    parts.add(c);
                    byPart.computeIfAbsent(e.getKey(), k -> new LinkedHashMap<>()).put(g.key(), c);
                }
                // The total is the group's contacts figure where that is the same number, so hiding either hides
                // both; otherwise a cell of its own.
                Integer total = g.metric("contacts") instanceof CountValue c && c.count() == bv.total()
                        ? ids.get(g.key() + "|contacts") : null;
                if (total != null) {
                    ids.put(g.key() + "|" + id + "#contacts", total);
                } else {
                    total = addCell(g.key() + "|" + id + "#total", g.key(), bv.total(), metrics.settings().isSmall(bv.total()));
                }
                totals.put(g.key(), total);
                p.equation(total, parts);
            }
            for (String part : partKeys) {
                hierarchy(byPart.getOrDefault(part, Map.of()));
            }
            hierarchy(totals);
        }

        /** The trend series, quarter by quarter; the report period's quarter is the figure itself. */
        void trends() {
            Period now = metrics.period();
            Map<String, Map<String, Integer>> layers = new LinkedHashMap<>(); // period and metric → group → cell
            for (TrendSeries s : metrics.trends()) {
                for (TrendSeries.Point point : s.points()) {
                    Period q = point.period();
                    String key = pointKey(s.groupKey(), s.metricId(), q);
                    pointPeriods.put(s.groupKey() + "|" + s.metricId() + "|" + q.label(), q);
                    Integer c;
                    if (q.start().equals(now.start()) && q.end().equals(now.end())
                            && ids.containsKey(s.groupKey() + "|" + s.metricId())) {
                        c = ids.get(s.groupKey() + "|" + s.metricId());
                        ids.put(key, c);
                    } else {
                        c = add(key, s.groupKey(), point.value());
                    }
                    if (c != null) {
                        layers.computeIfAbsent(q.start() + ".." + q.end() + "|" + s.metricId(),
                                k -> new LinkedHashMap<>()).put(s.groupKey(), c);
                    }
                }
            }
            layers.values().forEach(this::hierarchy);
        }

        /** Equality breakdowns: categories add up to the group's figure; each category across the hierarchy. */
        void breakdowns() {
            Map<String, Map<String, Integer>> byCell = new LinkedHashMap<>(); // dimension|category|metric → group
            Map<String, List<Integer>> byTotal = new LinkedHashMap<>(); // group|dimension|metric → categories
            for (Breakdown b : metrics.breakdowns()) {
                Integer c = add(breakdownKey(b.groupKey(), b.dimension(), b.category(), b.metricId()), b.groupKey(),
                        b.value());
                if (c == null) {
                    continue;
                }
                byCell.computeIfAbsent(b.dimension() + "|" + b.category() + "|" + b.metricId(),
                        k -> new LinkedHashMap<>()).put(b.groupKey(), c);
                byTotal.computeIfAbsent(b.groupKey() + "|" + b.dimension() + "|" + b.metricId(),
                        k -> new ArrayList<>()).add(c);
            }
            byTotal.forEach((key, parts) -> {
                String[] k = key.split("\\|", -1);
                Integer total = ids.get(k[0] + "|" + k[2]);
                if (total == null) {
                    total = layout.cell(0, null, false); // no such figure for the group: an unknown total
                }
                p.equation(total, parts);
            });
            byCell.values().forEach(this::hierarchy);
        }

        /** {@code all} = Σ boroughs and each borough = Σ its projects, over the groups that have a cell. */
        private void hierarchy(Map<String, Integer> byGroup) {
            if (byGroup.isEmpty()) {
                return;
            }
            List<Integer> boroughs = new ArrayList<>();
            for (Map.Entry<String, List<String>> b : boroughProjects.entrySet()) {
                Integer borough = byGroup.get(b.getKey());
                if (borough == null) {
                    continue;
                }
                boroughs.add(borough);
                List<Integer> projects = new ArrayList<>();
                for (String project : b.getValue()) {
                    Integer c = byGroup.get(project);
                    if (c != null) {
                        projects.add(c);
                    }
                }
                p.equation(borough, projects);
            }
            Integer all = byGroup.get("all");
            if (all != null) {
                p.equation(all, boroughs);
            }
        }

        /** A cell for a figure that can be hidden; {@code null} for amounts and breakdown values. */
        private Integer add(String key, String groupKey, MetricValue v) {
            long size;
            if (v instanceof CountValue c) {
                size = c.count();
            } else if (v instanceof ProportionValue pv) {
                size = pv.denominator();
            } else if (v instanceof MeanValue m) {
                size = m.n();
            } else if (v instanceof ChangeValue c) {
                size = c.n();
            } else {
                return null;
            }
            return addCell(key, groupKey, size, v.suppressed());
        }

        private int addCell(String key, String groupKey, long size, boolean primary) {
            int c = layout.cell(size, groupKey, primary);
            ids.put(key, c);
            return c;
        }
    }
}
