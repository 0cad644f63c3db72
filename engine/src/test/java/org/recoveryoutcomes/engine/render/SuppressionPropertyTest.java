package org.recoveryoutcomes.engine.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.recoveryoutcomes.engine.metrics.MetricsEngine;
import org.recoveryoutcomes.engine.model.Aggregation;
import org.recoveryoutcomes.engine.model.Breakdown;
import org.recoveryoutcomes.engine.model.BreakdownValue;
import org.recoveryoutcomes.engine.model.CountValue;
import org.recoveryoutcomes.engine.model.EngineInfo;
import org.recoveryoutcomes.engine.model.GroupLevel;
import org.recoveryoutcomes.engine.model.GroupResult;
import org.recoveryoutcomes.engine.model.Ledger;
import org.recoveryoutcomes.engine.model.MetricDefinition;
import org.recoveryoutcomes.engine.model.MetricValue;
import org.recoveryoutcomes.engine.model.MetricsResult;
import org.recoveryoutcomes.engine.model.Period;
import org.recoveryoutcomes.engine.model.ProportionValue;
import org.recoveryoutcomes.engine.model.ReportTemplate;
import org.recoveryoutcomes.engine.model.Settings;
import org.recoveryoutcomes.engine.model.TrendSeries;

/**
 * The disclosure property, on many random publications: every figure the publication hides has a range of at
 * least the threshold (5) given everything it publishes and every relation a reader can use, or it is 0; and
 * every small number is hidden.
 *
 * <p>Each case is a random hierarchy ({@code all}, 2–4 boroughs, 1–4 projects each) with small counts, so that
 * suppression bites: clients seen, retention (a proportion), contacts with contacts by type, a two-quarter trend
 * of clients seen, and a breakdown by sex of clients seen and retention. Project-level figures are drawn at
 * random per category and added up, so every total is the exact sum of its parts. The figures carry the
 * catalogue's definitions, so the publication protects them as it protects a real run's.
 *
 * <p>One pattern serves every report of a publication ({@link Publication}): a report focused on a borough or a
 * project hides exactly what the report on everything hides, and a reader may hold every report. So the check
 * reads every group's figures as published.
 *
 * <p>The check is independent of {@link Publication}'s code: it writes down the relations a reader can use, as the
 * catalogue declares them in words ({@link Aggregation}) and as they hold in the data: contacts and contacts by
 * type are events (a borough is the sum of its projects, all the sum of the boroughs); clients seen are clients
 * (the largest project ≤ the borough ≤ the sum of its projects; all the sum of the boroughs, every client being in
 * one); retention counts clients with a property of all their contacts (no bound across projects, but a borough of
 * one project is that project; all the sum of the boroughs); a group's figure is the sum of its categories;
 * contacts are the sum of contacts by type (every contact has a type); clients seen ≤ contacts and the retention
 * denominator ≤ clients seen, where they hold; a numerator ≤ its denominator. It marks the published figures as
 * known, and finds each hidden figure's smallest and largest value (for a proportion also of those without the
 * outcome, d − n) by linear programming. A range under the threshold that is not just 0 is a failure, reported
 * with the seed and the publication.
 */
class SuppressionPropertyTest {

    private static final int CASES = 300;
    private static final long SEED = 20260930L;
    private static final Settings S = Settings.DEFAULTS;
    private static final Period Q2 = Period.parse("2026/27-Q2");
    private static final Period Q1 = Period.parse("2026/27-Q1");
    private static final List<String> SEXES = List.of("male", "female", "other", "not_stated", "not_recorded");
    private static final List<String> TYPES = List.of("drop_in", "one_to_one", "group");
    private static final List<MetricDefinition> CATALOGUE = MetricsEngine.catalogue();

