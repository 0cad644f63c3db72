package org.recoveryoutcomes.engine.metrics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.recoveryoutcomes.engine.model.ChangeValue;
import org.recoveryoutcomes.engine.model.Aggregation;
import org.recoveryoutcomes.engine.model.FigurePart;
import org.recoveryoutcomes.engine.model.MetricDefinition;
import org.recoveryoutcomes.engine.model.Relations;
import org.recoveryoutcomes.engine.model.MetricKind;
import org.recoveryoutcomes.engine.model.MetricValue;
import org.recoveryoutcomes.engine.model.MetricWords;
import org.recoveryoutcomes.engine.model.MetricWords.Share;
import org.recoveryoutcomes.engine.model.Polarity;
import org.recoveryoutcomes.engine.model.ProportionValue;
import org.recoveryoutcomes.engine.model.Settings;
import org.recoveryoutcomes.engine.model.Substance;
import org.recoveryoutcomes.engine.model.TopItem;
import org.recoveryoutcomes.engine.model.TopRecord;

/**
 * Substance use, reintegration and health metrics over outcome pairs (metrics.md, TOP outcomes).
 *
 * <p>Every item is compared only where both TOPs of a pair have a value: a missing item is never read as zero or
 * "no". Where a reliable-change threshold cannot be computed, the reliable-change metrics carry no figure
 * (denominator 0, value {@code null}) rather than a 0% that would read as "nobody changed".
 */
public final class TopOutcomeMetrics {

    /** The 0–20 self-ratings, in metrics.md order. */
    static final List<TopItem> SCORES = List.of(TopItem.PSYCH_HEALTH, TopItem.PHYSICAL_HEALTH, TopItem.QUALITY_OF_LIFE);

    /** Offending items: days items count as crime when above 0, yes/no items when yes. */
    static final List<TopItem> CRIMES = List.of(TopItem.SHOPLIFTING_DAYS, TopItem.SELLING_DRUGS_DAYS,
            TopItem.THEFT_FROM_VEHICLE, TopItem.OTHER_THEFT, TopItem.FRAUD_HANDLING, TopItem.ASSAULT_VIOLENCE);

    /** Paid work, education and volunteering days: the parts of {@code meaningful_activity}. */
    static final List<TopItem> ACTIVITIES = List.of(TopItem.PAID_WORK_DAYS, TopItem.EDUCATION_DAYS,
            TopItem.VOLUNTEERING_DAYS);

    private static final String WILSON = "Wilson score 95% CI";
    private static final String CHANGE = "paired t 95% CI for the mean change; Wilcoxon signed-rank p (exact for "
            + "n ≤ 30, normal approximation above)";
    private static final String MCNEMAR = "Wilson score 95% CI; same proportion at start beside it; McNemar exact p, "
            + "start vs follow-up";
    private static final String RELIABLE = "Wilson score 95% CI; reliable-change threshold 1.96 × S1 × √2 × √(1 − r), "
            + "S1 the SD at start over all pairs";
    private static final String NDTMS = "NDTMS TOP outcome methodology";
    /**
     * Outcome pairs: a borough's client contributes one of their project pairs (the latest follow-up), so a
     * borough's pairs are at most its projects' pairs; clients are in one borough and one category.
     */
    private static final Relations PAIRS = Relations.of(Aggregation.CLIENT_SUBSET);
    private static final String JACOBSON_TRUAX = "Jacobson & Truax (1991)";
    /** The people of every outcome metric's sentence, in the service's words ({@link MetricWords}). */
    private static final String CLIENTS = "{clients}";
    private static final String WITH_FOLLOW_UP = "with a start and a follow-up profile";

    private TopOutcomeMetrics() {
    }

