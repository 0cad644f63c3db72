package org.recoveryoutcomes.engine.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.recoveryoutcomes.engine.model.Breakdown;
import org.recoveryoutcomes.engine.model.BreakdownValue;
import org.recoveryoutcomes.engine.model.CountValue;
import org.recoveryoutcomes.engine.model.EngineInfo;
import org.recoveryoutcomes.engine.model.GroupLevel;
import org.recoveryoutcomes.engine.model.GroupResult;
import org.recoveryoutcomes.engine.model.MetricValue;
import org.recoveryoutcomes.engine.model.MetricsResult;
import org.recoveryoutcomes.engine.model.Period;
import org.recoveryoutcomes.engine.model.ProportionValue;
import org.recoveryoutcomes.engine.model.ReportTemplate;
import org.recoveryoutcomes.engine.model.Settings;
import org.recoveryoutcomes.engine.model.TrendSeries;

/**
 * The disclosure property, on many random reports: no figure a report hides can be worked out exactly by adding
 * and subtracting the figures it publishes in the rows and columns of its tables.
 *
 * <p>Each case is a random hierarchy ({@code all}, 2–4 boroughs, 1–4 projects each) with small counts, so that
 * suppression bites: clients seen, retention (a proportion), contacts with contacts by type, a two-quarter trend
 * of clients seen, and a breakdown by sex of clients seen and retention. Project-level figures are drawn at
 * random per category and added up, so every total is the exact sum of its parts. Some cases are reports
 * focused on one borough or project, which leave the other groups out.
 *
 * <p>The check is independent of {@link Suppression}: it writes down every equation a reader could use
 * (borough = Σ its projects, all = Σ boroughs, for each metric, trend quarter, breakdown category and contact
 * type; a group's figure = Σ its categories; contacts = Σ contact types), marks the published unhidden cells as
 * known, then repeatedly solves every equation with a single unknown cell. A hidden cell, or a small number the
 * report leaves out, that becomes known is a failure, reported with the seed and the cells of the equation.
 */
class SuppressionPropertyTest {

    private static final int CASES = 300;
    private static final long SEED = 20260930L;
    private static final Settings S = Settings.DEFAULTS;
    private static final Period Q2 = Period.parse("2026/27-Q2");
    private static final Period Q1 = Period.parse("2026/27-Q1");
    private static final List<String> SEXES = List.of("male", "female", "other", "not_stated", "not_recorded");
    private static final List<String> TYPES = List.of("drop_in", "one_to_one", "group");

    @Test
    void noHiddenFigureCanBeWorkedOutFromThePublishedOnes() {
        SplittableRandom seeds = new SplittableRandom(SEED);
        int hiddenCells = 0;
        int secondaryCells = 0;
        for (int i = 0; i < CASES; i++) {
            long seed = seeds.nextLong();
            Case c = Case.random(seed);
            Suppression s = Suppression.of(c.content());
            Check check = new Check(c, s);
            String failure = check.failure();
            if (failure != null) {
                fail("case " + i + " (seed " + seed + ", focus " + c.focus + "):\n" + failure + "\n" + c.describe(s));
            }
            hiddenCells += check.hidden;
            secondaryCells += check.secondary;
        }
        // The property must not hold trivially: small numbers were hidden, and protected.
        assertThat(hiddenCells).isGreaterThan(CASES);
        assertThat(secondaryCells).isGreaterThan(CASES / 2);
    }

    @Test
    void aWorkingCopyHidesNothing() {
        Case c = Case.random(7);
        Suppression s = Suppression.of(c.content(false));
        for (GroupResult g : c.metrics.groups()) {
            assertThat(s.hidden(g, "clients_seen")).isFalse();
            assertThat(s.hidden(g, "retained_12_weeks")).isFalse();
        }
        assertThat(c.metrics.breakdowns()).noneMatch(s::hidden);
    }

    /** One random report. */
    private static final class Case {
        final MetricsResult metrics;
        final String focus;

        private Case(MetricsResult metrics, String focus) {
            this.metrics = metrics;
            this.focus = focus;
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
                    List.of(), S, Map.of(), List.of(), groups, trends, LocalDate.of(2026, 9, 30), List.of(), ordered);
            String focus = switch (r.nextInt(4)) {
                case 0 -> "borough:B" + r.nextInt(boroughs);
                case 1 -> "project:P" + r.nextInt(n);
                default -> null;
            };
            return new Case(metrics, focus);
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

        ReportContent content() {
            return content(true);
        }