    @Test
    void noHiddenFigureCanBeWorkedOutFromThePublishedOnes() {
        SplittableRandom seeds = new SplittableRandom(SEED);
        int hiddenCells = 0;
        int secondaryCells = 0;
        int ranges = 0;
        for (int i = 0; i < CASES; i++) {
            long seed = seeds.nextLong();
            Case c = Case.random(seed);
            ReportContent.Family family = c.family();
            Suppression s = Suppression.of(family.content(c.options(null, true)));
            assertThat(family.publication().audit().passed()).as("case %d (seed %d): the publication's own audit",
                    i, seed).isTrue();
            // One pattern for every report of the publication, whatever its focus.
            if (c.focus != null) {
                Suppression focused = Suppression.of(family.content(c.options(c.focus, true)));
                for (GroupResult g : c.metrics.groups()) {
                    for (String id : List.of("contacts", "clients_seen", "retained_12_weeks")) {
                        assertThat(focused.hidden(g, id)).as("case %d (seed %d), focus %s: %s %s", i, seed, c.focus,
                                g.key(), id).isEqualTo(s.hidden(g, id));
                    }
                }
            }
            Check check = new Check(c, s, family.publication().published());
            String failure = check.failure();
            if (failure != null) {
                fail("case " + i + " (seed " + seed + "):\n" + failure + "\n" + c.describe(s));
            }
            hiddenCells += check.hidden;
            secondaryCells += check.secondary;
            ranges += check.ranges;
        }
        // The property must not hold trivially: small numbers were hidden, and protected.
        assertThat(hiddenCells).isGreaterThan(CASES);
        assertThat(secondaryCells).isGreaterThan(CASES / 2);
        assertThat(ranges).isGreaterThan(CASES);
    }

    /**
     * A group of more than {@code whole} linked hidden figures (at national scale, more than a thousand) is audited
     * neighbourhood by neighbourhood first, and each figure a neighbourhood finds too narrow over the whole group:
     * with limits small enough for these publications to take that path, every publication still passes its own
     * audit (a neighbourhood alone would pin figures that are free, and the pattern would hide ever more), and the
     * reader still recovers nothing.
     */
    @Test
    void aLargeGroupAuditedByNeighbourhoodsFirstIsAsSafe() {
        SplittableRandom seeds = new SplittableRandom(SEED + 1);
        Publication.Limits small = new Publication.Limits(6, 2);
        int large = 0;
        for (int i = 0; i < CASES / 3; i++) {
            long seed = seeds.nextLong();
            Case c = Case.random(seed);
            Publication p = Publication.protect(c.metrics, Ledger.EMPTY, small);
            assertThat(p.audit().passed()).as("case %d (seed %d): the publication's own audit: %s", i, seed,
                    p.audit().line()).isTrue();
            ReportContent.Family family = c.family(p);
            Suppression s = Suppression.of(family.content(c.options(null, true)));
            Check check = new Check(c, s, p.published());
            String failure = check.failure();
            if (failure != null) {
                fail("case " + i + " (seed " + seed + "):\n" + failure + "\n" + c.describe(s));
            }
            large += check.largestComponent > small.whole() ? 1 : 0;
        }
        // The path under test was taken: groups larger than the limit.
        assertThat(large).isGreaterThan(CASES / 30);
    }

    @Test
    void aWorkingCopyHidesNothing() {
        Case c = Case.random(7);
        Suppression s = Suppression.of(c.family().content(c.options(null, false)));
        for (GroupResult g : c.metrics.groups()) {
            assertThat(s.hidden(g, "clients_seen")).isFalse();
            assertThat(s.hidden(g, "retained_12_weeks")).isFalse();
        }
        assertThat(c.metrics.breakdowns()).noneMatch(s::hidden);
    }

    /** One random publication, and the focus of one of its reports. */
    private static final class Case {
        final MetricsResult metrics;
        final String focus;
        final long seed;

        private Case(MetricsResult metrics, String focus, long seed) {
            this.metrics = metrics;
            this.focus = focus;
            this.seed = seed;
        }