    /**
     * Reliable-change thresholds per item, from the SD at start over {@code allPairs} (the {@code all} group's
     * pairs, so every project is held to the same threshold). Items with no SD are absent.
     *
     * <p>S1 is the sample SD (n − 1) of the start values over the pairs where the item has a value at both start
     * and follow-up (the pairs the item is compared on), including those with 0 days at start. The seven
     * days-of-use items and the three ratings get a threshold when there are at least two such values and their
     * SD is above 0; an SD of 0 would make every pair, even an unchanged one, "reliably" changed, so it gives no
     * threshold.
     */
    public static Map<TopItem, Double> thresholds(List<OutcomePair> allPairs, Settings settings) {
        Objects.requireNonNull(allPairs, "allPairs");
        Objects.requireNonNull(settings, "settings");
        List<TopItem> items = new ArrayList<>();
        for (Substance s : Substance.values()) {
            items.add(s.daysItem());
        }
        items.addAll(SCORES);
        Map<TopItem, Double> thresholds = new EnumMap<>(TopItem.class);
        for (TopItem item : items) {
            DescriptiveStatistics atStart = new DescriptiveStatistics();
            for (OutcomePair p : allPairs) {
                if (p.start().has(item) && p.followUp().has(item)) {
                    atStart.addValue(p.start().value(item));
                }
            }
            double sd = atStart.getStandardDeviation();
            if (atStart.getN() >= 2 && sd > 0) {
                thresholds.put(item, Stats.reliableChangeThreshold(sd, settings.reliability(item)));
            }
        }
        return Collections.unmodifiableMap(thresholds);
    }

    /** Every TOP outcome metric over {@code pairs}, keyed by metric id, in {@link #definitions()} order. */
    public static Map<String, MetricValue> compute(List<OutcomePair> pairs, Map<TopItem, Double> thresholds,
                                                   Settings settings) {
        Objects.requireNonNull(pairs, "pairs");
        Objects.requireNonNull(thresholds, "thresholds");
        Objects.requireNonNull(settings, "settings");
        Map<String, MetricValue> out = new LinkedHashMap<>();
        for (Substance s : Substance.values()) {
            substance(s, pairs, thresholds.get(s.daysItem()), settings, out);
        }
        out.put("abstinent_any_illicit", abstinentAnyIllicit(pairs, settings));
        out.put("stopped_injecting", resolved(pairs, TopItem.INJECTING_DAYS, settings));
        out.put("stopped_sharing", resolved(pairs, TopItem.SHARED_EQUIPMENT, settings));

        out.put("housing_problem_resolved", resolved(pairs, TopItem.ACUTE_HOUSING_PROBLEM, settings));
        out.put("eviction_risk_resolved", resolved(pairs, TopItem.RISK_OF_EVICTION, settings));
        out.put("in_paid_work", inAtFollowUp(pairs, single(TopItem.PAID_WORK_DAYS), settings));
        out.put("into_paid_work", into(pairs, TopItem.PAID_WORK_DAYS, settings));
        out.put("in_education_training", inAtFollowUp(pairs, single(TopItem.EDUCATION_DAYS), settings));
        out.put("volunteering", inAtFollowUp(pairs, single(TopItem.VOLUNTEERING_DAYS), settings));
        out.put("meaningful_activity", inAtFollowUp(pairs, TopOutcomeMetrics::anyActivity, settings));
        out.put("offending_stopped", offendingStopped(pairs, settings));

        for (TopItem score : SCORES) {
            health(score, pairs, thresholds.get(score), settings, out);
        }
        return Collections.unmodifiableMap(out);
    }

