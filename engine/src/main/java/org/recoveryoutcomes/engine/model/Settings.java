package org.recoveryoutcomes.engine.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The analytical choices behind every figure, with the defaults of metrics.md. A settings file (JSON)
 * overrides any of them; {@code metrics.json} echoes the settings used.
 *
 * <p>{@code Settings.DEFAULTS.toBuilder().suppressionThreshold(10).build()}. This class is immutable.
 *
 * @param followUpMinDays shortest gap from start TOP to follow-up that makes an outcome pair (35)
 * @param followUpMaxDays longest such gap (273)
 * @param followUpTargetDays where several follow-ups qualify, the one closest to this many days is used (182)
 * @param engagementGapDays a gap longer than this between attended contacts ends an engagement (56)
 * @param retentionDays the span an engagement must reach to count as retained (84)
 * @param outcomePeriodMonths months in the outcome period ending on the report period's last day (12)
 * @param representationDays days after a successful completion in which a new episode is a re-presentation (183)
 * @param startCoverageDays a start TOP within this many days of a client's first contact counts for
 *     coverage (28)
 * @param reliabilityDays test–retest reliability r assumed for days-of-use items (0.80)
 * @param reliabilityScores test–retest reliability r assumed for the 0–20 ratings (0.80)
 * @param reliabilityOverrides per-item reliabilities that replace the two above
 * @param suppressionEnabled whether reports hide small numbers; off only for unpublished working copies
 * @param suppressionThreshold counts from 1 to {@code threshold − 1} are hidden (5)
 * @param minDenominatorForComparison below this denominator a figure is {@code not_compared} (10)
 * @param confidenceLevel level of every confidence interval (0.95)
 */
