package org.recoveryoutcomes.engine.metrics;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.recoveryoutcomes.engine.model.Client;
import org.recoveryoutcomes.engine.model.Episode;
import org.recoveryoutcomes.engine.model.MetricValue;
import org.recoveryoutcomes.engine.model.Period;
import org.recoveryoutcomes.engine.model.Settings;
import org.recoveryoutcomes.engine.model.Substance;
import org.recoveryoutcomes.engine.model.TopItem;
import org.recoveryoutcomes.engine.model.TopTable;

/**
 * The completion metrics of metrics.md over one group's episodes, for the outcome period.
 *
 * <p>Choices where metrics.md is silent:
 * <ul>
 *   <li>The window W of {@code completed_no_representation} is the 12 months ending {@code representationDays}
 *       before the outcome period's end, so every completion in W has its whole follow-up inside the data.</li>
 *   <li>A client with several successful completions in W is judged on the latest (as PHOF C19 judges the latest
 *       discharge). A re-presentation is any other episode of the client at a project of the group starting from
 *       that end date to {@code representationDays} after it, both included: a new episode on the very day of
 *       completion is a re-presentation too.</li>
 *   <li>Opiate client: {@code clients.primary_substance} is opiates, or a start TOP of the client (at any project,
 *       dated up to the outcome period's end) records opiate days above 0, so a client is classed alike in every
 *       group. Non-opiate client: not an opiate client, and either a primary substance is given or a start TOP
 *       records opiate days. A client with neither is in the overall figure but in neither split: missing is not
 *       "non-opiate".</li>
 *   <li>{@code effective_engagement}: the window is the 12 months ending {@code retentionDays} (84) before the
 *       outcome period's end, and an episode "lasted" {@code retentionDays} when its end (or the outcome period's end,
 *       if it was open then) is at least that many days after its start. An episode that ended after the outcome
 *       period is treated as open at its end, so later data never changes a past period's figure.</li>
 *   <li>All completion metrics are left out where the data has no episodes file: a count of 0 would claim no one
 *       completed.</li>
 * </ul>
 */
final class CompletionMetrics {

    static final String SUCCESSFUL_COMPLETIONS = "successful_completions";
    static final String SUCCESSFUL_COMPLETION_RATE = "successful_completion_rate";
    static final String COMPLETED_NO_REPRESENTATION = "completed_no_representation";
    static final String COMPLETED_NO_REPRESENTATION_OPIATE = "completed_no_representation_opiate";
    static final String COMPLETED_NO_REPRESENTATION_NON_OPIATE = "completed_no_representation_non_opiate";
    static final String EFFECTIVE_ENGAGEMENT = "effective_engagement";

    /** The length of the windows of {@code completed_no_representation} and {@code effective_engagement}. */
    static final int WINDOW_MONTHS = 12;

    private enum OpiateUse { OPIATE, NON_OPIATE, UNKNOWN }

    private CompletionMetrics() {
    }

