package org.recoveryoutcomes.engine.metrics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.recoveryoutcomes.engine.model.AgeBand;
import org.recoveryoutcomes.engine.model.Breakdown;
import org.recoveryoutcomes.engine.model.Client;
import org.recoveryoutcomes.engine.model.Code;
import org.recoveryoutcomes.engine.model.Ethnicity;
import org.recoveryoutcomes.engine.model.MetricValue;
import org.recoveryoutcomes.engine.model.Period;
import org.recoveryoutcomes.engine.model.Settings;
import org.recoveryoutcomes.engine.model.Sex;
import org.recoveryoutcomes.engine.model.SexualOrientation;
import org.recoveryoutcomes.engine.model.TopItem;

/**
 * Equality breakdowns: engagement and key outcomes of every group by sex, age band, ethnicity, disability and
 * sexual orientation, for routine equality impact assessments.
 *
 * <p>Each figure is the ordinary metric computed on the group restricted to one category's clients
 * (clients bucketed by category, outcome pairs filtered by client), so it follows exactly the definition of the
 * metric. The categories of a dimension are the codes of the data format in their order, then
 * {@value Breakdown#NOT_RECORDED} for clients with no row in the clients file or no value in the field; every
 * client is in exactly one category, so the categories add up to the group's own figure. Choices where
 * metrics.md is silent:
 * <ul>
 *   <li>the age band is the one given, else derived from {@code birth_year} at the report period's end
 *       ({@link Client#ageBandAt}); a birth year giving an age under 18, which has no band, counts as
 *       not recorded;</li>
 *   <li>{@code not_stated} (the client chose not to say) and {@code not_recorded} (no value at all) are kept
 *       apart: one is an answer, the other a gap in recording;</li>
 *   <li>a dataset without a clients file has no breakdowns: every client would be "not recorded".</li>
 * </ul>
 */
final class Breakdowns {

    /** The dimensions, in report order. */
    static final List<String> DIMENSIONS = List.of("sex", "age_band", "ethnicity", "disability",
            "sexual_orientation");

    /** The engagement metrics broken down. */
    static final List<String> ENGAGEMENT = List.of(EngagementMetrics.CLIENTS_SEEN,
            EngagementMetrics.RETAINED_12_WEEKS);

    /** The TOP outcome metrics broken down (where the data has TOPs). */
    static final List<String> OUTCOMES = List.of("abstinent_any_illicit", "abstinent_alcohol", "abstinent_opiates",
            "housing_problem_resolved");

    private Breakdowns() {
    }

    /** The categories of {@code dimension}, in order, ending with {@value Breakdown#NOT_RECORDED}. */
    static List<String> categories(String dimension) {
        List<String> out = new ArrayList<>();
        switch (dimension) {
            case "sex" -> codes(Sex.values(), out);
            case "age_band" -> codes(AgeBand.values(), out);
            case "ethnicity" -> codes(Ethnicity.values(), out);
            case "disability" -> out.addAll(List.of("yes", "no"));
            case "sexual_orientation" -> codes(SexualOrientation.values(), out);
            default -> throw new IllegalArgumentException("unknown breakdown dimension " + dimension);
        }
        out.add(Breakdown.NOT_RECORDED);
        return out;
    }

    private static void codes(Code[] values, List<String> out) {
        for (Code c : values) {
            out.add(c.code());
        }
    }

    /** The category of a client's profile in {@code dimension}; {@code client} may be {@code null}. */
    static String category(Client client, String dimension, LocalDate ageAt) {
        if (client == null) {
            return Breakdown.NOT_RECORDED;
        }
        String code = switch (dimension) {
            case "sex" -> code(client.sex());
            case "age_band" -> code(client.ageBandAt(ageAt));
            case "ethnicity" -> code(client.ethnicity());
            case "disability" -> client.disability() == null ? null : client.disability() ? "yes" : "no";
            case "sexual_orientation" -> code(client.sexualOrientation());
            default -> throw new IllegalArgumentException("unknown breakdown dimension " + dimension);
        };
        return code == null ? Breakdown.NOT_RECORDED : code;
    }

    private static String code(Code c) {
        return c == null ? null : c.code();
    }