public record Settings(int followUpMinDays, int followUpMaxDays, int followUpTargetDays, int engagementGapDays,
                       int retentionDays, int outcomePeriodMonths, int representationDays, int startCoverageDays,
                       double reliabilityDays, double reliabilityScores, Map<TopItem, Double> reliabilityOverrides,
                       boolean suppressionEnabled, int suppressionThreshold, int minDenominatorForComparison,
                       double confidenceLevel) {

    /** The defaults of metrics.md. */
    public static final Settings DEFAULTS = new Settings(35, 273, 182, 56, 84, 12, 183, 28, 0.80, 0.80,
            Map.of(), true, 5, 10, 0.95);

    public Settings {
        Objects.requireNonNull(reliabilityOverrides, "reliabilityOverrides");
        EnumMap<TopItem, Double> copy = new EnumMap<>(TopItem.class);
        copy.putAll(reliabilityOverrides);
        reliabilityOverrides = Collections.unmodifiableMap(copy);
        validate(followUpMinDays, followUpMaxDays, followUpTargetDays, engagementGapDays, retentionDays,
                outcomePeriodMonths, representationDays, startCoverageDays, reliabilityDays, reliabilityScores,
                reliabilityOverrides, suppressionThreshold, minDenominatorForComparison, confidenceLevel);
    }

    private static void validate(int min, int max, int target, int gap, int retention, int months, int repr,
                                 int coverage, double rDays, double rScores, Map<TopItem, Double> overrides,
                                 int threshold, int minDen, double confidence) {
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("follow_up_window_days must be [min, max] with 0 <= min <= max, was ["
                    + min + ", " + max + "]");
        }
        if (target < min || target > max) {
            throw new IllegalArgumentException("follow_up_target_days (" + target
                    + ") must lie inside follow_up_window_days [" + min + ", " + max + "]");
        }
        requirePositive("engagement_gap_days", gap);
        requirePositive("retention_days", retention);
        requirePositive("outcome_period_months", months);
        requirePositive("representation_days", repr);
        requirePositive("start_coverage_days", coverage);
        requireReliability("reliability_days", rDays);
        requireReliability("reliability_scores", rScores);
        overrides.forEach((item, r) -> requireReliability("reliability." + item.code(), r));
        if (threshold < 1) {
            throw new IllegalArgumentException("suppression_threshold must be 1 or more (1 hides nothing), was "
                    + threshold);
        }
        if (minDen < 0) {
            throw new IllegalArgumentException("min_denominator_for_comparison must be 0 or more, was " + minDen);
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence_level must lie between 0 and 1 (e.g. 0.95), was "
                    + confidence);
        }
    }

    private static void requirePositive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be 1 or more, was " + value);
        }
    }

    private static void requireReliability(String name, double r) {
        if (!(r >= 0 && r < 1)) {
            throw new IllegalArgumentException(name + " must be a reliability from 0 up to (not including) 1, was " + r);
        }
    }

    /** The test–retest reliability used for {@code item}. */
    public double reliability(TopItem item) {
        Double r = reliabilityOverrides.get(item);
        if (r != null) {
            return r;
        }
        return item.kind() == TopItem.Kind.SCORE ? reliabilityScores : reliabilityDays;
    }

    /** True when a count from 1 to threshold − 1 must be hidden in published figures. */
    public boolean isSmall(long count) {
        return count >= 1 && count < suppressionThreshold;
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public static Builder builder() {
        return new Builder(DEFAULTS);
    }

    /** Builds {@link Settings}; every setter returns the builder. */
    public static final class Builder {
        private int followUpMinDays;
        private int followUpMaxDays;
        private int followUpTargetDays;
        private int engagementGapDays;
        private int retentionDays;
        private int outcomePeriodMonths;
        private int representationDays;
        private int startCoverageDays;
        private double reliabilityDays;
        private double reliabilityScores;
        private Map<TopItem, Double> reliabilityOverrides;
        private boolean suppressionEnabled;
        private int suppressionThreshold;
        private int minDenominatorForComparison;
        private double confidenceLevel;

        private Builder(Settings s) {
            followUpMinDays = s.followUpMinDays;
            followUpMaxDays = s.followUpMaxDays;
            followUpTargetDays = s.followUpTargetDays;
            engagementGapDays = s.engagementGapDays;
            retentionDays = s.retentionDays;
            outcomePeriodMonths = s.outcomePeriodMonths;
            representationDays = s.representationDays;
            startCoverageDays = s.startCoverageDays;
            reliabilityDays = s.reliabilityDays;
            reliabilityScores = s.reliabilityScores;
            reliabilityOverrides = new EnumMap<>(TopItem.class);
            reliabilityOverrides.putAll(s.reliabilityOverrides);
            suppressionEnabled = s.suppressionEnabled;
            suppressionThreshold = s.suppressionThreshold;
            minDenominatorForComparison = s.minDenominatorForComparison;
            confidenceLevel = s.confidenceLevel;
        }

        public Builder followUpWindowDays(int min, int max) {
            followUpMinDays = min;
            followUpMaxDays = max;
            return this;
        }

        public Builder followUpTargetDays(int v) {
            followUpTargetDays = v;
            return this;
        }

        public Builder engagementGapDays(int v) {
            engagementGapDays = v;
            return this;
        }

        public Builder retentionDays(int v) {
            retentionDays = v;
            return this;
        }

        public Builder outcomePeriodMonths(int v) {
            outcomePeriodMonths = v;
            return this;
        }

        public Builder representationDays(int v) {
            representationDays = v;
            return this;
        }

        public Builder startCoverageDays(int v) {
            startCoverageDays = v;
            return this;
        }

        public Builder reliabilityDays(double v) {
            reliabilityDays = v;
            return this;
        }

        public Builder reliabilityScores(double v) {
            reliabilityScores = v;
            return this;
        }

        public Builder reliability(TopItem item, double r) {
            reliabilityOverrides.put(item, r);
            return this;
        }

        public Builder suppressionEnabled(boolean v) {
            suppressionEnabled = v;
            return this;
        }

        public Builder suppressionThreshold(int v) {
            suppressionThreshold = v;
            return this;
        }

        public Builder minDenominatorForComparison(int v) {
            minDenominatorForComparison = v;
            return this;
        }

        public Builder confidenceLevel(double v) {
            confidenceLevel = v;
            return this;
        }

        /** @throws IllegalArgumentException saying which setting is wrong and what it must be */
        public Settings build() {
            return new Settings(followUpMinDays, followUpMaxDays, followUpTargetDays, engagementGapDays, retentionDays,
                    outcomePeriodMonths, representationDays, startCoverageDays, reliabilityDays, reliabilityScores,
                    reliabilityOverrides, suppressionEnabled, suppressionThreshold, minDenominatorForComparison,
                    confidenceLevel);
        }
    }
}
