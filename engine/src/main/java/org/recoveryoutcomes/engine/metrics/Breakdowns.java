package org.recoveryoutcomes.engine.metrics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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
 * ({@link GroupData#only}, outcome pairs filtered by client), so it follows exactly the definition of the
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
     * @param pairs per group key, the group's outcome pairs in the outcome period
     * @param thresholds the reliable-change thresholds of the report
     */
    static List<Breakdown> compute(DataIndex index, Period period, Map<String, List<OutcomePair>> pairs,
                                   Map<TopItem, Double> thresholds, TopOutcomes top, Settings s) {
        List<Breakdown> out = new ArrayList<>();
        for (GroupData g : index.groups()) {
            for (String dimension : DIMENSIONS) {
                Function<String, String> categoryOf = id -> category(index.client(id), dimension, period.end());
                for (String category : categories(dimension)) {
                    GroupData restricted = g.only(id -> categoryOf.apply(id).equals(category));
                    Map<String, MetricValue> engagement = EngagementMetrics.compute(restricted, period, index, s);
                    for (String id : ENGAGEMENT) {
                        out.add(new Breakdown(g.key(), dimension, category, id, engagement.get(id)));
                    }
                    if (!index.hasTops()) {
                        continue;
                    }
                    List<OutcomePair> mine = pairs.getOrDefault(g.key(), List.of()).stream()
                            .filter(p -> categoryOf.apply(p.clientId()).equals(category)).toList();
                    Map<String, MetricValue> outcomes = top.compute(mine, thresholds, s);
                    for (String id : OUTCOMES) {
                        MetricValue v = outcomes.get(id);
                        if (v != null) {
                            out.add(new Breakdown(g.key(), dimension, category, id, v));
                        }
                    }
                }
            }
        }
        return out;
    }
}
