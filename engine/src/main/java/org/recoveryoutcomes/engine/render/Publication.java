package org.recoveryoutcomes.engine.render;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.recoveryoutcomes.engine.model.Aggregation;
import org.recoveryoutcomes.engine.model.Breakdown;
import org.recoveryoutcomes.engine.model.BreakdownValue;
import org.recoveryoutcomes.engine.model.ChangeValue;
import org.recoveryoutcomes.engine.model.CountValue;
import org.recoveryoutcomes.engine.model.FigurePart;
import org.recoveryoutcomes.engine.model.GroupLevel;
import org.recoveryoutcomes.engine.model.GroupResult;
import org.recoveryoutcomes.engine.model.Ledger;
import org.recoveryoutcomes.engine.model.MeanValue;
import org.recoveryoutcomes.engine.model.MetricDefinition;
import org.recoveryoutcomes.engine.model.MetricValue;
import org.recoveryoutcomes.engine.model.MetricsResult;
import org.recoveryoutcomes.engine.model.Period;
import org.recoveryoutcomes.engine.model.ProportionValue;
import org.recoveryoutcomes.engine.model.Relations;
import org.recoveryoutcomes.engine.model.ReportTemplate;
import org.recoveryoutcomes.engine.model.SectionKind;
import org.recoveryoutcomes.engine.model.Trend;
import org.recoveryoutcomes.engine.model.TrendSeries;

/**
 * Disclosure control over a whole publication (metrics.md, Disclosure control): which figures every report of a
 * run hides, decided once for everything the run can publish (every group, metric, trend quarter, equality
 * breakdown and part) together with everything earlier runs published into the same folder ({@link Ledger}).
 *
 * <p>The figures are whole numbers (counts, numerators, denominators: {@link FigurePart}) tied by the linear
 * relations each metric declares in the catalogue ({@link Relations}): sums and bounds across projects,
 * boroughs, equality categories and quarters, identities between metrics of a group. A reader holding the
 * published figures can solve these relations for a hidden one; the hidden figure is safe when the smallest and
 * largest value it can take, given everything published, are at least {@code threshold} apart (the protection
 * interval of tau-ARGUS and sdcTable). Those ranges are found by linear programming ({@link LinearProgram}: GLOP,
 * else ojAlgo), hidden figure by hidden figure, over the connected part of the hidden figures only, since every
 * shown figure is a constant. A part of more than a thousand hidden figures (at national scale) is solved
 * neighbourhood by neighbourhood first, every hidden figure outside a neighbourhood held at its true value: a
 * smaller feasible set, so a range found wide enough there is at least as wide for the reader; a figure the largest
 * neighbourhood tried around it (a thousand hidden figures) finds too narrow is solved again over the whole part,
 * and fails only if it is too narrow there, as it then is for the reader.
 *
 * <p>The pattern is chosen by the audit-and-extend method: hide the small numbers (primary suppression) and what
 * earlier runs hid; audit every hidden figure's range; where one is too narrow, hide the cheapest shown figure
 * (the smallest value, never a zero nor one that earlier reports' figures and zeros give away) that shares a
 * relation with it, preferring one that shares a relation with the failing figure itself (a project's before a
 * borough's, a borough's before all projects'); repeat until every range passes; then show again, costliest first,
 * each such partner that those chosen after it made needless. Where the audit finds a hidden proportion's
 * denominator pinned exactly and not small, it is shown instead ({@link ProportionValue#denominatorShown()}): a star
 * over it would protect nothing. The final pattern is audited once more from scratch on the published values alone
 * ({@link Audit}), and a publication that fails is refused by the engine.
 *
 * <p>Every statistic of a hidden figure is hidden with it: its interval, comparison, funnel position, rank,
 * trend and, for a figure shown beside its at-start value, the McNemar p of a hidden at-start value; a comparison
 * or funnel against a hidden comparator, and a change against a hidden earlier figure, are withheld too. This class
 * is immutable and safe to share.
 *
 * <p>{@code Publication p = Publication.protect(metrics, ledger); p.published(); p.audit().line();}
 */
public final class Publication {

    private final MetricsResult published;
    private final Audit audit;
    private final Ledger ledger;
    private final Set<String> hiddenFigures;
    private final List<String> conflicts;
    private final Set<String> hiddenTotals;
    private final List<Hidden> hiddenList;

    private Publication(MetricsResult published, Audit audit, Ledger ledger, Set<String> hiddenFigures,
                        List<String> conflicts, Set<String> hiddenTotals, List<Hidden> hiddenList) {
        this.hiddenTotals = hiddenTotals;
        this.hiddenList = hiddenList;
        this.published = published;
        this.audit = audit;
        this.ledger = ledger;
        this.hiddenFigures = hiddenFigures;
        this.conflicts = conflicts;
    }

    /**
     * Starts loading the linear-programming solver (a native library, half a second to unpack) on a background
     * thread, so that a run can read its data meanwhile; {@link #protect} waits for it if it is not done.
     */
    public static void prepare() {
        Thread t = new Thread(LinearProgram.Glop::available, "solver-loader");
        t.setDaemon(true);
        t.start();
    }

    /** The pattern for {@code raw}'s figures, given what {@code earlier} runs published. */
    public static Publication protect(MetricsResult raw, Ledger earlier) {
        return protect(raw, earlier, Limits.DEFAULT);
    }

    /**
     * How the audit solves a large group of linked hidden figures: whole up to {@code whole} hidden figures, beyond
     * that neighbourhood by neighbourhood first (of {@code neighbourhood} hidden figures, then four and sixteen
     * times as many up to {@code whole}), and over the whole group for each figure a neighbourhood finds too
     * narrow. Only the tests choose other limits, to take that path on small publications.
     */
    record Limits(int whole, int neighbourhood) {
        static final Limits DEFAULT = new Limits(1000, 250);
    }

    /** The pattern for {@code raw}'s figures, given what {@code earlier} runs published, within {@code limits}. */
    static Publication protect(MetricsResult raw, Ledger earlier, Limits limits) {
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(earlier, "earlier");
        Solver s = new Solver(raw, earlier, limits);
        s.solve();
        return s.result();
    }

    /**
     * The figures as every report of the publication shows them: each hidden figure flagged
     * {@link MetricValue#suppressed()} with its statistics removed, and every statistic that would reveal a
     * hidden figure removed from the figures that are shown.
     */
    public MetricsResult published() {
        return published;
    }

    /** The independent audit of the pattern. */
    public Audit audit() {
        return audit;
    }

    /** What the publication has published once this run's reports are written: the earlier ledger and this run. */
    public Ledger ledger() {
        return ledger;
    }

    /**
     * Earlier publications that showed a figure with another value than this run's data gives it: the data changed
     * since, and publishing both would tell the difference. Empty when there is none.
     */
    public List<String> conflicts() {
        return conflicts;
    }

    /** Why a figure is hidden. */
    public enum Reason {
        /** A small number. */
        PRIMARY,
        /** Hidden so that no hidden figure can be worked out. */
        SECONDARY,
        /** Hidden because an earlier report of the publication hid it. */
        EARLIER,
        /** A statistic of a hidden figure (an at-start value beside a hidden figure, a mean of hidden contacts). */
        STATISTIC
    }

    /**
     * A hidden figure of this run: its group key, metric id, category ({@code ""} for the group's own figure,
     * {@code type=<type>} for a part of a count by type, {@code <dimension>=<category>} for an equality breakdown),
     * whether it is of the report period (else a trend quarter's) and why it is hidden.
     */
    record Hidden(String group, String metric, String category, boolean reportPeriod, Reason reason) {
    }

    /**
     * How many of the figures a report shows are hidden, and why: the figures of {@code groups} for the metrics
     * the template's sections name, with the trend quarters of a trend section's metrics and the categories of a
     * breakdown section's.
     */
    public Count hiddenIn(List<GroupResult> groups, ReportTemplate template) {
        Set<String> groupKeys = new java.util.HashSet<>();
        groups.forEach(g -> groupKeys.add(g.key()));
        Set<String> any = new java.util.HashSet<>(template.metricIds());
        Set<String> trends = template.metricIdsOf(SectionKind.TREND);
        Set<String> breakdowns = template.metricIdsOf(SectionKind.BREAKDOWN);
        int[] by = new int[Reason.values().length];
        for (Hidden h : hiddenList) {
            if (!groupKeys.contains(h.group()) || !any.contains(h.metric())) {
                continue;
            }
            boolean breakdown = h.category().contains("=") && !h.category().startsWith("type=");
            boolean shown = breakdown ? h.reportPeriod() && breakdowns.contains(h.metric())
                    : h.reportPeriod() || trends.contains(h.metric());
            if (shown) {
                by[h.reason().ordinal()]++;
            }
        }
        return new Count(by[Reason.PRIMARY.ordinal()], by[Reason.SECONDARY.ordinal()], by[Reason.EARLIER.ordinal()],
                by[Reason.STATISTIC.ordinal()]);
    }

    /**
     * How many figures one report hides, by reason.
     *
     * @param primary small numbers
     * @param secondary hidden so that no hidden figure can be worked out
     * @param earlier hidden because an earlier report of the publication hid them
     * @param statistics statistics of hidden figures
     */
    public record Count(int primary, int secondary, int earlier, int statistics) {

        /** Figures hidden in all. */
        public int hidden() {
            return primary + secondary + earlier + statistics;
        }

        /** {@code 12 figures: 8 small numbers, 4 to protect them}, or {@code no figure} when none is hidden. */
        public String words() {
            java.text.NumberFormat f = java.text.NumberFormat.getIntegerInstance(java.util.Locale.UK);
            if (hidden() == 0) {
                return "no figure";
            }
            return f.format(hidden()) + (hidden() == 1 ? " figure: " : " figures: ") + f.format(primary)
                    + (primary == 1 ? " small number, " : " small numbers, ") + f.format(secondary)
                    + " to protect them"
                    + (earlier > 0 ? ", " + f.format(earlier) + " hidden by an earlier report" : "")
                    + (statistics > 0 ? ", " + f.format(statistics)
                    + (statistics == 1 ? " statistic of a hidden figure" : " statistics of hidden figures") : "");
        }
    }

    /** True when the figure with this key ({@code <start>..<end>|<group>|<metric>|<category>}) is hidden. */
    boolean hiddenFigure(String key) {
        return hiddenFigures.contains(key);
    }

    /** True when the total of a group's breakdown value (contacts by type) in the report period is hidden. */
    boolean hiddenTotal(String groupKey, String metricId) {
        return hiddenTotals.contains(groupKey + "|" + metricId);
    }

    /**
     * The result of auditing a pattern: per hidden figure part, the range it can take given everything published.
     *
     * @param figures the figure parts of the publication (this run's and the earlier ledger's)
     * @param primary figures hidden as small numbers
     * @param secondary figures hidden so that no hidden figure can be worked out
     * @param earlier figures hidden because an earlier report of the publication hid them
     * @param statistics figures hidden because they are a statistic of a hidden one
     * @param hiddenParts the hidden whole numbers audited
     * @param relations the relations between figures used
     * @param narrowest the narrowest range found (−1 when nothing is hidden; {@link Long#MAX_VALUE} when unbounded)
     * @param workedOutZeros hidden numerators a reader can tell are 0, which identifies nobody (a 0 under a hidden
     *     total of 0 kept hidden with the figure it belongs to)
     * @param shownDenominators hidden proportions shown with their denominator, which the published figures give
     *     exactly and which is not a small number
     * @param threshold the protection threshold
     * @param failures hidden figures whose range is too narrow: empty for a publication that may be written
     */
    public record Audit(int figures, int primary, int secondary, int earlier, int statistics, int hiddenParts,
                        int relations, long narrowest, int workedOutZeros, int shownDenominators, int threshold,
                        List<String> failures) {

        public Audit {
            failures = List.copyOf(failures);
        }

        /** True when every hidden figure's range is at least the threshold wide. */
        public boolean passed() {
            return failures.isEmpty();
        }

        /** Figures hidden in all. */
        public int hidden() {
            return primary + secondary + earlier + statistics;
        }

        /** The one line printed on the terminal and in the methodology appendix. */
        public String line() {
            java.text.NumberFormat f = java.text.NumberFormat.getIntegerInstance(java.util.Locale.UK);
            if (!passed()) {
                return "disclosure audit: FAILED: " + f.format(failures.size()) + " of " + f.format(hidden())
                        + " hidden figures could be narrowed to a range under " + threshold + ", e.g. "
                        + failures.get(0);
            }
            if (hidden() == 0) {
                return "disclosure audit: no figure needed hiding; none recoverable";
            }
            return "disclosure audit: " + f.format(hidden()) + (hidden() == 1 ? " hidden figure (" : " hidden figures (")
                    + f.format(primary) + (primary == 1 ? " small number, " : " small numbers, ") + f.format(secondary)
                    + " to protect them"
                    + (earlier > 0 ? ", " + f.format(earlier) + " hidden by an earlier report" : "")
                    + (statistics > 0 ? ", " + f.format(statistics)
                    + (statistics == 1 ? " statistic of a hidden figure" : " statistics of hidden figures") : "")
                    + (shownDenominators > 0 ? "; " + f.format(shownDenominators) + " shown with the denominator "
                    + "the published figures give" : "")
                    + "), each with a range of at least " + threshold + " given everything published; none "
                    + "recoverable";
        }
    }