        static Case random(long seed) {
            SplittableRandom r = new SplittableRandom(seed);
            int boroughs = 2 + r.nextInt(3);
            // Per project: per sex category, clients seen, retained of eligible; per contact type, contacts;
            // clients seen in the previous quarter.
            Map<String, List<String>> projectsOf = new LinkedHashMap<>();
            Map<String, long[][]> base = new LinkedHashMap<>(); // project → [category][seen, eligible, retained]
            Map<String, long[]> contacts = new LinkedHashMap<>();
            Map<String, Long> previous = new LinkedHashMap<>();
            int n = 0;
            for (int b = 0; b < boroughs; b++) {
                String borough = "B" + b;
                int projects = 1 + r.nextInt(4);
                for (int p = 0; p < projects; p++) {
                    String id = "P" + (n++);
                    projectsOf.computeIfAbsent(borough, k -> new ArrayList<>()).add(id);
                    long[][] cats = new long[SEXES.size()][3];
                    for (long[] cat : cats) {
                        cat[0] = small(r);
                        cat[1] = r.nextInt((int) cat[0] + 1);
                        cat[2] = r.nextInt((int) cat[1] + 1);
                    }
                    base.put(id, cats);
                    long[] types = new long[TYPES.size()];
                    for (int t = 0; t < types.length; t++) {
                        types[t] = small(r) * (1 + r.nextInt(3));
                    }
                    contacts.put(id, types);
                    previous.put(id, small(r));
                }
            }
            List<GroupResult> groups = new ArrayList<>();
            List<Breakdown> breakdowns = new ArrayList<>();
            List<TrendSeries> trends = new ArrayList<>();
            List<String> all = new ArrayList<>(base.keySet());
            groups.add(group(GroupLevel.ALL, "all", null, all, base, contacts, breakdowns));
            projectsOf.forEach((b, ids) -> groups.add(group(GroupLevel.BOROUGH, b, b, ids, base, contacts,
                    breakdowns)));
            projectsOf.forEach((b, ids) -> ids.forEach(p -> groups.add(group(GroupLevel.PROJECT, p, b, List.of(p),
                    base, contacts, breakdowns))));
            for (GroupResult g : groups) {
                List<String> ids = g.level() == GroupLevel.ALL ? all
                        : g.level() == GroupLevel.BOROUGH ? projectsOf.get(g.id()) : List.of(g.id());
                long before = ids.stream().mapToLong(previous::get).sum();
                trends.add(new TrendSeries(g.key(), "clients_seen", List.of(
                        new TrendSeries.Point(Q1, count(before)),
                        new TrendSeries.Point(Q2, g.metric("clients_seen")))));
            }
            // Order breakdowns as the engine does: group by group in result order.
            List<Breakdown> ordered = new ArrayList<>();
            for (GroupResult g : groups) {
                breakdowns.stream().filter(bd -> bd.groupKey().equals(g.key())).forEach(ordered::add);
            }
            MetricsResult metrics = new MetricsResult(new EngineInfo("test", "0"), Q2, Period.parse("12m:2026-09-30"),
                    List.of(), S, Map.of(), CATALOGUE, groups, trends, LocalDate.of(2026, 9, 30), List.of(), ordered);
            String focus = switch (r.nextInt(4)) {
                case 0 -> "borough:B" + r.nextInt(boroughs);
                case 1 -> "project:P" + r.nextInt(n);
                default -> null;
            };
            return new Case(metrics, focus, seed);
        }

        /** Mostly small numbers (0–9), now and then a larger one. */
        private static long small(SplittableRandom r) {
            return r.nextInt(10) == 0 ? 10 + r.nextInt(30) : r.nextInt(10);
        }

        private static GroupResult group(GroupLevel level, String id, String borough, List<String> projects,
                                         Map<String, long[][]> base, Map<String, long[]> contacts,
                                         List<Breakdown> breakdowns) {
            long[][] sum = new long[SEXES.size()][3];
            long[] types = new long[TYPES.size()];
            for (String p : projects) {
                for (int c = 0; c < SEXES.size(); c++) {
                    for (int k = 0; k < 3; k++) {
                        sum[c][k] += base.get(p)[c][k];
                    }
                }
                for (int t = 0; t < types.length; t++) {
                    types[t] += contacts.get(p)[t];
                }
            }
            String key = level == GroupLevel.ALL ? "all" : level.code() + ":" + id;
            long seen = 0;
            long eligible = 0;
            long retained = 0;
            for (int c = 0; c < SEXES.size(); c++) {
                breakdowns.add(new Breakdown(key, "sex", SEXES.get(c), "clients_seen", count(sum[c][0])));
                breakdowns.add(new Breakdown(key, "sex", SEXES.get(c), "retained_12_weeks",
                        proportion(sum[c][2], sum[c][1])));
                seen += sum[c][0];
                eligible += sum[c][1];
                retained += sum[c][2];
            }
            Map<String, MetricValue> m = new LinkedHashMap<>();
            long contactTotal = 0;
            Map<String, CountValue> parts = new LinkedHashMap<>();
            for (int t = 0; t < types.length; t++) {
                parts.put(TYPES.get(t), count(types[t]));
                contactTotal += types[t];
            }
            m.put("contacts", count(contactTotal));
            m.put("clients_seen", count(seen));
            m.put("retained_12_weeks", proportion(retained, eligible));
            m.put("contacts_by_type", new BreakdownValue(parts));
            String name = level == GroupLevel.ALL ? "All projects" : id;
            return new GroupResult(level, level == GroupLevel.ALL ? "all" : id, name, borough, m);
        }

