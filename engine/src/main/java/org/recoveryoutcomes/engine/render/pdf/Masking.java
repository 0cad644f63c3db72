package org.recoveryoutcomes.engine.render.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.recoveryoutcomes.engine.model.BreakdownValue;
import org.recoveryoutcomes.engine.model.ChangeValue;
import org.recoveryoutcomes.engine.model.CountValue;
import org.recoveryoutcomes.engine.model.GroupLevel;
import org.recoveryoutcomes.engine.model.GroupResult;
import org.recoveryoutcomes.engine.model.MeanValue;
import org.recoveryoutcomes.engine.model.MetricValue;
import org.recoveryoutcomes.engine.model.ProportionValue;
import org.recoveryoutcomes.engine.render.Disclosure;
import org.recoveryoutcomes.engine.render.ReportContent;

/**
 * Which figures this report hides: primary suppression ({@link Disclosure#hidden}) plus secondary suppression
 * wherever a total is shown with its parts. For each metric and each shown total (all projects over its boroughs,
 * a borough over its projects), a part that is hidden, or not in the report at all but itself a small number,
 * could be recovered as the total minus the other parts when it is the only part unknown to the reader;
 * {@link Disclosure#protectParts} then hides the next smallest shown part too (by count, or by denominator or
 * number of pairs for a proportion, mean or change). This covers a report about one project, which shows its
 * borough's total: a small sibling project would otherwise be the borough minus this project. A total hidden
 * this way whose parts are all shown would be their sum, so its smallest part is hidden too (and then protected
 * in turn). A breakdown's
 * parts are protected within each group the same way. Decided once per report, so a figure hidden in a table
 * is hidden in every tile, chart and sentence too.
 */
final class Masking {

    private final boolean on;
    private final Set<String> hidden = new HashSet<>();
    private final Map<String, boolean[]> hiddenParts = new HashMap<>();

    Masking(ReportContent content) {
        on = content.options().suppression();
        if (!on) {
            return;
        }
        List<GroupResult> shown = content.groups();
        Set<String> ids = new LinkedHashSet<>();
        for (GroupResult g : shown) {
            ids.addAll(g.metrics().keySet());
        }
        for (GroupResult g : shown) {
            for (String id : ids) {
                MetricValue v = g.metric(id);
                if (v != null && !(v instanceof BreakdownValue) && Disclosure.hidden(v, content.options())) {
                    hidden.add(key(g, id));
                }
            }
        }
        Set<String> shownKeys = new HashSet<>();
        for (GroupResult g : shown) {
            shownKeys.add(g.key());
        }
        List<Family> families = families(content, shown);
        // Hiding a part can leave another total with a single unknown part; a few rounds reach the fixed point
        // for the three levels there are.
        for (int round = 0; round < 8; round++) {
            boolean changed = false;
            for (Family family : families) {
                for (String id : ids) {
                    changed |= protect(family, id, shownKeys, content);
                }
            }
            if (!changed) {
                break;
            }
        }
        for (GroupResult g : shown) {
            for (String id : ids) {
                if (g.metric(id) instanceof BreakdownValue b) {
                    List<CountValue> values = new ArrayList<>(b.parts().values());
                    long[] counts = new long[values.size()];
                    boolean[] primary = new boolean[values.size()];
                    for (int i = 0; i < counts.length; i++) {
                        counts[i] = values.get(i).count();
                        primary[i] = values.get(i).suppressed();
                    }
                    hiddenParts.put(key(g, id), Disclosure.protectParts(counts, primary));
                }
            }
        }
    }

    /** True when this figure shows as {@code *}. */
    boolean hidden(GroupResult g, String metricId) {
        return on && hidden.contains(key(g, metricId));
    }

    /** True when part {@code index} of a breakdown shows as {@code *}. */
    boolean hiddenPart(GroupResult g, String metricId, int index) {
        boolean[] parts = hiddenParts.get(key(g, metricId));
        return on && parts != null && index < parts.length && parts[index];
    }