    /** The definitions of every metric {@link #compute} returns, in order, each with its words. */
    public static List<MetricDefinition> definitions() {
        List<MetricDefinition> defs = new ArrayList<>();
        for (Substance s : Substance.values()) {
            String name = substanceName(s);
            String users = "pairs using " + name + " at start (days > 0) with " + name
                    + " days recorded at follow-up";
            String using = "using " + name + " when they started";
            defs.add(new MetricDefinition("abstinent_" + s.code(), "Abstinent from " + name, "substance_use",
                    MetricKind.PROPORTION, "pairs with 0 days of " + name + " at follow-up", users,
                    Polarity.HIGH_IS_GOOD, WILSON, NDTMS, PAIRS)
                    .with(new Share(CLIENTS, using, "were abstinent at follow-up")));
            defs.add(new MetricDefinition("reliably_improved_" + s.code(), "Reliably reduced use of " + name,
                    "substance_use", MetricKind.PROPORTION, "pairs still using " + name
                    + " at follow-up whose days fell by at least the reliable-change threshold", users,
                    Polarity.HIGH_IS_GOOD, RELIABLE, JACOBSON_TRUAX,
                    usersOf("abstinent_" + s.code()).againstThreshold(s.daysItem().code()))
                    .with(new Share(CLIENTS, using, "had reliably reduced their use without stopping")));
            defs.add(new MetricDefinition("deteriorated_" + s.code(), "Reliably increased use of " + name,
                    "substance_use", MetricKind.PROPORTION, "pairs whose days of " + name
                    + " rose by at least the reliable-change threshold", users, Polarity.LOW_IS_GOOD, RELIABLE,
                    JACOBSON_TRUAX,
                    usersOf("abstinent_" + s.code()).againstThreshold(s.daysItem().code()))
                    .with(new Share(CLIENTS, using, "were using on reliably more days at follow-up")));
            defs.add(new MetricDefinition("days_" + s.code(), "Days using " + name + " in the past 28",
                    "substance_use", MetricKind.CHANGE, "days of " + name
                    + " in the past 28 at start and follow-up, and their mean change (follow-up − start)", users,
                    Polarity.LOW_IS_GOOD, CHANGE, null, Relations.of(Aggregation.CLIENT_SUBSET)
                    .sameAs(FigurePart.COUNT, "abstinent_" + s.code(), FigurePart.DENOMINATOR))
                    .with(new MetricWords.Change("Days of " + substanceAdjective(s) + " use", CLIENTS + " " + using,
                            MetricWords.Scale.DAYS_OF_28)));
        }
        defs.add(new MetricDefinition("abstinent_any_illicit", "Abstinent from all illicit drugs", "substance_use",
                MetricKind.PROPORTION, "pairs with 0 days of every illicit drug at follow-up",
                "pairs using any illicit drug (any substance but alcohol) at start, with every illicit drug's days "
                        + "recorded at follow-up", Polarity.HIGH_IS_GOOD, WILSON, null, PAIRS)
                .with(new Share(CLIENTS, "using illicit drugs when they started",
                        "were abstinent from all illicit drugs at follow-up")));
        defs.add(new MetricDefinition("stopped_injecting", "Stopped injecting", "substance_use",
                MetricKind.PROPORTION, "pairs with 0 injecting days at follow-up",
                "pairs injecting at start (injecting days > 0) with injecting days recorded at follow-up",
                Polarity.HIGH_IS_GOOD, WILSON, NDTMS, PAIRS)
                .with(new Share(CLIENTS, "injecting when they started", "had stopped injecting at follow-up")));
        defs.add(new MetricDefinition("stopped_sharing", "Stopped sharing injecting equipment", "substance_use",
                MetricKind.PROPORTION, "pairs not sharing injecting equipment at follow-up",
                "pairs sharing injecting equipment at start with sharing recorded at follow-up",
                Polarity.HIGH_IS_GOOD, WILSON, null, PAIRS)
                .with(new Share(CLIENTS, "sharing injecting equipment when they started",
                        "had stopped sharing at follow-up")));

        defs.add(new MetricDefinition("housing_problem_resolved", "Acute housing problem resolved", "reintegration",
                MetricKind.PROPORTION, "pairs with no acute housing problem at follow-up",
                "pairs with an acute housing problem at start, recorded at follow-up", Polarity.HIGH_IS_GOOD,
                WILSON, NDTMS, PAIRS)
                .with(new Share(CLIENTS, "with an acute housing problem when they started",
                        "no longer had one at follow-up")));
        defs.add(new MetricDefinition("eviction_risk_resolved", "No longer at risk of eviction", "reintegration",
                MetricKind.PROPORTION, "pairs not at risk of eviction at follow-up",
                "pairs at risk of eviction at start, recorded at follow-up", Polarity.HIGH_IS_GOOD, WILSON, null, PAIRS)
                .with(new Share(CLIENTS, "at risk of eviction when they started",
                        "were no longer at risk at follow-up")));
        defs.add(new MetricDefinition("in_paid_work", "In paid work", "reintegration", MetricKind.PROPORTION,
                "pairs with paid work days > 0 at follow-up (and, beside it, at start)",
                "pairs with paid work days recorded at start and follow-up", Polarity.HIGH_IS_GOOD, MCNEMAR, null,
                PAIRS)
                .with(new Share(CLIENTS, WITH_FOLLOW_UP, "were in paid work at follow-up")));
        defs.add(new MetricDefinition("into_paid_work", "Into paid work", "reintegration", MetricKind.PROPORTION,
                "pairs with paid work days > 0 at follow-up",
                "pairs with 0 paid work days at start and paid work days recorded at follow-up",
                Polarity.HIGH_IS_GOOD, WILSON, null, PAIRS.with(new Relations.Identity(FigurePart.DENOMINATOR,
                        Relations.Identity.Op.EQUAL, List.of(new Relations.Term("in_paid_work", FigurePart.DENOMINATOR,
                        1), new Relations.Term("in_paid_work", FigurePart.AT_START, -1)))))
                .with(new Share(CLIENTS, "not in paid work when they started", "were in paid work at follow-up")));
        defs.add(new MetricDefinition("in_education_training", "In education or training", "reintegration",
                MetricKind.PROPORTION, "pairs with education or training days > 0 at follow-up (and, beside it, "
                + "at start)", "pairs with education days recorded at start and follow-up", Polarity.HIGH_IS_GOOD,
                MCNEMAR, null, PAIRS)
                .with(new Share(CLIENTS, WITH_FOLLOW_UP, "were in education or training at follow-up")));
        defs.add(new MetricDefinition("volunteering", "Volunteering", "reintegration", MetricKind.PROPORTION,
                "pairs with volunteering days > 0 at follow-up (and, beside it, at start)",
                "pairs with volunteering days recorded at start and follow-up", Polarity.HIGH_IS_GOOD, MCNEMAR,
                null, PAIRS)
                .with(new Share(CLIENTS, WITH_FOLLOW_UP, "were volunteering at follow-up")));
        defs.add(new MetricDefinition("meaningful_activity", "In paid work, education or volunteering",
                "reintegration", MetricKind.PROPORTION, "pairs with days > 0 in paid work, education or "
                + "volunteering at follow-up (and, beside it, at start), counting only the activities recorded at "
                + "both TOPs", "pairs with at least one of paid work, education and volunteering days recorded at "
                + "start and follow-up", Polarity.HIGH_IS_GOOD, MCNEMAR, null, PAIRS)
                .with(new Share(CLIENTS, WITH_FOLLOW_UP, "were in paid work, education or volunteering at follow-up")));
        defs.add(new MetricDefinition("offending_stopped", "Stopped offending", "reintegration",
                MetricKind.PROPORTION, "pairs with no crime at follow-up",
                "pairs with any crime at start (shoplifting or selling drugs days > 0, or theft from a vehicle, "
                        + "other theft, fraud or handling, or assault or violence) with every crime item recorded "
                        + "at follow-up", Polarity.HIGH_IS_GOOD, WILSON, null, PAIRS)
                .with(new Share(CLIENTS, "offending when they started", "reported no offending at follow-up")));

        for (TopItem score : SCORES) {
            String name = scoreName(score);
            String both = "pairs with " + name + " recorded at start and follow-up";
            defs.add(new MetricDefinition(score.code() + "_change", capitalise(name), "health", MetricKind.CHANGE,
                    name + " (0–20) at start and follow-up, and its mean change (follow-up − start)", both,
                    Polarity.HIGH_IS_GOOD, CHANGE, null, PAIRS)
                    .with(new MetricWords.Change(capitalise(name), null, MetricWords.Scale.SCORE_0_20)));
            defs.add(new MetricDefinition(score.code() + "_reliably_improved", capitalise(name) + " reliably improved",
                    "health", MetricKind.PROPORTION, "pairs whose " + name
                    + " rose by at least the reliable-change threshold", both, Polarity.HIGH_IS_GOOD, RELIABLE,
                    JACOBSON_TRUAX, scoredOf(score).againstThreshold(score.code()))
                    .with(new Share(CLIENTS, WITH_FOLLOW_UP, "reported a reliable improvement in " + name)));
            defs.add(new MetricDefinition(score.code() + "_reliably_deteriorated",
                    capitalise(name) + " reliably deteriorated", "health", MetricKind.PROPORTION, "pairs whose "
                    + name + " fell by at least the reliable-change threshold", both, Polarity.LOW_IS_GOOD,
                    RELIABLE, JACOBSON_TRUAX, scoredOf(score).againstThreshold(score.code()))
                    .with(new Share(CLIENTS, WITH_FOLLOW_UP, "reported a reliable deterioration in " + name)));
        }
        return List.copyOf(defs);
    }

