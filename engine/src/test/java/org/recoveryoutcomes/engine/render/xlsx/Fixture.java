package org.recoveryoutcomes.engine.render.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.recoveryoutcomes.engine.metrics.MetricsEngine;
import org.recoveryoutcomes.engine.model.AmountValue;
import org.recoveryoutcomes.engine.model.Breakdown;
import org.recoveryoutcomes.engine.model.BreakdownValue;
import org.recoveryoutcomes.engine.model.ChangeValue;
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
import org.recoveryoutcomes.engine.render.RenderOptions;
import org.recoveryoutcomes.engine.render.ReportContent;

/**
 * A small, realistic metrics result: all projects, two boroughs (Ealing, Hounslow) and three projects (BAT and
 * EPR in Ealing, HRP in Hounslow), with every kind of metric value, a hidden proportion, an incomputable one
 * (denominator 0), a breakdown with one small part, eight quarters of trend, two input files.
 */
final class Fixture {

    static final Period PERIOD = Period.parse("2026/27-Q2");
    static final Period OUTCOME = Period.parse("12m:2026-09-30");
    static final LocalDate REPORT_DATE = LocalDate.of(2026, 10, 3);

    /** The name of project EPR: ordinary by default, a formula for the injection test. */
    private String eprName = "Ealing Peer Recovery";
    private boolean suppression = true;
    private String focus;
    private ReportTemplate template = quarterlyMonitoring();
    private Settings settings = Settings.DEFAULTS;
    private int extraProjects;
    private boolean breakdowns;

    /** Adds equality breakdowns by sex of clients seen and retention for every group ({@link #BY_SEX}). */
    Fixture breakdowns() {
        breakdowns = true;
        return this;
    }

    /** Adds projects P1, P2 … in Hounslow, with HRP's figures and trends. */
    Fixture extraProjects(int n) {
        extraProjects = n;
        return this;
    }

    Fixture settings(Settings s) {
        settings = s;
        return this;
    }

    Fixture eprName(String name) {
        eprName = name;
        return this;
    }

    Fixture suppression(boolean on) {
        suppression = on;
        return this;
    }

    Fixture focus(String key) {
        focus = key;
        return this;
    }

    Fixture template(ReportTemplate t) {
        template = t;
        return this;
    }

    ReportContent content() {
        return new ReportContent(metrics(), template,
                new RenderOptions(RenderOptions.EN_GB, suppression, focus, REPORT_DATE, "0f3c9a"));
    }