    /** Every completion metric of group {@code g} for {@code outcomePeriod}, in catalogue order. */
    static Map<String, MetricValue> compute(GroupData g, Period outcomePeriod, DataIndex data, Settings s) {
        LocalDate from = outcomePeriod.start();
        LocalDate to = outcomePeriod.end();
        Period w = window(to.minusDays(s.representationDays()));
        Period engagementWindow = window(to.minusDays(s.retentionDays()));

        long completions = 0;
        long clientsOpen = 0;
        long clientsCompleted = 0;
        long[] openInW = new long[OpiateUse.values().length];
        long[] notRepresented = new long[OpiateUse.values().length];
        long engagementEpisodes = 0;
        long effective = 0;

        Runs runs = g.episodes();
        for (int r = runs.groupRun[g.group()]; r < runs.groupRun[g.group() + 1]; r++) {
            int epFrom = runs.runStart[r];
            int epTo = runs.runStart[r + 1];
            boolean open = false;
            boolean completed = false;
            boolean openW = false;
            Episode latestSuccessInW = null;
            int latestSuccessIndex = -1;
            for (int k = epFrom; k < epTo; k++) {
                Episode ep = data.episode(runs.items[k]);
                if (ep.openDuring(from, to)) {
                    open = true;
                }
                if (ep.endedSuccessfully() && outcomePeriod.contains(ep.end())) {
                    completions++;
                    completed = true;
                }
                if (ep.openDuring(w.start(), w.end())) {
                    openW = true;
                }
                if (ep.endedSuccessfully() && w.contains(ep.end())
                        && (latestSuccessInW == null || !ep.end().isBefore(latestSuccessInW.end()))) {
                    latestSuccessInW = ep;
                    latestSuccessIndex = k;
                }
                if (engagementWindow.contains(ep.start())) {
                    engagementEpisodes++;
                    if (effectivelyEngaged(ep, to, s)) {
                        effective++;
                    }
                }
            }
            clientsOpen += open ? 1 : 0;
            clientsCompleted += completed ? 1 : 0;
            if (openW) {
                OpiateUse use = opiateUse(runs.runClient[r], to, data);
                openInW[use.ordinal()]++;
                if (latestSuccessInW != null && !representedAfter(latestSuccessIndex, runs, epFrom, epTo, data, s)) {
                    notRepresented[use.ordinal()]++;
                }
            }
        }

        Map<String, MetricValue> out = new LinkedHashMap<>();
        out.put(SUCCESSFUL_COMPLETIONS, Figures.count(completions, s));
        out.put(SUCCESSFUL_COMPLETION_RATE, Figures.proportion(clientsCompleted, clientsOpen, s));
        out.put(COMPLETED_NO_REPRESENTATION, Figures.proportion(sum(notRepresented), sum(openInW), s));
        out.put(COMPLETED_NO_REPRESENTATION_OPIATE, Figures.proportion(notRepresented[OpiateUse.OPIATE.ordinal()],
                openInW[OpiateUse.OPIATE.ordinal()], s));
        out.put(COMPLETED_NO_REPRESENTATION_NON_OPIATE, Figures.proportion(
                notRepresented[OpiateUse.NON_OPIATE.ordinal()], openInW[OpiateUse.NON_OPIATE.ordinal()], s));
        out.put(EFFECTIVE_ENGAGEMENT, Figures.proportion(effective, engagementEpisodes, s));
        return out;
    }

    /** The {@link #WINDOW_MONTHS} months ending on {@code end}. */
    static Period window(LocalDate end) {
        LocalDate start = end.minusMonths(WINDOW_MONTHS).plusDays(1);
        return new Period(start + ".." + end, start, end);
    }

    private static boolean effectivelyEngaged(Episode ep, LocalDate periodEnd, Settings s) {
        boolean endedByPeriodEnd = ep.end() != null && !ep.end().isAfter(periodEnd);
        LocalDate until = endedByPeriodEnd ? ep.end() : periodEnd;
        long lasted = until.toEpochDay() - ep.start().toEpochDay();
        return lasted >= s.retentionDays() || (endedByPeriodEnd && ep.endedSuccessfully());
    }

    private static boolean representedAfter(int completed, Runs runs, int from, int to, DataIndex data,
                                            Settings s) {
        LocalDate end = data.episode(runs.items[completed]).end();
        LocalDate limit = end.plusDays(s.representationDays());
        for (int k = from; k < to; k++) {
            Episode other = data.episode(runs.items[k]);
            if (k != completed && !other.start().isBefore(end) && !other.start().isAfter(limit)) {
                return true;
            }
        }
        return false;
    }

    private static OpiateUse opiateUse(int client, LocalDate asAt, DataIndex data) {
        Client profile = data.client(client);
        Substance primary = profile == null ? null : profile.primarySubstance();
        boolean recorded = primary != null;
        boolean opiate = primary == Substance.OPIATES;
        long asAtDay = asAt.toEpochDay();
        TopTable tops = data.tops();
        for (int k = data.startTopsFrom(client); k < data.startTopsTo(client); k++) {
            int row = data.startTopRow(k);
            if (tops.day(row) > asAtDay) {
                break;
            }
            double days = tops.value(row, TopItem.OPIATES_DAYS);
            if (!Double.isNaN(days)) {
                recorded = true;
                opiate |= days > 0;
            }
        }
        if (opiate) {
            return OpiateUse.OPIATE;
        }
        return recorded ? OpiateUse.NON_OPIATE : OpiateUse.UNKNOWN;
    }

    private static long sum(long[] values) {
        long total = 0;
        for (long v : values) {
            total += v;
        }
        return total;
    }
}