    /** Over the same pairs as {@code metricId}: the pairs using the substance at start. */
    private static Relations usersOf(String metricId) {
        return PAIRS.sameAs(FigurePart.DENOMINATOR, metricId, FigurePart.DENOMINATOR);
    }

    /** Over the same pairs as the score's change: the pairs with the score at both TOPs. */
    private static Relations scoredOf(TopItem score) {
        return PAIRS.sameAs(FigurePart.DENOMINATOR, score.code() + "_change", FigurePart.COUNT);
    }

    // --- substance use ---------------------------------------------------------------------------------------

    private static void substance(Substance s, List<OutcomePair> pairs, Double threshold, Settings settings,
                                  Map<String, MetricValue> out) {
        TopItem item = s.daysItem();
        List<double[]> users = new ArrayList<>();
        for (OutcomePair p : pairs) {
            if (p.start().has(item) && p.start().value(item) > 0 && p.followUp().has(item)) {
                users.add(new double[] {p.start().value(item), p.followUp().value(item)});
            }
        }
        long abstinent = users.stream().filter(v -> v[1] == 0).count();
        out.put("abstinent_" + s.code(), Figures.proportion(abstinent, users.size(), settings));
        if (threshold == null) {
            out.put("reliably_improved_" + s.code(), noFigure());
            out.put("deteriorated_" + s.code(), noFigure());
        } else {
            long improved = users.stream().filter(v -> v[1] > 0 && v[0] - v[1] >= threshold).count();
            long deteriorated = users.stream().filter(v -> v[1] - v[0] >= threshold).count();
            out.put("reliably_improved_" + s.code(), Figures.proportion(improved, users.size(), settings));
            out.put("deteriorated_" + s.code(), Figures.proportion(deteriorated, users.size(), settings));
        }
        out.put("days_" + s.code(), change(users, settings));
    }

