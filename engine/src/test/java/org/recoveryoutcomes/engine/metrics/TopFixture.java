package org.recoveryoutcomes.engine.metrics;

import java.time.LocalDate;
import org.recoveryoutcomes.engine.model.Substance;
import org.recoveryoutcomes.engine.model.TopItem;
import org.recoveryoutcomes.engine.model.TopRecord;
import org.recoveryoutcomes.engine.model.TopStage;

/**
 * Builds TOP records and outcome pairs in code for the TOP outcome tests. Every item starts missing (NaN), so a
 * fixture states exactly the values it relies on. Flags are written 1 (yes) and 0 (no), as {@link TopRecord}
 * holds them.
 */
final class TopFixture {

    static final double Y = 1;
    static final double N = 0;
    /** A missing value, for fixtures that say so explicitly. */
    static final double MISSING = Double.NaN;

    private TopFixture() {
    }

    /** A TOP with every item missing. */
    static TopRecord top(String clientId, String projectId, TopStage stage, LocalDate date) {
        return new TopRecord(clientId, projectId, date, stage, TopRecord.emptyValues(), null);
    }

    /** A TOP with one item set (to tell same-day duplicates apart). */
    static TopRecord top(String clientId, String projectId, TopStage stage, LocalDate date, TopItem item,
                         double value) {
        double[] v = TopRecord.emptyValues();
        v[item.ordinal()] = value;
        return new TopRecord(clientId, projectId, date, stage, v, null);
    }

    /** A pair for client {@code clientId} at project P1: start 2026-01-05, follow-up 182 days later. */
    static PairBuilder pair(String clientId) {
        return new PairBuilder(clientId);
    }

    /** Sets start and follow-up values item by item; NaN leaves an item missing. */
    static final class PairBuilder {
        private final String clientId;
        private final double[] start = TopRecord.emptyValues();
        private final double[] followUp = TopRecord.emptyValues();

        private PairBuilder(String clientId) {
            this.clientId = clientId;
        }

        /** The item's value at start and at follow-up. */
        PairBuilder item(TopItem item, double atStart, double atFollowUp) {
            start[item.ordinal()] = atStart;
            followUp[item.ordinal()] = atFollowUp;
            return this;
        }

        /** Every illicit drug's days at start and follow-up; later {@link #item} calls override single drugs. */
        PairBuilder allIllicit(double atStart, double atFollowUp) {
            for (Substance s : Substance.values()) {
                if (s.isIllicit()) {
                    item(s.daysItem(), atStart, atFollowUp);
                }
            }
            return this;
        }

        /** Every crime item at start and follow-up (days items and flags alike); later calls override. */
        PairBuilder allCrime(double atStart, double atFollowUp) {
            for (TopItem crime : TopOutcomeMetrics.CRIMES) {
                item(crime, atStart, atFollowUp);
            }
            return this;
        }

        OutcomePair build() {
            LocalDate startDate = LocalDate.of(2026, 1, 5);
            LocalDate followUpDate = startDate.plusDays(182);
            return new OutcomePair(clientId, "P1",
                    new TopRecord(clientId, "P1", startDate, TopStage.START, start, null),
                    new TopRecord(clientId, "P1", followUpDate, TopStage.REVIEW, followUp, null), 182);
        }
    }
}
