package org.recoveryoutcomes.engine.metrics;

import java.util.List;
import org.recoveryoutcomes.engine.model.Period;
import org.recoveryoutcomes.engine.model.Settings;
import org.recoveryoutcomes.engine.model.TopRecord;

/** Forms outcome pairs exactly as metrics.md defines them. */
public final class OutcomePairs {

    private OutcomePairs() {
    }

    /**
     * One pair per client and project: the follow-up (review or exit) in the outcome period closest to the target
     * days after the latest start before it, within the follow-up window. Sorted by project, then client.
     */
    public static List<OutcomePair> build(List<TopRecord> tops, Period outcomePeriod, Settings settings) {
        throw new UnsupportedOperationException("TODO: TOP outcomes helper");
    }

    /** At borough and {@code all} level: one pair per client, the one with the latest follow-up. */
    public static List<OutcomePair> onePerClient(List<OutcomePair> pairs) {
        throw new UnsupportedOperationException("TODO: TOP outcomes helper");
    }
}