    /**
     * Over pairs using any illicit drug at start. The follow-up must record every illicit drug, so the answer
     * "abstinent from all" or "not" is known; pairs with any illicit drug missing at follow-up are left out
     * whatever the other drugs show, so that inclusion never depends on the outcome.
     */
    private static ProportionValue abstinentAnyIllicit(List<OutcomePair> pairs, Settings settings) {
        long denominator = 0;
        long abstinent = 0;
        for (OutcomePair p : pairs) {
            boolean usingAtStart = false;
            boolean allRecorded = true;
            boolean anyAtFollowUp = false;
            for (Substance s : Substance.values()) {
                if (!s.isIllicit()) {
                    continue;
                }
                TopItem item = s.daysItem();
                usingAtStart |= p.start().has(item) && p.start().value(item) > 0;
                allRecorded &= p.followUp().has(item);
                anyAtFollowUp |= p.followUp().has(item) && p.followUp().value(item) > 0;
            }
            if (usingAtStart && allRecorded) {
                denominator++;
                if (!anyAtFollowUp) {
                    abstinent++;
                }
            }
        }
        return Figures.proportion(abstinent, denominator, settings);
    }

    // --- reintegration ---------------------------------------------------------------------------------------

    /** Over pairs with the item yes (or days > 0) at start and recorded at follow-up: no (or 0) at follow-up. */
    private static ProportionValue resolved(List<OutcomePair> pairs, TopItem item, Settings settings) {
        long denominator = 0;
        long resolved = 0;
        for (OutcomePair p : pairs) {
            if (p.start().has(item) && p.start().value(item) > 0 && p.followUp().has(item)) {
                denominator++;
                if (p.followUp().value(item) == 0) {
                    resolved++;
                }
            }
        }
        return Figures.proportion(resolved, denominator, settings);
    }

