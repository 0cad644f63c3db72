package org.recoveryoutcomes.engine.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiPredicate;
import org.recoveryoutcomes.engine.model.AmountValue;
import org.recoveryoutcomes.engine.model.BreakdownValue;
import org.recoveryoutcomes.engine.model.ChangeValue;
import org.recoveryoutcomes.engine.model.Comparison;
import org.recoveryoutcomes.engine.model.CountValue;
import org.recoveryoutcomes.engine.model.GroupLevel;
import org.recoveryoutcomes.engine.model.GroupResult;
import org.recoveryoutcomes.engine.model.MeanValue;
import org.recoveryoutcomes.engine.model.MetricDefinition;
import org.recoveryoutcomes.engine.model.MetricValue;
import org.recoveryoutcomes.engine.model.MetricWords;
import org.recoveryoutcomes.engine.model.MetricsResult;
import org.recoveryoutcomes.engine.model.Period;
import org.recoveryoutcomes.engine.model.Polarity;
import org.recoveryoutcomes.engine.model.ProportionValue;
import org.recoveryoutcomes.engine.model.Trend;
import org.recoveryoutcomes.engine.model.Wording;

/**
 * Key findings as plain-English sentences built from the figures, e.g. "Of 112 clients using opiates when they
 * started, 46 (41%, 95% CI 32%–50%) were abstinent at follow-up." and "Psychological health improved by 3.2
 * points on the 0–20 scale (95% CI 2.1 to 4.3; p < 0.001; n = 112)."
 *
 * <p>The wording never claims more than the statistics show: a change is called a change only when its 95% CI
 * excludes 0 and its p-value (where there is one) is under 0.05, otherwise it "did not change significantly";
 * better and worse follow the metric's polarity (a metric with no polarity is "higher" or "lower"); a hidden
 * figure is "hidden to protect confidentiality" (the same words for a small number and for a figure hidden to
 * protect one) and a figure on too small a base to compare says so. Each metric's phrasing is the
 * {@link MetricWords} its definition declares; a metric without words gets a plain "Label: figure" sentence.
 *
 * <p>{@code Findings.of(metrics, options).about(metrics.group("project:BAT"), "abstinent_opiates")}. This class
 * is immutable and thread-safe.
 */
public final class Findings {

    private final MetricsResult metrics;
    private final RenderOptions options;
    private final BiPredicate<GroupResult, String> hidden;
    /** The report's suppression, for earlier periods and comparators; {@code null}: primary suppression only. */
    private final Suppression suppression;
    /** The words for the people served ({@link RenderOptions#wording()}). */
    private final Wording wording;

    /**
     * @param hidden whether a group's metric is hidden in this report: primary suppression and any secondary
     *     suppression the report's tables apply, so a sentence never shows what a table hides
     */
    public Findings(MetricsResult metrics, RenderOptions options, BiPredicate<GroupResult, String> hidden) {
        this(metrics, options, hidden, null);
    }

    /** Findings that hide exactly what the report's {@link Suppression} hides, in every table and sentence. */
    public Findings(MetricsResult metrics, RenderOptions options, Suppression suppression) {
        this(metrics, options, suppression::hidden, Objects.requireNonNull(suppression, "suppression"));
    }

    private Findings(MetricsResult metrics, RenderOptions options, BiPredicate<GroupResult, String> hidden,
                     Suppression suppression) {
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.options = Objects.requireNonNull(options, "options");
        this.hidden = Objects.requireNonNull(hidden, "hidden");
        this.suppression = suppression;
        this.wording = options.wording();
    }

    /** Findings that hide exactly what primary suppression hides ({@link Disclosure#hidden}). */
    public static Findings of(MetricsResult metrics, RenderOptions options) {
        return new Findings(metrics, options, (g, id) -> Disclosure.hidden(g.metric(id), options));
    }

