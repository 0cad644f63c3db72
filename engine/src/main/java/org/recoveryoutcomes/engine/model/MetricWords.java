package org.recoveryoutcomes.engine.model;

import java.util.Objects;

/**
 * The words the key findings use for a metric, declared by the metric beside its definition so that no renderer
 * knows a metric by its id: "Of 112 clients using opiates when they started, 46 (41%, …) were abstinent at
 * follow-up." comes from a {@link Share}; "1,204 attended contacts were recorded in 2026/27-Q2." from a
 * {@link Tally}.
 *
 * <p>Each kind of figure has its own words ({@link #fits}). A phrase naming the people served is written in
 * braces, as a treatment service says it ({@code {clients seen}}), and each report puts it into its service's
 * words with {@link Wording#fill}; the other words are the same for every service. Instances are immutable.
 */
public sealed interface MetricWords {

    /** True when these words can say a figure of {@code kind}. */
    boolean fits(MetricKind kind);

    /**
     * A proportion: "Of {denominator} {noun} {qualifier} [in the period], {numerator} ({value}) {outcome}.", the
     * report period named where the metric's figures cover it ({@link MetricDefinition#window}).
     *
     * @param noun the plural noun of the denominator, e.g. {@code {clients}}, {@code booked contacts}
     * @param qualifier what the denominator has in common, e.g. {@code using opiates when they started}, or
     *     {@code null}
     * @param outcome what the numerator did, plural, e.g. {@code were abstinent at follow-up}
     */
    record Share(String noun, String qualifier, String outcome) implements MetricWords {
        public Share {
            Objects.requireNonNull(noun, "noun");
            Objects.requireNonNull(outcome, "outcome");
        }

        @Override
        public boolean fits(MetricKind kind) {
            return kind == MetricKind.PROPORTION;
        }
    }

    /**
     * A count: "{n} {many} in the period.", "1 {one} in the period.", "No {many} in the period.", "The number of
     * {hiddenNoun} in the period is hidden …", the period the one the metric's figures cover.
     *
     * @param one the noun and verb for one, e.g. {@code {client was seen}}
     * @param many the noun and verb for several or none, e.g. {@code {clients were seen}}
     * @param hiddenNoun what is counted, e.g. {@code {clients seen}}
     */
    record Tally(String one, String many, String hiddenNoun) implements MetricWords {
        public Tally {
            Objects.requireNonNull(one, "one");
            Objects.requireNonNull(many, "many");
            Objects.requireNonNull(hiddenNoun, "hiddenNoun");
        }

        @Override
        public boolean fits(MetricKind kind) {
            return kind == MetricKind.COUNT;
        }
    }

    /**
     * An amount: "{subject} {verb} {value} {unit} in the period.", e.g. "Peer volunteers gave 310.5 hours in
     * 2026/27-Q2."; the figure's own unit where it has one.
     */
    record Amount(String subject, String verb, String unit) implements MetricWords {
        public Amount {
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(verb, "verb");
            Objects.requireNonNull(unit, "unit");
        }

        @Override
        public boolean fits(MetricKind kind) {
            return kind == MetricKind.AMOUNT;
        }
    }

    /**
     * A mean per person: "{population} in the period {verb} {mean} {unit} each on average (…).", and "{subject} in
     * the period are not reported: …" when hidden.
     *
     * @param subject the plural name of what is averaged, e.g. {@code {Contacts per client}}
     * @param population who is averaged over, capitalised, e.g. {@code {Clients seen}}
     */
    record Average(String subject, String population, String verb, String unit) implements MetricWords {
        public Average {
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(population, "population");
            Objects.requireNonNull(verb, "verb");
            Objects.requireNonNull(unit, "unit");
        }

        @Override
        public boolean fits(MetricKind kind) {
            return kind == MetricKind.MEAN;
        }
    }

    /**
     * A mean change between start and follow-up: "{subject} improved by 3.2 points on the 0–20 scale (…)." on a
     * score; "Among {population}, {subject} in the past 28 days fell from 14.2 to 6.1 on average: …" on days.
     *
     * @param subject what changed, capitalised, e.g. {@code Psychological health}, {@code Days of opiate use}
     * @param population who it changed for, for days of use, e.g. {@code {clients} using opiates when they
     *     started}; {@code null} on a score
     */
    record Change(String subject, String population, Scale scale) implements MetricWords {
        public Change {
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(scale, "scale");
            if (scale == Scale.DAYS_OF_28 && population == null) {
                throw new IllegalArgumentException("a change in days of use needs its population");
            }
        }

        @Override
        public boolean fits(MetricKind kind) {
            return kind == MetricKind.CHANGE;
        }
    }

    /** A breakdown: "{label}: {total} in total.", its parts in the tables. */
    record Parts() implements MetricWords {
        @Override
        public boolean fits(MetricKind kind) {
            return kind == MetricKind.BREAKDOWN;
        }
    }

    /** What a change is measured on. */
    enum Scale {
        /** A TOP rating from 0 to 20. */
        SCORE_0_20("points on the 0–20 scale", "mean change, 0–20 scale"),
        /** Days of use in the past 28. */
        DAYS_OF_28("days", "mean change in days (of 28)");

        private final String unit;
        private final String axis;

        Scale(String unit, String axis) {
            this.unit = unit;
            this.axis = axis;
        }

        /** The unit of a change in a sentence: {@code points on the 0–20 scale}, {@code days}. */
        public String unit() {
            return unit;
        }

        /** The caption of a chart's or a table's change column: {@code mean change in days (of 28)}. */
        public String axis() {
            return axis;
        }
    }
}
