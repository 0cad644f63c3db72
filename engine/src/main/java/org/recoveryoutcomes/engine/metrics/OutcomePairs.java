package org.recoveryoutcomes.engine.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.recoveryoutcomes.engine.model.Period;
import org.recoveryoutcomes.engine.model.Settings;
import org.recoveryoutcomes.engine.model.TopRecord;
import org.recoveryoutcomes.engine.model.TopStage;
import org.recoveryoutcomes.engine.model.TopTable;

/**
 * Forms outcome pairs exactly as metrics.md defines them.
 *
 * <p>Choices where metrics.md is silent, each deterministic and independent of the order of {@code tops}
 * except the last:
 * <ul>
 *   <li>"before the follow-up" is strictly before: a start TOP dated the same day as a review or exit is not
 *       its start (the pair would be 0 days apart, outside any sensible window, and a same-day start marks a
 *       new episode rather than the baseline of this review);</li>
 *   <li>the start is the latest start before the follow-up even when that pair falls outside the window: an
 *       earlier start is never used instead (NDTMS pairs a review with the current treatment start);</li>
 *   <li>where two follow-ups are equally close to the target, the later one is used (the most recent
 *       information); on the same date an exit is preferred to a review;</li>
 *   <li>exact duplicates (same stage and date) are resolved by input order: the last one read wins, as a later
 *       row is usually a correction.</li>
 * </ul>
 */
public final class OutcomePairs {

    private OutcomePairs() {
    }

    /**
     * One pair per client and project: the follow-up (review or exit) in the outcome period closest to the target
     * days after the latest start before it, within the follow-up window. Sorted by project, then client.
     */
    public static List<OutcomePair> build(List<TopRecord> tops, Period outcomePeriod, Settings settings) {
        Objects.requireNonNull(tops, "tops");
        Objects.requireNonNull(outcomePeriod, "outcomePeriod");
        Objects.requireNonNull(settings, "settings");
        // TreeMap keys give the output order (project, then client) without a separate sort.
        Map<String, Map<String, List<TopRecord>>> byProjectClient = new TreeMap<>();
        for (TopRecord top : tops) {
            byProjectClient.computeIfAbsent(top.projectId(), p -> new TreeMap<>())
                    .computeIfAbsent(top.clientId(), c -> new ArrayList<>())
                    .add(top);
        }
        List<OutcomePair> pairs = new ArrayList<>();
        for (Map<String, List<TopRecord>> byClient : byProjectClient.values()) {
            for (List<TopRecord> clientTops : byClient.values()) {
                OutcomePair best = bestPair(clientTops, outcomePeriod, settings);
                if (best != null) {
                    pairs.add(best);
                }
            }
        }
        return List.copyOf(pairs);
    }

    /**
     * {@link #build} over TOP table rows {@code rows[from, to)}: one project's rows in (client, day, input row)
     * order. Only the chosen pairs' TOPs are made into {@link TopRecord}s. Sorted by client, with their ordinals.
     */
    static PairList build(TopTable tops, int[] rows, int from, int to, Period outcomePeriod, Settings settings) {
        long periodFrom = outcomePeriod.start().toEpochDay();
        long periodTo = outcomePeriod.end().toEpochDay();
        int target = settings.followUpTargetDays();
        List<OutcomePair> pairs = new ArrayList<>();
        int[] clients = new int[8];
        int i = from;
        while (i < to) {
            int client = tops.client(rows[i]);
            int j = i + 1;
            while (j < to && tops.client(rows[j]) == client) {
                j++;
            }
            int lastStart = -1;
            int bestStart = -1;
            int bestFollowUp = -1;
            long bestDays = 0;
            int k = i;
            while (k < j) {
                int day = tops.day(rows[k]);
                int m = k + 1;
                while (m < j && tops.day(rows[m]) == day) {
                    m++;
                }
                // Follow-ups of this day against the latest start strictly before it, then this day's starts.
                if (lastStart >= 0 && day >= periodFrom && day <= periodTo) {
                    long days = day - tops.day(lastStart);
                    if (days >= settings.followUpMinDays() && days <= settings.followUpMaxDays()) {
                        for (int q = k; q < m; q++) {
                            TopStage stage = tops.stage(rows[q]);
                            if ((stage == TopStage.REVIEW || stage == TopStage.EXIT) && (bestFollowUp < 0
                                    || isBetter(days, day, stage, bestDays, tops.day(bestFollowUp),
                                    tops.stage(bestFollowUp), target))) {
                                bestStart = lastStart;
                                bestFollowUp = rows[q];
                                bestDays = days;
                            }
                        }
                    }
                }
                for (int q = k; q < m; q++) {
                    if (tops.stage(rows[q]) == TopStage.START) {
                        lastStart = rows[q];
                    }
                }
                k = m;
            }
            if (bestFollowUp >= 0) {
                TopRecord followUp = tops.get(bestFollowUp);
                if (pairs.size() == clients.length) {
                    clients = Arrays.copyOf(clients, clients.length * 2);
                }
                clients[pairs.size()] = client;
                pairs.add(new OutcomePair(followUp.clientId(), followUp.projectId(), tops.get(bestStart), followUp,
                        bestDays));
            }
            i = j;
        }
        return new PairList(List.copyOf(pairs), Arrays.copyOf(clients, pairs.size()));
    }