    // ------------------------------------------------------------------------------------------------------------

    /** Unit kinds: what hiding a unit hides in a report. */
    private enum Kind { FIGURE, AT_START, PART }

    static {
        quietSolverStart();
    }

    /**
     * ojAlgo prints a note about hardware profiles to standard output the first time it is loaded, which would
     * end up in the middle of the command line's output: load it once with the standard streams muted.
     */
    private static synchronized void quietSolverStart() {
        java.io.PrintStream out = System.out;
        java.io.PrintStream err = System.err;
        java.io.PrintStream sink = new java.io.PrintStream(java.io.OutputStream.nullOutputStream());
        try {
            System.setOut(sink);
            System.setErr(sink);
            org.ojalgo.OjAlgoUtils.getVersion();
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    /** Builds the cells and relations, chooses the pattern, audits it. Not thread-safe: one use. */
    private static final class Solver {
        private final MetricsResult raw;
        private final Ledger earlier;
        private final int threshold;

        // Variables: one whole number each.
        private final Map<String, Integer> index = new HashMap<>();
        private final List<String> keys = new ArrayList<>();
        private long[] truth = new long[1024];
        private final BitSet known = new BitSet(); // truth known (every figure of this run, every ledger value)
        private final BitSet fixed = new BitSet(); // shown by an earlier report: a constant a reader knows
        private int[] unitOf = new int[1024];

        // Units: what a report hides together.
        private final List<Unit> units = new ArrayList<>();
        private final Map<String, Integer> unitByKey = new HashMap<>();

        // Relations: Σ coefficient × variable (= or ≤) 0.
        private final List<int[]> relVars = new ArrayList<>();
        private final List<int[]> relCoefs = new ArrayList<>();
        private final BitSet relEqual = new BitSet();
        private int[][] relationsOf; // per variable, the relations it is in
        private int[][] placesOf; // per variable, its place in each of those relations (parallel to relationsOf)
        private long[] relationTruth; // per relation, Σ coefficient × true value over every variable in it
        private int[][] relationsBySize; // the same, those with fewest variables first

        private final Map<String, String> boroughOf = new TreeMap<>();
        private final Map<String, List<String>> projectsOf = new TreeMap<>();
        private final List<String> conflicts = new ArrayList<>();
        private final BitSet hidden = new BitSet(); // by unit
        private final BitSet statisticOnly = new BitSet(); // by unit: hidden only as a statistic of another
        private long narrowest = -1;
        private int workedOutZeros;

        private synchronized void narrowest(long width) {
            narrowest = narrowest < 0 ? width : Math.min(narrowest, width);
        }

        private synchronized void zero() {
            workedOutZeros++;
        }

        Solver(MetricsResult raw, Ledger earlier, Limits limits) {
            this.raw = raw;
            this.earlier = earlier;
            this.whole = limits.whole();
            this.neighbourhoodSize = limits.neighbourhood();
            this.threshold = raw.settings().suppressionThreshold();
        }

        private static final class Unit {
            final String key; // the figure key, plus "|at_start" for an at-start unit
            final Kind kind;
            final List<Integer> vars = new ArrayList<>();
            boolean primary;
            boolean forced;
            long cost;
            List<Relations.Term> statisticOf = List.of();
            String context; // period|group|category of the figure, for statisticOf

            Unit(String key, Kind kind) {
                this.key = key;
                this.kind = kind;
            }

            boolean zero(long[] truth, BitSet known) {
                for (int v : vars) {
                    if (!known.get(v) || truth[v] != 0) {
                        return false;
                    }
                }
                return true;
            }
        }

        // --- cells ----------------------------------------------------------------------------------------

        private int variable(String key, long value, boolean isKnown, int unit) {
            Integer existing = index.get(key);
            if (existing != null) {
                return existing;
            }
            int v = keys.size();
            if (v == truth.length) {
                truth = Arrays.copyOf(truth, v * 2);
                unitOf = Arrays.copyOf(unitOf, v * 2);
            }
            keys.add(key);
            index.put(key, v);
            truth[v] = value;
            known.set(v, isKnown);
            unitOf[v] = unit;
            return v;
        }

        private Unit unit(String key, Kind kind) {
            Integer u = unitByKey.get(key);
            if (u != null) {
                return units.get(u);
            }
            Unit unit = new Unit(key, kind);
            unitByKey.put(key, units.size());
            units.add(unit);
            return unit;
        }

        private int unitIndex(Unit u) {
            return unitByKey.get(u.key);
        }

        private void part(Unit u, String figureKey, FigurePart part, long value) {
            int v = variable(figureKey + "|" + part.code(), value, true, unitIndex(u));
            u.vars.add(v);
        }

        /** The figure {@code value} of {@code metricId} for a group, period and category. */
        private void figure(String figureKey, String metricId, MetricValue value, String context) {
            if (unitByKey.containsKey(figureKey)) {
                return; // the report period's trend point is the figure itself
            }
            MetricDefinition def = raw.definition(metricId);
            Relations rel = def == null ? Relations.UNDECLARED : def.relations();
            if (rel.numerator() == Aggregation.NONE) {
                return;
            }
            if (value instanceof BreakdownValue b) {
                Unit total = unit(figureKey, Kind.FIGURE);
                total.context = context;
                part(total, figureKey, FigurePart.COUNT, b.total());
                total.cost = b.total();
                List<Integer> parts = new ArrayList<>();
                for (Map.Entry<String, CountValue> e : b.parts().entrySet()) {
                    String partKey = figureKey + "type=" + e.getKey(); // the key's category is the type
                    Unit p = unit(partKey, Kind.PART);
                    p.context = context;
                    part(p, partKey, FigurePart.COUNT, e.getValue().count());
                    p.primary = e.getValue().suppressed();
                    p.cost = e.getValue().count();
                    parts.add(p.vars.get(0));
                }
                sum(total.vars.get(0), parts, true);
                return;
            }
            Unit u = unit(figureKey, Kind.FIGURE);
            u.context = context;
            u.primary = value.suppressed();
            u.statisticOf = rel.statisticOf();
            if (value instanceof CountValue c) {
                part(u, figureKey, FigurePart.COUNT, c.count());
                u.cost = c.count();
            } else if (value instanceof ProportionValue p) {
                part(u, figureKey, FigurePart.NUMERATOR, p.numerator());
                part(u, figureKey, FigurePart.DENOMINATOR, p.denominator());
                u.cost = p.denominator();
                int n = u.vars.get(0);
                int d = u.vars.get(1);
                relation(new int[] {n, d}, new int[] {1, -1}, false);
                if (p.atStart() != null) {
                    Unit s = unit(figureKey + "|at_start", Kind.AT_START);
                    s.context = context;
                    part(s, figureKey, FigurePart.AT_START, p.atStart().numerator());
                    s.primary = p.atStart().suppressed();
                    s.cost = p.atStart().numerator();
                    relation(new int[] {s.vars.get(0), d}, new int[] {1, -1}, false);
                }
            } else if (value instanceof MeanValue m) {
                part(u, figureKey, FigurePart.COUNT, m.n());
                u.cost = m.n();
            } else if (value instanceof ChangeValue ch) {
                part(u, figureKey, FigurePart.COUNT, ch.n());
                u.cost = ch.n();
            }
        }

        // --- keys -------------------------------------------------------------------------------------------

        private static String periodKey(LocalDate start, LocalDate end) {
            return start + ".." + end;
        }

        /** The dates a metric's figure covers when the report (or trend) period is {@code engagement}. */
        private String periodOf(String metricId, Period engagement) {
            MetricDefinition def = raw.definition(metricId);
            if (def == null || !def.overOutcomePeriod()) {
                return periodKey(engagement.start(), engagement.end());
            }
            Period outcome = raw.outcomePeriod();
            if (engagement.start().equals(raw.period().start()) && engagement.end().equals(raw.period().end())) {
                return periodKey(outcome.start(), outcome.end());
            }
            // The outcome period moved with the period, as the metrics move it: same length, same end relation.
            long endShift = ChronoUnit.DAYS.between(raw.period().end(), engagement.end());
            LocalDate end = outcome.end().plusDays(endShift);
            LocalDate start;
            if (outcome.start().getDayOfMonth() == 1 && outcome.end().plusDays(1).getDayOfMonth() == 1
                    && end.plusDays(1).getDayOfMonth() == 1) {
                long months = ChronoUnit.MONTHS.between(outcome.start(), outcome.end().plusDays(1));
                start = end.plusDays(1).minusMonths(months);
            } else {
                start = outcome.start().plusDays(endShift);
            }
            return periodKey(start, end);
        }

        private String figureKey(String period, String group, String metric, String category) {
            return period + "|" + group + "|" + metricKey(metric) + "|" + (category == null ? "" : category);
        }

        /**
         * A metric as its figures are keyed: its id, and for a figure counted against a reliable-change threshold
         * the threshold this run used ({@code reliably_improved_alcohol@3.92}). Each run takes its thresholds from
         * its report period's pairs, so a quarter's and a year's report can count one trend quarter against two
         * thresholds: two different figures of the same pairs, never one figure that changed.
         */
        private String metricKey(String metricId) {
            MetricDefinition def = raw.definition(metricId);
            String item = def == null ? null : def.relations().threshold();
            Double t = item == null ? null : raw.reliableChangeThresholds().get(item);
            return t == null ? metricId : metricId + THRESHOLD + t;
        }

        /** Joins a metric id and the reliable-change threshold its figure was counted against, in keys. */
        private static final String THRESHOLD = "@";

        /** The metric id of a key's metric field ({@link #metricKey}). */
        private static String metricOf(String keyedMetric) {
            int at = keyedMetric.indexOf(THRESHOLD);
            return at < 0 ? keyedMetric : keyedMetric.substring(0, at);
        }

        /**
         * The key field of {@code metricId} beside a figure keyed {@code near}: a metric counted against the same
         * item's threshold as {@code near} was, with that threshold (an earlier run's figure with its own); any other
         * as this run keys it.
         */
        private String metricKeyBeside(String metricId, String near) {
            MetricDefinition other = raw.definition(metricId);
            MetricDefinition own = raw.definition(metricOf(near));
            if (other != null && own != null && other.relations().threshold() != null
                    && other.relations().threshold().equals(own.relations().threshold()) && near.contains(THRESHOLD)) {
                return metricId + near.substring(near.indexOf(THRESHOLD));
            }
            return metricKey(metricId);
        }

        // --- relations ------------------------------------------------------------------------------------

        /**
         * Adds Σ coefs × vars (= or ≤) 0 when it holds on the true figures; one that does not hold is no fact a
         * reader could use. Returns whether it was added.
         */
        private boolean relation(int[] vars, int[] coefs, boolean equal) {
            long sum = 0;
            boolean checkable = true;
            for (int i = 0; i < vars.length; i++) {
                if (!known.get(vars[i])) {
                    checkable = false;
                    break;
                }
                sum += coefs[i] * truth[vars[i]];
            }
            if (checkable && (equal ? sum != 0 : sum > 0)) {
                return false;
            }
            if (equal) {
                relEqual.set(relVars.size());
            }
            relVars.add(vars);
            relCoefs.add(coefs);
            return true;
        }

        /** total = Σ parts ({@code equal}), else total ≤ Σ parts. */
        private boolean sum(int total, List<Integer> parts, boolean equal) {
            if (parts.isEmpty()) {
                return false;
            }
            int[] vars = new int[parts.size() + 1];
            int[] coefs = new int[vars.length];
            vars[0] = total;
            coefs[0] = 1;
            for (int i = 0; i < parts.size(); i++) {
                vars[i + 1] = parts.get(i);
                coefs[i + 1] = -1;
            }
            return relation(vars, coefs, equal);
        }

        private void atMost(int a, int b) {
            relation(new int[] {a, b}, new int[] {1, -1}, false);
        }

        /** The relations of one table: the same metric, part, period and category across the group hierarchy. */
        private void hierarchy(Aggregation a, Map<String, Integer> byGroup) {
            if (a == Aggregation.NONE) {
                return;
            }
            List<Integer> boroughs = new ArrayList<>();
            boolean everyBorough = true;
            for (Map.Entry<String, List<String>> b : projectsOf.entrySet()) {
                Integer borough = byGroup.get(b.getKey());
                List<Integer> projects = new ArrayList<>();
                for (String p : b.getValue()) {
                    Integer v = byGroup.get(p);
                    if (v != null) {
                        projects.add(v);
                    }
                }
                boolean complete = projects.size() == b.getValue().size();
                if (borough == null) {
                    everyBorough = false;
                    continue;
                }
                boroughs.add(borough);
                if (projects.isEmpty()) {
                    continue;
                }
                if (complete && projects.size() == 1) {
                    sum(borough, projects, true); // a borough of one project is that project
                }
                switch (a) {
                    case EVENTS -> {
                        if (complete) {
                            sum(borough, projects, true);
                        }
                    }
                    case CLIENTS, SHARED -> {
                        projects.forEach(p -> atMost(p, borough));
                        if (complete) {
                            sum(borough, projects, false);
                        }
                    }
                    case CLIENT_SUBSET -> {
                        if (complete) {
                            sum(borough, projects, false);
                        }
                    }
                    default -> {
                    }
                }
            }
            Integer all = byGroup.get("all");
            if (all == null || boroughs.isEmpty()) {
                return;
            }
            if (a == Aggregation.SHARED) {
                boroughs.forEach(b -> atMost(b, all));
                if (everyBorough) {
                    sum(all, boroughs, false);
                }
                return;
            }
            // Clients are in one borough in the data as a rule; where one is not, the sum is a bound only.
            if (everyBorough && !sum(all, boroughs, true) && a != Aggregation.CLIENT_PROPERTY) {
                sum(all, boroughs, false);
                if (a == Aggregation.CLIENTS) {
                    boroughs.forEach(b -> atMost(b, all));
                }
            }
        }

        // --- building ---------------------------------------------------------------------------------------

        void build() {
            for (GroupResult g : raw.groups()) {
                if (g.level() == GroupLevel.PROJECT && g.borough() != null) {
                    boroughOf.put(g.key(), "borough:" + g.borough());
                }
            }
            earlier.boroughOf().forEach(boroughOf::putIfAbsent);
            boroughOf.forEach((p, b) -> projectsOf.computeIfAbsent(b, k -> new ArrayList<>()).add(p));

            Period period = raw.period();
            for (GroupResult g : raw.groups()) {
                for (Map.Entry<String, MetricValue> e : g.metrics().entrySet()) {
                    String pk = periodOf(e.getKey(), period);
                    figure(figureKey(pk, g.key(), e.getKey(), null), e.getKey(), e.getValue(),
                            contextKey(period, g.key(), null));
                }
            }
            for (Breakdown b : raw.breakdowns()) {
                String category = b.dimension() + "=" + b.category();
                figure(figureKey(periodOf(b.metricId(), period), b.groupKey(), b.metricId(), category),
                        b.metricId(), b.value(), contextKey(period, b.groupKey(), category));
            }
            for (TrendSeries s : raw.trends()) {
                for (TrendSeries.Point point : s.points()) {
                    figure(figureKey(periodOf(s.metricId(), point.period()), s.groupKey(), s.metricId(), null),
                            s.metricId(), point.value(), contextKey(point.period(), s.groupKey(), null));
                }
            }
            int ownVariables = keys.size();
            for (int v = 0; v < ownVariables; v++) {
                ownTruth.set(v);
            }
            ledgerCells();
            relationsFromCatalogue();
        }

        private final BitSet ownTruth = new BitSet();

        private static String contextKey(Period p, String group, String category) {
            return p.start() + ".." + p.end() + "|" + group + "|" + (category == null ? "" : category);
        }

        /** The earlier publication's figures: constants where shown, hidden cells where hidden. */
        private void ledgerCells() {
            earlier.shown().forEach((key, value) -> {
                Integer v = index.get(key);
                if (v == null) {
                    String figure = key.substring(0, key.lastIndexOf('|'));
                    Unit u = unit("ledger:" + figure, Kind.FIGURE);
                    v = variable(key, value, true, unitIndex(u));
                    u.vars.add(v);
                } else if (truth[v] != value) {
                    conflicts.add(describe(key) + " was published as " + value + " and is now " + truth[v]);
                }
                fixed.set(v);
            });
            for (String key : earlier.hidden()) {
                Integer v = index.get(key);
                if (v == null) {
                    String figure = key.substring(0, key.lastIndexOf('|'));
                    Unit u = unit("ledger:" + figure, Kind.FIGURE);
                    v = variable(key, 0, false, unitIndex(u));
                    u.vars.add(v);
                }
                units.get(unitOf[v]).forced = true;
            }
        }

        /** Every relation the catalogue declares, over every figure of the publication. */
        private void relationsFromCatalogue() {
            // Tables: metric|category|part|period → group → variable; quarters: group|metric|category|part → period.
            Map<String, Map<String, Integer>> tables = new LinkedHashMap<>();
            Map<String, Map<String, Integer>> categories = new LinkedHashMap<>();
            Map<String, TreeMap<String, Integer>> periods = new LinkedHashMap<>();
            for (int v = 0; v < keys.size(); v++) {
                String[] k = keys.get(v).split("\\|", -1); // period, group, metric, category, part
                String metric = k[2];
                String category = k[3];
                if (category.startsWith("type=")) {
                    category = "";
                    metric = metric + "#" + k[3];
                }
                tables.computeIfAbsent(metric + "|" + category + "|" + k[4] + "|" + k[0],
                        x -> new LinkedHashMap<>()).put(k[1], v);
                if (!category.isEmpty()) {
                    String dimension = category.substring(0, category.indexOf('='));
                    categories.computeIfAbsent(k[0] + "|" + k[1] + "|" + metric + "|" + dimension + "|" + k[4],
                            x -> new LinkedHashMap<>()).put(category, v);
                }
                periods.computeIfAbsent(k[1] + "|" + metric + "|" + category + "|" + k[4], x -> new TreeMap<>())
                        .put(k[0], v);
            }
            tables.forEach((table, byGroup) -> {
                String[] t = table.split("\\|", -1);
                String metric = metricOf(t[0].contains("#") ? t[0].substring(0, t[0].indexOf('#')) : t[0]);
                hierarchy(aggregation(metric, FigurePart.valueOf(t[2].toUpperCase(java.util.Locale.ROOT))),
                        byGroup);
            });
            categories.forEach((table, byCategory) -> {
                String[] t = table.split("\\|", -1);
                Aggregation a = aggregation(metricOf(t[2]), FigurePart.valueOf(t[4].toUpperCase(java.util.Locale.ROOT)));
                Integer total = index.get(t[0] + "|" + t[1] + "|" + t[2] + "||" + t[4]);
                if (total != null && a != Aggregation.SHARED && a != Aggregation.NONE) {
                    sum(total, new ArrayList<>(byCategory.values()), true);
                }
            });
            periods.forEach((series, byPeriod) -> quarters(series, byPeriod));
            identities();
            thresholdVariants();
        }

        private Aggregation aggregation(String metricId, FigurePart part) {
            MetricDefinition def = raw.definition(metricId);
            Relations r = def == null ? Relations.UNDECLARED : def.relations();
            return part == FigurePart.DENOMINATOR ? r.denominator() : r.numerator();
        }

        /** A period's figure against the figures of the whole quarters it is made of. */
        private void quarters(String series, TreeMap<String, Integer> byPeriod) {
            String metric = series.split("\\|", -1)[1];
            if (metric.contains("#")) {
                metric = metric.substring(0, metric.indexOf('#'));
            }
            MetricDefinition def = raw.definition(metricOf(metric));
            if (def == null || def.relations().quarters() == Relations.Quarters.NONE || byPeriod.size() < 2) {
                return;
            }
            for (Map.Entry<String, Integer> e : byPeriod.entrySet()) {
                LocalDate start = LocalDate.parse(e.getKey().substring(0, 10));
                LocalDate end = LocalDate.parse(e.getKey().substring(12));
                if (ChronoUnit.MONTHS.between(start, end.plusDays(1)) <= 3) {
                    continue;
                }
                List<Integer> parts = new ArrayList<>();
                LocalDate q = start;
                while (!q.isAfter(end)) {
                    LocalDate qEnd = q.plusMonths(3).minusDays(1);
                    Integer v = byPeriod.get(periodKey(q, qEnd));
                    if (v == null || qEnd.isAfter(end)) {
                        parts = null;
                        break;
                    }
                    parts.add(v);
                    q = qEnd.plusDays(1);
                }
                if (parts == null || parts.size() < 2) {
                    continue;
                }
                int total = e.getValue();
                if (def.relations().quarters() == Relations.Quarters.SUM) {
                    sum(total, parts, true);
                } else {
                    parts.forEach(p -> atMost(p, total));
                    sum(total, parts, false);
                }
            }
        }

        /**
         * Figures of the same pairs counted against different reliable-change thresholds (a quarter's report and a
         * year's): the same denominator, and the higher threshold's count never the larger, as every pair that
         * changed by at least the higher threshold changed by at least the lower.
         */
        private void thresholdVariants() {
            Map<String, TreeMap<Double, Integer>> variants = new TreeMap<>();
            for (int v = 0; v < keys.size(); v++) {
                String[] k = keys.get(v).split("\\|", -1);
                int at = k[2].indexOf(THRESHOLD);
                if (at < 0) {
                    continue;
                }
                double t = Double.parseDouble(k[2].substring(at + THRESHOLD.length()));
                variants.computeIfAbsent(k[0] + "|" + k[1] + "|" + k[2].substring(0, at) + "|" + k[3] + "|" + k[4],
                        x -> new TreeMap<>()).put(t, v);
            }
            variants.forEach((series, byThreshold) -> {
                boolean denominator = series.endsWith("|" + FigurePart.DENOMINATOR.code());
                Integer lower = null;
                for (int v : byThreshold.values()) {
                    if (lower != null) {
                        if (denominator) {
                            sum(v, List.of(lower), true);
                        } else {
                            atMost(v, lower);
                        }
                    }
                    lower = v;
                }
            });
        }

        /** The identities each metric declares with other metrics of the same group, period and category. */
        private void identities() {
            for (int v = 0; v < keys.size(); v++) {
                String[] k = keys.get(v).split("\\|", -1);
                if (k[3].startsWith("type=")) {
                    continue;
                }
                MetricDefinition def = raw.definition(metricOf(k[2]));
                if (def == null) {
                    continue;
                }
                FigurePart part = FigurePart.valueOf(k[4].toUpperCase(java.util.Locale.ROOT));
                for (Relations.Identity id : def.relations().identities()) {
                    if (id.part() != part) {
                        continue;
                    }
                    int[] vars = new int[id.terms().size() + 1];
                    int[] coefs = new int[vars.length];
                    vars[0] = v;
                    coefs[0] = 1;
                    boolean complete = true;
                    for (int i = 0; i < id.terms().size(); i++) {
                        Relations.Term t = id.terms().get(i);
                        String metric = t.metricId() == null ? k[2] : metricKeyBeside(t.metricId(), k[2]);
                        Integer other = index.get(k[0] + "|" + k[1] + "|" + metric + "|" + k[3] + "|"
                                + t.part().code());
                        if (other == null) {
                            if (id.op() == Relations.Identity.Op.EQUAL && id.terms().size() == 1) {
                                // Not published itself, it still makes every figure the same as it equal.
                                sameAsAbsent.computeIfAbsent(k[0] + "|" + k[1] + "|" + metric + "|" + k[3] + "|"
                                        + t.part().code() + "×" + t.sign(), x -> new ArrayList<>()).add(v);
                            }
                            complete = false;
                            break;
                        }
                        vars[i + 1] = other;
                        coefs[i + 1] = -t.sign();
                    }
                    if (complete) {
                        relation(vars, coefs, id.op() == Relations.Identity.Op.EQUAL);
                    }
                }
            }
            // Figures declared the same as one part that is not published are the same as each other: the pairs
            // that a score's reliable improvement and its reliable deterioration are both counted over.
            sameAsAbsent.values().forEach(same -> {
                for (int i = 1; i < same.size(); i++) {
                    sum(same.get(i), List.of(same.get(i - 1)), true);
                }
            });
        }

        /** Per part that is not published, the figures an identity declares equal to it. */
        private final Map<String, List<Integer>> sameAsAbsent = new TreeMap<>();

        // --- choosing the pattern -------------------------------------------------------------------------

        void solve() {
            build();
            int[] count = new int[keys.size()];
            for (int[] rv : relVars) {
                for (int v : rv) {
                    count[v]++;
                }
            }
            relationsOf = new int[keys.size()][];
            placesOf = new int[keys.size()][];
            for (int v = 0; v < count.length; v++) {
                relationsOf[v] = new int[count[v]];
                placesOf[v] = new int[count[v]];
                count[v] = 0;
            }
            for (int r = 0; r < relVars.size(); r++) {
                int[] rv = relVars.get(r);
                for (int i = 0; i < rv.length; i++) {
                    placesOf[rv[i]][count[rv[i]]] = i;
                    relationsOf[rv[i]][count[rv[i]]++] = r;
                }
            }
            relationsBySize = new int[keys.size()][];
            for (int v = 0; v < count.length; v++) {
                relationsBySize[v] = Arrays.stream(relationsOf[v]).boxed()
                        .sorted(java.util.Comparator.comparingInt(r -> relVars.get(r).length))
                        .mapToInt(Integer::intValue).toArray();
            }
            publishedByEarlierReports();
            BitSet constant = workedOutFromConstants();
            relationTruth = new long[relVars.size()]; // the true values are final from here on
            for (int r = 0; r < relVars.size(); r++) {
                int[] rv = relVars.get(r);
                int[] rc = relCoefs.get(r);
                for (int i = 0; i < rv.length; i++) {
                    relationTruth[r] += (long) rc[i] * truth[rv[i]];
                }
            }
            levels = new int[units.size()];
            for (int u = 0; u < units.size(); u++) {
                candidates.set(u, candidate(u, constant)); // fixed from here on: truth, what is known and published
                levels[u] = level(units.get(u).key);
            }
            everyValueKnown = known.cardinality() == keys.size();
            for (int u = 0; u < units.size(); u++) {
                Unit unit = units.get(u);
                if ((unit.primary || unit.forced) && !unit.zero(truth, known)) {
                    hidden.set(u);
                }
            }
            propagateStatistics();
            // First the cheap part, as a reader would start: a hidden figure that one relation pins (or bounds
            // too tightly) with everything else in it shown gets a partner hidden, until none is left. Hiding more
            // only widens a figure's bounds, so a round looks again only at the figures of units it extended or
            // hid (the same rounds, in the same order, as looking at every figure each time, without that cost at
            // national scale).
            BitSet look = new BitSet();
            look.set(0, keys.size());
            for (int round = 0; round <= units.size() && !look.isEmpty(); round++) {
                BitSet hiddenBefore = (BitSet) hidden.clone();
                BitSet extended = new BitSet();
                for (int v = look.nextSetBit(0); v >= 0; v = look.nextSetBit(v + 1)) {
                    if (!isHidden(v) || statisticOnly.get(unitOf[v]) || extended.get(unitOf[v])) {
                        continue;
                    }
                    if (tooNarrowAlone(v)) {
                        extended.set(unitOf[v]);
                        if (extend(new int[] {v}, v)) {
                            units.get(lastHidden).vars.forEach(look::set); // those further on: this round
                        }
                    }
                }
                propagateStatistics();
                BitSet changed = (BitSet) hidden.clone();
                changed.andNot(hiddenBefore);
                if (changed.isEmpty()) {
                    break;
                }
                changed.or(extended);
                look = new BitSet();
                for (int u = changed.nextSetBit(0); u >= 0; u = changed.nextSetBit(u + 1)) {
                    units.get(u).vars.forEach(look::set);
                }
            }
            // Each round hides at least one more unit per failing component, so this ends.
            for (int round = 0; round <= units.size(); round++) {
                Map<int[], List<Failure>> failing = failingComponents();
                if (failing.isEmpty()) {
                    break;
                }
                boolean progress = false;
                for (Map.Entry<int[], List<Failure>> f : failing.entrySet()) {
                    BitSet extended = new BitSet();
                    int[][] around = new int[1][];
                    for (Failure failure : f.getValue()) {
                        int v = failure.variable();
                        if (failure.pinned() && revealable(v)) {
                            reveal(v);
                            progress = true;
                        } else if (!extended.get(unitOf[v])) {
                            extended.set(unitOf[v]);
                            // Pinned by one equality: only hiding a figure in it, or no longer showing a
                            // denominator in it, unpins the value.
                            int r = failure.relation();
                            progress |= (r >= 0 && (extendIn(r) || unreveal(r, v)))
                                    || extend(f.getKey(), v, around) || (r < 0 && unreveal(r, v));
                        }
                    }
                }
                propagateStatistics();
                if (!progress) {
                    break; // nothing left to hide near a failing figure: the audit reports it
                }
            }
            withdrawNeedlessPartners();
        }

        /** How many figures hidden to protect others {@link #withdrawNeedlessPartners} tries to show again. */
        private static final int WITHDRAWALS = 400;

        /**
         * How many hidden figures {@link #withdrawNeedlessPartners} audits again at most, over all its tries: a
         * bound on its cost that is the same on every run. On the sample, the borough comparison (its equality
         * breakdowns) shows 15 figures again within it, for 0.8 s; 40,000 would show 46, for 3.3 s.
         */
        private static final long WITHDRAWAL_WORK = 10_000;

        /** Hidden figures audited again so far by {@link #withdrawNeedlessPartners}. */
        private long withdrawalWork;

        /**
         * Shows again each figure hidden only to protect others that the finished pattern no longer needs, the
         * costliest first (all projects' before a borough's before a project's, then the larger value), at most
         * {@link #WITHDRAWALS} of them and within {@link #WITHDRAWAL_WORK}: the greedy choice hides a partner for
         * one failing figure at a time, and a partner chosen early (a headline total) is often made needless by
         * partners chosen later for its neighbours. A figure is shown again only when every hidden figure its
         * relations reach still passes the audit without it; a reach of more than {@link #whole} hidden figures is
         * not tried. Nothing is tried while a figure still fails: the run is refused anyway.
         */
        private void withdrawNeedlessPartners() {
            if (!failingComponents().isEmpty()) {
                return;
            }
            List<Integer> order = new ArrayList<>();
            for (int u = hidden.nextSetBit(0); u >= 0; u = hidden.nextSetBit(u + 1)) {
                Unit unit = units.get(u);
                if (!unit.primary && !unit.forced && !statisticOnly.get(u) && !unit.key.startsWith("ledger:")) {
                    order.add(u);
                }
            }
            order.sort((a, b) -> a.equals(b) ? 0 : cheaper(a, b) ? 1 : -1);
            // Showing a figure narrows ranges found wide before: nothing proven so far is trusted from here on.
            remember = false;
            for (int u : order.subList(0, Math.min(order.size(), WITHDRAWALS))) {
                if (withdrawalWork >= WITHDRAWAL_WORK) {
                    break;
                }
                BitSet hiddenBefore = (BitSet) hidden.clone();
                BitSet statisticsBefore = (BitSet) statisticOnly.clone();
                hidden.clear(u);
                hidden.andNot(statisticOnly);
                statisticOnly.clear();
                propagateStatistics();
                BitSet changed = (BitSet) hiddenBefore.clone();
                changed.xor(hidden);
                if (!stillProtected(changed)) {
                    hidden.clear();
                    hidden.or(hiddenBefore);
                    statisticOnly.clear();
                    statisticOnly.or(statisticsBefore);
                }
            }
        }

        /**
         * True when every hidden figure that shares a relation with a part of the {@code shown} units passes the
         * audit, with every component it is in no larger than {@link #whole} hidden figures.
         */
        private boolean stillProtected(BitSet shown) {
            BitSet reach = new BitSet();
            for (int u = shown.nextSetBit(0); u >= 0; u = shown.nextSetBit(u + 1)) {
                for (int v : units.get(u).vars) {
                    for (int r : relationsOf[v]) {
                        for (int w : relVars.get(r)) {
                            if (isHidden(w)) {
                                reach.set(w);
                            }
                        }
                    }
                }
            }
            BitSet seen = new BitSet();
            for (int v = reach.nextSetBit(0); v >= 0; v = reach.nextSetBit(v + 1)) {
                if (seen.get(v)) {
                    continue;
                }
                int[] component = componentOf(v, seen);
                if (component != null) {
                    withdrawalWork += component.length;
                }
                if (component == null || !audit(component, 1).isEmpty()) {
                    return false;
                }
            }
            return true;
        }

        /**
         * The hidden figures joined to hidden {@code v} by relations, in order, each marked in {@code seen}; or
         * {@code null} when they are more than {@link #whole}.
         */
        private int[] componentOf(int v, BitSet seen) {
            BitSet in = new BitSet();
            java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>();
            in.set(v);
            queue.add(v);
            int size = 1;
            while (!queue.isEmpty()) {
                int x = queue.poll();
                for (int r : relationsOf[x]) {
                    for (int w : relVars.get(r)) {
                        if (!in.get(w) && isHidden(w)) {
                            if (++size > whole) {
                                return null;
                            }
                            in.set(w);
                            queue.add(w);
                        }
                    }
                }
            }
            seen.or(in);
            return in.stream().toArray();
        }

        /**
         * Marks as published every part of this run that an equality ties to figures earlier reports showed and
         * nothing else, until none is left: a reader of those reports already has its value (a year's report
         * counting a trend quarter's pairs that the quarter's report showed, against another reliable-change
         * threshold), so it is a value of the publication, not one this run can withhold. Where its figure is hidden
         * for another part, that part is protected as before; this part is not counted as hidden.
         */
        private void publishedByEarlierReports() {
            if (fixed.isEmpty()) {
                return;
            }
            boolean changed = true;
            while (changed) {
                changed = false;
                for (int r = relEqual.nextSetBit(0); r >= 0; r = relEqual.nextSetBit(r + 1)) {
                    int open = onlyOneOutside(r, fixed);
                    if (open >= 0 && !known.get(open)) {
                        // An earlier report's hidden part, its value given by the figures it showed.
                        long constant = 0;
                        int coef = 0;
                        int[] rv = relVars.get(r);
                        for (int i = 0; i < rv.length; i++) {
                            if (rv[i] == open) {
                                coef = relCoefs.get(r)[i];
                            } else {
                                constant += (long) relCoefs.get(r)[i] * truth[rv[i]];
                            }
                        }
                        truth[open] = -constant / coef;
                        known.set(open);
                    }
                    if (open >= 0) {
                        fixed.set(open);
                        changed = true;
                    }
                }
            }
        }

        /**
         * Per unit, the units hidden with it (the statistics of its figure, and an at-start count beside its
         * figure), worked out once the units are all built: the search calls {@link #propagateStatistics} hundreds
         * of times.
         */
        private int[][] statisticsOf;

        private int[][] statisticsOf() {
            if (statisticsOf != null && statisticsOf.length == units.size()) {
                return statisticsOf;
            }
            List<List<Integer>> of = new ArrayList<>();
            for (int u = 0; u < units.size(); u++) {
                of.add(new ArrayList<>(0));
            }
            for (int u = 0; u < units.size(); u++) {
                Unit unit = units.get(u);
                if (unit.kind == Kind.AT_START) {
                    // The reports show an at-start count only beside its figure: hidden with it, so that no
                    // file (the ledger included) holds a number the reports withhold.
                    Integer figure = unitByKey.get(unit.key.substring(0, unit.key.length() - "|at_start".length()));
                    if (figure != null) {
                        of.get(figure).add(u);
                    }
                }
                if (unit.statisticOf.isEmpty()) {
                    continue;
                }
                String[] c = unit.key.split("\\|", -1);
                for (Relations.Term t : unit.statisticOf) {
                    Integer v = index.get(c[0] + "|" + c[1] + "|" + metricKeyBeside(t.metricId(), c[2]) + "|" + c[3]
                            + "|" + t.part().code());
                    if (v != null) {
                        of.get(unitOf[v]).add(u);
                    }
                }
            }
            statisticsOf = new int[units.size()][];
            for (int u = 0; u < units.size(); u++) {
                statisticsOf[u] = of.get(u).stream().mapToInt(Integer::intValue).toArray();
            }
            return statisticsOf;
        }

        /** Hides every figure that is a statistic of a hidden one (and of those, and so on). */
        private void propagateStatistics() {
            int[][] of = statisticsOf();
            int[] stack = new int[units.size()];
            int top = 0;
            for (int u = hidden.nextSetBit(0); u >= 0; u = hidden.nextSetBit(u + 1)) {
                stack[top++] = u;
            }
            while (top > 0) {
                for (int w : of[stack[--top]]) {
                    if (!hidden.get(w)) {
                        hidden.set(w);
                        statisticOnly.set(w);
                        stack[top++] = w;
                    }
                }
            }
        }

        /** Per failing component of hidden variables (joined by relations): some of its failing variables. */
        private Map<int[], List<Failure>> failingComponents() {
            Map<int[], List<Failure>> failing = new LinkedHashMap<>();
            List<int[]> open = components().stream().filter(c -> !passed.contains(new ComponentKey(c))).toList();
            List<List<Failure>> audits = auditEach(open, FAILURES_PER_ROUND);
            for (int i = 0; i < open.size(); i++) {
                if (audits.get(i).isEmpty()) {
                    passed.add(new ComponentKey(open.get(i)));
                } else {
                    failing.put(open.get(i), audits.get(i));
                }
            }
            return failing;
        }

        /**
         * {@link #audit} of every component, listed in their order. Components share no hidden figure, so they are
         * audited on every processor at once, each by one thread, the largest first and each thread taking the next
         * as it finishes: a parallel stream splits the list into a few runs of neighbours, and the run holding the
         * few components of thousands of figures then kept one processor busy while the other waited (national
         * {@code --each borough}: each of the two audits about 65 s on one processor).
         */
        private List<List<Failure>> auditEach(List<int[]> components, int limit) {
            int n = components.size();
            Integer[] largestFirst = new Integer[n];
            for (int i = 0; i < n; i++) {
                largestFirst[i] = i;
            }
            Arrays.sort(largestFirst, (a, b) -> Integer.compare(components.get(b).length, components.get(a).length));
            List<List<Failure>> audits = new ArrayList<>(java.util.Collections.nCopies(n, null));
            java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
            Runnable worker = () -> {
                for (int k = next.getAndIncrement(); k < n; k = next.getAndIncrement()) {
                    int i = largestFirst[k];
                    List<Failure> found = audit(components.get(i), limit);
                    synchronized (audits) {
                        audits.set(i, found);
                    }
                }
            };
            int helpers = Math.min(n, Runtime.getRuntime().availableProcessors()) - 1;
            List<java.util.concurrent.ForkJoinTask<?>> running = new ArrayList<>();
            for (int h = 0; h < helpers; h++) {
                running.add(java.util.concurrent.ForkJoinPool.commonPool().submit(worker));
            }
            worker.run();
            running.forEach(java.util.concurrent.ForkJoinTask::join);
            synchronized (audits) {
                return List.copyOf(audits);
            }
        }

        private List<int[]> components() {
            int n = keys.size();
            int[] root = new int[n];
            for (int v = 0; v < n; v++) {
                root[v] = v;
            }
            for (int r = 0; r < relVars.size(); r++) {
                int first = -1;
                for (int v : relVars.get(r)) {
                    if (isHidden(v)) {
                        if (first < 0) {
                            first = v;
                        } else {
                            union(root, first, v);
                        }
                    }
                }
            }
            Map<Integer, List<Integer>> byRoot = new LinkedHashMap<>();
            for (int v = 0; v < n; v++) {
                if (isHidden(v)) {
                    byRoot.computeIfAbsent(find(root, v), k -> new ArrayList<>()).add(v);
                }
            }
            List<int[]> out = new ArrayList<>();
            for (List<Integer> c : byRoot.values()) {
                out.add(c.stream().mapToInt(Integer::intValue).toArray());
            }
            return out;
        }

        private boolean isHidden(int v) {
            return hidden.get(unitOf[v]) && !fixed.get(v) && !revealed.get(v);
        }

        /**
         * Denominators of hidden proportions that are shown after all (by variable): the published figures give
         * each one exactly, and it is not a small number, so a {@code *} over it would protect nothing (metrics.md,
         * the protection rule). Showing a value the reader can already work out tells them nothing new, so every
         * other hidden figure's range stays what it was.
         */
        private final BitSet revealed = new BitSet();

        /**
         * True when {@code v}, which what is published gives exactly, is shown rather than protected by hiding
         * more: a value of this run, not a small number, not hidden by an earlier report, and either the
         * denominator of a hidden proportion or the last hidden part of a figure hidden only to protect others
         * (then the whole figure is shown: every part of it is known to the reader).
         */
        private boolean revealable(int v) {
            int u = unitOf[v];
            Unit unit = units.get(u);
            if (neverReveal.get(v) || !ownTruth.get(v) || !known.get(v) || truth[v] < threshold
                    || unit.key.startsWith("ledger:")
                    || earlier.hidden().contains(keys.get(v)) || (unit.kind != Kind.FIGURE && unit.kind != Kind.PART)) {
                return false;
            }
            if (denominatorOf(u) == v) {
                return true;
            }
            if (unit.primary || unit.forced || statisticOnly.get(u)) {
                return false;
            }
            for (int w : unit.vars) {
                if (w != v && isHidden(w)) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Shows {@code v} ({@link #revealable}): a denominator beside its hidden figure, or the whole figure. Each
         * is shown so at most once: should it be hidden again to protect another figure, it stays hidden.
         */
        private void reveal(int v) {
            int u = unitOf[v];
            Unit unit = units.get(u);
            if (denominatorOf(u) == v && isHidden(unit.vars.get(0))) {
                revealed.set(v);
            } else {
                hidden.clear(u);
                unit.vars.forEach(revealed::clear);
                unit.vars.forEach(neverReveal::set);
            }
        }

        /** The denominator of unit {@code u} when it is a proportion's figure, else −1. */
        private int denominatorOf(int u) {
            Unit unit = units.get(u);
            return unit.kind == Kind.FIGURE && unit.vars.size() == 2 ? unit.vars.get(1) : -1;
        }

        /** Figures shown once by {@link #reveal} (or hidden again after): never shown so again. */
        private final BitSet neverReveal = new BitSet();

        /**
         * Hides again the denominators shown in relation {@code r} (or, for {@code r} < 0, in the relations of
         * {@code v}'s figure): when nothing else can be hidden to protect {@code v}, the pattern goes back to
         * protecting them. Returns whether any was.
         */
        private boolean unreveal(int r, int v) {
            boolean any = false;
            int[] rs = r >= 0 ? new int[] {r} : units.get(unitOf[v]).vars.stream()
                    .flatMapToInt(w -> Arrays.stream(relationsOf[w])).toArray();
            for (int q : rs) {
                for (int w : relVars.get(q)) {
                    if (revealed.get(w)) {
                        revealed.clear(w);
                        neverReveal.set(w);
                        any = true;
                    }
                }
            }
            return any;
        }


        private static int find(int[] root, int v) {
            while (root[v] != v) {
                root[v] = root[root[v]];
                v = root[v];
            }
            return v;
        }

        private static void union(int[] root, int a, int b) {
            int x = find(root, a);
            int y = find(root, b);
            if (x != y) {
                root[Math.max(x, y)] = Math.min(x, y);
            }
        }

        /**
         * Hides the cheapest shown unit sharing a relation with the failing component of {@code variable}: first
         * among the relations of the component's failing figures, then of the whole component.
         */
        private boolean extend(int[] component, int variable) {
            return extend(component, variable, null);
        }

        /**
         * As {@link #extend(int[], int)}, with the whole component's candidates, cheapest first, computed once for
         * the component's failures of a round ({@code around}, filled on first use).
         */
        private boolean extend(int[] component, int variable, int[][] around) {
            int best = -1;
            if (component.length == 1) {
                best = cheapestBeside(component);
            } else {
                List<Integer> own = new ArrayList<>(2);
                for (int w : units.get(unitOf[variable]).vars) {
                    if (Arrays.binarySearch(component, w) >= 0) {
                        own.add(w);
                    }
                }
                best = cheapestBeside(own.stream().mapToInt(Integer::intValue).toArray());
                if (best < 0) {
                    if (around == null) {
                        around = new int[1][];
                    }
                    if (around[0] == null) {
                        around[0] = candidatesBeside(component);
                    }
                    for (int u : around[0]) {
                        if (!hidden.get(u)) {
                            best = u;
                            break;
                        }
                    }
                }
            }
            if (best < 0) {
                return false;
            }
            hidden.set(best);
            lastHidden = best;
            return true;
        }

        /** Hides the cheapest shown candidate unit of relation {@code r}; false when it has none. */
        private boolean extendIn(int r) {
            int best = -1;
            for (int w : relVars.get(r)) {
                int u = unitOf[w];
                if (!hidden.get(u) && !fixed.get(w) && candidates.get(u) && (best < 0 || cheaper(u, best))) {
                    best = u;
                }
            }
            if (best < 0) {
                return false;
            }
            hidden.set(best);
            lastHidden = best;
            return true;
        }

        /** The cheapest shown unit that is a candidate in a relation of {@code vars}, or −1. */
        private int cheapestBeside(int[] vars) {
            int best = -1;
            for (int v : vars) {
                for (int r : relationsOf[v]) {
                    for (int w : relVars.get(r)) {
                        int u = unitOf[w];
                        if (hidden.get(u) || fixed.get(w) || !candidates.get(u)) {
                            continue;
                        }
                        if (best < 0 || cheaper(u, best)) {
                            best = u;
                        }
                    }
                }
            }
            return best;
        }

        /** Every shown candidate unit in a relation of {@code vars}, cheapest first. */
        private int[] candidatesBeside(int[] vars) {
            BitSet seen = new BitSet();
            for (int v : vars) {
                for (int r : relationsOf[v]) {
                    for (int w : relVars.get(r)) {
                        int u = unitOf[w];
                        if (!hidden.get(u) && !fixed.get(w) && candidates.get(u)) {
                            seen.set(u);
                        }
                    }
                }
            }
            return seen.stream().boxed().sorted((x, y) -> x.equals(y) ? 0 : cheaper(x, y) ? -1 : 1)
                    .mapToInt(Integer::intValue).toArray();
        }

        /** True when this run knows every figure's true value (no earlier report hid one it does not have). */
        private boolean everyValueKnown;

        /** Units that hiding would withhold something from ({@link #candidate}). */
        private final BitSet candidates = new BitSet();

        /** The unit {@link #extend} hid last. */
        private int lastHidden = -1;

        private boolean candidate(int u, BitSet constant) {
            Unit unit = units.get(u);
            if (unit.zero(truth, known)) {
                return false; // zero is shown: it identifies nobody
            }
            for (int v : unit.vars) {
                if (!constant.get(v)) {
                    return true;
                }
            }
            // Every part already published, or given by an equality from published parts and zeros (a breakdown
            // whose one non-empty category is the total an earlier report showed): hiding it would withhold nothing.
            return false;
        }

        /**
         * The variables a reader has whatever this run hides: those earlier reports published, those of the zero
         * figures every report shows ({@link Unit#zero}), and, until none is left, every variable an equality ties
         * to those alone.
         */
        private BitSet workedOutFromConstants() {
            BitSet constant = (BitSet) fixed.clone();
            if (constant.isEmpty()) {
                return constant; // a run on its own: nothing is constant but zeros, which are never candidates
            }
            for (Unit unit : units) {
                if (unit.kind != Kind.AT_START && unit.statisticOf.isEmpty() && unit.zero(truth, known)) {
                    unit.vars.forEach(constant::set);
                }
            }
            boolean changed = true;
            while (changed) {
                changed = false;
                for (int r = relEqual.nextSetBit(0); r >= 0; r = relEqual.nextSetBit(r + 1)) {
                    int open = onlyOneOutside(r, constant);
                    if (open >= 0) {
                        constant.set(open);
                        changed = true;
                    }
                }
            }
            return constant;
        }

        /** The one variable of relation {@code r} not in {@code closed}; −1 when there is none or more than one. */
        private int onlyOneOutside(int r, BitSet closed) {
            int open = -1;
            for (int v : relVars.get(r)) {
                if (!closed.get(v)) {
                    if (open >= 0) {
                        return -1;
                    }
                    open = v;
                }
            }
            return open;
        }

        /** Per unit, how high its group stands: 0 a project, 1 a borough, 2 all projects. */
        private int[] levels;

        private static int level(String key) {
            String group = key.split("\\|", 3)[1];
            return group.equals("all") ? 2 : group.startsWith("borough:") ? 1 : 0;
        }

        /**
         * True when hiding unit {@code a} loses less than hiding {@code b}: a figure of a lower group first (a project's
         * before a borough's, a borough's before the figure of all projects, the headline), then the smaller value.
         */
        private boolean cheaper(int a, int b) {
            if (levels[a] != levels[b]) {
                return levels[a] < levels[b];
            }
            long x = units.get(a).cost;
            long y = units.get(b).cost;
            return x < y || (x == y && a < b);
        }

        // --- the audit --------------------------------------------------------------------------------------

        /**
         * True when relations in which {@code v} is the only hidden figure narrow it below the threshold on their
         * own: an equality pins it, or bounds from inequalities leave less than the threshold. A value they pin at
         * 0 is not too narrow: it identifies nobody.
         */
        private boolean tooNarrowAlone(int v) {
            double low = 0;
            double high = Double.POSITIVE_INFINITY;
            for (int r : relationsOf[v]) {
                int[] rv = relVars.get(r);
                int[] rc = relCoefs.get(r);
                int coef = 0;
                long constant = 0;
                boolean alone = true;
                for (int i = 0; i < rv.length; i++) {
                    if (rv[i] == v) {
                        coef = rc[i];
                    } else if (isHidden(rv[i])) {
                        alone = false;
                        break;
                    } else {
                        constant += (long) rc[i] * truth[rv[i]];
                    }
                }
                if (!alone || coef == 0) {
                    continue;
                }
                double bound = -(double) constant / coef; // coef × v + constant (= or ≤) 0
                if (relEqual.get(r)) {
                    low = Math.max(low, bound);
                    high = Math.min(high, bound);
                } else if (coef > 0) {
                    high = Math.min(high, bound);
                } else {
                    low = Math.max(low, bound);
                }
            }
            return high - low < threshold - 1e-6 && !(Math.abs(high) < 1e-6 && Math.abs(low) < 1e-6);
        }

        /** Components that passed the audit as they are: unchanged, they pass again. */
        private final Set<ComponentKey> passed = new java.util.HashSet<>();

        /** How many failures of one component the choice of the pattern acts on per round. */
        private static final int FAILURES_PER_ROUND = 16;

        /**
         * A hidden variable whose range is too narrow, in words; {@code pinned} when what is published gives its
         * value exactly (one equality, or the program over its whole component), not only within a neighbourhood.
         */
        private record Failure(int variable, String description, boolean pinned, int relation) {
        }

        /**
         * The hidden variables of a component whose range is too narrow, at most {@code limit}: first those a
         * single equality pins (every other figure in it shown), then, by linear programming, every other.
         */
        private List<Failure> audit(int[] component, int limit) {
            List<Failure> failures = new ArrayList<>();
            BitSet pinnedChecked = new BitSet();
            for (int v : component) {
                if (statisticOnly.get(unitOf[v])) {
                    continue;
                }
                for (int r : relationsOf[v]) {
                    if (!relEqual.get(r)) {
                        continue;
                    }
                    int hiddenCount = 0;
                    long constant = 0;
                    int coef = 0;
                    int[] rv = relVars.get(r);
                    for (int i = 0; i < rv.length; i++) {
                        if (isHidden(rv[i])) {
                            hiddenCount++;
                            coef = rv[i] == v ? relCoefs.get(r)[i] : coef;
                        } else {
                            constant += (long) relCoefs.get(r)[i] * truth[rv[i]];
                        }
                    }
                    if (hiddenCount == 1) {
                        long value = -constant / coef;
                        pinnedChecked.set(v);
                        if (value != 0) {
                            failures.add(new Failure(v, describe(keys.get(v)) + " is " + value + " by subtraction",
                                    true, r));
                        } else {
                            zero();
                        }
                        break;
                    }
                }
                if (failures.size() >= limit) {
                    return failures;
                }
            }
            if (!failures.isEmpty()) {
                return failures;
            }
            Map<Integer, List<Integer>> byUnit = new LinkedHashMap<>();
            for (int v : component) {
                byUnit.computeIfAbsent(unitOf[v], k -> new ArrayList<>()).add(v);
            }
            List<int[][]> targets = new ArrayList<>(); // {vars, coefs, {reported}}
            for (Map.Entry<Integer, List<Integer>> e : byUnit.entrySet()) {
                if (statisticOnly.get(e.getKey())) {
                    continue;
                }
                List<Integer> vars = e.getValue();
                for (int v : vars) {
                    if (!pinnedChecked.get(v)) {
                        targets.add(new int[][] {{v}, {1}, {v}});
                    }
                }
                Unit unit = units.get(e.getKey());
                if (unit.kind == Kind.FIGURE && unit.vars.size() == 2 && vars.size() == 2) {
                    // d − n: those without the outcome
                    targets.add(new int[][] {{unit.vars.get(1), unit.vars.get(0)}, {1, -1}, {unit.vars.get(0)}});
                }
            }
            if (remember) {
                targets.removeIf(t -> proven.contains(new TargetKey(t[0], t[1])));
            }
            if (component.length <= whole) {
                try (Ranges ranges = new Ranges(component)) {
                    ranges.spread(targets);
                    for (int[][] t : targets) {
                        check(ranges, t[0], t[1], t[2][0], true, failures);
                        if (failures.size() >= limit) {
                            break;
                        }
                    }
                }
                return failures;
            }
            return confirmWhole(component, targets, limit);
        }

        /**
         * The audit of a component of more than {@link #whole} hidden figures: the neighbourhoods first (cheap, and
         * a range they find wide enough is wide enough), then every target they find too narrow once more in one
         * program over the whole component, which is what a reader can solve: a neighbourhood holds the hidden
         * figures outside it at their true values, so a figure it pins may be free in truth. Only a figure the whole
         * component finds too narrow fails, and one it pins is pinned for the reader.
         */
        private List<Failure> confirmWhole(int[] component, List<int[][]> targets, int limit) {
            List<Failure> real = new ArrayList<>();
            BitSet covered = new BitSet();
            List<int[][]> narrow = new ArrayList<>();
            Map<Integer, List<Integer>> byReported = new HashMap<>(); // target indices by their reported figure
            for (int i = 0; i < targets.size(); i++) {
                byReported.computeIfAbsent(targets.get(i)[2][0], k -> new ArrayList<>()).add(i);
            }
            int[][] hiddenIn = new int[relVars.size()][]; // each relation's hidden figures, listed on first use
            try (Ranges entire = new Ranges(component, WHOLE_WITNESSES)) {
                int from = 0;
                while (from >= 0 && real.size() < limit) {
                    narrow.clear();
                    from = auditLocally(component, targets, byReported, covered, from, LOCAL_BATCH, narrow,
                            hiddenIn);
                    if (narrow.isEmpty()) {
                        continue;
                    }
                    entire.spread(narrow);
                    for (int[][] t : narrow) {
                        Failure f = assess(entire, t[0], t[1], t[2][0], true);
                        if (f != null) {
                            real.add(f);
                            if (real.size() >= limit) {
                                break;
                            }
                        }
                    }
                }
            }
            return real;
        }

        /** How many targets too narrow in their neighbourhoods are confirmed over the whole component at a time. */
        private static final int LOCAL_BATCH = 64;

        /** The feasible values kept by the program over a whole large component (each as long as the component). */
        private static final int WHOLE_WITNESSES = 64;

        /**
         * Components of up to this many hidden figures are audited whole, in one program per range, and a larger
         * one neighbourhood by neighbourhood first ({@link Limits#whole()}).
         */
        private final int whole;

        /** A larger component's programs are solved over this many hidden figures around a figure at first. */
        private final int neighbourhoodSize;

        /**
         * The first pass of the audit of a large component, one neighbourhood at a time, from the component's
         * {@code from}th figure: adds to {@code narrow} each target the program centred on its figure, over its
         * nearest hidden figures, finds too narrow, and returns where to go on once {@code batch} are found (−1 at
         * the end). A neighbourhood's program keeps every hidden figure outside it at its true value: its feasible
         * values are feasible values of the whole component, so a range it finds wide enough is at least that wide
         * in truth, and most figures need no program over the whole component. {@code covered} marks the targets
         * done; {@code byReported} lists the targets by the figure each one reports; {@code hiddenIn} is the
         * {@link #neighbourhood}s' list of each relation's hidden figures.
         */
        private int auditLocally(int[] component, List<int[][]> targets, Map<Integer, List<Integer>> byReported,
                                 BitSet covered, int from, int batch, List<int[][]> narrow, int[][] hiddenIn) {
            for (int at = from; at < component.length; at++) {
                int seed = component[at];
                List<Integer> own = byReported.get(seed);
                if (own == null || own.stream().allMatch(covered::get)) {
                    continue;
                }
                int[] near = neighbourhood(seed, neighbourhoodSize, hiddenIn);
                BitSet inNear = new BitSet();
                for (int v : near) {
                    inNear.set(v);
                }
                List<Integer> local = new ArrayList<>();
                for (int v : near) {
                    for (int i : byReported.getOrDefault(v, List.of())) {
                        if (!covered.get(i) && within(targets.get(i), inNear)) {
                            local.add(i);
                        }
                    }
                }
                Map<Integer, Ranges> wider = new HashMap<>(); // by size, for the seed's figures that are too narrow
                try (Ranges ranges = new Ranges(near)) {
                    ranges.spread(local.stream().map(targets::get).toList());
                    for (int i : local) {
                        int[][] t = targets.get(i);
                        boolean mine = t[2][0] == seed;
                        if (mine || ranges.spreadOf(t[0], t[1]) >= threshold - 1e-6) {
                            Failure f = assess(ranges, t[0], t[1], t[2][0], false);
                            // Too narrow with the figures around it held: free more of them before calling it so.
                            for (int size = neighbourhoodSize * 4; f != null && size <= whole;
                                 size *= 4) {
                                f = assess(wider.computeIfAbsent(size,
                                                n -> new Ranges(neighbourhood(seed, n, hiddenIn))),
                                        t[0], t[1], t[2][0], false);
                            }
                            if (f != null) {
                                narrow.add(t);
                            }
                            covered.set(i);
                        }
                    }
                } finally {
                    wider.values().forEach(Ranges::close);
                }
                if (narrow.size() >= batch) {
                    return at + 1;
                }
            }
            return -1;
        }

        private static boolean within(int[][] target, BitSet set) {
            for (int v : target[0]) {
                if (!set.get(v)) {
                    return false;
                }
            }
            return true;
        }

        /**
         * The hidden figures nearest {@code seed}, at most about {@link #neighbourhoodSize}: breadth first through the
         * relations, the relations with fewest hidden figures first, every figure's unit whole; a hidden figure
         * whose true value this run does not know (hidden by an earlier report) always joins, as it has no true
         * value to be held at. {@code hiddenIn} keeps each relation's hidden figures once listed, for the
         * neighbourhoods of one audit of one pattern (a relation over every project holds thousands of figures).
         */
        private int[] neighbourhood(int seed, int size, int[][] hiddenIn) {
            BitSet in = new BitSet();
            List<Integer> order = new ArrayList<>();
            java.util.function.IntConsumer join = v -> {
                if (!in.get(v)) {
                    in.set(v);
                    order.add(v);
                }
            };
            for (int w : units.get(unitOf[seed]).vars) {
                if (isHidden(w)) {
                    join.accept(w);
                }
            }
            join.accept(seed);
            for (int head = 0; head < order.size(); head++) { // breadth first: the list is the queue
                if (order.size() >= size && everyValueKnown) {
                    break; // only figures without a true value join beyond the size, and there are none
                }
                int v = order.get(head);
                for (int r : relationsBySize[v]) {
                    if (hiddenIn[r] == null) {
                        hiddenIn[r] = Arrays.stream(relVars.get(r)).filter(this::isHidden).toArray();
                    }
                    for (int w : hiddenIn[r]) {
                        if (in.get(w)) {
                            continue;
                        }
                        if (order.size() >= size && known.get(w)) {
                            continue;
                        }
                        join.accept(w);
                        for (int m : units.get(unitOf[w]).vars) {
                            if (isHidden(m)) {
                                join.accept(m);
                            }
                        }
                    }
                }
            }
            return order.stream().mapToInt(Integer::intValue).toArray();
        }

        private void check(Ranges ranges, int[] vars, int[] coefs, int reported, boolean whole,
                           List<Failure> failures) {
            Failure f = assess(ranges, vars, coefs, reported, whole);
            if (f != null) {
                failures.add(f);
            }
        }

        /**
         * While the pattern is chosen, the combinations already found wide enough: hiding more only widens every
         * range (a figure hidden is one more unknown), so they stay wide and are not solved again. The final
         * audit starts afresh.
         */
        private final Set<TargetKey> proven = java.util.concurrent.ConcurrentHashMap.newKeySet();

        /** True while the pattern is chosen; false for the final audit, which trusts nothing found before. */
        private volatile boolean remember = true;

        /** A combination of hidden figures, compared by content. */
        private record TargetKey(int[] vars, int[] coefs) {
            @Override
            public boolean equals(Object o) {
                return o instanceof TargetKey k && Arrays.equals(vars, k.vars) && Arrays.equals(coefs, k.coefs);
            }

            @Override
            public int hashCode() {
                return 31 * Arrays.hashCode(vars) + Arrays.hashCode(coefs);
            }
        }

        /**
         * Why the range of Σ coefs × vars is too narrow, or {@code null} when it is wide enough (or is 0); {@code whole}
         * when {@code ranges} is over the whole component, so that a range of one value is the reader's too.
         */
        private Failure assess(Ranges ranges, int[] vars, int[] coefs, int reported, boolean whole) {
            double[] range = ranges.range(vars, coefs);
            if (range == null) {
                return new Failure(reported, describe(keys.get(reported)) + ": no value fits what is published",
                        false, -1);
            }
            double width = range[1] - range[0];
            if (width >= threshold - 1e-6) {
                long w = Double.isInfinite(width) ? Long.MAX_VALUE : Math.round(width);
                narrowest(w);
                if (remember) {
                    proven.add(new TargetKey(vars, coefs));
                }
                return null;
            }
            if (Math.abs(range[0]) < 1e-6 && Math.abs(range[1]) < 1e-6) {
                zero();
                return null; // a reader can tell it is 0, which identifies nobody
            }
            boolean pinned = whole && vars.length == 1 && range[1] - range[0] < 1e-6;
            return new Failure(reported, describe(keys.get(reported)) + " lies between "
                    + Math.round(range[0]) + " and " + Math.round(range[1]), pinned, -1);
        }

        /** The smallest and largest value of a combination of hidden variables, by linear programming. */
        private final class Ranges implements AutoCloseable {
            private final int[] component;
            private final int[] sorted; // the component's variables in order, and each one's place in it
            private final int[] place;
            private final List<Integer> relations = new ArrayList<>();

            /**
             * Feasible values of the component found so far (the true figures, and each optimum): where they already
             * spread a combination over the threshold, its range is at least that wide and no program is solved.
             */
            private final List<double[]> witnesses = new ArrayList<>();

            /** At most this many witnesses are kept (the true figures always): each is as long as the component. */
            private final int maxWitnesses;

            Ranges(int[] component) {
                this(component, Integer.MAX_VALUE);
            }

            Ranges(int[] component, int maxWitnesses) {
                this.component = component;
                this.maxWitnesses = maxWitnesses;
                double[] truthValues = new double[component.length];
                boolean allKnown = true;
                long[] byVariable = new long[component.length]; // the variable, then its place
                for (int i = 0; i < component.length; i++) {
                    byVariable[i] = (long) component[i] << 32 | i;
                }
                Arrays.sort(byVariable);
                sorted = new int[component.length];
                place = new int[component.length];
                for (int i = 0; i < component.length; i++) {
                    sorted[i] = (int) (byVariable[i] >>> 32);
                    place[i] = (int) byVariable[i];
                }
                for (int i = 0; i < component.length; i++) {
                    truthValues[i] = truth[component[i]];
                    allKnown &= known.get(component[i]);
                }
                if (allKnown) {
                    witnesses.add(truthValues);
                }
                BitSet seen = new BitSet(relVars.size());
                for (int v : component) {
                    for (int r : relationsOf[v]) {
                        if (!seen.get(r)) {
                            seen.set(r);
                            relations.add(r);
                        }
                    }
                }
            }

            private boolean capped;

            private void witness(double[] w) {
                if (witnesses.size() >= maxWitnesses) {
                    witnesses.remove(witnesses.size() > 1 ? 1 : 0); // the oldest optimum; the truth stays first
                }
                witnesses.add(w);
            }

            /** The place of variable {@code v} in the component, or −1 when it is not in it. */
            private int local(int v) {
                int at = Arrays.binarySearch(sorted, v);
                return at < 0 ? -1 : place[at];
            }

            /**
             * Finds feasible values that spread many targets at once: programs pushing the sum of every target not
             * yet spread over the threshold down and up (within a cap), until they spread no more. What is left is
             * solved target by target in {@link #range}.
             */
            void spread(List<int[][]> targets) {
                for (int pass = 0; pass < 8; pass++) {
                    Map<Integer, Integer> objective = new LinkedHashMap<>();
                    for (int[][] t : targets) {
                        if (spreadOf(t[0], t[1]) < threshold - 1e-6) {
                            for (int i = 0; i < t[0].length; i++) {
                                objective.merge(t[0][i], t[1][i], Integer::sum);
                            }
                        }
                    }
                    objective.values().removeIf(c -> c == 0);
                    if (objective.isEmpty()) {
                        return;
                    }
                    int before = witnesses.size();
                    int[] vars = objective.keySet().stream().mapToInt(Integer::intValue).toArray();
                    int[] coefs = objective.values().stream().mapToInt(Integer::intValue).toArray();
                    long spreadBefore = targets.stream().filter(t -> spreadOf(t[0], t[1]) >= threshold - 1e-6).count();
                    optimiseCapped(vars, coefs, false);
                    optimiseCapped(vars, coefs, true);
                    long spreadAfter = targets.stream().filter(t -> spreadOf(t[0], t[1]) >= threshold - 1e-6).count();
                    if (witnesses.size() == before || spreadAfter == spreadBefore) {
                        return;
                    }
                }
            }

            private double spreadOf(int[] vars, int[] coefs) {
                double[] r = witnessRange(vars, coefs);
                return r[1] - r[0];
            }

            /** The smallest and largest value of Σ coefs × vars over the feasible values found so far. */
            private double[] witnessRange(int[] vars, int[] coefs) {
                double low = Double.POSITIVE_INFINITY;
                double high = Double.NEGATIVE_INFINITY;
                for (double[] w : witnesses) {
                    double value = 0;
                    for (int i = 0; i < vars.length; i++) {
                        value += coefs[i] * w[local(vars[i])];
                    }
                    low = Math.min(low, value);
                    high = Math.max(high, value);
                }
                return new double[] {low, high};
            }

            private void optimiseCapped(int[] vars, int[] coefs, boolean maximise) {
                if (component.length <= SMALL) {
                    return; // solved exactly, target by target
                }
                capped = true;
                try {
                    optimise(vars, coefs, maximise);
                } finally {
                    capped = false;
                }
            }

            /** Components of up to this many hidden figures are solved by their vertices. */
            private static final int SMALL = 3;

            /** Beyond this, a figure of a small component counts as unbounded. */
            private static final double CAP = 1e9;

            /**
             * The exact optimum over one or two hidden figures, by their vertices: every point where two of the
             * constraints (relations, 0 and the cap) meet and all hold. Far cheaper than a solver for the many
             * components this small.
             */
            private Double optimiseSmall(int[] vars, int[] coefs, boolean maximise) {
                int k = component.length;
                List<double[]> rows = new ArrayList<>(); // {a0 … a(k−1), b, equal}: a·x (= or ≤) b
                for (int r : relations) {
                    int[] rv = relVars.get(r);
                    int[] rc = relCoefs.get(r);
                    double[] row = new double[k + 2];
                    double constant = 0;
                    for (int i = 0; i < rv.length; i++) {
                        int l = local(rv[i]);
                        if (l >= 0) {
                            row[l] += rc[i];
                        } else {
                            constant += (double) rc[i] * truth[rv[i]];
                        }
                    }
                    row[k] = -constant;
                    row[k + 1] = relEqual.get(r) ? 1 : 0;
                    rows.add(row);
                }
                List<double[]> lines = new ArrayList<>(rows); // boundaries, with the bounds
                for (int i = 0; i < k; i++) {
                    double[] lower = new double[k + 2];
                    lower[i] = -1;
                    lines.add(lower); // −x ≤ 0
                    double[] upper = new double[k + 2];
                    upper[i] = 1;
                    upper[k] = CAP;
                    lines.add(upper);
                }
                Double best = null;
                double[] bestPoint = null;
                int[] pick = new int[k];
                for (int i = 0; i < k; i++) {
                    pick[i] = i;
                }
                int n = lines.size();
                while (true) {
                    double[] x = solve(lines, pick, k);
                    if (x != null && feasible(x, rows, k)) {
                        double value = 0;
                        for (int i = 0; i < vars.length; i++) {
                            value += coefs[i] * x[local(vars[i])];
                        }
                        if (best == null || (maximise ? value > best : value < best)) {
                            best = value;
                            bestPoint = x;
                        }
                    }
                    int i = k - 1;
                    while (i >= 0 && pick[i] == n - k + i) {
                        i--;
                    }
                    if (i < 0) {
                        break;
                    }
                    pick[i]++;
                    for (int j = i + 1; j < k; j++) {
                        pick[j] = pick[j - 1] + 1;
                    }
                }
                if (best == null) {
                    return null;
                }
                witness(bestPoint);
                if (Math.abs(best) >= CAP * 0.5) {
                    return maximise ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
                }
                return best;
            }

            /** The point where the picked boundaries meet (Gaussian elimination), or null when they do not. */
            private static double[] solve(List<double[]> lines, int[] pick, int k) {
                double[][] m = new double[k][k + 1];
                for (int i = 0; i < k; i++) {
                    double[] l = lines.get(pick[i]);
                    System.arraycopy(l, 0, m[i], 0, k);
                    m[i][k] = l[k];
                }
                for (int c = 0; c < k; c++) {
                    int p = c;
                    for (int r = c + 1; r < k; r++) {
                        if (Math.abs(m[r][c]) > Math.abs(m[p][c])) {
                            p = r;
                        }
                    }
                    if (Math.abs(m[p][c]) < 1e-12) {
                        return null;
                    }
                    double[] t = m[c];
                    m[c] = m[p];
                    m[p] = t;
                    for (int r = 0; r < k; r++) {
                        if (r != c) {
                            double f = m[r][c] / m[c][c];
                            for (int j = c; j <= k; j++) {
                                m[r][j] -= f * m[c][j];
                            }
                        }
                    }
                }
                double[] x = new double[k];
                for (int i = 0; i < k; i++) {
                    x[i] = m[i][k] / m[i][i];
                }
                return x;
            }

            private static boolean feasible(double[] x, List<double[]> rows, int k) {
                for (int i = 0; i < k; i++) {
                    if (x[i] < -1e-7 || x[i] > CAP + 1e-3) {
                        return false;
                    }
                }
                for (double[] r : rows) {
                    double lhs = 0;
                    for (int i = 0; i < k; i++) {
                        lhs += r[i] * x[i];
                    }
                    if (r[k + 1] == 1 ? Math.abs(lhs - r[k]) > 1e-6 : lhs > r[k] + 1e-6) {
                        return false;
                    }
                }
                return true;
            }

            /** {min, max} of Σ coefs × vars; max is infinite when unbounded; null when infeasible. */
            double[] range(int[] vars, int[] coefs) {
                double[] known = witnessRange(vars, coefs);
                if (known[1] - known[0] >= threshold - 1e-6) {
                    return known; // a range at least this wide: enough
                }
                Double min = optimise(vars, coefs, false);
                if (min == null) {
                    return null;
                }
                Double max = optimise(vars, coefs, true);
                return max == null ? null : new double[] {min, max};
            }

            private Double optimise(int[] vars, int[] coefs, boolean maximise) {
                if (component.length <= SMALL) {
                    return optimiseSmall(vars, coefs, maximise);
                }
                LinearProgram p = program();
                if (p.infeasible) {
                    return null; // no value fits
                }
                double[] upper = p.upper;
                if (capped) {
                    // Capped (for witnesses only) within a few thresholds above the true value: any solution is
                    // then still feasible without the cap.
                    upper = upper.clone();
                    for (int i = 0; i < upper.length; i++) {
                        if (known.get(component[i])) {
                            upper[i] = Math.min(upper[i], truth[component[i]] + 4.0 * threshold);
                        }
                    }
                }
                double[] objective = new double[component.length];
                for (int i = 0; i < vars.length; i++) {
                    objective[local(vars[i])] += coefs[i];
                }
                LinearProgram.Optimum o = LinearProgram.Glop.AVAILABLE
                        ? glop().optimise(upper, objective, maximise) : null;
                if (o == null) {
                    o = LinearProgram.OjAlgo.optimise(p, upper, objective, maximise);
                }
                switch (o.state()) {
                    case UNBOUNDED:
                        return maximise ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
                    case INFEASIBLE:
                        return null;
                    default:
                        witness(o.solution());
                        return LinearProgram.value(objective, o.solution());
                }
            }

            private LinearProgram program;
            private LinearProgram.Glop glop;

            /**
             * The component's relations as one linear program's rows and bounds, built once: each relation's terms
             * in the component, in the relation's order, and everything else in it (shown, or held at its true
             * value) as the constant. Built from the component's side, as a relation over every project of a
             * borough or every borough holds far more figures than the few in a neighbourhood: its constant is
             * the relation's sum over the true values less the terms in the component.
             */
            private LinearProgram program() {
                if (program == null) {
                    Map<Integer, Integer> slotOf = new HashMap<>(relations.size() * 2);
                    for (int s = 0; s < relations.size(); s++) {
                        slotOf.put(relations.get(s), s);
                    }
                    int count = 0;
                    for (int v : component) {
                        count += relationsOf[v].length;
                    }
                    long[] terms = new long[count]; // each term in the component: its relation's slot, its place
                    count = 0;
                    for (int v : component) {
                        for (int k = 0; k < relationsOf[v].length; k++) {
                            terms[count++] = (long) slotOf.get(relationsOf[v][k]) << 32 | placesOf[v][k];
                        }
                    }
                    Arrays.sort(terms); // by relation, then in the relation's order; every relation has a term
                    program = new LinearProgram(component.length);
                    for (int t = 0; t < terms.length;) {
                        int r = relations.get((int) (terms[t] >>> 32));
                        int[] rv = relVars.get(r);
                        int[] rc = relCoefs.get(r);
                        long constant = relationTruth[r];
                        List<int[]> row = new ArrayList<>();
                        for (long slot = terms[t] >>> 32; t < terms.length && terms[t] >>> 32 == slot; t++) {
                            int i = (int) terms[t];
                            row.add(new int[] {local(rv[i]), rc[i]});
                            constant -= (long) rc[i] * truth[rv[i]];
                        }
                        program.add(row, -constant, relEqual.get(r));
                    }
                    program.close();
                }
                return program;
            }

            private LinearProgram.Glop glop() {
                if (glop == null) {
                    glop = new LinearProgram.Glop(program());
                }
                return glop;
            }

            /** Frees the native solver's model, if one was built. */
            @Override
            public void close() {
                if (glop != null) {
                    glop.release();
                    glop = null;
                }
            }
        }

        /** A component's variables, compared by content, as the audit cache's key. */
        private record ComponentKey(int[] vars) {
            @Override
            public boolean equals(Object o) {
                return o instanceof ComponentKey k && Arrays.equals(vars, k.vars);
            }

            @Override
            public int hashCode() {
                return Arrays.hashCode(vars);
            }
        }

        /** A figure part's key in words, for the audit's messages. */
        private static String describe(String key) {
            String[] k = key.split("\\|", -1);
            int at = k[2].indexOf(THRESHOLD);
            if (at >= 0) {
                k[2] = k[2].substring(0, at) + " at a reliable-change threshold of " + k[2].substring(at + 1);
            }
            return k[2] + (k[3].isEmpty() ? "" : " (" + k[3] + ")") + " of " + k[1] + " for " + k[0] + ", "
                    + k[4];
        }

        // --- the result -------------------------------------------------------------------------------------

        Publication result() {
            // The independent audit: every hidden component from scratch, on the published values alone.
            remember = false;
            narrowest = -1;
            workedOutZeros = 0;
            List<String> failures = new ArrayList<>();
            auditEach(components(), Integer.MAX_VALUE)
                    .forEach(list -> list.forEach(f -> failures.add(f.description())));
            int primary = 0;
            int secondary = 0;
            int earlierCount = 0;
            int statistics = 0;
            Set<String> hiddenFigures = new TreeSet<>();
            List<Hidden> hiddenList = new ArrayList<>();
            for (int u = hidden.nextSetBit(0); u >= 0; u = hidden.nextSetBit(u + 1)) {
                Unit unit = units.get(u);
                if (unit.key.startsWith("ledger:")) {
                    continue;
                }
                hiddenFigures.add(unit.key);
                Reason reason;
                if (unit.primary) {
                    primary++;
                    reason = Reason.PRIMARY;
                } else if (unit.forced) {
                    earlierCount++;
                    reason = Reason.EARLIER;
                } else if (statisticOnly.get(u)) {
                    statistics++;
                    reason = Reason.STATISTIC;
                } else {
                    secondary++;
                    reason = Reason.SECONDARY;
                }
                String[] k = unit.key.split("\\|", -1); // period, group, metric, category[, at_start]
                String metric = metricOf(k[2]);
                String category = k[3];
                if (category.contains("type=")) {
                    category = category.substring(category.indexOf("type="));
                }
                hiddenList.add(new Hidden(k[1], metric, category, k[0].equals(periodOf(metric, raw.period())),
                        reason));
            }
            int hiddenParts = 0;
            for (int v = 0; v < keys.size(); v++) {
                hiddenParts += isHidden(v) ? 1 : 0;
            }
            int denominators = 0;
            for (String key : hiddenFigures) {
                denominators += denominatorShown(key) ? 1 : 0;
            }
            Audit audit = new Audit(keys.size(), primary, secondary, earlierCount, statistics, hiddenParts,
                    relVars.size(), narrowest, workedOutZeros, denominators, threshold, failures);
            Map<String, Long> shown = new TreeMap<>();
            Set<String> hiddenKeys = new TreeSet<>();
            for (int v = ownTruth.nextSetBit(0); v >= 0; v = ownTruth.nextSetBit(v + 1)) {
                if (isHidden(v)) {
                    hiddenKeys.add(keys.get(v));
                } else {
                    shown.put(keys.get(v), truth[v]);
                }
            }
            Ledger ledger = earlier.merge(new Ledger(shown, hiddenKeys, boroughOf));
            Scrubber scrubber = new Scrubber(this, hiddenFigures, audit);
            MetricsResult published = scrubber.published();
            return new Publication(published, audit, ledger, hiddenFigures, List.copyOf(conflicts),
                    scrubber.hiddenTotals, List.copyOf(hiddenList));
        }

        /**
         * True when the figure with this key is hidden but its denominator is published: shown after all
         * ({@link #revealed}) or shown by an earlier report, and not a small number.
         */
        boolean denominatorShown(String figureKey) {
            Integer u = unitByKey.get(figureKey);
            int d = u == null || !hidden.get(u) ? -1 : denominatorOf(u);
            return d >= 0 && !isHidden(d) && known.get(d) && truth[d] >= threshold;
        }

        boolean hiddenKey(String figureKey) {
            Integer u = unitByKey.get(figureKey);
            return u != null && hidden.get(u);
        }

        boolean earlierFigureHidden(String figureKey) {
            if (hiddenKey(figureKey)) {
                return true;
            }
            for (FigurePart p : FigurePart.values()) {
                if (earlier.hidden().contains(figureKey + "|" + p.code())) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Rebuilds the figures with the pattern applied. */
    private static final class Scrubber {
        private final Solver s;
        private final Set<String> hiddenFigures;
        private final Audit audit;
        private final Set<String> hiddenTotals = new TreeSet<>();

        Scrubber(Solver s, Set<String> hiddenFigures, Audit audit) {
            this.s = s;
            this.hiddenFigures = hiddenFigures;
            this.audit = audit;
        }

        MetricsResult published() {
            MetricsResult raw = s.raw;
            Period period = raw.period();
            List<GroupResult> groups = new ArrayList<>();
            for (GroupResult g : raw.groups()) {
                Map<String, MetricValue> m = new LinkedHashMap<>();
                g.metrics().forEach((id, v) -> m.put(id,
                        value(s.figureKey(s.periodOf(id, period), g.key(), id, null), id, g.key(), v)));
                groups.add(new GroupResult(g.level(), g.id(), g.name(), g.borough(), m));
            }
            List<TrendSeries> trends = new ArrayList<>();
            for (TrendSeries t : raw.trends()) {
                List<TrendSeries.Point> points = new ArrayList<>();
                for (TrendSeries.Point p : t.points()) {
                    String key = s.figureKey(s.periodOf(t.metricId(), p.period()), t.groupKey(), t.metricId(),
                            null);
                    points.add(new TrendSeries.Point(p.period(), value(key, t.metricId(), t.groupKey(),
                            p.value())));
                }
                trends.add(new TrendSeries(t.groupKey(), t.metricId(), points));
            }
            List<Breakdown> breakdowns = new ArrayList<>();
            for (Breakdown b : raw.breakdowns()) {
                String key = s.figureKey(s.periodOf(b.metricId(), period), b.groupKey(), b.metricId(),
                        b.dimension() + "=" + b.category());
                breakdowns.add(new Breakdown(b.groupKey(), b.dimension(), b.category(), b.metricId(),
                        value(key, b.metricId(), b.groupKey(), b.value())));
            }
            List<String> notes = new ArrayList<>(raw.methodologyNotes());
            notes.add("Small numbers are protected over the whole publication: every report of this run and every "
                    + "earlier report recorded in the folder's publication ledger, with the sums that tie figures "
                    + "together (projects, boroughs, categories, quarters, and metrics defined from each other). "
                    + "Only what the reports show is published, the metrics.json beside them included: equality "
                    + "breakdowns where a report has an equality section, and all eight trend quarters for the "
                    + "figures of a trend section (other figures only with the two earlier quarters their changes "
                    + "are shown against), so no figure is hidden to protect one nobody is shown; a metrics.json "
                    + "written on its own publishes every figure in it. "
                    + "Further figures are hidden (a project's before a borough's before all projects', the smaller "
                    + "first) until every hidden number could still lie anywhere in a range at least "
                    + audit.threshold() + " wide; one that figures hidden after it made needless is shown again, "
                    + "and the engine checks the result before it writes. Where "
                    + "the published figures give a hidden percentage's denominator exactly and it is not a small "
                    + "number, it is shown beside the hidden figure: a star over it would protect nothing. A "
                    + "reliable-change figure is a figure of the threshold it was counted against: a quarter's and a "
                    + "year's report can count one quarter's pairs against two thresholds, as two figures over the "
                    + "same pairs.");
            String line = audit.line();
            notes.add(Character.toUpperCase(line.charAt(0)) + line.substring(1) + ".");
            return new MetricsResult(raw.engine(), raw.period(), raw.outcomePeriod(), raw.inputs(), raw.settings(),
                    raw.reliableChangeThresholds(), raw.definitions(), groups, trends, raw.dataDate(), notes,
                    breakdowns);
        }

        private MetricValue value(String key, String metricId, String groupKey, MetricValue v) {
            boolean hide = hiddenFigures.contains(key);
            if (v instanceof CountValue c) {
                return hide ? new CountValue(c.count(), true) : c;
            }
            if (v instanceof MeanValue m) {
                return hide ? new MeanValue(m.n(), null, null, null, null, true) : m;
            }
            if (v instanceof ChangeValue c) {
                return hide ? new ChangeValue(c.n(), null, null, null, null, null, null, null, true) : c;
            }
            if (v instanceof BreakdownValue b) {
                if (hide && !key.contains("=")) {
                    hiddenTotals.add(groupKey + "|" + metricId);
                }
                Map<String, CountValue> parts = new LinkedHashMap<>();
                b.parts().forEach((k, part) -> parts.put(k, hiddenFigures.contains(key + "type=" + k)
                        ? new CountValue(part.count(), true) : part));
                return new BreakdownValue(parts);
            }
            if (v instanceof ProportionValue p) {
                if (hide) {
                    return new ProportionValue(p.numerator(), p.denominator(), null, null, null, true, null, null,
                            null, null, null, null, null, null, s.denominatorShown(key));
                }
                ProportionValue start = p.atStart();
                Double pValue = p.pValue();
                if (start != null && hiddenFigures.contains(key + "|at_start")) {
                    start = new ProportionValue(start.numerator(), start.denominator(), null, null, null, true, null,
                            null, null, null, null, null, null, null, false);
                    pValue = null; // the paired test tells how many pairs changed: a statistic of the start value
                }
                org.recoveryoutcomes.engine.model.Comparison comparison = p.comparison();
                Double comparatorValue = p.comparatorValue();
                org.recoveryoutcomes.engine.model.Funnel funnel = p.funnel();
                if (p.comparator() != null && comparatorHidden(p.comparator(), key)) {
                    comparison = null;
                    comparatorValue = null;
                    funnel = null; // the limits are centred on the comparator's value
                }
                Trend previous = trend(p.vsPrevious(), metricId, groupKey, s.raw.period().previous());
                Trend yearBefore = trend(p.vsYearBefore(), metricId, groupKey, s.raw.period().yearBefore());
                return new ProportionValue(p.numerator(), p.denominator(), p.value(), p.lower95(), p.upper95(),
                        p.suppressed(), comparison, p.comparator(), comparatorValue, funnel, previous, yearBefore,
                        start, pValue, false);
            }
            return v;
        }

        /** True when the comparator, another group's figure of the same metric, period and category, is hidden. */
        private boolean comparatorHidden(String comparator, String key) {
            if (comparator.equals("value")) {
                return false;
            }
            String[] k = key.split("\\|", -1);
            return hiddenFigures.contains(k[0] + "|" + comparator + "|" + k[2] + "|" + k[3]);
        }

        /** The trend withheld when its earlier figure is hidden anywhere in the publication. */
        private Trend trend(Trend t, String metricId, String groupKey, Period earlier) {
            if (t == null || t.earlierSuppressed()) {
                return t == null ? null : new Trend(t.period(), null, null, null, null, false, true);
            }
            String key = s.figureKey(s.periodOf(metricId, earlier), groupKey, metricId, null);
            if (s.earlierFigureHidden(key)) {
                return new Trend(t.period(), null, null, null, null, false, true);
            }
            return t;
        }
    }
}