    /**
     * Every breakdown of every group: group by group in {@code index} order, then dimension, category and
     * metric.
     *
     * <p>Per dimension, each client ordinal's category is computed once; per group one pass over its clients
     * finds who was seen and who is eligible for or retained at 12 weeks, counted by category, and the group's
     * pairs are split by their client's category. Each category's figure is thus the ordinary metric on that
     * category's clients, as if computed on the restricted group.
     *
     * @param pairs per group key, the group's outcome pairs in the outcome period
     * @param thresholds the reliable-change thresholds of the report
     */
    static List<Breakdown> compute(DataIndex index, Period period, Map<String, PairList> pairs,
                                   Map<TopItem, Double> thresholds, TopOutcomes top, Settings s) {
        int clientCount = index.clientIds().size();
        List<List<String>> categories = new ArrayList<>();
        byte[][] categoryOf = new byte[DIMENSIONS.size()][];
        for (int d = 0; d < DIMENSIONS.size(); d++) {
            String dimension = DIMENSIONS.get(d);
            List<String> cats = categories(dimension);
            categories.add(cats);
            Map<String, Integer> position = new HashMap<>();
            for (int k = 0; k < cats.size(); k++) {
                position.put(cats.get(k), k);
            }
            byte[] codes = new byte[clientCount];
            for (int c = 0; c < clientCount; c++) {
                codes[c] = (byte) (int) position.get(category(index.client(c), dimension, period.end()));
            }
            categoryOf[d] = codes;
        }
        List<GroupData> groups = index.groups();
        @SuppressWarnings("unchecked")
        List<Breakdown>[] byGroup = new List[groups.size()];
        IntStream.range(0, groups.size()).parallel().forEach(i -> byGroup[i] = group(groups.get(i), index, period,
                pairs.get(groups.get(i).key()), thresholds, top, s, categories, categoryOf));
        List<Breakdown> out = new ArrayList<>();
        for (List<Breakdown> b : byGroup) {
            out.addAll(b);
        }
        return out;
    }

    private static List<Breakdown> group(GroupData g, DataIndex index, Period period, PairList pairs,
                                         Map<TopItem, Double> thresholds, TopOutcomes top, Settings s,
                                         List<List<String>> categories, byte[][] categoryOf) {
        int periodStart = Math.toIntExact(period.start().toEpochDay());
        int periodEnd = Math.toIntExact(period.end().toEpochDay());
        Runs runs = g.attended();
        int[] days = runs.items;
        int dims = DIMENSIONS.size();
        long[][] seen = new long[dims][];
        long[][] eligible = new long[dims][];
        long[][] retained = new long[dims][];
        for (int d = 0; d < dims; d++) {
            seen[d] = new long[categories.get(d).size()];
            eligible[d] = new long[categories.get(d).size()];
            retained[d] = new long[categories.get(d).size()];
        }
        for (int r = runs.groupRun[g.group()]; r < runs.groupRun[g.group() + 1]; r++) {
            int first = runs.runStart[r];
            int end = runs.runStart[r + 1];
            int lo = Runs.lowerBound(days, first, end, periodStart);
            int hi = Runs.lowerBound(days, lo, end, periodEnd + 1L);
            if (hi == lo) {
                continue;
            }
            int retention = EngagementMetrics.retention(days, first, hi - 1, periodEnd, s);
            int client = runs.runClient[r];
            for (int d = 0; d < dims; d++) {
                int cat = categoryOf[d][client];
                seen[d][cat]++;
                if (retention > 0) {
                    eligible[d][cat]++;
                    if (retention == EngagementMetrics.RETAINED) {
                        retained[d][cat]++;
                    }
                }
            }
        }
        List<OutcomePair> groupPairs = pairs == null ? List.of() : pairs.pairs();
        int[] pairClients = pairs == null ? new int[0] : pairs.clients();
        List<Breakdown> out = new ArrayList<>();
        for (int d = 0; d < dims; d++) {
            String dimension = DIMENSIONS.get(d);
            List<String> cats = categories.get(d);
            for (int cat = 0; cat < cats.size(); cat++) {
                String category = cats.get(cat);
                for (String id : ENGAGEMENT) {
                    MetricValue v = id.equals(EngagementMetrics.CLIENTS_SEEN) ? Figures.count(seen[d][cat], s)
                            : Figures.proportion(retained[d][cat], eligible[d][cat], s);
                    out.add(new Breakdown(g.key(), dimension, category, id, v));
                }
                if (!index.hasTops()) {
                    continue;
                }
                List<OutcomePair> mine = new ArrayList<>();
                for (int k = 0; k < pairClients.length; k++) {
                    if (categoryOf[d][pairClients[k]] == cat) {
                        mine.add(groupPairs.get(k));
                    }
                }
                Map<String, MetricValue> outcomes = top.compute(mine, thresholds, s);
                for (String id : OUTCOMES) {
                    MetricValue v = outcomes.get(id);
                    if (v != null) {
                        out.add(new Breakdown(g.key(), dimension, category, id, v));
                    }
                }
            }
        }
        return out;
    }
}