        private static CountValue count(long n) {
            return new CountValue(n, S.isSmall(n));
        }

        private static ProportionValue proportion(long numerator, long denominator) {
            boolean small = S.isSmall(numerator) || S.isSmall(denominator) || S.isSmall(denominator - numerator);
            return ProportionValue.of(numerator, denominator, null, null, denominator != 0 && small);
        }

        /** The reports of this publication: one pattern, solved once for all of them. */
        ReportContent.Family family() {
            return new ReportContent.Family(metrics, TEMPLATE);
        }

        /** The reports of this publication, protected by {@code publication}. */
        ReportContent.Family family(Publication publication) {
            return new ReportContent.Family(metrics, TEMPLATE, publication);
        }

        private static final ReportTemplate TEMPLATE = new ReportTemplate("borough-comparison",
                "Borough comparison", null, List.of(GroupLevel.ALL, GroupLevel.BOROUGH, GroupLevel.PROJECT), "parent",
                Map.of(), List.of());

        RenderOptions options(String reportFocus, boolean suppression) {
            return new RenderOptions(Locale.UK, suppression, reportFocus, LocalDate.of(2026, 9, 30), "00");
        }

        /** Every group's figures as published (* where hidden), for a failure message. */
        String describe(Suppression s) {
            StringBuilder sb = new StringBuilder();
            for (GroupResult g : metrics.groups()) {
                sb.append(String.format(Locale.ROOT, "%-10s", g.key()));
                for (String id : List.of("contacts", "clients_seen", "retained_12_weeks")) {
                    sb.append("  ").append(id).append('=').append(show(g.metric(id), s.hidden(g, id)));
                }
                sb.append('\n');
            }
            return sb.toString();
        }
    }

    private static String show(MetricValue v, boolean hidden) {
        String value = v instanceof CountValue c ? String.valueOf(c.count())
                : v instanceof ProportionValue p ? p.numerator() + "/" + p.denominator() : String.valueOf(v);
        return hidden ? "*" + value + "*" : value;
    }

    /**
     * The reader's view of the publication: every figure part as a variable, the relations between them, which are
     * published; then the range of every hidden one given the published ones.
     */
    private static final class Check {
        /** A bound above every figure of a case: a solution under it is a solution without it. */
        private static final double CAP = 1e4;
        private static final double EPS = 1e-6;
        private final List<String> names = new ArrayList<>();
        private final List<Long> truth = new ArrayList<>();
        private final List<Boolean> known = new ArrayList<>();
        private final Map<String, Integer> index = new LinkedHashMap<>();
        private final List<int[]> relVars = new ArrayList<>();
        private final List<int[]> relCoefs = new ArrayList<>();
        private final List<Boolean> relEqual = new ArrayList<>();
        /** {vars, coefs} of each hidden quantity whose range is checked. */
        private final List<int[][]> targets = new ArrayList<>();
        private final List<String> published = new ArrayList<>();
        private final Case c;
        int hidden;
        int secondary;
        /** The most hidden figures the reader's relations join into one group. */
        int largestComponent;
        int ranges;

