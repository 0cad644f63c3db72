package org.recoveryoutcomes.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.recoveryoutcomes.bench.DuckDbMetrics.Figure;
import org.recoveryoutcomes.engine.model.AmountValue;
import org.recoveryoutcomes.engine.model.CountValue;
import org.recoveryoutcomes.engine.model.GroupResult;
import org.recoveryoutcomes.engine.model.MetricValue;
import org.recoveryoutcomes.engine.model.MetricsResult;
import org.recoveryoutcomes.engine.model.ProportionValue;

/** Compares the engine's figures with DuckDB's, group by group and metric by metric. */
final class CrossCheck {

    private CrossCheck() {
    }

    /** The engine's core figures per group key, in the shape {@link DuckDbMetrics} gives. */
    static Map<String, Map<String, Figure>> ours(MetricsResult result) {
        Map<String, Map<String, Figure>> out = new java.util.TreeMap<>();
        for (GroupResult g : result.groups()) {
            Map<String, Figure> m = new java.util.TreeMap<>();
            for (String id : ids()) {
                MetricValue v = g.metrics().get(id);
                if (v instanceof CountValue c) {
                    m.put(id, Figure.count(c.count()));
                } else if (v instanceof AmountValue a) { // volunteer hours, in whole minutes as DuckDB sums them
                    m.put(id, Figure.count(Math.round(a.value() * 60)));
                } else if (v instanceof ProportionValue p) {
                    m.put(id, new Figure(p.numerator(), p.denominator()));
                } else if (v != null) {
                    m.put(id, new Figure(Long.MIN_VALUE, Long.MIN_VALUE));
                }
            }
            out.put(g.key(), m);
        }
        return out;
    }

    /**
     * Every difference between the two, one line each ({@code project:BAT contacts: ours 12, DuckDB 13}); empty
     * when they agree on every group and metric. A group or metric missing on one side is a difference.
     */
    static List<String> differences(Map<String, Map<String, Figure>> ours, Map<String, Map<String, Figure>> duck) {
        List<String> diffs = new ArrayList<>();
        TreeSet<String> groups = new TreeSet<>(ours.keySet());
        groups.addAll(duck.keySet());
        for (String g : groups) {
            Map<String, Figure> a = ours.getOrDefault(g, Map.of());
            Map<String, Figure> b = duck.getOrDefault(g, Map.of());
            for (String id : ids()) {
                Figure x = a.get(id);
                Figure y = b.get(id);
                if (x == null || !x.equals(y)) {
                    diffs.add(g + " " + id + ": ours " + (x == null ? "missing" : x) + ", DuckDB "
                            + (y == null ? "missing" : y));
                }
            }
        }
        return diffs;
    }

    /** The metrics cross-checked. */
    static List<String> ids() {
        List<String> ids = new ArrayList<>(List.of("contacts", "clients_seen", "repeat_attendance", "new_clients",
                "retained_12_weeks", "did_not_attend_rate", "volunteers_active", "volunteer_hours"));
        ids.addAll(DuckDbMetrics.topMetricIds());
        ids.addAll(DuckDbMetrics.COMPLETION_IDS);
        return ids;
    }
}
