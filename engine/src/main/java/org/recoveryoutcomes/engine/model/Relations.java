package org.recoveryoutcomes.engine.model;

import java.util.List;
import java.util.Objects;

/**
 * What disclosure control must know of a metric (metrics.md, Disclosure control): how its parts add up across
 * groups, categories and quarters, the identities it obeys with other metrics of the same group and period, and
 * the figures it is a statistic of. Declared next to the metric's definition in the catalogue, never inferred by
 * a renderer. This class is immutable.
 *
 * <p>{@code Relations.of(Aggregation.CLIENT_PROPERTY).sameAs(FigurePart.DENOMINATOR, "clients_seen", FigurePart.COUNT)}
 *
 * @param numerator how the count (or a proportion's numerator and at-start numerator) adds up
 * @param denominator how a proportion's denominator adds up
 * @param quarters how a period's figure relates to its quarters' figures
 * @param identities equalities and bounds with other parts of the same group and period
 * @param statisticOf figures of the same group and period this figure reveals something of: it is hidden
 *     whenever one of them is (a mean of contacts per client reveals the contacts)
 * @param threshold the TOP item code whose reliable-change threshold the figure counts against, or {@code null}:
 *     such a figure depends on the threshold a run took from its report period's pairs, so figures of one period
 *     made with different thresholds are different figures, the one with the higher threshold never the larger
 */
public record Relations(Aggregation numerator, Aggregation denominator, Quarters quarters, List<Identity> identities,
                        List<Term> statisticOf, String threshold) {

    /** Relations of a figure that was not declared: none beyond a one-project borough being its project. */
    public static final Relations UNDECLARED = new Relations(Aggregation.CLIENT_PROPERTY,
            Aggregation.CLIENT_PROPERTY, Quarters.NONE, List.of(), List.of(), null);

    public Relations {
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        Objects.requireNonNull(quarters, "quarters");
        identities = List.copyOf(identities);
        statisticOf = List.copyOf(statisticOf);
    }

    /** Numerator and denominator both adding up as {@code a}, no quarter relation, no identity. */
    public static Relations of(Aggregation a) {
        return new Relations(a, a, Quarters.NONE, List.of(), List.of(), null);
    }

    /** Numerator as {@code numerator}, denominator as {@code denominator}. */
    public static Relations of(Aggregation numerator, Aggregation denominator) {
        return new Relations(numerator, denominator, Quarters.NONE, List.of(), List.of(), null);
    }

    /**
     * The same relations, for a figure counted against the reliable-change threshold of TOP item {@code item}
     * (its code, as in {@code MetricsResult.reliableChangeThresholds()}).
     */
    public Relations againstThreshold(String item) {
        return new Relations(numerator, denominator, quarters, identities, statisticOf,
                Objects.requireNonNull(item, "item"));
    }

    public Relations withQuarters(Quarters q) {
        return new Relations(numerator, denominator, q, identities, statisticOf, threshold);
    }

    /** Adds {@code part = other metric's otherPart}. */
    public Relations sameAs(FigurePart part, String metricId, FigurePart otherPart) {
        return with(new Identity(part, Identity.Op.EQUAL, List.of(new Term(metricId, otherPart, 1))));
    }

    /** Adds {@code part ≤ other metric's otherPart}. */
    public Relations atMost(FigurePart part, String metricId, FigurePart otherPart) {
        return with(new Identity(part, Identity.Op.AT_MOST, List.of(new Term(metricId, otherPart, 1))));
    }

    public Relations with(Identity identity) {
        List<Identity> list = new java.util.ArrayList<>(identities);
        list.add(identity);
        return new Relations(numerator, denominator, quarters, list, statisticOf, threshold);
    }

    /** This figure is hidden whenever the other metric's part is. */
    public Relations statisticOf(String metricId, FigurePart part) {
        List<Term> list = new java.util.ArrayList<>(statisticOf);
        list.add(new Term(metricId, part, 1));
        return new Relations(numerator, denominator, quarters, identities, list, threshold);
    }

    /** How a figure of a period made of whole quarters relates to the figures of those quarters. */
    public enum Quarters {
        /** The period is the sum of its quarters (contacts; clients new in the period). */
        SUM,
        /** The largest quarter ≤ the period ≤ the sum of its quarters (clients seen). */
        BOUNDED,
        /** No relation (a proportion over pairs or engagements that span quarters). */
        NONE
    }

    /**
     * {@code part} of this metric {@code op} the sum of {@code terms}, in the same group and period.
     *
     * @param part the part of this metric
     * @param op equal, or at most
     * @param terms signed parts of other metrics ({@code null} metric id: this metric)
     */
    public record Identity(FigurePart part, Op op, List<Term> terms) {
        public Identity {
            Objects.requireNonNull(part, "part");
            Objects.requireNonNull(op, "op");
            terms = List.copyOf(terms);
        }

        /** The relation between the part and the sum of the terms. */
        public enum Op { EQUAL, AT_MOST }
    }

    /** {@code sign} × a part of a metric; {@code metricId} {@code null} is the metric that declares it. */
    public record Term(String metricId, FigurePart part, int sign) {
        public Term {
            Objects.requireNonNull(part, "part");
            if (sign != 1 && sign != -1) {
                throw new IllegalArgumentException("sign must be 1 or -1, was " + sign);
            }
        }
    }
}
