package org.recoveryoutcomes.engine.render;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.recoveryoutcomes.engine.model.Breakdown;
import org.recoveryoutcomes.engine.model.BreakdownValue;
import org.recoveryoutcomes.engine.model.CountValue;
import org.recoveryoutcomes.engine.model.GroupResult;
import org.recoveryoutcomes.engine.model.MetricValue;
import org.recoveryoutcomes.engine.model.MetricsResult;
import org.recoveryoutcomes.engine.model.Period;
import org.recoveryoutcomes.engine.model.ProportionValue;
import org.recoveryoutcomes.engine.model.Trend;
import org.recoveryoutcomes.engine.model.TrendSeries;

/**
 * Which figures one report hides (metrics.md, Disclosure control), read by every renderer, so the workbook, the
 * PDF and every tile, chart and sentence hide exactly the same cells. The decision is the publication's
 * ({@link Publication}): one pattern for every report of a run and of the earlier runs in its ledger, carried by
 * the figures themselves as {@link MetricValue#suppressed()} flags. This class only reads those flags. It is
 * immutable and safe to share.
 *
 * <p>{@code Suppression.of(content).hidden(content.subject(), "abstinent_opiates")}
 */
public final class Suppression {

    private static final Suppression NONE = new Suppression(null, null);

    private final Index index;
    private final Publication publication;

    private Suppression(Index index, Publication publication) {
        this.index = index;
        this.publication = publication;
    }

    /**
     * The published figures of one report family by group and by trend point: built once per family
     * ({@link ReportContent.Family}) and read by each of its reports, since with {@code --each} a family has
     * hundreds of reports over the same figures. Only the figures' hidden flags are read, which relabelling a
     * report's metrics leaves alone.
     */
    static final class Index {
        private final Map<String, GroupResult> groups = new HashMap<>();
        private final Map<PointKey, MetricValue> points = new HashMap<>();

        Index(MetricsResult published) {
            for (GroupResult g : published.groups()) {
                groups.putIfAbsent(g.key(), g); // the first, as MetricsResult.group finds it
            }
            for (TrendSeries s : published.trends()) {
                for (TrendSeries.Point p : s.points()) {
                    Period d = p.period();
                    points.put(new PointKey(s.groupKey(), s.metricId(), d.start(), d.end()), p.value());
                }
            }
        }
    }

    /** A trend point by its dates, whatever its period's label. */
    private record PointKey(String group, String metric, LocalDate start, LocalDate end) {
    }

    /** The suppression of {@code content}: nothing hidden when its options turn suppression off. */
    public static Suppression of(ReportContent content) {
        return content.options().suppression() ? new Suppression(content.suppressionIndex(), content.publication())
                : NONE;
    }

    private boolean on() {
        return index != null;
    }

    /** True when the group's figure for this metric shows as {@link Disclosure#MASK}. */
    public boolean hidden(GroupResult g, String metricId) {
        return g != null && hidden(g.key(), metricId);
    }

    /** True when the figure of the group with this key shows as {@link Disclosure#MASK}. */
    public boolean hidden(String groupKey, String metricId) {
        if (!on()) {
            return false;
        }
        GroupResult g = index.groups.get(groupKey);
        MetricValue v = g == null ? null : g.metric(metricId);
        return v != null && !(v instanceof BreakdownValue) && v.suppressed();
    }

    /** True when this equality breakdown's figure shows as {@link Disclosure#MASK}. */
    public boolean hidden(Breakdown b) {
        return on() && b.value().suppressed();
    }

    /** True when part {@code part} of a breakdown value (e.g. contacts by type) shows as {@link Disclosure#MASK}. */
    public boolean hiddenPart(GroupResult g, String metricId, String part) {
        if (!on() || g == null) {
            return false;
        }
        GroupResult published = index.groups.get(g.key());
        if (published == null || !(published.metric(metricId) instanceof BreakdownValue v)) {
            return false;
        }
        CountValue c = v.parts().get(part);
        return c != null && c.suppressed();
    }

    /** True when any part of a breakdown value shows as {@link Disclosure#MASK}. */
    public boolean anyPartHidden(GroupResult g, String metricId) {
        if (!on() || !(g.metric(metricId) instanceof BreakdownValue v)) {
            return false;
        }
        return v.parts().keySet().stream().anyMatch(k -> hiddenPart(g, metricId, k));
    }

    /** True when the total of a breakdown value (the sum of its parts) shows as {@link Disclosure#MASK}. */
    public boolean hiddenTotal(GroupResult g, String metricId) {
        return on() && g != null && publication.hiddenTotal(g.key(), metricId);
    }

    /** True when a trend series' value in {@code period} shows as {@link Disclosure#MASK}. */
    public boolean hidden(String groupKey, String metricId, Period period) {
        if (!on()) {
            return false;
        }
        MetricValue v = index.points.get(new PointKey(groupKey, metricId, period.start(), period.end()));
        return v != null && v.suppressed();
    }

    /**
     * True when a change against an earlier period must be hidden: the earlier figure is hidden somewhere in the
     * publication, so the earlier value and the difference would reveal it.
     */
    public boolean earlierHidden(String groupKey, String metricId, Trend trend) {
        return on() && trend != null && trend.earlierSuppressed();
    }

    /** {@link #earlierHidden(String, String, Trend)} for a group. */
    public boolean earlierHidden(GroupResult g, String metricId, Trend trend) {
        return g != null && earlierHidden(g.key(), metricId, trend);
    }

    /**
     * True when a proportion's comparator is another group's figure that the publication hides: its value must not
     * be printed beside the figure either.
     */
    public boolean comparatorHidden(ProportionValue p, String metricId) {
        return p != null && p.comparator() != null && hidden(p.comparator(), metricId);
    }
}