    /** Over pairs with 0 days at start and recorded at follow-up: days > 0 at follow-up. */
    private static ProportionValue into(List<OutcomePair> pairs, TopItem item, Settings settings) {
        long denominator = 0;
        long into = 0;
        for (OutcomePair p : pairs) {
            if (p.start().has(item) && p.start().value(item) == 0 && p.followUp().has(item)) {
                denominator++;
                if (p.followUp().value(item) > 0) {
                    into++;
                }
            }
        }
        return Figures.proportion(into, denominator, settings);
    }

    /**
     * The proportion "yes" at follow-up over pairs whose state is known at both ends, beside the same proportion
     * at start and McNemar's exact p (b = no → yes, c = yes → no). {@code state} gives, for one pair, the
     * yes/no state at start and at follow-up, or {@code null} when the pair cannot be compared.
     */
    private static ProportionValue inAtFollowUp(List<OutcomePair> pairs, Function<OutcomePair, boolean[]> state,
                                                Settings settings) {
        long denominator = 0;
        long yesAtStart = 0;
        long yesAtFollowUp = 0;
        long noToYes = 0;
        long yesToNo = 0;
        for (OutcomePair p : pairs) {
            boolean[] s = state.apply(p);
            if (s == null) {
                continue;
            }
            denominator++;
            yesAtStart += s[0] ? 1 : 0;
            yesAtFollowUp += s[1] ? 1 : 0;
            noToYes += !s[0] && s[1] ? 1 : 0;
            yesToNo += s[0] && !s[1] ? 1 : 0;
        }
        Double p = denominator == 0 ? null : Stats.mcnemarExactP(noToYes, yesToNo);
        return Figures.proportion(yesAtFollowUp, denominator, settings)
                .withStart(Figures.proportion(yesAtStart, denominator, settings), p);
    }

    /** Days > 0 at start and at follow-up, where the item is recorded at both. */
    private static Function<OutcomePair, boolean[]> single(TopItem item) {
        return p -> p.start().has(item) && p.followUp().has(item)
                ? new boolean[] {p.start().value(item) > 0, p.followUp().value(item) > 0}
                : null;
    }

    /**
     * Any of paid work, education and volunteering days > 0, judged at both ends on the same activities: those
     * recorded at both TOPs. A pair with none recorded at both is not compared.
     */
    private static boolean[] anyActivity(OutcomePair p) {
        boolean compared = false;
        boolean atStart = false;
        boolean atFollowUp = false;
        for (TopItem item : ACTIVITIES) {
            if (p.start().has(item) && p.followUp().has(item)) {
                compared = true;
                atStart |= p.start().value(item) > 0;
                atFollowUp |= p.followUp().value(item) > 0;
            }
        }
        return compared ? new boolean[] {atStart, atFollowUp} : null;
    }