    /** {@link #isBetter(OutcomePair, OutcomePair, int)} on the candidate's and the best's primitives. */
    private static boolean isBetter(long days, int day, TopStage stage, long bestDays, int bestDay,
                                    TopStage bestStage, int target) {
        long dc = Math.abs(days - target);
        long db = Math.abs(bestDays - target);
        if (dc != db) {
            return dc < db;
        }
        if (day != bestDay) {
            return day > bestDay;
        }
        if (stage != bestStage) {
            return stage == TopStage.EXIT;
        }
        return true;
    }

    /**
     * {@link #onePerClient(List)} on pairs with their client ordinals (below {@code clientCount}) given in
     * project then client order, as the project lists of a group concatenate: the result keeps that order.
     */
    static PairList onePerClient(PairList pairs, int clientCount) {
        List<OutcomePair> list = pairs.pairs();
        int[] clients = pairs.clients();
        Scratch seen = Scratch.marks(clientCount).clear();
        int[] best = new int[clients.length];
        // Pass 1: per client, the index of the first pair with the latest follow-up (lower project id wins ties).
        int[] bestOf = BEST.get();
        if (bestOf.length < clientCount) {
            bestOf = new int[clientCount];
            BEST.set(bestOf);
        }
        for (int i = 0; i < clients.length; i++) {
            int c = clients[i];
            if (seen.mark(c)) {
                bestOf[c] = i;
            } else if (list.get(i).followUp().date().isAfter(list.get(bestOf[c]).followUp().date())) {
                bestOf[c] = i;
            }
        }
        List<OutcomePair> out = new ArrayList<>();
        int n = 0;
        for (int i = 0; i < clients.length; i++) {
            if (bestOf[clients[i]] == i) {
                out.add(list.get(i));
                best[n++] = clients[i];
            }
        }
        return new PairList(List.copyOf(out), Arrays.copyOf(best, n));
    }

    private static final ThreadLocal<int[]> BEST = ThreadLocal.withInitial(() -> new int[0]);

    /**
     * At borough and {@code all} level: one pair per client, the one with the latest follow-up. Where a client's
     * latest follow-ups at two projects fall on the same day, the pair of the project whose id sorts first is
     * used (an arbitrary but reproducible rule; no setting is at hand to judge closeness to the target here).
     * Sorted by project, then client, like {@link #build}.
     */
    public static List<OutcomePair> onePerClient(List<OutcomePair> pairs) {
        Objects.requireNonNull(pairs, "pairs");
        Map<String, OutcomePair> chosen = new TreeMap<>();
        for (OutcomePair pair : pairs) {
            chosen.merge(pair.clientId(), pair, (a, b) -> preferredAcrossProjects(a, b) <= 0 ? a : b);
        }
        return chosen.values().stream()
                .sorted(Comparator.comparing(OutcomePair::projectId).thenComparing(OutcomePair::clientId))
                .toList();
    }

    /** Negative when {@code a} is preferred: the later follow-up, then the lower project id. */
    private static int preferredAcrossProjects(OutcomePair a, OutcomePair b) {
        int byDate = b.followUp().date().compareTo(a.followUp().date());
        if (byDate != 0) {
            return byDate;
        }
        return a.projectId().compareTo(b.projectId());
    }

    private static OutcomePair bestPair(List<TopRecord> clientTops, Period outcomePeriod, Settings settings) {
        List<TopRecord> starts = new ArrayList<>();
        List<TopRecord> followUps = new ArrayList<>();
        for (TopRecord top : clientTops) {
            if (top.stage() == TopStage.START) {
                starts.add(top);
            } else if ((top.stage() == TopStage.REVIEW || top.stage() == TopStage.EXIT)
                    && outcomePeriod.contains(top.date())) {
                followUps.add(top);
            }
        }
        OutcomePair best = null;
        for (TopRecord followUp : followUps) {
            TopRecord start = latestStartBefore(starts, followUp);
            if (start == null) {
                continue; // a review with no start TOP is not used (NDTMS)
            }
            long days = followUp.date().toEpochDay() - start.date().toEpochDay();
            if (days < settings.followUpMinDays() || days > settings.followUpMaxDays()) {
                continue;
            }
            OutcomePair candidate = new OutcomePair(followUp.clientId(), followUp.projectId(), start, followUp, days);
            if (best == null || isBetter(candidate, best, settings.followUpTargetDays())) {
                best = candidate;
            }
        }
        return best;
    }

    /** The latest start dated strictly before the follow-up; among same-day starts, the last one read. */
    private static TopRecord latestStartBefore(List<TopRecord> starts, TopRecord followUp) {
        TopRecord latest = null;
        for (TopRecord start : starts) {
            if (start.date().isBefore(followUp.date())
                    && (latest == null || !start.date().isBefore(latest.date()))) {
                latest = start;
            }
        }
        return latest;
    }

    /**
     * True when {@code candidate} beats {@code best}: closer to the target, then the later follow-up, then an
     * exit over a review; a full tie goes to the candidate, i.e. the record read last.
     */
    private static boolean isBetter(OutcomePair candidate, OutcomePair best, int target) {
        long dc = Math.abs(candidate.daysApart() - target);
        long db = Math.abs(best.daysApart() - target);
        if (dc != db) {
            return dc < db;
        }
        int byDate = candidate.followUp().date().compareTo(best.followUp().date());
        if (byDate != 0) {
            return byDate > 0;
        }
        if (candidate.followUp().stage() != best.followUp().stage()) {
            return candidate.followUp().stage() == TopStage.EXIT;
        }
        return true;
    }
}