        ReportContent content(boolean suppression) {
            ReportTemplate template = new ReportTemplate("borough-comparison", "Borough comparison", null,
                    List.of(GroupLevel.ALL, GroupLevel.BOROUGH, GroupLevel.PROJECT), "parent", Map.of(), List.of());
            return new ReportContent(metrics, template, new RenderOptions(Locale.UK, suppression, focus,
                    LocalDate.of(2026, 9, 30), "00"));
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

    /** The reader's view of one report: cells, the equations between them, and what can be worked out. */
    private static final class Check {
        private final List<String> names = new ArrayList<>();
        private final List<Boolean> known = new ArrayList<>();
        private final List<Boolean> sensitive = new ArrayList<>();
        private final Map<String, Integer> index = new LinkedHashMap<>();
        private final List<int[]> equations = new ArrayList<>();
        private final Case c;
        int hidden;
        int secondary;

        Check(Case c, Suppression s) {
            this.c = c;
            ReportContent content = c.content();
            Set<String> published = new LinkedHashSet<>();
            content.groups().forEach(g -> published.add(g.key()));
            List<GroupResult> groups = c.metrics.groups();
            for (GroupResult g : groups) {
                boolean shown = published.contains(g.key());
                for (String id : List.of("contacts", "clients_seen", "retained_12_weeks")) {
                    MetricValue v = g.metric(id);
                    cell(g.key() + "|" + id, shown, s.hidden(g, id), v.suppressed());
                }
                BreakdownValue types = (BreakdownValue) g.metric("contacts_by_type");
                for (Map.Entry<String, CountValue> e : types.parts().entrySet()) {
                    cell(g.key() + "|type:" + e.getKey(), shown, s.hiddenPart(g, "contacts_by_type", e.getKey()),
                            e.getValue().suppressed());
                }
                // The breakdown's total is the contacts figure: the same number, so hidden alike.
                assertThat(s.hiddenTotal(g, "contacts_by_type")).as(g.key() + " contacts by type total")
                        .isEqualTo(s.hidden(g, "contacts"));
                for (TrendSeries t : c.metrics.trends()) {
                    if (t.groupKey().equals(g.key())) {
                        TrendSeries.Point q1 = t.points().get(0);
                        cell(g.key() + "|Q1", shown, s.hidden(g.key(), "clients_seen", Q1), q1.value().suppressed());
                        // The report period's quarter is the figure itself: hidden exactly when it is.
                        assertThat(s.hidden(g.key(), "clients_seen", Q2)).as(g.key() + " trend Q2")
                                .isEqualTo(s.hidden(g, "clients_seen"));
                    }
                }
            }
            for (Breakdown b : c.metrics.breakdowns()) {
                cell(b.groupKey() + "|" + b.metricId() + "|" + b.category(), published.contains(b.groupKey()),
                        s.hidden(b), b.value().suppressed());
            }
            List<String> columns = new ArrayList<>(List.of("contacts", "clients_seen", "retained_12_weeks", "Q1"));
            TYPES.forEach(t -> columns.add("type:" + t));
            for (String metric : List.of("clients_seen", "retained_12_weeks")) {
                SEXES.forEach(sex -> columns.add(metric + "|" + sex));
            }
            for (String column : columns) {
                hierarchy(groups, column);
            }
            for (GroupResult g : groups) {
                List<String> types = new ArrayList<>();
                TYPES.forEach(t -> types.add(g.key() + "|type:" + t));
                equation(g.key() + "|contacts", types);
                for (String metric : List.of("clients_seen", "retained_12_weeks")) {
                    List<String> cats = new ArrayList<>();
                    SEXES.forEach(sex -> cats.add(g.key() + "|" + metric + "|" + sex));
                    equation(g.key() + "|" + metric, cats);
                }
            }
        }

        private void cell(String name, boolean published, boolean hiddenNow, boolean primary) {
            index.put(name, names.size());
            names.add(name);
            known.add(published && !hiddenNow);
            sensitive.add(published ? hiddenNow : primary);
            if (published && hiddenNow) {
                hidden++;
                if (!primary) {
                    secondary++;
                }
            }
            if (published && primary && !hiddenNow) {
                fail("seed case with focus " + c.focus + ": the small number " + name + " is published");
            }
        }

        private void hierarchy(List<GroupResult> groups, String column) {
            List<String> boroughs = new ArrayList<>();
            for (GroupResult b : groups) {
                if (b.level() != GroupLevel.BOROUGH) {
                    continue;
                }
                boroughs.add(b.key() + "|" + column);
                List<String> projects = new ArrayList<>();
                for (GroupResult p : groups) {
                    if (p.level() == GroupLevel.PROJECT && b.id().equals(p.borough())) {
                        projects.add(p.key() + "|" + column);
                    }
                }
                equation(b.key() + "|" + column, projects);
            }
            equation("all|" + column, boroughs);
        }

        private void equation(String total, List<String> parts) {
            int[] e = new int[parts.size() + 1];
            e[0] = index.get(total);
            for (int i = 0; i < parts.size(); i++) {
                e[i + 1] = index.get(parts.get(i));
            }
            equations.add(e);
        }

        /** The first sensitive cell a reader can work out, with the equation that gives it; null when none. */
        String failure() {
            boolean[] k = new boolean[names.size()];
            for (int i = 0; i < k.length; i++) {
                k[i] = known.get(i);
            }
            boolean changed = true;
            while (changed) {
                changed = false;
                for (int[] e : equations) {
                    int lone = -1;
                    int unknown = 0;
                    for (int cell : e) {
                        if (!k[cell]) {
                            unknown++;
                            lone = cell;
                        }
                    }
                    if (unknown == 1) {
                        k[lone] = true;
                        changed = true;
                        if (sensitive.get(lone)) {
                            StringBuilder sb = new StringBuilder(names.get(lone) + " can be worked out from ");
                            sb.append(names.get(e[0])).append(" = ");
                            for (int i = 1; i < e.length; i++) {
                                sb.append(i > 1 ? " + " : "").append(names.get(e[i]));
                            }
                            return sb.toString();
                        }
                    }
                }
            }
            return null;
        }
    }
}