        Check(Case c, Suppression s, MetricsResult publishedMetrics) {
            this.c = c;
            List<GroupResult> groups = c.metrics.groups();
            for (GroupResult g : groups) {
                String k = g.key();
                CountValue contacts = (CountValue) g.metric("contacts");
                cell(k + "|contacts", contacts.count(), s.hidden(g, "contacts"), contacts.suppressed());
                CountValue seen = (CountValue) g.metric("clients_seen");
                cell(k + "|seen", seen.count(), s.hidden(g, "clients_seen"), seen.suppressed());
                // The report period's quarter of the trend is the figure itself: hidden exactly when it is.
                assertThat(s.hidden(k, "clients_seen", Q2)).as(k + " trend Q2").isEqualTo(s.hidden(g, "clients_seen"));
                ProportionValue retained = (ProportionValue) g.metric("retained_12_weeks");
                proportion(k + "|ret", retained, s.hidden(g, "retained_12_weeks"),
                        ((ProportionValue) publishedMetrics.group(k).metric("retained_12_weeks")).denominatorShown());
                BreakdownValue types = (BreakdownValue) g.metric("contacts_by_type");
                for (Map.Entry<String, CountValue> e : types.parts().entrySet()) {
                    cell(k + "|type:" + e.getKey(), e.getValue().count(),
                            s.hiddenPart(g, "contacts_by_type", e.getKey()), e.getValue().suppressed());
                }
                // The total of contacts by type is printed beside its parts: a small one is a small number too.
                cell(k + "|T", types.total(), s.hiddenTotal(g, "contacts_by_type"), S.isSmall(types.total()));
                // It is the contacts figure (every contact has a type): the same number, so hidden alike.
                assertThat(s.hiddenTotal(g, "contacts_by_type")).as(k + ": contacts by type total hidden as contacts")
                        .isEqualTo(s.hidden(g, "contacts"));
            }
            for (TrendSeries t : c.metrics.trends()) {
                TrendSeries.Point q1 = t.points().get(0);
                cell(t.groupKey() + "|seenQ1", ((CountValue) q1.value()).count(),
                        s.hidden(t.groupKey(), "clients_seen", Q1), q1.value().suppressed());
            }
            List<Breakdown> shown = publishedMetrics.breakdowns();
            assertThat(shown).hasSameSizeAs(c.metrics.breakdowns());
            for (int i = 0; i < shown.size(); i++) {
                Breakdown b = c.metrics.breakdowns().get(i);
                Breakdown p = shown.get(i);
                assertThat(List.of(p.groupKey(), p.dimension(), p.category(), p.metricId()))
                        .isEqualTo(List.of(b.groupKey(), b.dimension(), b.category(), b.metricId()));
                String name = b.groupKey() + "|" + (b.metricId().equals("clients_seen") ? "seen" : "ret") + "|"
                        + b.category();
                // The published breakdown carries the publication's flag; the raw one only the small number's.
                if (b.value() instanceof ProportionValue v) {
                    proportion(name, v, s.hidden(p), ((ProportionValue) p.value()).denominatorShown());
                } else {
                    CountValue v = (CountValue) b.value();
                    cell(name, v.count(), s.hidden(p), v.suppressed());
                }
            }

            // Across the hierarchy, column by column.
            events(groups, "contacts");
            events(groups, "T");
            TYPES.forEach(t -> events(groups, "type:" + t));
            clients(groups, "seen");
            clients(groups, "seenQ1");
            property(groups, "ret.n");
            property(groups, "ret.d");
            for (String sex : SEXES) {
                clients(groups, "seen|" + sex);
                property(groups, "ret|" + sex + ".n");
                property(groups, "ret|" + sex + ".d");
            }
            for (GroupResult g : groups) {
                String k = g.key() + "|";
                // A group's figure is the sum of its categories; contacts the sum of contacts by type.
                sum(k + "seen", SEXES.stream().map(x -> k + "seen|" + x).toList());
                sum(k + "ret.n", SEXES.stream().map(x -> k + "ret|" + x + ".n").toList());
                sum(k + "ret.d", SEXES.stream().map(x -> k + "ret|" + x + ".d").toList());
                sum(k + "T", TYPES.stream().map(t -> k + "type:" + t).toList());
                relation(List.of(k + "contacts", k + "T"), new int[] {1, -1}, true);
                // Bounds between metrics of the group (catalogue identities), and n ≤ d.
                atMost(k + "seen", k + "contacts");
                atMost(k + "ret.d", k + "seen");
                atMost(k + "ret.n", k + "ret.d");
                for (String sex : SEXES) {
                    atMost(k + "ret|" + sex + ".d", k + "seen|" + sex);
                    atMost(k + "ret|" + sex + ".n", k + "ret|" + sex + ".d");
                }
            }
        }

        private int variable(String name, long value, boolean isKnown) {
            index.put(name, names.size());
            names.add(name);
            truth.add(value);
            known.add(isKnown);
            if (isKnown) {
                published.add(name + "=" + value);
            }
            return names.size() - 1;
        }

        private void cell(String name, long value, boolean hiddenNow, boolean small) {
            int v = variable(name, value, !hiddenNow);
            if (small && !hiddenNow) {
                fail("seed " + c.seed + ": the small number " + name + " = " + value + " is published");
            }
            if (hiddenNow) {
                hidden++;
                secondary += small ? 0 : 1;
                targets.add(new int[][] {{v}, {1}});
            }
        }