    /**
     * Every sentence about one metric of one group, joined into one paragraph: the figure, then (for
     * proportions) how it compares and how it moved since the previous period, then (for significant changes)
     * the effect size. {@code null} when the group has no such metric.
     */
    public String about(GroupResult group, String metricId) {
        String figure = figure(group, metricId);
        if (figure == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(figure);
        for (String s : new String[] {comparison(group, metricId), trend(group, metricId),
            effect(group, metricId)}) {
            if (s != null) {
                sb.append(' ').append(s);
            }
        }
        return sb.toString();
    }

    /** {@link #about} for each metric the group has, in the order given. */
    public List<String> keyFindings(GroupResult group, List<String> metricIds) {
        List<String> out = new ArrayList<>();
        for (String id : metricIds) {
            String s = about(group, id);
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    /** The sentence giving the figure itself, or {@code null} when the group has no such metric. */
    public String figure(GroupResult group, String metricId) {
        MetricValue v = group.metric(metricId);
        if (v == null) {
            return null;
        }
        boolean hide = hidden.test(group, metricId);
        if (v instanceof CountValue c) {
            return count(metricId, c, hide);
        } else if (v instanceof AmountValue a) {
            return amount(metricId, a);
        } else if (v instanceof ProportionValue p) {
            return proportion(metricId, p, hide);
        } else if (v instanceof MeanValue m) {
            return mean(metricId, m, hide);
        } else if (v instanceof ChangeValue c) {
            return change(metricId, c, hide);
        } else if (v instanceof BreakdownValue b) {
            return breakdown(metricId, b, hide);
        }
        return null;
    }

    /**
     * How a proportion compares with its comparator, or {@code null} when it was not compared at all, is
     * hidden or is no proportion.
     */
    public String comparison(GroupResult group, String metricId) {
        if (!(group.metric(metricId) instanceof ProportionValue p) || hidden.test(group, metricId)
                || p.comparison() == null || p.value() == null) {
            return null;
        }
        String name = comparatorName(p.comparator());
        boolean comparatorHidden = suppression != null && suppression.comparatorHidden(p, metricId);
        String against = p.comparatorValue() == null || comparatorHidden ? name
                : name + " (" + Formats.percent(p.comparatorValue(), 0) + ")";
        if (p.comparison() == Comparison.NOT_COMPARED) {
            int min = metrics.settings().minDenominatorForComparison();
            if (p.denominator() < min) {
                return "It is not compared with " + name + " because it rests on fewer than " + min + " "
                        + (words(metricId) instanceof MetricWords.Share w ? wording.fill(w.noun()) : "people") + ".";
            }
            return "It could not be compared with " + name + ".";
        }
        if (p.comparison() == Comparison.SIMILAR) {
            return "This is similar to " + against + ", which lies within its 95% confidence interval.";
        }
        String word;
        if (polarity(metricId) == Polarity.NO_JUDGEMENT) {
            boolean higher = p.comparatorValue() == null ? p.comparison() == Comparison.BETTER
                    : p.value() > p.comparatorValue();
            word = higher ? "higher" : "lower";
        } else {
            word = p.comparison() == Comparison.BETTER ? "better" : "worse";
        }
        return "This is " + word + " than " + against + ", which lies outside its 95% confidence interval.";
    }

    /**
     * How a proportion moved against the previous period, or {@code null} when there is no earlier figure or
     * the figure is hidden. Significant only when the trend says so and its CI excludes 0.
     */
    public String trend(GroupResult group, String metricId) {
        if (!(group.metric(metricId) instanceof ProportionValue p) || hidden.test(group, metricId)
                || p.value() == null) {
            return null;
        }
        Trend t = p.vsPrevious();
        boolean earlierHidden = suppression != null ? suppression.earlierHidden(group, metricId, t)
                : Disclosure.earlierHidden(t, options);
        if (t == null || t.earlierValue() == null || t.difference() == null || earlierHidden) {
            return null;
        }
        String earlier = Formats.percent(t.earlierValue(), 0) + " in " + t.period();
        if (!significant(t)) {
            String ci = t.lower95() == null || t.upper95() == null ? ""
                    : "; 95% CI " + Formats.range(t.lower95(), t.upper95(), 1);
            return "This is not significantly different from " + earlier + " (difference "
                    + Formats.signed(t.difference(), 1) + " percentage points" + ci + ").";
        }
        boolean up = t.difference() > 0;
        String change = switch (polarity(metricId)) {
            case HIGH_IS_GOOD -> up ? "improvement" : "deterioration";
            case LOW_IS_GOOD -> up ? "deterioration" : "improvement";
            case NO_JUDGEMENT -> up ? "rise" : "fall";
        };
        return "This is " + (up ? "up" : "down") + " from " + earlier + ": a significant " + change + " of "
                + Formats.number(Math.abs(t.difference()), 1) + " percentage points ("
                + magnitudeCi(t.difference(), t.lower95(), t.upper95(), 1) + ").";
    }

    /**
     * True when the group's proportion is flagged "worse and worsening" in this report ({@link Flags}): worse
     * than its comparator and significantly worse than an earlier period, neither of them hidden.
     */
    public boolean worseAndWorsening(GroupResult group, String metricId) {
        if (!(group.metric(metricId) instanceof ProportionValue p) || hidden.test(group, metricId)) {
            return false;
        }
        if (suppression != null) {
            return Flags.worseAndWorsening(p, polarity(metricId), group.key(), metricId, suppression);
        }
        return Flags.worseAndWorsening(p, polarity(metricId)) && !Disclosure.earlierHidden(p.vsPrevious(), options)
                && !Disclosure.earlierHidden(p.vsYearBefore(), options);
    }

    /**
     * The sentence of a "worse and worsening" flag, e.g. "Riverside (project in Ealing): Abstinent from opiates
     * 23% (95% CI 15%–33%) is worse than Ealing (41%) and down 12.3 percentage points on 2026/27-Q1 (95% CI
     * 4.1 to 20.2)."; {@code null} when the figure is not flagged.
     */
    public String worseAndWorseningSentence(GroupResult group, String metricId) {
        if (!worseAndWorsening(group, metricId)) {
            return null;
        }
        ProportionValue p = (ProportionValue) group.metric(metricId);
        String where = switch (group.level()) {
            case ALL -> group.name();
            case BOROUGH -> group.name() + " (borough)";
            case PROJECT -> group.name() + (group.borough() == null ? " (project)"
                    : " (project in " + group.borough() + ")");
        };
        boolean comparatorHidden = suppression != null && suppression.comparatorHidden(p, metricId);
        String comparator = comparatorName(p.comparator()) + (p.comparatorValue() == null || comparatorHidden ? ""
                : " (" + Formats.percent(p.comparatorValue(), 0) + ")");
        List<String> changes = new ArrayList<>();
        for (Trend t : new Trend[] {p.vsPrevious(), p.vsYearBefore()}) {
            boolean shown = suppression != null ? !suppression.earlierHidden(group, metricId, t)
                    : !Disclosure.earlierHidden(t, options);
            if (Flags.worsened(t, polarity(metricId)) && shown) {
                changes.add((t.difference() > 0 ? "up " : "down ") + Formats.number(Math.abs(t.difference()), 1)
                        + " percentage points on " + t.period() + " ("
                        + magnitudeCi(t.difference(), t.lower95(), t.upper95(), 1) + ")");
            }
        }
        return where + ": " + label(metricId) + " " + Formats.percent(p.value(), 0) + " ("
                + Formats.percentCi(p.lower95(), p.upper95(), 0) + ") is worse than " + comparator + " and "
                + String.join(", and ", changes) + ".";
    }

    /** The effect size of a significant change in words, or {@code null}. */
    public String effect(GroupResult group, String metricId) {
        if (!(group.metric(metricId) instanceof ChangeValue c) || hidden.test(group, metricId)
                || c.effectSize() == null || !significant(c)) {
            return null;
        }
        double d = Math.abs(c.effectSize());
        String size = d < 0.2 ? "a negligible" : d < 0.5 ? "a small" : d < 0.8 ? "a medium" : "a large";
        return "The standardised effect size is " + Formats.number(d, 2) + ": " + size
                + " effect by Cohen's conventions.";
    }

    /** True when a change's 95% CI excludes 0 and its p-value, where given, is under 0.05. */
    public static boolean significant(ChangeValue c) {
        if (c.lower95() == null || c.upper95() == null) {
            return false;
        }
        boolean ciExcludesZero = c.lower95() > 0 || c.upper95() < 0;
        return ciExcludesZero && (c.pValue() == null || c.pValue() < 0.05);
    }

    /** True when a trend is flagged significant and its CI, where given, excludes 0. */
    public static boolean significant(Trend t) {
        if (!t.significant()) {
            return false;
        }
        return t.lower95() == null || t.upper95() == null || t.lower95() > 0 || t.upper95() < 0;
    }

    // ---------------------------------------------------------------------------------------------- counts

    private String count(String id, CountValue c, boolean hide) {
        if (!(words(id) instanceof MetricWords.Tally t)) {
            return label(id) + ": " + (hide ? Disclosure.HIDDEN + "." : Formats.count(c.count()) + ".");
        }
        String in = in(metrics.periodOf(id));
        if (hide) {
            return "The number of " + wording.fill(t.hiddenNoun()) + " " + in + " is " + Disclosure.HIDDEN + ".";
        }
        if (c.count() == 0) {
            return "No " + wording.fill(t.many()) + " " + in + ".";
        }
        return c.count() == 1 ? "1 " + wording.fill(t.one()) + " " + in + "."
                : Formats.count(c.count()) + " " + wording.fill(t.many()) + " " + in + ".";
    }

    private String amount(String id, AmountValue a) {
        if (words(id) instanceof MetricWords.Amount w) {
            return wording.fill(w.subject()) + " " + w.verb() + " " + Formats.number(a.value(), 1) + " "
                    + nullToEmpty(a.unit(), w.unit()) + " " + in(metrics.periodOf(id)) + ".";
        }
        String unit = a.unit() == null || a.unit().isBlank() ? "" : " " + a.unit();
        return label(id) + ": " + Formats.number(a.value(), 1) + unit + ".";
    }

    private String breakdown(String id, BreakdownValue b, boolean hide) {
        return label(id) + ": " + Formats.count(b.total()) + " in total"
                + (hide ? "; some parts are " + Disclosure.HIDDEN + "." : ".");
    }

    // ---------------------------------------------------------------------------------------------- means

    private String mean(String id, MeanValue m, boolean hide) {
        MetricWords.Average w = words(id) instanceof MetricWords.Average a ? a : null;
        String subject = w != null ? wording.fill(w.subject()) : label(id);
        if (hide) {
            return subject + " " + in(metrics.periodOf(id)) + (w != null ? " are" : " is")
                    + " not reported: " + Disclosure.HIDDEN + ".";
        }
        if (m.mean() == null) {
            return subject + " cannot be calculated: there are no values.";
        }
        String median = m.median() == null ? "" : "median " + Formats.number(m.median(), 1);
        String ci = m.lower95() == null || m.upper95() == null ? ""
                : Formats.interval(m.lower95(), m.upper95(), 1);
        String details = join("; ", median, ci);
        if (w != null) {
            return wording.fill(w.population()) + " " + in(metrics.periodOf(id)) + " " + w.verb() + " "
                    + Formats.number(m.mean(), 1) + " " + w.unit() + " each on average"
                    + (details.isEmpty() ? "" : " (" + details + ")") + ".";
        }
        return subject + ": a mean of " + Formats.number(m.mean(), 1) + " ("
                + join("; ", median, ci, "n = " + Formats.count(m.n())) + ").";
    }

    // ---------------------------------------------------------------------------------------------- changes

    private String change(String id, ChangeValue c, boolean hide) {
        MetricWords.Change w = words(id) instanceof MetricWords.Change ch ? ch : null;
        boolean score = w != null && w.scale() == MetricWords.Scale.SCORE_0_20;
        String subject = w == null ? label(id) : w.subject();
        String lower = lowerFirst(subject);
        if (hide) {
            return "Change in " + lower + " is not reported: it is " + Disclosure.HIDDEN + ".";
        }
        if (c.n() == 0 || c.meanChange() == null) {
            return "Change in " + lower + " cannot be measured: no " + wording.of("client") + " had both a start and a "
                    + "follow-up profile.";
        }
        if (c.lower95() == null || c.upper95() == null) {
            return "Change in " + lower + " cannot be tested: too few " + wording.of("clients") + " (n = "
                    + Formats.count(c.n()) + ").";
        }
        String stats = Formats.pValue(c.pValue()) + "; n = " + Formats.count(c.n());
        if (c.pValue() == null) {
            stats = "n = " + Formats.count(c.n());
        }
        Polarity polarity = polarity(id);
        double change = c.meanChange();
        boolean up = change > 0;
        if (!significant(c)) {
            String unit = w == null ? "" : " " + w.scale().unit();
            String body = "did not change significantly (mean change " + Formats.signed(change, 1) + unit
                    + "; " + Formats.interval(c.lower95(), c.upper95(), 1) + "; " + stats + ").";
            if (w != null && !score) {
                return "Among " + wording.fill(w.population()) + ", " + lower + " " + body;
            }
            return subject + " " + body;
        }
        String ci = magnitudeCi(change, c.lower95(), c.upper95(), 1);
        if (w == null) {
            return subject + " " + (up ? "rose" : "fell") + " by " + Formats.number(Math.abs(change), 1)
                    + " on average (" + ci + "; " + stats + ").";
        }
        if (score) {
            String verb = switch (polarity) {
                case HIGH_IS_GOOD -> up ? "improved" : "worsened";
                case LOW_IS_GOOD -> up ? "worsened" : "improved";
                case NO_JUDGEMENT -> up ? "rose" : "fell";
            };
            return subject + " " + verb + " by " + Formats.points(Math.abs(change)) + " on the 0–20 scale ("
                    + ci + "; " + stats + ").";
        }
        String what = switch (polarity) {
            case HIGH_IS_GOOD -> up ? "an improvement" : "a deterioration";
            case LOW_IS_GOOD -> up ? "a deterioration" : "an improvement";
            case NO_JUDGEMENT -> up ? "a rise" : "a fall";
        };
        String from = c.meanStart() == null || c.meanFollowUp() == null ? ""
                : " from " + Formats.number(c.meanStart(), 1) + " to " + Formats.number(c.meanFollowUp(), 1);
        return "Among " + wording.fill(w.population()) + ", " + lower + " in the past 28 days "
                + (up ? "rose" : "fell") + from + " on average: " + what + " of "
                + Formats.number(Math.abs(change), 1) + " " + w.scale().unit() + " (" + ci + "; " + stats + ").";
    }

    // ---------------------------------------------------------------------------------------------- proportions

    private String proportion(String id, ProportionValue p, boolean hide) {
        if (!(words(id) instanceof MetricWords.Share phrase)) {
            if (hide) {
                return label(id) + ": " + Disclosure.HIDDEN + ".";
            }
            if (p.value() == null) {
                return label(id) + " cannot be calculated: its denominator is zero.";
            }
            return label(id) + ": " + Formats.count(p.numerator()) + " of " + Formats.count(p.denominator()) + " ("
                    + Formats.percent(p.value(), 0) + ", " + Formats.percentCi(p.lower95(), p.upper95(), 0) + ").";
        }
        String in = metrics.definition(id).overOutcomePeriod() ? "" : " " + in(metrics.period());
        String q = phrase.qualifier() == null ? "" : wording.fill(phrase.qualifier());
        String qualifier = q.isEmpty() ? "" : " " + q;
        String noun = wording.fill(phrase.noun());
        if (hide) {
            return "Of the " + noun + qualifier + in + ", the number who " + wording.fill(phrase.outcome())
                    + " is " + Disclosure.HIDDEN + ".";
        }
        if (p.value() == null) {
            return "There were no " + noun + qualifier + in + ", so this figure cannot be calculated.";
        }
        String population = (p.denominator() == 1 ? wording.fill(singular(phrase.noun())) : noun) + qualifier + in;
        String who = p.numerator() == 0 ? "none" : Formats.count(p.numerator());
        String outcome = wording.fill(p.numerator() == 1 ? singularVerb(phrase.outcome()) : phrase.outcome());
        String sentence = "Of " + Formats.count(p.denominator()) + " " + population + ", " + who + " ("
                + Formats.percent(p.value(), 0) + ", " + Formats.percentCi(p.lower95(), p.upper95(), 0) + ") "
                + outcome;
        return sentence + atStart(p) + ".";
    }

    /** ", up from 18% at the start (a significant change; p = 0.012)" for the paired yes/no items. */
    private String atStart(ProportionValue p) {
        ProportionValue start = p.atStart();
        if (start == null || start.value() == null || (options.suppression() && start.suppressed())) {
            return "";
        }
        String was = Formats.percent(start.value(), 0) + " at the start";
        if (p.pValue() == null) {
            return ", compared with " + was;
        }
        boolean significant = p.pValue() < 0.05;
        String lead = !significant ? ", compared with "
                : p.value() > start.value() ? ", up from " : p.value() < start.value() ? ", down from "
                : ", compared with ";
        return lead + was + " (" + (significant ? "a significant change" : "not a significant change") + "; "
                + Formats.pValue(p.pValue()) + ")";
    }

    // ---------------------------------------------------------------------------------------------- words

    private String comparatorName(String comparator) {
        if (comparator == null) {
            return "the comparator";
        }
        if (comparator.equals("value")) {
            return "the benchmark";
        }
        if (comparator.equals("all")) {
            return "all projects";
        }
        GroupResult g = metrics.group(comparator);
        if (g != null) {
            return g.level() == GroupLevel.ALL ? "all projects" : g.name();
        }
        int colon = comparator.indexOf(':');
        return colon >= 0 ? comparator.substring(colon + 1) : comparator;
    }

    private Polarity polarity(String metricId) {
        MetricDefinition d = metrics.definition(metricId);
        return d == null ? Polarity.NO_JUDGEMENT : d.polarity();
    }

    private String label(String metricId) {
        MetricDefinition d = metrics.definition(metricId);
        return d == null ? metricId : wording.label(d);
    }

    /** "in 2026/27-Q2", "in the 12 months to 30 September 2026", "from 1 July 2026 to 30 September 2026". */
    static String in(Period period) {
        String label = period.label();
        if (label.startsWith("12m:")) {
            return "in the 12 months to " + Formats.date(period.end());
        }
        if (label.isEmpty() || label.contains("..")) {
            return "from " + Formats.date(period.start()) + " to " + Formats.date(period.end());
        }
        return "in " + label;
    }

    /** The CI of the size of a change, both ends positive for a fall as for a rise: "95% CI 2.1 to 4.3". */
    private static String magnitudeCi(double change, Double lower, Double upper, int decimals) {
        if (lower == null || upper == null) {
            return "95% CI not available";
        }
        return change >= 0 ? Formats.interval(lower, upper, decimals) : Formats.interval(-upper, -lower, decimals);
    }

    private static String singular(String pluralNoun) {
        if (pluralNoun.contains("clients")) {
            return pluralNoun.replace("clients", "client"); // clients seen → client seen
        }
        return pluralNoun.endsWith("s") ? pluralNoun.substring(0, pluralNoun.length() - 1) : pluralNoun;
    }

    /** The words the metric declares for its findings ({@link MetricDefinition#words}), or {@code null}. */
    private MetricWords words(String metricId) {
        MetricDefinition d = metrics.definition(metricId);
        return d == null ? null : d.words();
    }

    private static String singularVerb(String outcome) {
        return outcome.startsWith("were ") ? "was " + outcome.substring(5) : outcome;
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }

    private static String nullToEmpty(String s, String fallback) {
        return s == null || s.isBlank() ? fallback : s;
    }

    private static String join(String separator, String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            if (p == null || p.isEmpty()) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append(separator);
            }
            sb.append(p);
        }
        return sb.toString();
    }
}