    byte[] write() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxReportWriter().write(content(), out);
        return out.toByteArray();
    }

    /** Wilson 95% interval, so the fixture's intervals are the real ones for its counts. */
    static ProportionValue prop(long n, long d) {
        if (d == 0) {
            return ProportionValue.of(0, 0, null, null, false);
        }
        double z = 1.959963984540054;
        double p = (double) n / d;
        double den = 1 + z * z / d;
        double centre = (p + z * z / (2.0 * d)) / den;
        double half = z * Math.sqrt(p * (1 - p) / d + z * z / (4.0 * d * d)) / den;
        boolean small = small(n) || small(d) || small(d - n);
        return ProportionValue.of(n, d, 100 * (centre - half), 100 * (centre + half), small);
    }

    static boolean small(long count) {
        return count >= 1 && count < 5;
    }

    static CountValue count(long n) {
        return new CountValue(n, small(n));
    }

    MetricsResult metrics() {
        List<GroupResult> groups = new ArrayList<>();
        groups.add(group(GroupLevel.ALL, "all", "All projects", null));
        groups.add(group(GroupLevel.BOROUGH, "Ealing", "Ealing", "Ealing"));
        groups.add(group(GroupLevel.BOROUGH, "Hounslow", "Hounslow", "Hounslow"));
        groups.add(group(GroupLevel.PROJECT, "BAT", "Battling Addiction Together", "Ealing"));
        groups.add(group(GroupLevel.PROJECT, "EPR", eprName, "Ealing"));
        groups.add(group(GroupLevel.PROJECT, "HRP", "Hounslow Recovery Peers", "Hounslow"));
        for (int k = 1; k <= extraProjects; k++) {
            groups.add(group(GroupLevel.PROJECT, "P" + k, "Project " + k, "Hounslow"));
        }
        List<FileReport> inputs = List.of(
                new FileReport("contacts.csv", "a".repeat(64), 1240, 1234, 6, Map.of("bad_date", 4L,
                        "unknown_project", 2L), Map.of("missing_duration", 12L)),
                new FileReport("top.csv", "b".repeat(64), 410, 410, 0, Map.of(), Map.of()));
        Map<String, Double> thresholds = new LinkedHashMap<>();
        thresholds.put("psych_health", 3.9191);
        thresholds.put("opiates_days", 8.7654);
        return new MetricsResult(new EngineInfo("recovery-outcomes", "1.0.0"), PERIOD, OUTCOME, inputs,
                settings, thresholds, definitions(), groups, trends(extraProjects), LocalDate.of(2026, 9, 30),
                List.of(), breakdowns ? bySex() : List.of());
    }

    static final String[] SEXES = {"male", "female", "other", "not_stated", "not_recorded"};

    /**
     * Per group (all, Ealing, Hounslow, BAT, EPR, HRP) and sex: clients seen, then retained numerator and
     * denominator. Projects' figures add up to their borough's, and the categories to the group's own figure.
     */
    static final long[][][] BY_SEX = {
        {{180, 35, 90}, {117, 24, 56}, {3, 1, 2}, {5, 0, 1}, {5, 0, 1}},
        {{120, 20, 40}, {73, 14, 28}, {2, 1, 1}, {0, 0, 0}, {5, 0, 1}},
        {{60, 15, 50}, {44, 10, 28}, {1, 0, 1}, {5, 0, 1}, {0, 0, 0}},
        {{70, 10, 25}, {45, 7, 18}, {2, 1, 1}, {0, 0, 0}, {3, 0, 1}},
        {{50, 10, 15}, {28, 7, 10}, {0, 0, 0}, {0, 0, 0}, {2, 0, 0}},
        {{60, 15, 50}, {44, 10, 28}, {1, 0, 1}, {5, 0, 1}, {0, 0, 0}}};

    private static List<Breakdown> bySex() {
        String[] keys = {"all", "borough:Ealing", "borough:Hounslow", "project:BAT", "project:EPR", "project:HRP"};
        List<Breakdown> out = new ArrayList<>();
        for (int g = 0; g < keys.length; g++) {
            for (int c = 0; c < SEXES.length; c++) {
                long[] f = BY_SEX[g][c];
                out.add(new Breakdown(keys[g], "sex", SEXES[c], "clients_seen", count(f[0])));
                out.add(new Breakdown(keys[g], "sex", SEXES[c], "retained_12_weeks", prop(f[1], f[2])));
            }
        }
        return out;
    }

    /** Figures per group, in the order all, Ealing, Hounslow, BAT, EPR, HRP. */
    private static final Map<String, long[]> COUNTS = Map.of(
            "contacts", new long[] {1234, 800, 434, 500, 300, 434},
            "clients_seen", new long[] {310, 200, 110, 120, 80, 110},
            "new_clients", new long[] {85, 50, 35, 30, 20, 35},
            "volunteers_active", new long[] {14, 11, 3, 9, 2, 3},
            "successful_completions", new long[] {40, 25, 15, 18, 7, 15});

    private static final Map<String, long[][]> PROPORTIONS = Map.of(
            "retained_12_weeks", new long[][] {{60, 150}, {35, 70}, {25, 80}, {18, 45}, {17, 25}, {25, 80}},
            "repeat_attendance", new long[][] {{200, 310}, {130, 200}, {70, 110}, {80, 120}, {50, 80}, {70, 110}},
            "abstinent_opiates", new long[][] {{22, 62}, {15, 42}, {7, 20}, {12, 30}, {3, 12}, {7, 20}},
            "abstinent_alcohol", new long[][] {{40, 90}, {30, 60}, {10, 30}, {20, 45}, {10, 15}, {0, 0}},
            "abstinent_any_illicit", new long[][] {{44, 100}, {30, 62}, {14, 38}, {20, 38}, {10, 24}, {14, 38}},
            "stopped_injecting", new long[][] {{12, 22}, {2, 10}, {10, 12}, {0, 6}, {2, 4}, {10, 12}},
            "psych_health_reliably_improved", new long[][] {{40, 55}, {30, 40}, {10, 15}, {18, 22}, {12, 18},
                {10, 15}},
            "top_start_coverage", new long[][] {{60, 85}, {35, 50}, {25, 35}, {20, 30}, {15, 20}, {25, 35}},
            "top_follow_up_coverage", new long[][] {{100, 160}, {62, 100}, {38, 60}, {38, 60}, {24, 40},
                {38, 60}});

    private GroupResult group(GroupLevel level, String id, String name, String borough) {
        int i = switch (id) {
            case "all" -> 0;
            case "Ealing" -> 1;
            case "Hounslow" -> 2;
            case "BAT" -> 3;
            case "EPR" -> 4;
            default -> 5;
        };
        String parent = switch (level) {
            case ALL -> null;
            case BOROUGH -> "all";
            case PROJECT -> "borough:" + borough;
        };
        int parentIndex = switch (level) {
            case ALL -> -1;
            case BOROUGH -> 0;
            case PROJECT -> borough.equals("Ealing") ? 1 : 2;
        };
        Map<String, MetricValue> m = new LinkedHashMap<>();
        for (String metric : List.of("contacts", "clients_seen", "new_clients")) {
            m.put(metric, count(COUNTS.get(metric)[i]));
        }
        m.put("contacts_per_client", new MeanValue(COUNTS.get("clients_seen")[i],
                (double) COUNTS.get("contacts")[i] / COUNTS.get("clients_seen")[i], 3.0, 3.1, 4.9, false));
        for (String metric : List.of("repeat_attendance", "retained_12_weeks")) {
            m.put(metric, compared(metric, i, parent, parentIndex));
        }
        m.put("volunteers_active", count(COUNTS.get("volunteers_active")[i]));
        m.put("volunteer_hours", new AmountValue(new double[] {812.5, 600.25, 212.25, 400.0, 200.25, 212.25}[i],
                "hours"));
        m.put("contacts_by_type", contactsByType(i));
        for (String metric : List.of("top_start_coverage", "top_follow_up_coverage", "abstinent_alcohol",
                "abstinent_opiates", "abstinent_any_illicit", "stopped_injecting")) {
            m.put(metric, compared(metric, i, parent, parentIndex));
        }
        m.put("in_paid_work", prop(30, 60).withStart(prop(18, 60), 0.0123));
        m.put("psych_health_change", new ChangeValue(new long[] {55, 40, 15, 22, 18, 15}[i], 8.1, 11.4, 3.3, 2.1,
                4.5, 0.0004, 0.62, false));
        m.put("psych_health_reliably_improved", compared("psych_health_reliably_improved", i, parent,
                parentIndex));
        m.put("successful_completions", count(COUNTS.get("successful_completions")[i]));
        ProportionValue r = (ProportionValue) m.get("retained_12_weeks");
        if (i == 0) {
            m.put("retained_12_weeks", r.withTrends(new Trend("2026/27-Q1", 37.5, 2.5, -8.4, 13.1, false),
                    new Trend("2025/26-Q2", 28.0, 12.0, 1.2, 22.3, true)));
        } else if (i == 4) {
            // EPR's figure a year before (2025/26-Q2: 2 of 9) was hidden, so this change would reveal it.
            m.put("retained_12_weeks", r.withTrends(new Trend("2026/27-Q1", 52.5, 15.5, -5.0, 33.0, false),
                    new Trend("2025/26-Q2", 22.2, 45.8, 14.0, 63.0, true, true)));
        }
        return new GroupResult(level, id, name, borough, m);
    }

    /** A proportion compared with its parent's value (projects with their borough, boroughs with all). */
    private static ProportionValue compared(String metric, int i, String parent, int parentIndex) {
        long[][] figures = PROPORTIONS.get(metric);
        ProportionValue p = prop(figures[i][0], figures[i][1]);
        if (parent == null) {
            return p;
        }
        ProportionValue q = prop(figures[parentIndex][0], figures[parentIndex][1]);
        Comparison c = p.value() == null || p.denominator() < 10 ? Comparison.NOT_COMPARED
                : q.value() < p.lower95() ? Comparison.BETTER
                : q.value() > p.upper95() ? Comparison.WORSE : Comparison.SIMILAR;
        return p.withComparison(c, parent, q.value())
                .withFunnel(new Funnel(q.value(), q.value() - 15, q.value() + 15, q.value() - 22, q.value() + 22,
                        "Not significant"));
    }

    /** BAT: phone has 3 contacts (hidden), so activity (37, the smallest other non-zero part) is hidden too. */
    private static BreakdownValue contactsByType(int i) {
        long[][] parts = {
            {600, 350, 150, 97, 37, 0},
            {400, 220, 100, 50, 30, 0},
            {200, 130, 50, 47, 7, 0},
            {250, 150, 60, 37, 3, 0},
            {150, 70, 40, 13, 27, 0},
            {200, 130, 50, 47, 7, 0}};
        String[] types = {"drop_in", "one_to_one", "group", "activity", "phone", "outreach"};
        Map<String, CountValue> m = new LinkedHashMap<>();
        for (int k = 0; k < types.length; k++) {
            m.put(types[k], count(parts[i][k]));
        }
        return new BreakdownValue(m);
    }

    /** Eight quarters, oldest first, ending with the report period; EPR's 2025/26-Q2 (the 4th) is hidden. */
    private static List<TrendSeries> trends(int extraProjects) {
        List<Period> quarters = new ArrayList<>();
        Period p = PERIOD;
        for (int k = 0; k < 8; k++) {
            quarters.add(0, p);
            p = p.previous();
        }
        List<TrendSeries> out = new ArrayList<>();
        List<String> keys = new ArrayList<>(List.of("all", "borough:Ealing", "borough:Hounslow", "project:BAT",
                "project:EPR", "project:HRP"));
        for (int k = 1; k <= extraProjects; k++) {
            keys.add("project:P" + k);
        }
        for (String metric : List.of("clients_seen", "retained_12_weeks", "abstinent_any_illicit",
                "abstinent_alcohol")) {
            for (int g = 0; g < keys.size(); g++) {
                List<TrendSeries.Point> points = new ArrayList<>();
                for (int q = 0; q < 8; q++) {
                    MetricValue v;
                    if (metric.equals("clients_seen")) {
                        v = count(100 + 10L * q + g);
                    } else if (g == 4 && q == 3) {
                        v = prop(2, 9); // hidden
                    } else {
                        v = prop(10 + q + g, 40);
                    }
                    points.add(new TrendSeries.Point(quarters.get(q), v));
                }
                out.add(new TrendSeries(keys.get(g), metric, points));
            }
        }
        return out;
    }

    static List<MetricDefinition> definitions() {
        List<MetricDefinition> d = new ArrayList<>();
        d.add(def("contacts", "Contacts", "engagement", MetricKind.COUNT, "attended contacts in the period", null,
                Polarity.NO_JUDGEMENT));
        d.add(def("clients_seen", "Clients seen", "engagement", MetricKind.COUNT,
                "distinct clients with an attended contact in the period", null, Polarity.NO_JUDGEMENT));
        d.add(def("new_clients", "New clients", "engagement", MetricKind.COUNT,
                "clients whose first attended contact ever is in the period", null, Polarity.NO_JUDGEMENT));
        d.add(def("contacts_per_client", "Contacts per client", "engagement", MetricKind.MEAN,
                "attended contacts per client seen", "clients seen", Polarity.NO_JUDGEMENT));
        d.add(def("repeat_attendance", "Repeat attendance", "engagement", MetricKind.PROPORTION,
                "clients seen with 2 or more attended contacts", "clients seen", Polarity.HIGH_IS_GOOD));
        d.add(def("retained_12_weeks", "Retained 12 weeks", "engagement", MetricKind.PROPORTION,
                "clients whose current engagement spans 84 days or more",
                "clients whose current engagement began 84 days or more before the period end",
                Polarity.HIGH_IS_GOOD));
        d.add(def("did_not_attend_rate", "Did not attend", "engagement", MetricKind.PROPORTION,
                "booked contacts not attended", "contacts whose attendance is recorded", Polarity.LOW_IS_GOOD));
        d.add(def("volunteers_active", "Active volunteers", "engagement", MetricKind.COUNT,
                "distinct volunteers on contacts in the period", null, Polarity.NO_JUDGEMENT));
        d.add(def("volunteer_hours", "Volunteer hours", "engagement", MetricKind.AMOUNT,
                "hours of contacts delivered by peer volunteers", null, Polarity.NO_JUDGEMENT));
        d.add(def("contacts_by_type", "Contacts by type", "engagement", MetricKind.BREAKDOWN,
                "attended contacts per contact type", null, Polarity.NO_JUDGEMENT));
        d.add(def("top_start_coverage", "TOP start coverage", "coverage", MetricKind.PROPORTION,
                "new clients with a start TOP within 28 days of their first contact", "new clients",
                Polarity.HIGH_IS_GOOD));
        d.add(def("top_follow_up_coverage", "TOP follow-up coverage", "coverage", MetricKind.PROPORTION,
                "clients with an outcome pair", "clients due a follow-up", Polarity.HIGH_IS_GOOD));
        d.add(def("abstinent_alcohol", "Abstinent from alcohol", "substance_use", MetricKind.PROPORTION,
                "pairs with 0 days of alcohol at follow-up", "pairs using alcohol at start", Polarity.HIGH_IS_GOOD));
        d.add(def("abstinent_opiates", "Abstinent from opiates", "substance_use", MetricKind.PROPORTION,
                "pairs with 0 days of opiates at follow-up", "pairs using opiates at start", Polarity.HIGH_IS_GOOD));
        d.add(def("abstinent_any_illicit", "Abstinent from illicit drugs", "substance_use", MetricKind.PROPORTION,
                "pairs with 0 days of every illicit drug at follow-up", "pairs using an illicit drug at start",
                Polarity.HIGH_IS_GOOD));
        d.add(def("stopped_injecting", "Stopped injecting", "substance_use", MetricKind.PROPORTION,
                "pairs with 0 injecting days at follow-up", "pairs injecting at start", Polarity.HIGH_IS_GOOD));
        d.add(def("in_paid_work", "In paid work", "reintegration", MetricKind.PROPORTION,
                "pairs with paid work days at follow-up", "outcome pairs", Polarity.HIGH_IS_GOOD));
        d.add(def("psych_health_change", "Psychological health", "health", MetricKind.CHANGE,
                "change in the 0-20 rating from start to follow-up", "outcome pairs with both ratings",
                Polarity.HIGH_IS_GOOD));
        d.add(def("psych_health_reliably_improved", "Psychological health reliably improved", "health",
                MetricKind.PROPORTION, "pairs with a reliable rise", "outcome pairs with both ratings",
                Polarity.HIGH_IS_GOOD));
        d.add(def("successful_completions", "Successful completions", "completions", MetricKind.COUNT,
                "episodes ended drug free or as an occasional user", null, Polarity.HIGH_IS_GOOD));
        return d;
    }

    private static MetricDefinition def(String id, String label, String domain, MetricKind kind, String numerator,
                                        String denominator, Polarity polarity) {
        String statistic = switch (kind) {
            case PROPORTION -> "Percentage with Wilson score 95% confidence interval.";
            case MEAN -> "Mean and median with a t-distribution 95% confidence interval.";
            case CHANGE -> "Mean change with paired-t 95% CI; Wilcoxon signed-rank p.";
            default -> "Count.";
        };
        return new MetricDefinition(id, label, domain, kind, numerator, denominator, polarity, statistic,
                kind == MetricKind.PROPORTION ? "NDTMS" : null)
                .with(relations(id)).with(words(id));
    }

    /** The sections of report-templates/quarterly-monitoring.json, in its order. */
    static ReportTemplate quarterlyMonitoring() {
        List<Section> s = List.of(
                new Section("summary", "Summary", SectionKind.HEADLINES, List.of("clients_seen", "new_clients",
                        "retained_12_weeks", "abstinent_opiates", "abstinent_alcohol", "psych_health_change"), null),
                new Section("engagement", "Engagement", SectionKind.TABLE, List.of("contacts", "clients_seen",
                        "new_clients", "contacts_per_client", "repeat_attendance", "retained_12_weeks",
                        "did_not_attend_rate", "volunteers_active", "volunteer_hours", "contacts_by_type"),
                        "Attended contacts and the people seen in the quarter. Retention looks at each client's "
                                + "current run of contact with the project."),
                new Section("substance_use", "Substance use outcomes", SectionKind.TABLE, List.of(
                        "top_start_coverage", "top_follow_up_coverage", "abstinent_alcohol", "abstinent_opiates",
                        "abstinent_crack", "abstinent_cocaine", "abstinent_amphetamines", "abstinent_cannabis",
                        "abstinent_other_drug", "abstinent_any_illicit", "stopped_injecting", "stopped_sharing"),
                        "Treatment Outcomes Profile pairs (start and a review or exit 35 to 273 days later) in the "
                                + "12-month outcome period. Coverage says how many clients these figures rest on."),
                new Section("substance_chart", "Abstinence by project", SectionKind.CHART, List.of(
                        "abstinent_opiates", "abstinent_alcohol", "abstinent_any_illicit"), null),
                new Section("reintegration", "Housing, work and offending", SectionKind.TABLE, List.of(
                        "housing_problem_resolved", "eviction_risk_resolved", "in_paid_work", "into_paid_work",
                        "in_education_training", "volunteering", "meaningful_activity", "offending_stopped"), null),
                new Section("health", "Health and wellbeing", SectionKind.CHANGE, List.of("psych_health_change",
                        "physical_health_change", "quality_of_life_change", "psych_health_reliably_improved",
                        "physical_health_reliably_improved", "quality_of_life_reliably_improved"),
                        "Clients rate their psychological health, physical health and quality of life from 0 "
                                + "(poor) to 20 (good)."),
                new Section("completions", "Completions", SectionKind.TABLE, List.of("successful_completions",
                        "successful_completion_rate", "completed_no_representation",
                        "completed_no_representation_opiate", "completed_no_representation_non_opiate",
                        "effective_engagement"), null),
                new Section("trend", "Trend over the last 8 quarters", SectionKind.TREND, List.of("clients_seen",
                        "retained_12_weeks", "abstinent_any_illicit", "abstinent_alcohol"), null),
                new Section("data_quality", "Data quality", SectionKind.DATA_QUALITY, List.of(), null),
                new Section("methodology", "Methodology", SectionKind.METHODOLOGY, List.of(), null));
        return new ReportTemplate("quarterly-monitoring", "Quarterly monitoring return", "Evaluation leads and "
                + "contract managers: the quarterly contract-monitoring return for each project and its borough.",
                List.of(GroupLevel.ALL, GroupLevel.BOROUGH, GroupLevel.PROJECT), "parent", Map.of(), s);
    }

    /** Sections of the kinds the quarterly template lacks: comparison, funnel, breakdown, narrative. */
    static ReportTemplate everyOtherKind() {
        List<Section> s = List.of(
                new Section("league", "League tables", SectionKind.COMPARISON, List.of("abstinent_opiates",
                        "retained_12_weeks"), "Each project is compared with its borough."),
                new Section("funnels", "Funnel plots", SectionKind.FUNNEL, List.of("abstinent_opiates"), null),
                new Section("equality", "Equality breakdowns", SectionKind.BREAKDOWN, List.of("clients_seen",
                        "retained_12_weeks"), null),
                new Section("limitations", "Limitations", SectionKind.NARRATIVE, List.of(),
                        "These figures describe the people who took part and completed a follow-up interview."));
        return new ReportTemplate("borough-comparison", "Borough comparison", "Commissioners",
                List.of(GroupLevel.ALL, GroupLevel.BOROUGH, GroupLevel.PROJECT), "parent", Map.of(), s);
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