        /** A proportion ({@code p} raw), hidden or not, and whether the publication shows its denominator. */
        private void proportion(String name, ProportionValue p, boolean hiddenNow, boolean shownDenominator) {
            if (p.suppressed() && !hiddenNow) {
                fail("seed " + c.seed + ": the proportion " + name + " = " + p.numerator() + "/" + p.denominator()
                        + " rests on a small number and is published");
            }
            // A hidden proportion may show its denominator: then the reader has it, and it must not be small.
            boolean denominatorShown = hiddenNow && shownDenominator;
            if (denominatorShown && p.denominator() < 5) {
                fail("seed " + c.seed + ": the small denominator of " + name + " = " + p.denominator()
                        + " is shown beside its hidden figure");
            }
            int n = variable(name + ".n", p.numerator(), !hiddenNow);
            int d = variable(name + ".d", p.denominator(), !hiddenNow || denominatorShown);
            if (hiddenNow) {
                hidden++;
                secondary += p.suppressed() ? 0 : 1;
                targets.add(new int[][] {{n}, {1}});
                if (!denominatorShown) { // else d − n is as wide as n
                    targets.add(new int[][] {{d}, {1}});
                    targets.add(new int[][] {{d, n}, {1, -1}}); // those without the outcome
                }
            }
        }

        /** Σ coefs × names (= or ≤) 0, when it holds on the true figures (else no reader can use it). */
        private boolean relation(List<String> terms, int[] coefs, boolean equal) {
            int[] vars = new int[terms.size()];
            long sum = 0;
            for (int i = 0; i < vars.length; i++) {
                Integer v = index.get(terms.get(i));
                if (v == null) {
                    return false;
                }
                vars[i] = v;
                sum += coefs[i] * truth.get(v);
            }
            if (equal ? sum != 0 : sum > 0) {
                return false;
            }
            relVars.add(vars);
            relCoefs.add(coefs);
            relEqual.add(equal);
            return true;
        }

        private boolean sum(String total, List<String> parts) {
            return sumRelation(total, parts, true);
        }

        private boolean sumRelation(String total, List<String> parts, boolean equal) {
            List<String> terms = new ArrayList<>();
            terms.add(total);
            terms.addAll(parts);
            int[] coefs = new int[terms.size()];
            java.util.Arrays.fill(coefs, -1);
            coefs[0] = 1;
            return relation(terms, coefs, equal);
        }

        private void atMost(String a, String b) {
            relation(List.of(a, b), new int[] {1, -1}, false);
        }

        private static String key(GroupResult g, String column) {
            return g.key() + "|" + column;
        }

        private static List<String> projects(List<GroupResult> groups, GroupResult borough, String column) {
            return groups.stream().filter(p -> p.level() == GroupLevel.PROJECT && borough.id().equals(p.borough()))
                    .map(p -> key(p, column)).toList();
        }

        private static List<GroupResult> boroughs(List<GroupResult> groups) {
            return groups.stream().filter(b -> b.level() == GroupLevel.BOROUGH).toList();
        }

        /** Events: a borough is the sum of its projects, all the sum of the boroughs. */
        private void events(List<GroupResult> groups, String column) {
            for (GroupResult b : boroughs(groups)) {
                sum(key(b, column), projects(groups, b, column));
            }
            sum("all|" + column, boroughs(groups).stream().map(b -> key(b, column)).toList());
        }

        /** Clients: the largest project ≤ the borough ≤ the sum of its projects; all the sum of the boroughs. */
        private void clients(List<GroupResult> groups, String column) {
            for (GroupResult b : boroughs(groups)) {
                List<String> projects = projects(groups, b, column);
                projects.forEach(p -> atMost(p, key(b, column)));
                sumRelation(key(b, column), projects, false);
            }
            List<String> boroughs = boroughs(groups).stream().map(b -> key(b, column)).toList();
            if (!sum("all|" + column, boroughs)) {
                sumRelation("all|" + column, boroughs, false);
                boroughs.forEach(b -> atMost(b, "all|" + column));
            }
        }

