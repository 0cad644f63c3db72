package org.recoveryoutcomes.engine.render.pdf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.recoveryoutcomes.engine.metrics.Figures;
import org.recoveryoutcomes.engine.metrics.MetricsEngine;
import org.recoveryoutcomes.engine.metrics.Stats;
import org.recoveryoutcomes.engine.model.ChangeValue;
import org.recoveryoutcomes.engine.model.Code;
import org.recoveryoutcomes.engine.model.Comparison;
import org.recoveryoutcomes.engine.model.CountValue;
import org.recoveryoutcomes.engine.model.EngineInfo;
import org.recoveryoutcomes.engine.model.FileReport;
import org.recoveryoutcomes.engine.model.Funnel;
import org.recoveryoutcomes.engine.model.GroupLevel;
import org.recoveryoutcomes.engine.model.GroupResult;
import org.recoveryoutcomes.engine.model.MeanValue;
import org.recoveryoutcomes.engine.model.MetricDefinition;
import org.recoveryoutcomes.engine.model.MetricWords;
import org.recoveryoutcomes.engine.model.MetricKind;
import org.recoveryoutcomes.engine.model.MetricValue;
import org.recoveryoutcomes.engine.model.MetricsResult;
import org.recoveryoutcomes.engine.model.Period;
import org.recoveryoutcomes.engine.model.Polarity;
import org.recoveryoutcomes.engine.model.ProportionValue;
import org.recoveryoutcomes.engine.model.Relations;
import org.recoveryoutcomes.engine.model.ReportTemplate;
import org.recoveryoutcomes.engine.model.Section;
import org.recoveryoutcomes.engine.model.SectionKind;
import org.recoveryoutcomes.engine.model.Settings;
import org.recoveryoutcomes.engine.model.Trend;
import org.recoveryoutcomes.engine.model.TrendSeries;
import org.recoveryoutcomes.engine.model.AmountValue;
import org.recoveryoutcomes.engine.model.BreakdownValue;
import org.recoveryoutcomes.engine.render.RenderOptions;

/**
 * A realistic set of figures for rendering tests: all projects, two boroughs (Ealing with BAT and EHR, Hounslow
 * with HRC), every kind of value, hand-set figures where tests assert sentences, 8-quarter trends, funnels,
 * file reports and definitions. Borough and all-project proportions are the sums of their projects' numerators
 * and denominators, with Wilson CIs from {@link Figures}, comparisons against the parent by whether its value
 * lies outside the CI, funnels and Newcombe trends from {@link Stats}.
 *
 * <p>Hand-set cases: BAT abstinent_opiates 46/112 (41%, Wilson 32.4%–50.3%); abstinent_crack BAT 10/25, EHR 2/7
 * (suppressed), HRC 3/9 (suppressed); abstinent_cocaine HRC 0/0 (no figure); new_clients EHR 3 (suppressed);
 * psych_health_change BAT +3.2 (significant), physical_health_change BAT +0.4 (not significant).
 */
final class ReportFixture {

    static final Settings SETTINGS = Settings.DEFAULTS;
    static final Period PERIOD = Period.parse("2026/27-Q2");
    static final Period OUTCOME = Period.parse("12m:2026-09-30");
    static final LocalDate REPORT_DATE = LocalDate.of(2026, 10, 14);
    static final String DOCUMENT_ID = "3f9a0c1be24d5e6f708192a3b4c5d6e7";

    private static final String[][] PROJECTS = {
        {"BAT", "Battling Addiction Together", "Ealing"},
        {"EHR", "Ealing Hope and Recovery", "Ealing"},
        {"HRC", "Hounslow Recovery Café", "Hounslow"},
    };
    private static final String[] SUBSTANCES = {"alcohol", "opiates", "crack", "cocaine", "amphetamines",
        "cannabis", "other_drug"};

    private ReportFixture() {
    }

    static RenderOptions options(boolean suppression, String focus) {
        return new RenderOptions(RenderOptions.EN_GB, suppression, focus, REPORT_DATE, DOCUMENT_ID);
    }