    /**
     * Over pairs with any crime recorded at start and every crime item recorded at follow-up: no crime at
     * follow-up. Requiring the whole follow-up keeps "no crime" from resting on a missing item, and keeps
     * inclusion independent of the outcome.
     */
    private static ProportionValue offendingStopped(List<OutcomePair> pairs, Settings settings) {
        long denominator = 0;
        long stopped = 0;
        for (OutcomePair p : pairs) {
            if (!anyCrime(p.start()) || !CRIMES.stream().allMatch(p.followUp()::has)) {
                continue;
            }
            denominator++;
            if (!anyCrime(p.followUp())) {
                stopped++;
            }
        }
        return Figures.proportion(stopped, denominator, settings);
    }

    /** True when any recorded crime item is above 0 (days) or yes (flags, stored as 1). */
    private static boolean anyCrime(TopRecord top) {
        return CRIMES.stream().anyMatch(item -> top.has(item) && top.value(item) > 0);
    }

    // --- health ----------------------------------------------------------------------------------------------

    private static void health(TopItem score, List<OutcomePair> pairs, Double threshold, Settings settings,
                               Map<String, MetricValue> out) {
        List<double[]> both = new ArrayList<>();
        for (OutcomePair p : pairs) {
            if (p.start().has(score) && p.followUp().has(score)) {
                both.add(new double[] {p.start().value(score), p.followUp().value(score)});
            }
        }
        out.put(score.code() + "_change", change(both, settings));
        if (threshold == null) {
            out.put(score.code() + "_reliably_improved", noFigure());
            out.put(score.code() + "_reliably_deteriorated", noFigure());
        } else {
            long improved = both.stream().filter(v -> v[1] - v[0] >= threshold).count();
            long deteriorated = both.stream().filter(v -> v[0] - v[1] >= threshold).count();
            out.put(score.code() + "_reliably_improved", Figures.proportion(improved, both.size(), settings));
            out.put(score.code() + "_reliably_deteriorated",
                    Figures.proportion(deteriorated, both.size(), settings));
        }
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    private static ChangeValue change(List<double[]> startAndFollowUp, Settings settings) {
        double[] start = new double[startAndFollowUp.size()];
        double[] followUp = new double[startAndFollowUp.size()];
        for (int i = 0; i < start.length; i++) {
            start[i] = startAndFollowUp.get(i)[0];
            followUp[i] = startAndFollowUp.get(i)[1];
        }
        return Figures.change(start, followUp, settings);
    }

    /**
     * A proportion that cannot be computed: with no reliable-change threshold nobody can be classed as changed,
     * and numerator 0 over the real denominator would print "0%", a false "nobody changed". Denominator 0 is the
     * model's one way of saying "no figure", which every reader of {@link ProportionValue} already handles.
     */
    private static ProportionValue noFigure() {
        return ProportionValue.of(0, 0, null, null, false);
    }

    private static String substanceName(Substance s) {
        return s == Substance.OTHER_DRUG ? "other drugs" : s.code();
    }

    /** The substance as an adjective, for "days of opiate use": opiate, amphetamine, other drug. */
    private static String substanceAdjective(Substance s) {
        return switch (s) {
            case OPIATES -> "opiate";
            case AMPHETAMINES -> "amphetamine";
            case OTHER_DRUG -> "other drug";
            default -> s.code();
        };
    }

    private static String scoreName(TopItem score) {
        return switch (score) {
            case PSYCH_HEALTH -> "psychological health";
            case PHYSICAL_HEALTH -> "physical health";
            case QUALITY_OF_LIFE -> "quality of life";
            default -> throw new IllegalArgumentException("not a TOP rating: " + score.code());
        };
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
