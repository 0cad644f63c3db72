package org.recoveryoutcomes.engine.render.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.recoveryoutcomes.engine.model.GroupLevel;
import org.recoveryoutcomes.engine.model.GroupResult;
import org.recoveryoutcomes.engine.model.MetricDefinition;
import org.recoveryoutcomes.engine.model.MetricsResult;
import org.recoveryoutcomes.engine.model.Polarity;

/** Names of things as the report prints them. */
final class Words {

    private Words() {
    }

    /** A metric's label from its definition, or its id when it has none. */
    static String label(MetricsResult metrics, String id) {
        MetricDefinition d = metrics.definition(id);
        return d == null ? id : d.label();
    }

    static Polarity polarity(MetricsResult metrics, String id) {
        MetricDefinition d = metrics.definition(id);
        return d == null ? Polarity.NO_JUDGEMENT : d.polarity();
    }

    static String polarity(Polarity p) {
        return switch (p) {
            case HIGH_IS_GOOD -> "higher is better";
            case LOW_IS_GOOD -> "lower is better";
            case NO_JUDGEMENT -> "neither higher nor lower is better";
        };
    }

    /** A group's name for a chart: boroughs say they are boroughs. */
    static String chartName(GroupResult g) {
        return g.level() == GroupLevel.BOROUGH ? g.name() + " (borough)" : g.name();
    }

    /** The first letter in upper case. */
    static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    /** {@code out_of_range} → {@code Out of range}. */
    static String humanise(String code) {
        String s = code.replace('_', ' ').trim();
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    /**
     * The groups in reading order: all, then each borough followed by its projects, then any project whose
     * borough is not shown. Within a level the order of {@code metrics.json} is kept.
     */
    static List<GroupResult> ordered(List<GroupResult> groups) {
        List<GroupResult> out = new ArrayList<>();
        for (GroupResult g : groups) {
            if (g.level() == GroupLevel.ALL) {
                out.add(g);
            }
        }
        for (GroupResult b : groups) {
            if (b.level() != GroupLevel.BOROUGH) {
                continue;
            }
            out.add(b);
            for (GroupResult p : groups) {
                if (p.level() == GroupLevel.PROJECT && b.id().equals(p.borough())) {
                    out.add(p);
                }
            }
        }
        for (GroupResult p : groups) {
            if (!out.contains(p)) {
                out.add(p);
            }
        }
        return out;
    }

    /** The group a group is compared with under the {@code parent} comparator, or {@code null}. */
    static GroupResult parent(MetricsResult metrics, GroupResult g) {
        return switch (g.level()) {
            case ALL -> null;
            case BOROUGH -> metrics.group("all");
            case PROJECT -> {
                GroupResult b = metrics.group("borough:" + g.borough());
                yield b != null ? b : metrics.group("all");
            }
        };
    }
}