    // ============================================================================================ templates

    /** A shipped template, read from the JSON packaged with the engine. */
    static ReportTemplate template(String id) {
        try (InputStream in = ReportFixture.class.getResourceAsStream("/org/recoveryoutcomes/templates/" + id
                + ".json")) {
            JsonNode json = new ObjectMapper().readTree(in);
            List<GroupLevel> levels = new ArrayList<>();
            json.get("levels").forEach(l -> levels.add(Code.parse(GroupLevel.class, l.asText()).orElseThrow()));
            List<Section> sections = new ArrayList<>();
            for (JsonNode s : json.get("sections")) {
                List<String> metrics = new ArrayList<>();
                s.get("metrics").forEach(m -> metrics.add(m.asText()));
                sections.add(new Section(s.get("id").asText(), s.get("title").asText(),
                        Code.parse(SectionKind.class, s.get("kind").asText()).orElseThrow(), metrics,
                        s.has("text") ? s.get("text").asText() : null));
            }
            return new ReportTemplate(json.get("id").asText(), json.get("title").asText(),
                    json.get("audience").asText(), levels, json.get("comparator").asText(), Map.of(), sections);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ============================================================================================ metrics

    static MetricsResult metrics() {
        List<MetricDefinition> definitions = definitions();
        Map<String, Map<String, MetricValue>> values = new LinkedHashMap<>();
        for (String[] p : PROJECTS) {
            values.put(p[0], new LinkedHashMap<>());
        }
        // Counts, amounts, means and breakdowns per project.
        long[][] counts = {
            // contacts, clients_seen, new_clients, volunteers_active, successful_completions
            {1234, 250, 40, 12, 38},
            {860, 180, 3, 8, 21},
            {412, 96, 22, 4, 9},
        };
        String[] countIds = {"contacts", "clients_seen", "new_clients", "volunteers_active", "successful_completions"};
        double[] hours = {312.5, 140.25, 60.0};
        long[][] byType = {
            {500, 300, 200, 150, 60, 21, 3},
            {400, 220, 150, 60, 25, 5, 0},
            {200, 100, 60, 30, 15, 4, 3},
        };
        String[] types = {"drop_in", "one_to_one", "group", "activity", "phone", "outreach", "other"};
        for (int i = 0; i < PROJECTS.length; i++) {
            Map<String, MetricValue> m = values.get(PROJECTS[i][0]);
            for (int k = 0; k < countIds.length; k++) {
                m.put(countIds[k], Figures.count(counts[i][k], SETTINGS));
            }
            m.put("volunteer_hours", new AmountValue(hours[i], "hours"));
            m.put("contacts_per_client", mean(counts[i][1], (double) counts[i][0] / counts[i][1]));
            m.put("contacts_by_type", breakdown(types, byType[i]));
        }

        // Proportions: (numerator, denominator) per project; boroughs and all are sums.
        Map<String, long[][]> raw = new LinkedHashMap<>();
        List<String> proportionIds = definitions.stream().filter(d -> d.kind() == MetricKind.PROPORTION)
                .map(MetricDefinition::id).filter(id -> !id.equals("did_not_attend_rate")).toList();
        int index = 0;
        for (String id : proportionIds) {
            long[][] nd = new long[PROJECTS.length][];
            for (int i = 0; i < PROJECTS.length; i++) {
                long d = 30 + ((index * 37L + i * 53L) % 80);
                double rate = 0.22 + ((index * 13 + i * 29) % 50) / 100.0;
                nd[i] = new long[] {Math.round(d * rate), d};
            }
            raw.put(id, nd);
            index++;
        }
        raw.put("abstinent_opiates", new long[][] {{46, 112}, {30, 70}, {12, 40}});
        raw.put("abstinent_crack", new long[][] {{10, 25}, {2, 7}, {3, 9}});
        raw.put("abstinent_cocaine", new long[][] {{9, 20}, {6, 14}, {0, 0}});
        raw.put("abstinent_any_illicit", new long[][] {{52, 130}, {31, 84}, {20, 41}});

        List<GroupResult> groups = new ArrayList<>();
        Map<String, long[]> allSums = new LinkedHashMap<>();
        Map<String, Map<String, long[]>> boroughSums = new LinkedHashMap<>();
        for (String id : raw.keySet()) {
            long[][] nd = raw.get(id);
            for (int i = 0; i < PROJECTS.length; i++) {
                add(allSums, id, nd[i]);
                add(boroughSums.computeIfAbsent(PROJECTS[i][2], b -> new LinkedHashMap<>()), id, nd[i]);
            }
        }
        Map<String, MetricValue> all = new LinkedHashMap<>();
        sumCounts(values, null, all, countIds);
        all.put("volunteer_hours", new AmountValue(hours[0] + hours[1] + hours[2], "hours"));
        for (String id : raw.keySet()) {
            all.put(id, proportion(id, allSums.get(id), null, null, 0));
        }
        addChanges(all, 1.0, 222);
        groups.add(new GroupResult(GroupLevel.ALL, "all", "All projects", null, all));

        for (String borough : boroughSums.keySet()) {
            Map<String, MetricValue> m = new LinkedHashMap<>();
            sumCounts(values, borough, m, countIds);
            double h = 0;
            for (int i = 0; i < PROJECTS.length; i++) {
                if (PROJECTS[i][2].equals(borough)) {
                    h += hours[i];
                }
            }
            m.put("volunteer_hours", new AmountValue(h, "hours"));
            for (String id : raw.keySet()) {
                m.put(id, proportion(id, boroughSums.get(borough).get(id), allSums.get(id), "all", 1));
            }
            addChanges(m, borough.equals("Ealing") ? 1.1 : 0.7, borough.equals("Ealing") ? 182 : 40);
            groups.add(new GroupResult(GroupLevel.BOROUGH, borough, borough, borough, m));
        }
        for (int i = 0; i < PROJECTS.length; i++) {
            Map<String, MetricValue> m = values.get(PROJECTS[i][0]);
            for (String id : raw.keySet()) {
                m.put(id, proportion(id, raw.get(id)[i], boroughSums.get(PROJECTS[i][2]).get(id),
                        "borough:" + PROJECTS[i][2], 2 + i));
            }
            addChanges(m, new double[] {1.2, 0.9, 0.5}[i], new long[] {112, 70, 40}[i]);
            groups.add(new GroupResult(GroupLevel.PROJECT, PROJECTS[i][0], PROJECTS[i][1], PROJECTS[i][2], m));
        }
        // Hand-set changes of BAT asserted by the tests.
        GroupResult bat = groups.get(groups.size() - 3);
        Map<String, MetricValue> batValues = new LinkedHashMap<>(bat.metrics());
        batValues.put("psych_health_change", new ChangeValue(112, 8.1, 11.3, 3.2, 2.1, 4.3, 0.0004, 0.62, false));
        batValues.put("physical_health_change",
                new ChangeValue(112, 10.2, 10.6, 0.4, -0.3, 1.1, 0.27, 0.11, false));
        batValues.put("days_crack", new ChangeValue(3, 10.0, 4.0, -6.0, -12.0, 0.0, 0.25, -1.0, true));
        groups.set(groups.size() - 3, new GroupResult(bat.level(), bat.id(), bat.name(), bat.borough(), batValues));

        return new MetricsResult(new EngineInfo("recovery-outcomes", "1.0.0"), PERIOD, OUTCOME, inputs(), SETTINGS,
                thresholds(), definitions, groups, trends(groups), LocalDate.of(2026, 9, 30));
    }

    private static void add(Map<String, long[]> sums, String id, long[] nd) {
        long[] s = sums.computeIfAbsent(id, k -> new long[2]);
        s[0] += nd[0];
        s[1] += nd[1];
    }

    private static void sumCounts(Map<String, Map<String, MetricValue>> values, String borough,
                                  Map<String, MetricValue> into, String[] countIds) {
        long[] sums = new long[countIds.length];
        long[] types = new long[7];
        for (int i = 0; i < PROJECTS.length; i++) {
            if (borough != null && !PROJECTS[i][2].equals(borough)) {
                continue;
            }
            Map<String, MetricValue> m = values.get(PROJECTS[i][0]);
            for (int k = 0; k < countIds.length; k++) {
                sums[k] += ((CountValue) m.get(countIds[k])).count();
            }
            int t = 0;
            for (CountValue c : ((BreakdownValue) m.get("contacts_by_type")).parts().values()) {
                types[t++] += c.count();
            }
        }
        for (int k = 0; k < countIds.length; k++) {
            into.put(countIds[k], Figures.count(sums[k], SETTINGS));
        }
        into.put("contacts_per_client", mean(sums[1], (double) sums[0] / sums[1]));
        into.put("contacts_by_type", breakdown(new String[] {"drop_in", "one_to_one", "group", "activity", "phone",
            "outreach", "other"}, types));
    }

    private static MeanValue mean(long n, double mean) {
        return new MeanValue(n, mean, Math.floor(mean), mean - 0.38, mean + 0.41, SETTINGS.isSmall(n));
    }

    private static BreakdownValue breakdown(String[] types, long[] counts) {
        Map<String, CountValue> parts = new LinkedHashMap<>();
        for (int i = 0; i < types.length; i++) {
            parts.put(types[i], Figures.count(counts[i], SETTINGS));
        }
        return new BreakdownValue(parts);
    }

    /**
     * A proportion with its comparison against {@code parent} (null for all), a funnel around it, a trend against
     * an earlier period made by shifting the numerator, and for the paired yes/no items the start figure.
     */
    private static ProportionValue proportion(String id, long[] nd, long[] parent, String comparator, int salt) {
        ProportionValue p = Figures.proportion(nd[0], nd[1], SETTINGS);
        if (parent != null && parent[1] > 0) {
            double pv = 100.0 * parent[0] / parent[1];
            Comparison c;
            if (nd[1] < SETTINGS.minDenominatorForComparison()) {
                c = Comparison.NOT_COMPARED;
            } else if (pv >= p.lower95() && pv <= p.upper95()) {
                c = Comparison.SIMILAR;
            } else {
                boolean higher = p.value() > pv;
                c = higher == (polarity(id) != Polarity.LOW_IS_GOOD) ? Comparison.BETTER : Comparison.WORSE;
            }
            p = p.withComparison(c, comparator, pv);
            if (nd[1] > 0) {
                Stats.FunnelLimits f = Stats.funnelLimits(pv / 100, nd[1]);
                p = p.withFunnel(new Funnel(pv, 100 * f.lower95(), 100 * f.upper95(), 100 * f.lower998(),
                        100 * f.upper998(), Stats.funnelSignificance(nd[0], nd[1], pv / 100)));
            }
        }
        if (nd[1] > 0) {
            long shift = Math.max(1, nd[1] * ((salt + id.length()) % 5) / 20);
            long earlier = Math.max(0, Math.min(nd[1], nd[0] - shift + ((id.length() % 2) * 2 * shift)));
            p = p.withTrends(trend("2026/27-Q1", nd[0], nd[1], earlier, nd[1]),
                    trend("2025/26-Q2", nd[0], nd[1], Math.max(0, nd[0] - 2 * shift), nd[1]));
        }
        if (id.equals("in_paid_work") || id.equals("in_education_training") || id.equals("volunteering")
                || id.equals("meaningful_activity")) {
            ProportionValue start = Figures.proportion(nd[0] * 3 / 5, nd[1], SETTINGS);
            p = p.withStart(start, Stats.mcnemarExactP(nd[0] / 8, nd[0] * 3 / 8));
        }
        return p;
    }

    private static Trend trend(String label, long x1, long n1, long x0, long n0) {
        Stats.Interval ci = Stats.newcombeDifference(x1, n1, x0, n0, 0.95);
        double diff = 100.0 * x1 / n1 - 100.0 * x0 / n0;
        return new Trend(label, 100.0 * x0 / n0, diff, 100 * ci.lower(), 100 * ci.upper(),
                ci.lower() > 0 || ci.upper() < 0);
    }

    /** Health changes (points) and days of use changes, scaled by {@code effect}, over {@code n} pairs. */
    private static void addChanges(Map<String, MetricValue> m, double effect, long n) {
        m.put("psych_health_change", change(n, 8.4, 2.6 * effect, 1.1, 0.0004));
        m.put("physical_health_change", change(n, 10.1, 0.9 * effect, 1.2, 0.09));
        m.put("quality_of_life_change", change(n, 9.2, 2.2 * effect, 0.9, 0.0002));
        double[] start = {12.5, 18.2, 10.0, 7.5, 6.0, 9.0, 5.0};
        double[] fall = {4.5, 12.1, 6.0, 0, 1.5, 1.2, 2.0};
        long[] pairs = {n * 3 / 4, n / 2, n / 8, 0, n / 9, n / 4, n / 14};
        double[] p = {0.0002, 0.00001, 0.004, 1, 0.21, 0.19, 0.11};
        for (int i = 0; i < SUBSTANCES.length; i++) {
            long k = pairs[i];
            if (k == 0) {
                m.put("days_" + SUBSTANCES[i], new ChangeValue(0, null, null, null, null, null, null, null, false));
                continue;
            }
            double half = fall[i] * 0.2 + (p[i] < 0.05 ? 0 : fall[i]);
            m.put("days_" + SUBSTANCES[i], new ChangeValue(k, start[i], start[i] - fall[i] * effect,
                    -fall[i] * effect, -fall[i] * effect - half, -fall[i] * effect + half, p[i],
                    -fall[i] * effect / 9.0, SETTINGS.isSmall(k)));
        }
    }

    private static ChangeValue change(long n, double start, double change, double half, double p) {
        return new ChangeValue(n, start, start + change, change, change - half, change + half, p, change / 4.2,
                SETTINGS.isSmall(n));
    }

    // ============================================================================================ trends

    /** Eight quarters, 2024/25-Q3 to 2026/27-Q2, for each group, for the trend metrics. */
    private static List<TrendSeries> trends(List<GroupResult> groups) {
        List<Period> quarters = new ArrayList<>();
        Period q = PERIOD;
        for (int i = 0; i < 8; i++) {
            quarters.add(0, q);
            q = q.previous();
        }
        List<TrendSeries> out = new ArrayList<>();
        String[] ids = {"clients_seen", "retained_12_weeks", "abstinent_any_illicit", "abstinent_alcohol",
            "abstinent_opiates", "housing_problem_resolved", "completed_no_representation"};
        int gi = 0;
        for (GroupResult g : groups) {
            for (String id : ids) {
                MetricValue now = g.metric(id);
                List<TrendSeries.Point> points = new ArrayList<>();
                for (int i = 0; i < quarters.size(); i++) {
                    int back = quarters.size() - 1 - i;
                    MetricValue v;
                    if (now instanceof CountValue c) {
                        v = Figures.count(Math.max(0, c.count() - back * (6 + gi) + (i % 3) * 4), SETTINGS);
                    } else {
                        ProportionValue p = (ProportionValue) now;
                        long d = Math.max(0, p.denominator() - back * 2);
                        long n = Math.max(0, Math.min(d, p.numerator() - back * (1 + gi % 2) + (i % 2)));
                        if (g.id().equals("HRC") && id.equals("abstinent_any_illicit") && i == 2) {
                            n = 2;
                            d = 6;
                        }
                        v = Figures.proportion(n, d, SETTINGS);
                    }
                    points.add(new TrendSeries.Point(quarters.get(i), v));
                }
                out.add(new TrendSeries(g.key(), id, points));
            }
            gi++;
        }
        return out;
    }

    /** {@code m} as read from data without a clients file: no client profiles, so no equality breakdowns. */
    static MetricsResult withoutClientsFile(MetricsResult m) {
        return new MetricsResult(m.engine(), m.period(), m.outcomePeriod(),
                m.inputs().stream().filter(f -> !f.file().startsWith("clients.")).toList(), m.settings(),
                m.reliableChangeThresholds(), m.definitions(), m.groups(), m.trends(), m.dataDate(),
                m.methodologyNotes(), List.of());
    }

    // ============================================================================================ inputs

    private static List<FileReport> inputs() {
        return List.of(
                new FileReport("projects.csv", "9d5ed678fe57bcca610140957afab571a7c5a0b1c4b9e6f8c2d3a4b5c6d7e8f9",
                        3, 3, 0, Map.of(), Map.of()),
                new FileReport("contacts.csv", "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae",
                        2531, 2506, 25, Map.of("unknown_project", 4L, "bad_date", 21L),
                        Map.of("unknown_column", 1L)),
                new FileReport("clients.csv", "fcde2b2edba56bf408601fb721fe9b5c338d10ee429ea04fae5511b68fbf8fb9",
                        526, 526, 0, Map.of(), Map.of("age_band_from_birth_year", 38L)),
                new FileReport("top.csv", "b5bb9d8014a0f9b1d61e21e796d78dccdf1352f23cd32812f4850b878ae4944c",
                        1102, 1094, 8, Map.of("out_of_range", 6L, "duplicate_interview", 2L), Map.of()),
                new FileReport("episodes.csv", "7d865e959b2466918c9863afca942d0fb89d7c9ac0c99bafc3749504ded97730",
                        640, 640, 0, Map.of(), Map.of()));
    }

    private static Map<String, Double> thresholds() {
        Map<String, Double> t = new LinkedHashMap<>();
        t.put("alcohol_days", 8.74);
        t.put("opiates_days", 9.62);
        t.put("crack_days", 7.91);
        t.put("psych_health", 3.86);
        t.put("physical_health", 3.64);
        t.put("quality_of_life", 3.71);
        return t;
    }

    // ============================================================================================ definitions

    private static Polarity polarity(String id) {
        return definitions().stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow().polarity();
    }

    static List<MetricDefinition> definitions() {
        List<MetricDefinition> d = new ArrayList<>();
        d.add(def("contacts", "Contacts", "engagement", MetricKind.COUNT, Polarity.NO_JUDGEMENT,
                "attended contacts in the period", null));
        d.add(def("clients_seen", "Clients seen", "engagement", MetricKind.COUNT, Polarity.NO_JUDGEMENT,
                "distinct clients with at least one attended contact in the period", null));
        d.add(def("new_clients", "New clients", "engagement", MetricKind.COUNT, Polarity.NO_JUDGEMENT,
                "clients seen whose first attended contact ever is in the period", null));
        d.add(def("contacts_per_client", "Contacts per client", "engagement", MetricKind.MEAN, Polarity.NO_JUDGEMENT,
                "attended contacts of each client seen", "clients seen"));
        d.add(def("repeat_attendance", "Repeat attendance", "engagement", MetricKind.PROPORTION,
                Polarity.HIGH_IS_GOOD, "clients seen with two or more attended contacts", "clients seen"));
        d.add(def("retained_12_weeks", "Retained 12 weeks", "engagement", MetricKind.PROPORTION,
                Polarity.HIGH_IS_GOOD, "clients whose current engagement spans 84 days or more",
                "clients seen whose current engagement began 84 days or more before the period end"));
        d.add(def("did_not_attend_rate", "Did not attend", "engagement", MetricKind.PROPORTION, Polarity.LOW_IS_GOOD,
                "booked contacts not attended", "contacts whose attendance is recorded"));
        d.add(def("volunteers_active", "Volunteers active", "engagement", MetricKind.COUNT, Polarity.NO_JUDGEMENT,
                "distinct volunteers on contacts in the period", null));
        d.add(def("volunteer_hours", "Volunteer hours", "engagement", MetricKind.AMOUNT, Polarity.NO_JUDGEMENT,
                "duration of contacts delivered by peer volunteers, in hours", null));
        d.add(def("contacts_by_type", "Contacts by type", "engagement", MetricKind.BREAKDOWN, Polarity.NO_JUDGEMENT,
                "attended contacts by contact type", null));
        d.add(def("top_start_coverage", "Start TOP coverage", "coverage", MetricKind.PROPORTION,
                Polarity.HIGH_IS_GOOD, "new clients with a start TOP within 28 days of first contact", "new clients"));
        d.add(def("top_follow_up_coverage", "Follow-up TOP coverage", "coverage", MetricKind.PROPORTION,
                Polarity.HIGH_IS_GOOD, "clients with an outcome pair", "clients due a follow-up TOP"));
        for (String s : SUBSTANCES) {
            String name = s.equals("other_drug") ? "other drugs" : s;
            d.add(def("abstinent_" + s, "Abstinent from " + name, "substance_use", MetricKind.PROPORTION,
                    Polarity.HIGH_IS_GOOD, "pairs with 0 days of " + name + " at follow-up",
                    "pairs using " + name + " at start"));
        }
        d.add(def("abstinent_any_illicit", "Abstinent from illicit drugs", "substance_use", MetricKind.PROPORTION,
                Polarity.HIGH_IS_GOOD, "pairs with 0 days of every non-alcohol substance at follow-up",
                "pairs using any non-alcohol substance at start"));
        for (String s : new String[] {"alcohol", "opiates"}) {
            d.add(def("reliably_improved_" + s, "Reliably improved: " + s, "substance_use", MetricKind.PROPORTION,
                    Polarity.HIGH_IS_GOOD, "pairs not abstinent whose days fell by the reliable-change threshold",
                    "pairs using " + s + " at start"));
            d.add(def("deteriorated_" + s, "Deteriorated: " + s, "substance_use", MetricKind.PROPORTION,
                    Polarity.LOW_IS_GOOD, "pairs whose days rose by the reliable-change threshold",
                    "pairs using " + s + " at start"));
        }
        for (String s : SUBSTANCES) {
            String name = s.equals("other_drug") ? "other drugs" : s;
            d.add(def("days_" + s, "Days using " + name, "substance_use", MetricKind.CHANGE, Polarity.LOW_IS_GOOD,
                    "days of " + name + " use in the past 28, start and follow-up", "pairs using " + name
                            + " at start"));
        }
        d.add(def("stopped_injecting", "Stopped injecting", "substance_use", MetricKind.PROPORTION,
                Polarity.HIGH_IS_GOOD, "pairs not injecting at follow-up", "pairs injecting at start"));
        d.add(def("stopped_sharing", "Stopped sharing", "substance_use", MetricKind.PROPORTION, Polarity.HIGH_IS_GOOD,
                "pairs not sharing at follow-up", "pairs sharing at start"));
        d.add(def("housing_problem_resolved", "Housing problem resolved", "reintegration", MetricKind.PROPORTION,
                Polarity.HIGH_IS_GOOD, "pairs with no acute housing problem at follow-up",
                "pairs with an acute housing problem at start"));
        d.add(def("eviction_risk_resolved", "Eviction risk resolved", "reintegration", MetricKind.PROPORTION,
                Polarity.HIGH_IS_GOOD, "pairs not at risk of eviction at follow-up",
                "pairs at risk of eviction at start"));
        d.add(def("in_paid_work", "In paid work", "reintegration", MetricKind.PROPORTION, Polarity.HIGH_IS_GOOD,
                "pairs with paid work days at follow-up", "outcome pairs"));
        d.add(def("into_paid_work", "Into paid work", "reintegration", MetricKind.PROPORTION, Polarity.HIGH_IS_GOOD,
                "pairs with paid work days at follow-up", "pairs with no paid work at start"));
        d.add(def("in_education_training", "In education or training", "reintegration", MetricKind.PROPORTION,
                Polarity.HIGH_IS_GOOD, "pairs with education days at follow-up", "outcome pairs"));
        d.add(def("volunteering", "Volunteering", "reintegration", MetricKind.PROPORTION, Polarity.HIGH_IS_GOOD,
                "pairs with volunteering days at follow-up", "outcome pairs"));
        d.add(def("meaningful_activity", "Meaningful activity", "reintegration", MetricKind.PROPORTION,
                Polarity.HIGH_IS_GOOD, "pairs with work, education or volunteering days at follow-up",
                "outcome pairs"));
        d.add(def("offending_stopped", "Offending stopped", "reintegration", MetricKind.PROPORTION,
                Polarity.HIGH_IS_GOOD, "pairs with no crime at follow-up", "pairs with any crime at start"));
        String[][] health = {{"psych_health", "Psychological health"}, {"physical_health", "Physical health"},
            {"quality_of_life", "Quality of life"}};
        for (String[] h : health) {
            d.add(def(h[0] + "_change", h[1], "health", MetricKind.CHANGE, Polarity.HIGH_IS_GOOD,
                    h[1].toLowerCase(java.util.Locale.ROOT) + " rating (0–20), start and follow-up", "outcome pairs"));
            d.add(def(h[0] + "_reliably_improved", h[1] + ": reliably improved", "health", MetricKind.PROPORTION,
                    Polarity.HIGH_IS_GOOD, "pairs with a reliable rise", "outcome pairs"));
            d.add(def(h[0] + "_reliably_deteriorated", h[1] + ": reliably deteriorated", "health",
                    MetricKind.PROPORTION, Polarity.LOW_IS_GOOD, "pairs with a reliable fall", "outcome pairs"));
        }
        d.add(def("successful_completions", "Successful completions", "completions", MetricKind.COUNT,
                Polarity.HIGH_IS_GOOD, "episodes ended drug-free or as an occasional user", null));
        d.add(def("successful_completion_rate", "Successful completion rate", "completions", MetricKind.PROPORTION,
                Polarity.HIGH_IS_GOOD, "clients with a successful completion", "clients with an open episode"));
        for (String[] c : new String[][] {{"", ""}, {"_opiate", " (opiate)"}, {"_non_opiate", " (non-opiate)"}}) {
            d.add(def("completed_no_representation" + c[0], "Completed, did not re-present" + c[1], "completions",
                    MetricKind.PROPORTION, Polarity.HIGH_IS_GOOD,
                    "clients completing successfully with no new episode within 183 days",
                    "clients with an episode open in the window"));
        }
        d.add(def("effective_engagement", "Effective engagement", "completions", MetricKind.PROPORTION,
                Polarity.HIGH_IS_GOOD, "episodes lasting 84 days or ending successfully", "episodes started"));
        return d;
    }

    private static MetricDefinition def(String id, String label, String domain, MetricKind kind, Polarity polarity,
                                        String numerator, String denominator) {
        String statistic = switch (kind) {
            case PROPORTION -> "percentage with Wilson score 95% CI";
            case MEAN -> "mean and median with t-distribution 95% CI";
            case CHANGE -> "mean change with paired-t 95% CI; Wilcoxon signed-rank p; effect size d(z)";
            default -> "count";
        };
        String source = domain.equals("substance_use") || domain.equals("completions") ? "NDTMS / OHID" : null;
        return new MetricDefinition(id, label, domain, kind, numerator, denominator, polarity, statistic, source)
                .with(relations(id)).with(words(id));
    }

    /**
     * The relations the engine's catalogue declares for the metric (how its figures add up across groups,
     * categories and quarters): what every real run's definitions carry, so that disclosure control protects the
     * fixture's figures as it protects a real publication's. A metric the catalogue lacks declares none.
     */
    private static Relations relations(String id) {
        return MetricsEngine.catalogue().stream().filter(d -> d.id().equals(id)).findFirst()
                .map(MetricDefinition::relations).orElse(Relations.UNDECLARED);
    }

    /**
     * The words the engine's catalogue declares for the metric's findings (what every real run's definitions
     * carry), or none for a metric the catalogue lacks.
     */
    private static MetricWords words(String id) {
        return MetricsEngine.catalogue().stream().filter(d -> d.id().equals(id)).findFirst()
                .map(MetricDefinition::words).orElse(null);
    }
}