        /**
         * Clients with a property of all their contacts in the group: no bound across projects, but a borough of
         * one project is that project; all is the sum of the boroughs.
         */
        private void property(List<GroupResult> groups, String column) {
            for (GroupResult b : boroughs(groups)) {
                List<String> projects = projects(groups, b, column);
                if (projects.size() == 1) {
                    sum(key(b, column), projects);
                }
            }
            sum("all|" + column, boroughs(groups).stream().map(b -> key(b, column)).toList());
        }

        /** Every hidden figure a reader can narrow below the threshold, with its range; null when none. */
        String failure() {
            int n = names.size();
            // Hidden figures joined by a relation are solved together; a shown figure is a constant.
            int[] root = new int[n];
            for (int v = 0; v < n; v++) {
                root[v] = v;
            }
            for (int[] vars : relVars) {
                int first = -1;
                for (int v : vars) {
                    if (!known.get(v)) {
                        if (first < 0) {
                            first = v;
                        } else {
                            root[find(root, v)] = find(root, first);
                        }
                    }
                }
            }
            Map<Integer, List<int[][]>> byComponent = new LinkedHashMap<>();
            for (int[][] t : targets) {
                byComponent.computeIfAbsent(find(root, t[0][0]), k -> new ArrayList<>()).add(t);
            }
            List<String> failures = new ArrayList<>();
            byComponent.forEach((component, list) -> {
                List<Integer> members = new ArrayList<>();
                for (int v = 0; v < n; v++) {
                    if (!known.get(v) && find(root, v) == component) {
                        members.add(v);
                    }
                }
                largestComponent = Math.max(largestComponent, members.size());
                new Component(members).check(list, failures);
            });
            return failures.isEmpty() ? null : String.join("\n", failures) + "\nfrom what is published: "
                    + String.join(", ", published);
        }

        private static int find(int[] root, int v) {
            while (root[v] != v) {
                root[v] = root[root[v]];
                v = root[v];
            }
            return v;
        }

        /**
         * The hidden figures of one component and the relations on them. A target's range is at least as wide as
         * the spread of its values over feasible points found so far (the true figures, and every optimum, each
         * checked against every relation); where that spread is under the threshold, its exact minimum and maximum
         * are found by linear programming.
         */
        private final class Component {
            private final List<Integer> members;
            private final Map<Integer, Integer> local = new LinkedHashMap<>();
            private final List<Integer> relations = new ArrayList<>();
            private final List<double[]> witnesses = new ArrayList<>();

            Component(List<Integer> members) {
                this.members = members;
                double[] truthValues = new double[members.size()];
                for (int i = 0; i < members.size(); i++) {
                    local.put(members.get(i), i);
                    truthValues[i] = truth.get(members.get(i));
                }
                for (int r = 0; r < relVars.size(); r++) {
                    for (int v : relVars.get(r)) {
                        if (local.containsKey(v)) {
                            relations.add(r);
                            break;
                        }
                    }
                }
                witness(truthValues);
            }

            void check(List<int[][]> list, List<String> failures) {
                // Feasible points that spread many targets at once: push the sum of those not yet spread down and up.
                for (int pass = 0; pass < 8; pass++) {
                    Map<Integer, Integer> objective = new LinkedHashMap<>();
                    for (int[][] t : list) {
                        if (spread(t) < S.suppressionThreshold() - EPS) {
                            for (int i = 0; i < t[0].length; i++) {
                                objective.merge(t[0][i], t[1][i], Integer::sum);
                            }
                        }
                    }
                    objective.values().removeIf(c -> c == 0);
                    if (objective.isEmpty()) {
                        break;
                    }
                    int[] vars = objective.keySet().stream().mapToInt(Integer::intValue).toArray();
                    int[] coefs = objective.values().stream().mapToInt(Integer::intValue).toArray();
                    int before = witnesses.size();
                    spreadTo(new int[][] {vars, coefs}, false);
                    spreadTo(new int[][] {vars, coefs}, true);
                    if (witnesses.size() == before) {
                        break;
                    }
                }
                for (int[][] t : list) {
                    ranges++;
                    if (spread(t) >= S.suppressionThreshold() - EPS) {
                        continue;
                    }
                    double low = optimise(t, false);
                    double high = optimise(t, true);
                    boolean zero = Math.abs(low) < EPS && Math.abs(high) < EPS;
                    if (high - low < S.suppressionThreshold() - EPS && !zero) {
                        StringBuilder what = new StringBuilder();
                        long value = 0;
                        for (int i = 0; i < t[0].length; i++) {
                            what.append(i == 0 ? "" : t[1][i] > 0 ? " + " : " − ").append(names.get(t[0][i]));
                            value += (long) t[1][i] * truth.get(t[0][i]);
                        }
                        failures.add(what + " (in truth " + value + ") can be narrowed to " + Math.round(low) + ".."
                                + Math.round(high));
                    }
                }
            }