    /** True when any part of a breakdown shows as {@code *}. */
    boolean anyPartHidden(GroupResult g, String metricId) {
        boolean[] parts = hiddenParts.get(key(g, metricId));
        if (!on || parts == null) {
            return false;
        }
        for (boolean p : parts) {
            if (p) {
                return true;
            }
        }
        return false;
    }

    /** A shown total and all its parts in the data, shown or not. */
    private record Family(GroupResult total, List<GroupResult> parts) {
    }

    /** For each shown total, all its parts in the data (only totals with two or more parts). */
    private static List<Family> families(ReportContent content, List<GroupResult> shown) {
        boolean boroughsShown = shown.stream().anyMatch(g -> g.level() == GroupLevel.BOROUGH);
        List<Family> out = new ArrayList<>();
        for (GroupResult parent : shown) {
            List<GroupResult> children = new ArrayList<>();
            for (GroupResult g : content.metrics().groups()) {
                boolean child = switch (parent.level()) {
                    case ALL -> g.level() == (boroughsShown ? GroupLevel.BOROUGH : GroupLevel.PROJECT);
                    case BOROUGH -> g.level() == GroupLevel.PROJECT && parent.id().equals(g.borough());
                    case PROJECT -> false;
                };
                if (child) {
                    children.add(g);
                }
            }
            if (children.size() >= 2) {
                out.add(new Family(parent, children));
            }
        }
        return out;
    }

    private boolean protect(Family family, String id, Set<String> shownKeys, ReportContent content) {
        List<GroupResult> parts = family.parts();
        long[] sizes = new long[parts.size()];
        boolean[] unknown = new boolean[parts.size()];
        int unknowns = 0;
        int only = -1;
        for (int i = 0; i < sizes.length; i++) {
            GroupResult g = parts.get(i);
            long size = size(g.metric(id));
            if (size < 0) {
                return false;
            }
            sizes[i] = size;
            unknown[i] = !shownKeys.contains(g.key()) || hidden.contains(key(g, id));
            if (unknown[i]) {
                unknowns++;
                only = i;
            }
        }
        if (unknowns == 0 && hidden.contains(key(family.total(), id))) {
            // A hidden total whose parts are all shown is their sum: hide the smallest part, and the next round
            // protects that part in turn.
            int smallest = -1;
            for (int i = 0; i < sizes.length; i++) {
                boolean better = smallest < 0 || (sizes[smallest] == 0 && sizes[i] != 0)
                        || ((sizes[i] != 0) == (sizes[smallest] != 0) && sizes[i] < sizes[smallest]);
                if (better) {
                    smallest = i;
                }
            }
            hidden.add(key(parts.get(smallest), id));
            return true;
        }
        if (unknowns != 1) {
            return false;
        }
        GroupResult lone = parts.get(only);
        boolean sensitive = shownKeys.contains(lone.key()) || Disclosure.hidden(lone.metric(id), content.options());
        if (!sensitive) {
            // A part left out of the report that is not a small number may be worked out: nothing to protect.
            return false;
        }
        boolean[] after = Disclosure.protectParts(sizes, unknown);
        boolean changed = false;
        for (int i = 0; i < after.length; i++) {
            if (after[i] && !unknown[i]) {
                hidden.add(key(parts.get(i), id));
                changed = true;
            }
        }
        return changed;
    }

    /** What a part contributes to its total, or −1 for figures that are never hidden. */
    private static long size(MetricValue v) {
        if (v instanceof CountValue c) {
            return c.count();
        } else if (v instanceof ProportionValue p) {
            return p.denominator();
        } else if (v instanceof MeanValue m) {
            return m.n();
        } else if (v instanceof ChangeValue c) {
            return c.n();
        }
        return -1;
    }

    private static String key(GroupResult g, String metricId) {
        return g.key() + "|" + metricId;
    }
}