            private double value(double[] point, int[][] target) {
                double value = 0;
                for (int i = 0; i < target[0].length; i++) {
                    value += target[1][i] * point[local.get(target[0][i])];
                }
                return value;
            }

            private double spread(int[][] target) {
                double low = Double.POSITIVE_INFINITY;
                double high = Double.NEGATIVE_INFINITY;
                for (double[] w : witnesses) {
                    double v = value(w, target);
                    low = Math.min(low, v);
                    high = Math.max(high, v);
                }
                return high - low;
            }

            /** Keeps a point as a witness after checking it against every relation of the component. */
            private void witness(double[] point) {
                for (int r : relations) {
                    int[] vars = relVars.get(r);
                    int[] coefs = relCoefs.get(r);
                    double sum = 0;
                    for (int i = 0; i < vars.length; i++) {
                        Integer l = local.get(vars[i]);
                        sum += coefs[i] * (l != null ? point[l] : truth.get(vars[i]));
                    }
                    boolean holds = relEqual.get(r) ? Math.abs(sum) < 1e-4 : sum < 1e-4;
                    assertThat(holds).as("a solution of the reader's program breaks relation " + r).isTrue();
                }
                for (double x : point) {
                    assertThat(x).as("a solution of the reader's program is negative").isGreaterThan(-1e-4);
                }
                witnesses.add(point);
            }

            /**
             * A witness far from the others: Σ coefs × vars pushed down or up with every figure within a few
             * thresholds of its true value (which keeps the program well scaled); nothing when the solver fails.
             */
            private void spreadTo(int[][] target, boolean maximise) {
                org.ojalgo.optimisation.Optimisation.Result result = solve(target, maximise, true);
                if (result.getState().isFeasible()) {
                    witness(point(result));
                }
            }

            /** The smallest or largest value of Σ coefs × vars, the solution kept as a witness. */
            private double optimise(int[][] target, boolean maximise) {
                org.ojalgo.optimisation.Optimisation.Result result = solve(target, maximise, false);
                assertThat(result.getState().isFeasible()).as("the true figures are a solution: " + result).isTrue();
                double[] point = point(result);
                witness(point);
                return value(point, target);
            }

            private double[] point(org.ojalgo.optimisation.Optimisation.Result result) {
                double[] point = new double[members.size()];
                for (int i = 0; i < point.length; i++) {
                    point[i] = result.doubleValue(i);
                }
                return point;
            }

            private org.ojalgo.optimisation.Optimisation.Result solve(int[][] target, boolean maximise,
                                                                       boolean near) {
                org.ojalgo.optimisation.ExpressionsBasedModel model =
                        new org.ojalgo.optimisation.ExpressionsBasedModel();
                org.ojalgo.optimisation.Variable[] x = new org.ojalgo.optimisation.Variable[members.size()];
                for (int i = 0; i < x.length; i++) {
                    double cap = near ? truth.get(members.get(i)) + 4.0 * S.suppressionThreshold() : CAP;
                    x[i] = model.addVariable(names.get(members.get(i))).lower(0).upper(cap);
                }
                for (int r : relations) {
                    int[] vars = relVars.get(r);
                    int[] coefs = relCoefs.get(r);
                    double constant = 0;
                    org.ojalgo.optimisation.Expression e = model.addExpression("r" + r);
                    for (int i = 0; i < vars.length; i++) {
                        Integer l = local.get(vars[i]);
                        if (l != null) {
                            e.set(x[l], coefs[i]);
                        } else {
                            constant += coefs[i] * (double) truth.get(vars[i]);
                        }
                    }
                    if (relEqual.get(r)) {
                        e.level(-constant);
                    } else {
                        e.upper(-constant);
                    }
                }
                org.ojalgo.optimisation.Expression objective = model.addExpression("objective").weight(1);
                for (int i = 0; i < target[0].length; i++) {
                    objective.set(x[local.get(target[0][i])], target[1][i]);
                }
                return maximise ? model.maximise() : model.minimise();
            }
        }
    }
}
