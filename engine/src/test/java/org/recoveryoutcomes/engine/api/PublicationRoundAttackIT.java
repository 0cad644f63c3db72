package org.recoveryoutcomes.engine.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;
import org.recoveryoutcomes.engine.metrics.MetricsEngine;
import org.recoveryoutcomes.engine.model.Aggregation;
import org.recoveryoutcomes.engine.model.GroupLevel;
import org.recoveryoutcomes.engine.model.MetricDefinition;
import org.recoveryoutcomes.engine.model.Period;
import org.recoveryoutcomes.engine.model.Progress;
import org.recoveryoutcomes.engine.model.Relations;

/**
 * The attacker's test (issue 13, item 8): a publication round is run through the public API into one folder (the
 * three shipped templates, each for everything, {@code each(BOROUGH)} and {@code each(PROJECT)}: nine runs, xlsx
 * and json), and the test then plays a reader who holds every file of it and nothing else. It reads the written
 * workbooks (every tidy table of every sheet, with Apache POI), every {@code metrics.json} the runs wrote (the file is
 * rewritten by each run, so the reader is assumed to have kept each one) and the folder's
 * {@code publication-ledger.json}, and asks:
 *
 * <ol>
 *   <li>(a) is a value hidden in one file shown in another, and does every file give a figure the same value;</li>
 *   <li>(b) does {@code metrics.json} carry any number of a figure it marks {@code "suppressed": true};</li>
 *   <li>(c) is a statistic of a hidden figure shown: a CI, p-value, effect size, median, rank, flag, funnel limit or
 *       position, comparison, plotted value, change on an earlier period, an earlier or comparator value that is
 *       itself hidden, or a mean of contacts per client that multiplies out to hidden contacts;</li>
 *   <li>can any hidden value, or the rest (denominator − numerator) of a hidden proportion, be narrowed to a range
 *       under 5 that is not just 0, by linear programming (ojAlgo) over the relations a reader rebuilds from the
 *       catalogue's declared relations ({@link MetricDefinition#relations()}), metrics.md and the group hierarchy
 *       (the projects' boroughs are in the files)? The families: projects → boroughs → all as each part adds up
 *       ({@link Aggregation}: events exactly; clients between the largest project and the sum, all the sum of the
 *       boroughs; subsets at most the sum; shared people bounded), a one-project borough is its project, the
 *       categories of a breakdown add up to the group's figure, contacts by type to the contacts, quarters add up
 *       to the year or bound it, the identities between metrics, a numerator or at-start count at most its
 *       denominator, and numerator = value × denominator for the earlier-period values that changes show (also for
 *       a period outside the round, such as the year before a year, tied to the round's quarters); figures
 *       declared the same as one part are equal even where that part is unpublished, and a reliable-change figure
 *       counted against two thresholds (a quarter's and a year's run) has one denominator, the higher threshold's
 *       numerator never the larger. Hidden parts are non-negative unknowns, shown parts constants.</li>
 * </ol>
 *
 * <p>The attack is written apart from {@code Publication}: it knows the relations only as metrics.md and the
 * catalogue state them, and builds its own keys ({@code <start>..<end>|<group>|<metric>|<category>|<part>}) from
 * what the cells say (and checks that the ledger accounts for every one). A reliable-change figure's metric is keyed
 * {@code <metric>@<threshold>} by the threshold its file states its run used ({@link Relations#threshold()}); a part
 * the ledger shows while a run's reports hide it must be one the reader works out exactly from earlier runs' reports
 * (metrics.md: a part earlier reports gave away is published), else it is a value only the ledger gives. The true
 * figures (an unsuppressed run into a folder that is not published) serve only to leave out a declared relation the
 * data does not obey (no reader could rely on it), to place an earlier period's figures, and as one feasible point
 * of every program.
 *
 * <p>The world is small so that a round takes minutes, not a quarter of an hour: five of the seed projects in three
 * boroughs (Ealing has one project, Hammersmith and Fulham and Kensington and Chelsea two each) and one client in
 * four, so that thousands of figures are under 5. Each period is published as its own round (its own folder), and
 * the quarter's and the year's rounds once more into one folder as one publication
 * ({@link #theQuarterAndTheYearCanBeOnePublication}), where the two count some trend quarters' pairs against two
 * reliable-change thresholds. The whole class takes about 2 minutes on two cores (122 s when last measured; about
 * 10 minutes before a run published only what its reports show): the thirty-six runs about 70 s, reading and
 * attacking a round 12 to 22 s.
 */
class PublicationRoundAttackIT {

    private static final Path SAMPLE = Path.of("../sample-data");
    private static final Set<String> PROJECTS = Set.of("BAT", "FIRM", "OE", "KCWS", "KCPM");
    private static final int ONE_CLIENT_IN = 4;
    private static final List<String> TEMPLATES = List.of("quarterly-monitoring", "borough-comparison",
            "impact-evaluation");
    private static final String QUARTER = "2026/27-Q2";
    private static final String YEAR = "2025/26";
    /** The protection threshold the reports state (and the test checks they state). */
    private static final int THRESHOLD = 5;
    private static final double EPS = 1e-6;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LEDGER = "publication-ledger.json";

    private static final Map<String, MetricDefinition> DEFS = MetricsEngine.catalogue().stream()
            .collect(Collectors.toMap(MetricDefinition::id, d -> d, (a, b) -> a, LinkedHashMap::new));
    private static final Set<String> OUTCOME_DOMAINS = Set.of("substance_use", "reintegration", "health",
            "completions");

    @TempDir
    static Path tmp;

    static Path world;

    @BeforeAll
    static void smallWorld() throws IOException {
        world = tmp.resolve("world");
        Files.createDirectories(world);
        for (String file : List.of("projects.csv", "volunteers.csv", "clients.csv", "contacts.csv", "episodes.csv",
                "top.csv")) {
            List<String> lines = Files.readAllLines(SAMPLE.resolve(file));
            List<String> header = Arrays.asList(lines.get(0).split(","));
            int client = header.indexOf("client_id");
            int project = header.indexOf("project_id");
            List<String> kept = new ArrayList<>(List.of(lines.get(0)));
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(",", -1);
                if (client >= 0 && Integer.parseInt(cells[client].substring(1)) % ONE_CLIENT_IN != 0) {
                    continue;
                }
                if (project >= 0 && !PROJECTS.contains(cells[project])) {
                    continue;
                }
                kept.add(line);
            }
            Files.write(world.resolve(file), kept);
        }
    }

    /** A published round: its folder, the metrics.json each run wrote, and what a reader makes of them. */
    record Round(String name, Path folder, List<Path> snapshots, Findings findings, double publishSeconds,
                 double attackSeconds) {
    }

    private static final Map<String, Round> ROUNDS = new HashMap<>();

    /** The round of one period, published and attacked once for every test that asks for it. */
    static synchronized Round round(String period, String name) throws IOException {
        Round r = ROUNDS.get(period);
        if (r == null) {
            long t0 = System.nanoTime();
            Path folder = tmp.resolve(name);
            List<Path> snapshots = new ArrayList<>();
            publish(period, folder, snapshots);
            long t1 = System.nanoTime();
            Map<String, Long> truth = new TreeMap<>(truth(period));
            Findings f = read(folder, snapshots, truth);
            outside(f, truth);
            f.attack(truth);
            long t2 = System.nanoTime();
            r = new Round(name, folder, snapshots, f, (t1 - t0) / 1e9, (t2 - t1) / 1e9);
            System.out.printf(Locale.ROOT, "%s round (%s): %d runs in %.1f s; reading and attacking the files %.1f "
                    + "s%n", name, period, snapshots.size(), r.publishSeconds(), r.attackSeconds());
            f.print(name);
            ROUNDS.put(period, r);
        }
        return r;
    }

    /**
     * Earlier periods outside the round whose values the changes show (the year before a year): their true figures,
     * from an unsuppressed run of that period, for the relations that hold their parts. A reliable-change figure of
     * such a period is counted by the round's run against the round's threshold, not the one that period's own run
     * takes: its pairs (the denominator) are those of the figure against any threshold, and its numerator is the
     * one whole number the exact value shown gives (a relation the truth does not obey is left out, as any).
     */
    static void outside(Findings f, Map<String, Long> truth) throws IOException {
        Map<String, List<Earlier>> outside = new TreeMap<>();
        for (Earlier e : f.earlierValues) {
            if (!truth.containsKey(e.figure() + "|numerator")) {
                outside.computeIfAbsent(e.label(), x -> new ArrayList<>()).add(e);
            }
        }
        for (Map.Entry<String, List<Earlier>> o : outside.entrySet()) {
            Map<String, Long> earlier = truth(o.getKey());
            Map<String, Long> pairs = new HashMap<>(); // period|group|metric id|category → denominator
            earlier.forEach((key, value) -> {
                String[] k = key.split("\\|", -1);
                if (thresholdOf(k[2]) != null && k[4].equals("denominator")) {
                    pairs.put(k[0] + "|" + k[1] + "|" + metricOf(k[2]) + "|" + k[3], value);
                }
            });
            for (Earlier e : o.getValue()) {
                String figure = e.figure();
                for (String part : List.of("|numerator", "|denominator")) {
                    if (earlier.containsKey(figure + part)) {
                        truth.put(figure + part, earlier.get(figure + part));
                    }
                }
                String[] k = figure.split("\\|", -1);
                Long denominator = pairs.get(k[0] + "|" + k[1] + "|" + metricOf(k[2]) + "|" + k[3]);
                if (thresholdOf(k[2]) != null && !earlier.containsKey(figure + "|numerator") && denominator != null) {
                    truth.put(figure + "|denominator", denominator);
                    truth.putIfAbsent(figure + "|numerator", Math.round(e.percent() / 100 * denominator));
                }
            }
        }
    }

    @Test
    void theQuartersRoundShowsNothingItHidesAndNoHiddenValueCanBeWorkedOut() throws IOException {
        nothingShownOrRecoverable(round(QUARTER, "quarter"));
    }

    @Test
    void theYearsRoundShowsNothingItHidesAndNoHiddenValueCanBeWorkedOut() throws IOException {
        nothingShownOrRecoverable(round(YEAR, "year"));
    }

    /**
     * Checks (a) between reports, (b), (c) and the linear attack with every relation family. At bbd4c5b the attack
     * found hidden contacts shown as the total of their contacts by type (the catalogue declared no relation between
     * the two): 2026/27-Q2 project:FIRM 102 and project:OE 19, 2025/26 project:KCPM 158 and project:KCWS 1417, each
     * pinned exactly; 4bb8df4 declares the relation.
     */
    private static void nothingShownOrRecoverable(Round r) {
        Findings f = r.findings();
        assertThat(f.workbooks).as("workbooks read").isEqualTo(TEMPLATES.size() * (1 + 3 + 5));
        assertThat(f.jsonFiles).as("metrics.json read").isEqualTo(TEMPLATES.size() * 3);
        assertThat(f.hiddenParts()).as("hidden parts attacked").isGreaterThan(1000);
        assertThat(f.problems).as("values shown in one report and hidden in another, numbers of suppressed "
                + "figures, statistics of hidden figures").isEmpty();
        assertThat(f.failures).as("hidden values a reader can narrow to a range under " + THRESHOLD).isEmpty();
    }

    @Test
    void theLedgerHoldsNoValueTheReportsHide() throws IOException {
        assertThat(round(QUARTER, "quarter").findings().ledgerOnly).isEmpty();
        assertThat(round(YEAR, "year").findings().ledgerOnly).isEmpty();
    }

    /**
     * The quarter and the year published as one publication (the year's round into the quarter's folder: eighteen
     * runs). Each run takes its reliable-change thresholds from its report period's pairs and counts every trend
     * quarter against them, so the two rounds count some quarters' pairs against two thresholds: two figures,
     * keyed by threshold (the files state each run's thresholds), of the same pairs. The reader adds what metrics.md
     * says of them (equal denominators, the higher threshold never counting more) and that figures declared the same
     * as one part are the same; a part the year's reports hide but whose value the quarter's reports already gave
     * (the ledger lists it as shown) is counted as published only when the reader can work it out exactly from
     * earlier runs' reports. At 4bb8df4 the engine refused the year's run into the quarter's folder ("the data
     * changed since an earlier report of this publication").
     */
    @Test
    void theQuarterAndTheYearCanBeOnePublication() throws IOException {
        Path folder = tmp.resolve("both");
        List<Path> snapshots = new ArrayList<>();
        long t0 = System.nanoTime();
        publish(QUARTER, folder, snapshots);
        publish(YEAR, folder, snapshots);
        long t1 = System.nanoTime();
        Map<String, Long> truth = new TreeMap<>(truth(QUARTER));
        truth(YEAR).forEach((k, v) -> {
            Long before = truth.putIfAbsent(k, v);
            assertThat(before == null || before.equals(v)).as("%s: %s in the quarter's truth, %s in the year's", k,
                    before, v).isTrue();
        });
        Findings f = read(folder, snapshots, truth);
        outside(f, truth);
        f.attack(truth);
        System.out.printf(Locale.ROOT, "quarter and year round (%s then %s into one folder): %d runs in %.1f s; "
                + "reading and attacking the files %.1f s%n", QUARTER, YEAR, snapshots.size(), (t1 - t0) / 1e9,
                (System.nanoTime() - t1) / 1e9);
        f.print("quarter and year");
        assertThat(f.workbooks).as("workbooks read").isEqualTo(2 * TEMPLATES.size() * (1 + 3 + 5));
        assertThat(f.jsonFiles).as("metrics.json read").isEqualTo(2 * TEMPLATES.size() * 3);
        assertThat(f.hiddenParts()).as("hidden parts attacked").isGreaterThan(1000);
        assertThat(f.denominatorsShown).as("hidden percentages that show the denominator the rest gives")
                .isPositive();
        assertThat(f.shown.keySet().stream().anyMatch(k -> k.contains(AT))).as("figures keyed by threshold")
                .isTrue();
        assertThat(f.problems).isEmpty();
        assertThat(f.ledgerOnly).isEmpty();
        assertThat(f.failures).isEmpty();
    }

    // --- the round ------------------------------------------------------------------------------------------

    /** The nine runs of one period: each template for everything, each borough and each project. */
    static void publish(String period, Path folder, List<Path> snapshots) throws IOException {
        for (String template : TEMPLATES) {
            for (GroupLevel each : Arrays.asList(null, GroupLevel.BOROUGH, GroupLevel.PROJECT)) {
                ReportRequest.Builder b = ReportRequest.builder().dataDir(world).outDir(folder).template(template)
                        .period(period).outputs(EnumSet.of(OutputFormat.JSON, OutputFormat.XLSX));
                if (each != null) {
                    b.each(each);
                }
                RunResult r = ReportEngine.run(b.build(), Progress.NONE);
                assertThat(r.disclosureAudit()).contains("none recoverable");
                // The reader knows which run of the publication wrote each file, and in what order they ran.
                int run = snapshots.size();
                for (Path written : r.written()) {
                    RUN_OF.put(written.toAbsolutePath().normalize(), run);
                }
                // metrics.json is rewritten by every run: the reader kept each one.
                Path copy = tmp.resolve("kept").resolve(folder.getFileName() + "-" + snapshots.size()
                        + "-metrics.json");
                Files.createDirectories(copy.getParent());
                Files.copy(folder.resolve("metrics.json"), copy, StandardCopyOption.REPLACE_EXISTING);
                RUN_OF.put(copy.toAbsolutePath().normalize(), run);
                snapshots.add(copy);
            }
        }
    }

    /** Per file of a publication, the run (0, 1, … in the order they ran) that wrote it. */
    private static final Map<Path, Integer> RUN_OF = new java.util.concurrent.ConcurrentHashMap<>();

    private static final Map<String, Map<String, Long>> TRUTHS = new HashMap<>();

    /** Every figure part of the period, unsuppressed, from a run into a folder that is not published. */
    static synchronized Map<String, Long> truth(String period) throws IOException {
        Map<String, Long> known = TRUTHS.get(period);
        if (known == null) {
            known = Map.copyOf(rawTruth(period));
            TRUTHS.put(period, known);
        }
        return known;
    }

    private static Map<String, Long> rawTruth(String period) throws IOException {
        Path raw = tmp.resolve("raw-" + period.replace('/', '-'));
        ReportEngine.run(ReportRequest.builder().dataDir(world).outDir(raw).period(period).suppression(false)
                .outputs(EnumSet.of(OutputFormat.JSON)).build(), Progress.NONE);
        Findings t = new Findings();
        t.raw = true;
        t.json(raw.resolve("metrics.json"), "raw");
        assertThat(t.hidden).isEmpty();
        return t.shown;
    }

    static Findings read(Path folder, List<Path> snapshots, Map<String, Long> truth) throws IOException {
        Findings f = new Findings();
        f.atStartMetrics.addAll(truth.keySet().stream().filter(k -> k.endsWith("|at_start"))
                .map(k -> metricOf(k.split("\\|", -1)[2])).collect(Collectors.toSet()));
        List<Path> workbooks;
        try (Stream<Path> files = Files.list(folder)) {
            workbooks = files.filter(p -> p.toString().endsWith(".xlsx")).sorted().toList();
        }
        for (Path w : workbooks) {
            f.workbook(w);
        }
        for (Path s : snapshots) {
            f.json(s, s.getFileName().toString());
        }
        f.ledger(folder.resolve("publication-ledger.json"));
        f.crossChecks(truth);
        return f;
    }

    // --- what the files say ---------------------------------------------------------------------------------

    /** A file's report period, outcome period and outcome-period length. */
    private record Context(LocalDate start, LocalDate end, LocalDate outcomeStart, LocalDate outcomeEnd,
                           int outcomeMonths, Map<String, Double> thresholds) {

        /**
         * A metric as a figure key names it: its id, and for a figure counted against a reliable-change threshold
         * ({@link Relations#threshold()}) the threshold this file's run used for that item, as the file states it
         * ({@code quality_of_life_reliably_improved@3.8251048055489734}): a quarter's and a year's run count the
         * same trend quarter's pairs against two thresholds, two different figures (metrics.md).
         */
        String key(String metric) {
            MetricDefinition d = DEFS.get(metric);
            String item = d == null ? null : d.relations().threshold();
            Double t = item == null ? null : thresholds.get(item);
            return t == null ? metric : metric + AT + Double.toString(t);
        }

        /** The dates a metric's figure covers when its engagement period is {@code start..end}. */
        String periodOf(String metric, LocalDate s, LocalDate e) {
            MetricDefinition d = DEFS.get(metricOf(metric));
            boolean outcome = d != null && (OUTCOME_DOMAINS.contains(d.domain())
                    || d.id().equals("top_follow_up_coverage"));
            if (!outcome) {
                return s + ".." + e;
            }
            if (s.equals(start) && e.equals(end)) {
                return outcomeStart + ".." + outcomeEnd;
            }
            // Each trend quarter has its own outcome period of the same length, ending with it (metrics.md).
            return e.plusDays(1).minusMonths(outcomeMonths) + ".." + e;
        }
    }

    /** A check that needs every file read first: a value shown beside a figure that may be hidden elsewhere. */
    private record Beside(String where, String what, List<String> keys) {
    }

    /**
     * The value (%) of an earlier period's figure, shown beside a change: {@code numerator = value × denominator},
     * a linear relation between that figure's parts, whether or not the figure is one of the round's.
     */
    record Earlier(String figure, String label, double percent, String where) {
    }

    /** A comparator named in a workbook row: placed once every group's name is known. */
    private record Named(String where, String period, String name, String metric, String category) {
    }

    /** Everything one reader learns from the files, and what is wrong with it. */
    static final class Findings {
        final Map<String, Long> shown = new TreeMap<>();
        final Map<String, String> shownIn = new HashMap<>();
        final Map<String, String> hidden = new TreeMap<>(); // key → first file hiding it
        final Map<String, String> boroughOf = new TreeMap<>();
        final Map<String, String> groupOfName = new HashMap<>();
        final Set<String> atStartMetrics = new TreeSet<>();
        final List<Beside> beside = new ArrayList<>();
        final List<Named> comparators = new ArrayList<>();
        final List<Earlier> earlierValues = new ArrayList<>();
        final List<String> problems = new ArrayList<>();
        final List<String> failures = new ArrayList<>();
        /** Workbook rows of a hidden percentage that show its denominator. */
        int denominatorsShown;

        /** Values the ledger shows that every report hides. */
        final List<String> ledgerOnly = new ArrayList<>();
        final Map<String, int[]> families = new TreeMap<>(); // family → {kept, dropped}
        final List<String> dropped = new ArrayList<>();
        final Set<String> statisticOnly = new TreeSet<>();
        Set<String> ledgerKeys = Set.of();
        /** The run that wrote the file being read (-1 for the ledger, which every run rewrites). */
        int run = -1;
        /** Per part, the first run whose reports show it; the first run whose reports hide it. */
        final Map<String, Integer> shownFrom = new HashMap<>();
        final Map<String, Integer> hiddenFrom = new HashMap<>();
        /** Parts the ledger shows and every report hides: key → what is wrong (until the attack places them). */
        final Map<String, String> ledgerOnlyKeys = new TreeMap<>();
        /**
         * Parts hidden in a run's reports that the ledger lists as shown and the reader works out exactly from what
         * earlier runs' reports show (metrics.md: a part earlier reports gave away is published, not hidden).
         */
        final Map<String, String> givenByEarlierRuns = new TreeMap<>();
        /** Reading an unsuppressed metrics.json: every figure is a value, whatever its flag says. */
        boolean raw;
        int workbooks;
        int jsonFiles;
        int cells;
        int targets;
        int partTargets;
        int components;
        int largest;
        int programs;
        int workedOutZeros;
        int outsidePublication;
        int hiddenRows;
        double narrowest = Double.POSITIVE_INFINITY;

        int hiddenParts() {
            return (int) hidden.keySet().stream().filter(k -> !shown.containsKey(k)).count();
        }

        void show(String key, long value, String where) {
            cells++;
            if (run >= 0) {
                shownFrom.merge(key, run, Math::min);
            }
            Long before = shown.putIfAbsent(key, value);
            if (before == null) {
                shownIn.put(key, where);
            } else if (before != value) {
                problems.add("(a) " + key + " is " + before + " in " + shownIn.get(key) + " but " + value + " in "
                        + where);
            }
        }

        void hide(String key, String where) {
            cells++;
            if (run >= 0) {
                hiddenFrom.merge(key, run, Math::min);
            }
            hidden.putIfAbsent(key, where);
        }

        /** Notes which run wrote the file about to be read. */
        private void runOf(Path file) {
            Integer r = RUN_OF.get(file.toAbsolutePath().normalize());
            if (r == null && !raw) {
                problems.add(file.getFileName() + ": a file no run of the publication wrote");
            }
            run = r == null ? -1 : r;
        }

        // --- metrics.json ---------------------------------------------------------------------------------

        void json(Path file, String where) throws IOException {
            jsonFiles++;
            runOf(file);
            JsonNode root = JSON.readTree(file.toFile());
            JsonNode p = root.path("period");
            JsonNode o = root.path("outcome_period");
            Context c = new Context(LocalDate.parse(p.path("start").asText()), LocalDate.parse(p.path("end")
                    .asText()), LocalDate.parse(o.path("start").asText()), LocalDate.parse(o.path("end").asText()),
                    root.path("settings").path("outcome_period_months").asInt(),
                    thresholds(root.path("reliable_change_thresholds")));
            if (root.path("settings").path("suppression_enabled").asBoolean()) {
                assertThat(root.path("settings").path("suppression_threshold").asInt()).isEqualTo(THRESHOLD);
            }
            Map<String, LocalDate[]> quarters = new HashMap<>();
            for (JsonNode q : root.path("trend_quarters")) {
                quarters.put(q.path("label").asText(), new LocalDate[] {LocalDate.parse(q.path("start").asText()),
                    LocalDate.parse(q.path("end").asText())});
            }
            for (JsonNode g : root.path("groups")) {
                String group = groupKey(g.path("level").asText(), g.path("id").asText());
                if (g.path("level").asText().equals("project") && !g.path("borough").isNull()) {
                    boroughOf.put(group, "borough:" + g.path("borough").asText());
                }
                groupOfName.put(g.path("name").asText(), group);
                for (Iterator<Map.Entry<String, JsonNode>> it = g.path("metrics").fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> m = it.next();
                    jsonValue(where, c, c.start(), c.end(), group, m.getKey(), "", m.getValue());
                }
            }
            for (JsonNode t : root.path("trends")) {
                for (JsonNode point : t.path("points")) {
                    LocalDate[] q = quarters.get(point.path("period").asText());
                    jsonValue(where, c, q[0], q[1], t.path("group").asText(), t.path("metric").asText(), "",
                            point.path("value"));
                }
            }
            for (JsonNode b : root.path("breakdowns")) {
                jsonValue(where, c, c.start(), c.end(), b.path("group").asText(), b.path("metric").asText(),
                        b.path("dimension").asText() + "=" + b.path("category").asText(), b.path("value"));
            }
        }

        private void jsonValue(String where, Context c, LocalDate s, LocalDate e, String group, String metric,
                               String category, JsonNode v) {
            MetricDefinition def = DEFS.get(metric);
            if (def == null) {
                problems.add(where + ": metric " + metric + " is not in the catalogue");
                return;
            }
            if (def.relations().numerator() == Aggregation.NONE) {
                return; // amounts (volunteer hours): never hidden, in no relation
            }
            String figure = c.periodOf(metric, s, e) + "|" + group + "|" + c.key(metric) + "|" + category;
            String at = where + " " + figure;
            boolean suppressed = !raw && v.path("suppressed").asBoolean();
            if (v.has("parts")) {
                boolean anyHidden = false;
                for (Iterator<Map.Entry<String, JsonNode>> it = v.path("parts").fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> part = it.next();
                    String key = c.periodOf(metric, s, e) + "|" + group + "|" + c.key(metric) + "|type="
                            + part.getKey()
                            + "|count";
                    if (!raw && part.getValue().path("suppressed").asBoolean()) {
                        anyHidden = true;
                        onlySuppressed(where + " " + key, part.getValue());
                        hide(key, where);
                    } else {
                        show(key, part.getValue().path("count").asLong(), where);
                    }
                }
                if (!v.path("total").isNull()) {
                    if (anyHidden) {
                        problems.add("(b) " + at + ": the total of a breakdown with a hidden part is given");
                    }
                    show(figure + "|count", v.path("total").asLong(), where);
                }
                return;
            }
            if (suppressed) {
                onlySuppressed(at, v);
                for (String part : parts(def)) {
                    if (part.equals("denominator") && v.path("denominator").isNumber()) {
                        // A hidden proportion's denominator that the publication shows all the same.
                        show(figure + "|denominator", v.path("denominator").asLong(), where);
                    } else {
                        hide(figure + "|" + part, where);
                    }
                }
                return;
            }
            switch (def.kind()) {
                case COUNT -> show(figure + "|count", v.path("count").asLong(), where);
                case MEAN, CHANGE -> {
                    show(figure + "|count", v.path("n").asLong(), where);
                    if (metric.equals("contacts_per_client") && v.path("mean").isNumber()) {
                        // mean × clients = contacts: the mean tells the contacts.
                        beside.add(new Beside(at, "a mean of contacts per client ("
                                + v.path("mean").asDouble() + " × " + v.path("n").asLong() + ")",
                                List.of(figure.replace("|contacts_per_client|", "|contacts|") + "|count")));
                    }
                }
                case PROPORTION -> {
                    show(figure + "|numerator", v.path("numerator").asLong(), where);
                    show(figure + "|denominator", v.path("denominator").asLong(), where);
                    JsonNode start = v.path("at_start");
                    if (start.isObject()) {
                        if (!raw && start.path("suppressed").asBoolean()) {
                            onlySuppressed(at + " at_start", start);
                            hide(figure + "|at_start", where);
                            if (v.path("p_value").isNumber()) {
                                problems.add("(c) " + at + ": a p-value (" + v.path("p_value").asDouble()
                                        + ") beside a hidden at-start value");
                            }
                        } else {
                            show(figure + "|at_start", start.path("numerator").asLong(), where);
                        }
                    }
                    String comparator = v.path("comparator").isTextual() ? v.path("comparator").asText() : null;
                    if (comparator != null && !comparator.equals("value")
                            && (v.path("comparator_value").isNumber()
                            || v.path("funnel").path("baseline").isNumber())) {
                        String other = c.periodOf(metric, s, e) + "|" + comparator + "|" + c.key(metric) + "|"
                                + category;
                        beside.add(new Beside(at, "the comparator's value", List.of(other + "|numerator",
                                other + "|denominator")));
                    }
                    for (String field : List.of("vs_previous", "vs_year_before")) {
                        JsonNode t = v.path(field);
                        if (!t.isObject()) {
                            continue;
                        }
                        boolean given = t.path("earlier_value").isNumber() || t.path("difference").isNumber()
                                || t.path("lower95").isNumber();
                        if (given && !raw && t.path("earlier_suppressed").asBoolean()) {
                            problems.add("(c) " + at + ": " + field + " gives the value of a hidden earlier figure");
                        }
                        if (given) {
                            earlier(at, field, c, metric, group, category, t.path("period").asText(),
                                    t.path("earlier_value").isNumber() ? t.path("earlier_value").asDouble() : null);
                        }
                    }
                }
                default -> {
                }
            }
        }

        /** The earlier figure a change is reported against must not be hidden anywhere. */
        private void earlier(String at, String what, Context c, String metric, String group, String category,
                             String label, Double percent) {
            Period p;
            try {
                p = Period.parse(label);
            } catch (IllegalArgumentException e) {
                problems.add(at + ": " + what + " names a period '" + label + "' a reader cannot place");
                return;
            }
            // The run counted the earlier period against its own thresholds, as every figure it shows.
            String other = c.periodOf(metric, p.start(), p.end()) + "|" + group + "|" + c.key(metric) + "|"
                    + category;
            beside.add(new Beside(at, what + " (" + label + ")", List.of(other + "|numerator",
                    other + "|denominator")));
            if (percent != null) {
                earlierValues.add(new Earlier(other, p.label(), percent, at));
            }
        }

        private void onlySuppressed(String at, JsonNode v) {
            List<String> fields = new ArrayList<>();
            v.fieldNames().forEachRemaining(fields::add);
            if (!fields.equals(List.of("suppressed")) && !fields.equals(List.of("denominator", "suppressed"))) {
                problems.add("(b) " + at + ": a suppressed figure carries " + fields);
            }
        }

        private List<String> parts(MetricDefinition def) {
            return switch (def.kind()) {
                case PROPORTION -> atStartMetrics.contains(def.id()) ? List.of("numerator", "denominator", "at_start")
                        : List.of("numerator", "denominator");
                case COUNT, MEAN, CHANGE -> List.of("count");
                default -> List.of();
            };
        }

        // --- the workbooks ------------------------------------------------------------------------------

        private static final Set<String> VALUE_HEADERS = Set.of("value", "value (%)", "count", "mean",
                "mean change");
        /** Columns that name or place a figure, or give another figure's value: not statistics of the row's own. */
        private static final Set<String> NOT_STATISTICS = Set.of("level", "group", "group id", "borough", "metric",
                "label", "dimension", "category", "period", "period start", "period end", "unit", "comparator",
                "comparator (%)", "funnel baseline (%)", "plotted comparator (%)", "previous period",
                "year-before period");

        void workbook(Path file) throws IOException {
            workbooks++;
            runOf(file);
            String where = file.getFileName().toString();
            try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
                Context c = about(wb, where);
                for (Sheet sheet : wb) {
                    String name = sheet.getSheetName();
                    if (name.equals("About") || name.equals("Definitions") || name.equals("Methodology")) {
                        continue;
                    }
                    Map<String, Integer> col = null;
                    for (Row row : sheet) {
                        String first = text(row.getCell(0));
                        if (col == null) {
                            if ("level".equals(first) || "source".equals(first)) {
                                col = new HashMap<>();
                                for (Cell h : row) {
                                    col.put(h.getStringCellValue(), h.getColumnIndex());
                                }
                            }
                            continue;
                        }
                        if (first == null) {
                            continue;
                        }
                        String at = where + " " + name + "!" + (row.getRowNum() + 1);
                        if (col.containsKey("level")) {
                            figureRow(at, c, col, row);
                        } else {
                            qualityRow(at, c, col, row);
                        }
                    }
                }
            }
        }

        private Context about(Workbook wb, String where) {
            Map<String, Cell> items = new HashMap<>();
            // The reliable-change thresholds the run used: rows "reliable change threshold | item | value" of the
            // workbook's information (its About or Methodology sheet).
            Map<String, Double> thresholds = new TreeMap<>();
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    if ("reliable change threshold".equals(text(row.getCell(0))) && text(row.getCell(1)) != null
                            && numeric(row.getCell(2))) {
                        Double before = thresholds.put(text(row.getCell(1)), row.getCell(2).getNumericCellValue());
                        if (before != null && before != row.getCell(2).getNumericCellValue()) {
                            problems.add(where + ": two reliable-change thresholds for " + text(row.getCell(1)));
                        }
                    }
                }
            }
            for (Row row : wb.getSheet("About")) {
                String section = text(row.getCell(0));
                String item = text(row.getCell(1));
                if (section != null && item != null && row.getCell(2) != null) {
                    items.put(section + "|" + item, row.getCell(2));
                }
            }
            assertThat(items.get("setting|suppression_threshold").getNumericCellValue()).as(where)
                    .isEqualTo(THRESHOLD);
            return new Context(day(items.get("report|period start")), day(items.get("report|period end")),
                    day(items.get("report|outcome period start")), day(items.get("report|outcome period end")),
                    (int) items.get("setting|outcome_period_months").getNumericCellValue(), thresholds);
        }

        private void figureRow(String at, Context c, Map<String, Integer> col, Row row) {
            String level = cellText(row, col, "level");
            String id = cellText(row, col, "group id");
            String metric = cellText(row, col, "metric");
            if (level == null || id == null || metric == null) {
                return;
            }
            String group = groupKey(level, id);
            groupOfName.put(cellText(row, col, "group"), group);
            if (level.equals("project") && cellText(row, col, "borough") != null) {
                boroughOf.put(group, "borough:" + cellText(row, col, "borough"));
            }
            MetricDefinition def = DEFS.get(metric);
            if (def == null) {
                problems.add(at + ": metric " + metric + " is not in the catalogue");
                return;
            }
            if (def.relations().numerator() == Aggregation.NONE) {
                return;
            }
            String dimension = cellText(row, col, "dimension");
            String category = cellText(row, col, "category");
            category = dimension != null ? dimension + "=" + category
                    : category == null || category.equals("total") ? "" : "type=" + category;
            LocalDate s = c.start();
            LocalDate e = c.end();
            if (col.containsKey("period start") && cell(row, col, "period start") != null) {
                s = day(cell(row, col, "period start"));
                e = day(cell(row, col, "period end"));
            }
            String figure = c.periodOf(metric, s, e) + "|" + group + "|" + c.key(metric) + "|" + category;
            String unit = cellText(row, col, "unit");
            Cell value = null;
            for (String h : VALUE_HEADERS) {
                if (col.containsKey(h)) {
                    value = row.getCell(col.get(h));
                    if (unit == null) {
                        unit = h.equals("value (%)") ? "%" : h.equals("value") ? null : h;
                    }
                }
            }
            if (unit == null) {
                problems.add(at + ": no unit for " + figure);
                return;
            }
            boolean hiddenRow;
            switch (unit) {
                case "count" -> {
                    hiddenRow = part(at, figure + "|count", value);
                }
                case "%" -> {
                    Cell n = cell(row, col, "numerator");
                    Cell d = cell(row, col, "denominator");
                    hiddenRow = part(at, figure + "|numerator", n) | part(at, figure + "|denominator", d);
                    if (masked(n) && numeric(d)) {
                        denominatorsShown++; // a hidden figure's denominator, published: a constant to the reader
                    }
                    Cell start = cell(row, col, "value at start (%)");
                    if (masked(start)) {
                        hide(figure + "|at_start", at);
                        Cell p = cell(row, col, "p-value");
                        if (p != null && p.getCellType() == CellType.NUMERIC) {
                            problems.add("(c) " + at + ": a p-value beside a hidden at-start value of " + figure);
                        }
                    } else if (start != null && start.getCellType() == CellType.NUMERIC) {
                        if (d == null || d.getCellType() != CellType.NUMERIC) {
                            problems.add("(c) " + at + ": a value at start beside a hidden denominator of " + figure);
                        } else {
                            double count = start.getNumericCellValue() * d.getNumericCellValue();
                            show(figure + "|at_start", Math.round(count), at);
                        }
                    }
                }
                case "mean", "mean change" -> {
                    Cell n = cell(row, col, "n");
                    hiddenRow = part(at, figure + "|count", n);
                    Cell mean = value;
                    if (metric.equals("contacts_per_client") && mean != null
                            && mean.getCellType() == CellType.NUMERIC) {
                        beside.add(new Beside(at, "a mean of contacts per client",
                                List.of(figure.replace("|contacts_per_client|", "|contacts|") + "|count")));
                    }
                }
                default -> {
                    return; // amounts
                }
            }
            if (hiddenRow) {
                hiddenRows++;
                for (Map.Entry<String, Integer> h : col.entrySet()) {
                    Cell x = row.getCell(h.getValue());
                    if (h.getKey().equals("denominator") && unit.equals("%")) {
                        continue; // a part, not a statistic: read above as a value the publication shows
                    }
                    if (!NOT_STATISTICS.contains(h.getKey()) && x != null && !masked(x) && !blank(x)) {
                        problems.add("(c) " + at + ": '" + h.getKey() + "' is shown for the hidden " + figure);
                    }
                }
            }
            String comparator = cellText(row, col, "comparator");
            if (comparator != null && !comparator.equals("Benchmark")
                    && (numeric(cell(row, col, "comparator (%)")) || numeric(cell(row, col, "funnel baseline (%)"))
                    || numeric(cell(row, col, "plotted comparator (%)")))) {
                comparators.add(new Named(at, c.periodOf(metric, s, e), comparator, c.key(metric), category));
            }
            for (String[] t : new String[][] {{"previous period", "previous value (%)", "change on previous (points)"},
                {"year-before period", "year-before value (%)", "change on year before (points)"}}) {
                String name = cellText(row, col, t[0]);
                if (name != null && (numeric(cell(row, col, t[1])) || numeric(cell(row, col, t[2])))) {
                    Matcher m = LABEL.matcher(name);
                    if (!m.find()) {
                        problems.add(at + ": '" + t[0] + "' names a period '" + name + "' a reader cannot place");
                        continue;
                    }
                    Period p = Period.parse(m.group(1).replace(' ', '-'));
                    Cell earlierValue = cell(row, col, t[1]);
                    earlier(at, t[1], c, metric, group, category, p.label(), numeric(earlierValue)
                            ? java.math.BigDecimal.valueOf(earlierValue.getNumericCellValue()).movePointRight(2)
                            .doubleValue() : null);
                }
            }
        }

        private static final Pattern LABEL = Pattern.compile("\\((\\d{4}/\\d{2}(?: Q[1-4])?)\\)");

        /** The TOP coverage rows of the Data quality sheet: the subject's coverage, count over denominator. */
        private void qualityRow(String at, Context c, Map<String, Integer> col, Row row) {
            String metric = cellText(row, col, "detail");
            if (metric == null || !DEFS.containsKey(metric)) {
                return;
            }
            String group = groupOfName.get(cellText(row, col, "source"));
            if (group == null) {
                problems.add(at + ": the coverage of '" + cellText(row, col, "source") + "', no group a reader "
                        + "can place");
                return;
            }
            String figure = c.periodOf(metric, c.start(), c.end()) + "|" + group + "|" + c.key(metric) + "|";
            boolean hiddenRow = part(at, figure + "|numerator", cell(row, col, "count"))
                    | part(at, figure + "|denominator", cell(row, col, "denominator"));
            if (hiddenRow) {
                hiddenRows++;
                for (String h : List.of("value (%)", "lower 95%", "upper 95%")) {
                    Cell x = cell(row, col, h);
                    if (x != null && !masked(x) && !blank(x)) {
                        problems.add("(c) " + at + ": '" + h + "' is shown for the hidden " + figure);
                    }
                }
            }
        }

        /** Reads one part's cell: shown, hidden ({@code *}) or blank. True when hidden. */
        private boolean part(String at, String key, Cell cell) {
            if (masked(cell)) {
                hide(key, at);
                return true;
            }
            if (numeric(cell)) {
                double v = cell.getNumericCellValue();
                if (Math.abs(v - Math.rint(v)) > EPS) {
                    problems.add(at + ": " + key + " is not a whole number: " + v);
                }
                show(key, Math.round(v), at);
            }
            return false;
        }

        // --- the ledger -------------------------------------------------------------------------------

        /** The folder's ledger is one of its files: it may hold no value of a hidden figure. */
        void ledger(Path file) throws IOException {
            run = -1;
            JsonNode root = JSON.readTree(file.toFile());
            Set<String> keys = new TreeSet<>();
            root.path("shown").fields().forEachRemaining(e -> {
                show(e.getKey(), e.getValue().asLong(), LEDGER);
                keys.add(e.getKey());
            });
            for (JsonNode h : root.path("hidden")) {
                hide(h.asText(), LEDGER);
                keys.add(h.asText());
            }
            root.path("projects").fields().forEachRemaining(e -> boroughOf.putIfAbsent(e.getKey(),
                    e.getValue().asText()));
            ledgerKeys = keys;
        }

        // --- checks across files ------------------------------------------------------------------------

        void crossChecks(Map<String, Long> truth) {
            for (Named n : comparators) {
                String other = groupOfName.get(n.name());
                if (other == null) {
                    problems.add(n.where() + ": comparator '" + n.name() + "' is no group a reader can place");
                    continue;
                }
                String key = n.period() + "|" + other + "|" + n.metric() + "|" + n.category();
                beside.add(new Beside(n.where(), "the comparator's value", List.of(key + "|numerator",
                        key + "|denominator")));
            }
            for (Map.Entry<String, String> h : hidden.entrySet()) {
                if (!shown.containsKey(h.getKey())) {
                    continue;
                }
                String line = h.getKey() + " is hidden in " + h.getValue() + " but shown as "
                        + shown.get(h.getKey()) + " in " + shownIn.get(h.getKey());
                if (shownIn.get(h.getKey()).equals(LEDGER)) {
                    ledgerOnly.add(line);
                    ledgerOnlyKeys.put(h.getKey(), line);
                } else {
                    problems.add("(a) " + line);
                }
            }
            for (Beside b : beside) {
                for (String key : b.keys()) {
                    if (hidden.containsKey(key) && !shown.containsKey(key)) {
                        problems.add("(c) " + b.where() + ": " + b.what() + " is shown, but " + key
                                + " is hidden in " + hidden.get(key));
                        break;
                    }
                }
                if (b.keys().stream().noneMatch(k -> shown.containsKey(k) || hidden.containsKey(k))) {
                    outsidePublication++; // e.g. the year before a year: not a figure of this round
                }
            }
            // The files and the truth must describe the same figures: else this reading of them is wrong.
            for (Map.Entry<String, Long> s : shown.entrySet()) {
                Long t = truth.get(s.getKey());
                if (t == null) {
                    problems.add("a figure the files show is none the engine computed: " + s.getKey() + " in "
                            + shownIn.get(s.getKey()));
                } else if (!t.equals(s.getValue())) {
                    problems.add(s.getKey() + " is shown as " + s.getValue() + " in " + shownIn.get(s.getKey())
                            + " but is " + t);
                }
            }
            for (String h : hidden.keySet()) {
                if (!truth.containsKey(h)) {
                    problems.add("a figure the files hide is none the engine computed: " + h + " in "
                            + hidden.get(h));
                }
            }
            // Every figure a report shows or hides must be one the publication's ledger accounts for.
            Set<String> unaccounted = new TreeSet<>();
            for (String k : shown.keySet()) {
                if (!ledgerKeys.contains(k)) {
                    unaccounted.add(k + " (shown in " + shownIn.get(k) + ")");
                }
            }
            for (String k : hidden.keySet()) {
                if (!ledgerKeys.contains(k)) {
                    unaccounted.add(k + " (hidden in " + hidden.get(k) + ")");
                }
            }
            unaccounted.stream().limit(20).forEach(k -> problems.add("not in the publication's ledger: " + k));
            if (unaccounted.size() > 20) {
                problems.add("… and " + (unaccounted.size() - 20) + " more figures not in the ledger");
            }
        }

        // --- the linear attack --------------------------------------------------------------------------

        /** Σ coefficient × part (= or ≤) 0 over figure-part keys. */
        record Relation(String family, String[] keys, double[] coefs, boolean equal) {

            double lhs(Function<String, Long> value) {
                double s = 0;
                for (int i = 0; i < keys.length; i++) {
                    s += coefs[i] * value.apply(keys[i]);
                }
                return s;
            }

            String describe(Findings f) {
                StringBuilder sb = new StringBuilder(family).append(": ");
                for (int i = 0; i < keys.length; i++) {
                    sb.append(i == 0 ? "" : " ").append(coefs[i] < 0 ? "− " : i == 0 ? "" : "+ ")
                            .append(Math.abs(coefs[i]) == 1 ? "" : Math.abs(coefs[i]) + "×").append(keys[i])
                            .append(f.shown.containsKey(keys[i]) ? " [" + f.shown.get(keys[i]) + "]" : " [?]");
                }
                return sb.append(equal ? " = 0" : " ≤ 0").toString();
            }
        }

        final List<Relation> relations = new ArrayList<>();

        private void relation(String family, boolean equal, List<String> keys, List<Double> coefs,
                              Map<String, Long> truth) {
            for (String k : keys) {
                if (!truth.containsKey(k)) {
                    return; // a figure the data does not have
                }
            }
            Relation r = new Relation(family, keys.toArray(String[]::new),
                    coefs.stream().mapToDouble(Double::doubleValue).toArray(), equal);
            double lhs = r.lhs(truth::get);
            int[] count = families.computeIfAbsent(family, k -> new int[2]);
            if (equal ? Math.abs(lhs) > EPS : lhs > EPS) {
                count[1]++; // the data does not obey it: no reader could rely on it
                if (dropped.size() < 5) {
                    dropped.add(r.describe(this) + " (true left side " + lhs + ")");
                }
                return;
            }
            count[0]++;
            relations.add(r);
        }

        /** total = Σ parts (equal) or total ≤ Σ parts. */
        private void sum(String family, String total, List<String> parts, boolean equal, Map<String, Long> truth) {
            if (parts.isEmpty()) {
                return;
            }
            List<String> keys = new ArrayList<>(List.of(total));
            List<Double> coefs = new ArrayList<>(List.of(1.0));
            for (String p : parts) {
                keys.add(p);
                coefs.add(-1.0);
            }
            relation(family, equal, keys, coefs, truth);
        }

        private void atMost(String family, String a, String b, Map<String, Long> truth) {
            relation(family, false, List.of(a, b), List.of(1.0, -1.0), truth);
        }

        private static Aggregation aggregation(String metric, String part) {
            Relations r = DEFS.get(metricOf(metric)).relations();
            return part.equals("denominator") ? r.denominator() : r.numerator();
        }

        /** The relations a reader rebuilds from the catalogue, over every figure part the data has. */
        void rebuild(Map<String, Long> truth) {
            Map<String, List<String>> projectsOf = new TreeMap<>();
            boroughOf.forEach((p, b) -> projectsOf.computeIfAbsent(b, x -> new ArrayList<>()).add(p));
            // period|metric|category|part → group → key; period|group|metric|dimension|part → category → key;
            // group|metric|category|part → period → key
            Map<String, Map<String, String>> tables = new TreeMap<>();
            Map<String, Map<String, String>> categories = new TreeMap<>();
            Map<String, TreeMap<String, String>> series = new TreeMap<>();
            for (String key : truth.keySet()) {
                String[] k = key.split("\\|", -1);
                tables.computeIfAbsent(k[0] + "|" + k[2] + "|" + k[3] + "|" + k[4], x -> new TreeMap<>())
                        .put(k[1], key);
                if (!k[3].isEmpty()) {
                    String dimension = k[3].substring(0, k[3].indexOf('='));
                    categories.computeIfAbsent(k[0] + "|" + k[1] + "|" + k[2] + "|" + dimension + "|" + k[4],
                            x -> new TreeMap<>()).put(k[3], key);
                }
                series.computeIfAbsent(k[1] + "|" + k[2] + "|" + k[3] + "|" + k[4], x -> new TreeMap<>())
                        .put(k[0], key);
            }
            // 1. Projects → boroughs → all, as each metric's part adds up (Aggregation).
            tables.forEach((table, byGroup) -> {
                String[] t = table.split("\\|", -1);
                Aggregation a = aggregation(t[1], t[3]);
                if (a == Aggregation.NONE) {
                    return;
                }
                String family = "hierarchy " + a.name().toLowerCase(Locale.ROOT);
                List<String> boroughs = new ArrayList<>();
                boolean everyBorough = true;
                for (Map.Entry<String, List<String>> b : projectsOf.entrySet()) {
                    String borough = byGroup.get(b.getKey());
                    List<String> projects = b.getValue().stream().map(byGroup::get).filter(x -> x != null).toList();
                    if (borough == null) {
                        everyBorough = false;
                        continue;
                    }
                    boroughs.add(borough);
                    boolean complete = projects.size() == b.getValue().size();
                    if (complete && projects.size() == 1) {
                        sum("one-project borough", borough, projects, true, truth);
                    }
                    switch (a) {
                        case EVENTS -> {
                            if (complete) {
                                sum(family, borough, projects, true, truth);
                            }
                        }
                        case CLIENTS, SHARED -> {
                            projects.forEach(p -> atMost(family, p, borough, truth));
                            if (complete) {
                                sum(family, borough, projects, false, truth);
                            }
                        }
                        case CLIENT_SUBSET -> {
                            if (complete) {
                                sum(family, borough, projects, false, truth);
                            }
                        }
                        default -> {
                        }
                    }
                }
                String all = byGroup.get("all");
                if (all == null || boroughs.isEmpty() || !everyBorough) {
                    return;
                }
                if (a == Aggregation.SHARED) {
                    boroughs.forEach(b -> atMost(family, b, all, truth));
                    sum(family, all, boroughs, false, truth);
                } else {
                    sum(family, all, boroughs, true, truth); // no client is in two boroughs
                }
            });
            // 2. The categories of a breakdown add up to the group's figure; contacts by type to the contacts.
            categories.forEach((table, byCategory) -> {
                String[] t = table.split("\\|", -1);
                Aggregation a = aggregation(t[2], t[4]);
                if (a == Aggregation.SHARED || a == Aggregation.NONE) {
                    return;
                }
                String total = t[0] + "|" + t[1] + "|" + t[2] + "||" + t[4];
                sum(t[3].equals("type") ? "contacts by type" : "categories", total,
                        new ArrayList<>(byCategory.values()), true, truth);
            });
            for (String key : truth.keySet()) {
                String[] k = key.split("\\|", -1);
                if (k[2].equals("contacts_by_type") && k[3].isEmpty()) {
                    relation("contacts by type = contacts", true,
                            List.of(key, k[0] + "|" + k[1] + "|contacts||" + k[4]), List.of(1.0, -1.0), truth);
                }
            }
            // 3. Quarters add up to (SUM) or bound (BOUNDED) the period made of them.
            series.forEach((s, byPeriod) -> {
                String metric = metricOf(s.split("\\|", -1)[1]);
                Relations.Quarters q = DEFS.get(metric).relations().quarters();
                if (q == Relations.Quarters.NONE) {
                    return;
                }
                for (Map.Entry<String, String> e : byPeriod.entrySet()) {
                    LocalDate start = LocalDate.parse(e.getKey().substring(0, 10));
                    LocalDate end = LocalDate.parse(e.getKey().substring(12));
                    if (ChronoUnit.MONTHS.between(start, end.plusDays(1)) <= 3) {
                        continue;
                    }
                    List<String> parts = new ArrayList<>();
                    for (LocalDate from = start; !from.isAfter(end); from = from.plusMonths(3)) {
                        String quarter = byPeriod.get(from + ".." + from.plusMonths(3).minusDays(1));
                        if (quarter == null) {
                            parts = null;
                            break;
                        }
                        parts.add(quarter);
                    }
                    if (parts == null) {
                        continue;
                    }
                    if (q == Relations.Quarters.SUM) {
                        sum("quarters sum", e.getValue(), parts, true, truth);
                    } else {
                        for (String p : parts) {
                            atMost("quarters bound", p, e.getValue(), truth);
                        }
                        sum("quarters bound", e.getValue(), parts, false, truth);
                    }
                }
            });
            // 6. A change on an earlier period gives that period's value: numerator = value × denominator. The
            // earlier period may lie outside the round (the year before a year) and still be made of its quarters.
            Set<String> seen = new TreeSet<>();
            for (Earlier e : earlierValues) {
                if (seen.add(e.figure() + "|" + e.percent())) {
                    relation("earlier period's value", true, List.of(e.figure() + "|numerator",
                            e.figure() + "|denominator"), List.of(1.0, -e.percent() / 100), truth);
                }
            }
            // 4. Identities between metrics of a group and period; 5. a numerator (or at-start count) is at most
            // its denominator.
            // Per part that figures are declared the same as (with its sign): those figures (metrics.md: a score's
            // reliable improvement and deterioration share their denominator even where that count is unpublished).
            Map<String, List<String>> sameAs = new TreeMap<>();
            for (String key : truth.keySet()) {
                String[] k = key.split("\\|", -1);
                String prefix = k[0] + "|" + k[1] + "|";
                if (!k[3].startsWith("type=")) {
                    for (Relations.Identity id : DEFS.get(metricOf(k[2])).relations().identities()) {
                        if (!id.part().code().equals(k[4])) {
                            continue;
                        }
                        List<String> keys = new ArrayList<>(List.of(key));
                        List<Double> coefs = new ArrayList<>(List.of(1.0));
                        for (Relations.Term t : id.terms()) {
                            keys.add(prefix + (t.metricId() == null ? k[2] : keyBeside(t.metricId(), k[2])) + "|"
                                    + k[3] + "|" + t.part().code());
                            coefs.add((double) -t.sign());
                        }
                        relation("identity " + metricOf(k[2]), id.op() == Relations.Identity.Op.EQUAL, keys, coefs,
                                truth);
                        if (id.op() == Relations.Identity.Op.EQUAL && id.terms().size() == 1) {
                            sameAs.computeIfAbsent(keys.get(1) + "×" + id.terms().get(0).sign(),
                                    x -> new ArrayList<>()).add(key);
                        }
                    }
                }
                if (k[4].equals("numerator") || k[4].equals("at_start")) {
                    atMost("numerator ≤ denominator", key, prefix + k[2] + "|" + k[3] + "|denominator", truth);
                }
            }
            // 7. Figures declared the same as one part are the same as each other, whether or not that part is
            // published.
            sameAs.values().forEach(same -> {
                for (int i = 1; i < same.size(); i++) {
                    sum("same as one part", same.get(i), List.of(same.get(i - 1)), true, truth);
                }
            });
            // 8. A reliable-change figure of one period, group and category counted against two thresholds (a
            // quarter's and a year's run): the same pairs, so the same denominator, and the count against the higher
            // threshold is never the larger (metrics.md).
            Map<String, TreeMap<Double, String>> variants = new TreeMap<>();
            for (String key : truth.keySet()) {
                String[] k = key.split("\\|", -1);
                Double t = thresholdOf(k[2]);
                if (t != null) {
                    variants.computeIfAbsent(k[0] + "|" + k[1] + "|" + metricOf(k[2]) + "|" + k[3] + "|" + k[4],
                            x -> new TreeMap<>()).put(t, key);
                }
            }
            variants.forEach((figure, byThreshold) -> {
                String part = figure.substring(figure.lastIndexOf('|') + 1);
                String lower = null;
                for (String key : byThreshold.values()) {
                    if (lower != null) {
                        if (part.equals("denominator")) {
                            sum("same pairs, two thresholds", key, List.of(lower), true, truth);
                        } else if (part.equals("numerator")) {
                            atMost("higher threshold counts fewer", key, lower, truth);
                        }
                    }
                    lower = key;
                }
            });
        }

        /**
         * Rule 4 of metrics.md's "one publication": a part that earlier reports already gave away is published, so
         * the ledger lists it as shown even where a later run's reports hide its figure (a year's trend-quarter
         * denominator, the quarter's pairs shown beside the same figure against the quarter's threshold). Such a
         * part is no value the ledger alone gives only if the reader can work it out exactly from what the reports
         * of runs before the first run hiding it show: equalities with a single unknown, from the reports' values,
         * as far as they go (a value worked out is known from the latest run it needed). A part the ledger shows that
         * this does not reach stays a value only the ledger shows; a part no file shows is attacked as ever.
         */
        private void placeLedgerOnly() {
            if (ledgerOnlyKeys.isEmpty()) {
                return;
            }
            Map<String, Integer> from = new HashMap<>(shownFrom);
            Map<String, Double> value = new HashMap<>();
            shownFrom.keySet().forEach(k -> value.put(k, (double) shown.get(k)));
            boolean changed = true;
            while (changed) {
                changed = false;
                for (Relation r : relations) {
                    if (!r.equal()) {
                        continue;
                    }
                    String[] keys = r.keys();
                    int unknown = -1;
                    int unknowns = 0;
                    int latest = -1;
                    int second = -1; // the latest and second-latest run among the known keys, to leave one out
                    for (int i = 0; i < keys.length; i++) {
                        Integer t = from.get(keys[i]);
                        if (t == null) {
                            unknown = i;
                            unknowns++;
                        } else if (t > latest) {
                            second = latest;
                            latest = t;
                        } else if (t > second) {
                            second = t;
                        }
                    }
                    if (unknowns > 1 || keys.length < 2) {
                        continue;
                    }
                    for (int i = 0; i < keys.length; i++) {
                        if (unknowns == 1 && i != unknown) {
                            continue;
                        }
                        Integer own = from.get(keys[i]);
                        int needs = unknowns == 1 ? latest : own == latest ? second : latest;
                        if (own != null && own <= needs) {
                            continue;
                        }
                        double sum = 0;
                        for (int j = 0; j < keys.length; j++) {
                            if (j != i) {
                                sum += r.coefs()[j] * value.get(keys[j]);
                            }
                        }
                        from.put(keys[i], needs);
                        value.putIfAbsent(keys[i], -sum / r.coefs()[i]);
                        changed = true;
                    }
                }
            }
            for (Iterator<Map.Entry<String, String>> it = ledgerOnlyKeys.entrySet().iterator(); it.hasNext(); ) {
                Map.Entry<String, String> e = it.next();
                String key = e.getKey();
                Integer known = from.get(key);
                Integer hiddenBy = hiddenFrom.get(key);
                if (known == null || hiddenBy == null || known >= hiddenBy) {
                    continue;
                }
                if (Math.abs(value.get(key) - shown.get(key)) > EPS) {
                    problems.add(key + ": the ledger shows " + shown.get(key) + ", earlier reports give "
                            + value.get(key));
                    continue;
                }
                givenByEarlierRuns.put(key, "hidden from run " + hiddenBy + ", known from run " + known);
                ledgerOnly.remove(e.getValue());
                it.remove();
            }
        }

        /** Solves every hidden part's range, and the rest's (denominator − numerator) of a hidden proportion. */
        void attack(Map<String, Long> truth) {
            rebuild(truth);
            placeLedgerOnly();
            // Parts of a figure hidden only because it is a statistic of another hidden figure (a mean of contacts
            // per client hides with the contacts) are not secrets of their own: they stay unknowns, not targets.
            for (String key : hidden.keySet()) {
                String[] k = key.split("\\|", -1);
                MetricDefinition def = DEFS.get(metricOf(k[2]));
                for (Relations.Term t : def == null ? List.<Relations.Term>of() : def.relations().statisticOf()) {
                    String other = k[0] + "|" + k[1] + "|" + keyBeside(t.metricId(), k[2]) + "|" + k[3] + "|"
                            + t.part().code();
                    if (hidden.containsKey(other) && !shown.containsKey(other)) {
                        statisticOnly.add(key);
                    }
                }
            }
            Map<String, Integer> index = new LinkedHashMap<>();
            for (Relation r : relations) {
                for (String k : r.keys()) {
                    if (!shown.containsKey(k)) {
                        index.computeIfAbsent(k, x -> index.size());
                    }
                }
            }
            for (String k : hidden.keySet()) {
                if (!shown.containsKey(k) && truth.containsKey(k)) {
                    index.computeIfAbsent(k, x -> index.size());
                }
            }
            List<String> vars = new ArrayList<>(index.keySet());
            int[] root = new int[vars.size()];
            for (int i = 0; i < root.length; i++) {
                root[i] = i;
            }
            List<List<Relation>> relationsOf = new ArrayList<>();
            vars.forEach(v -> relationsOf.add(new ArrayList<>()));
            for (Relation r : relations) {
                int first = -1;
                for (String k : r.keys()) {
                    Integer v = index.get(k);
                    if (v == null) {
                        continue;
                    }
                    relationsOf.get(v).add(r);
                    if (first < 0) {
                        first = v;
                    } else {
                        union(root, first, v);
                    }
                }
            }
            // Targets: {variables, coefficients, what it is}.
            Map<Integer, List<Target>> byComponent = new TreeMap<>();
            for (String k : hidden.keySet()) {
                if (shown.containsKey(k) || statisticOnly.contains(k) || !index.containsKey(k)) {
                    continue;
                }
                int v = index.get(k);
                byComponent.computeIfAbsent(find(root, v), x -> new ArrayList<>())
                        .add(new Target(k, new int[] {v}, new double[] {1}));
                targets++;
                partTargets++;
                if (k.endsWith("|numerator")) {
                    String d = k.substring(0, k.length() - "numerator".length()) + "denominator";
                    if (hidden.containsKey(d) && !shown.containsKey(d) && index.containsKey(d)) {
                        int w = index.get(d);
                        if (find(root, v) == find(root, w)) {
                            byComponent.get(find(root, v)).add(new Target(d + " − numerator", new int[] {w, v},
                                    new double[] {1, -1}));
                            targets++;
                        }
                    }
                }
            }
            Map<Integer, List<Integer>> members = new TreeMap<>();
            for (int v = 0; v < vars.size(); v++) {
                members.computeIfAbsent(find(root, v), x -> new ArrayList<>()).add(v);
            }
            for (Map.Entry<Integer, List<Target>> c : byComponent.entrySet()) {
                components++;
                List<Integer> component = members.get(c.getKey());
                largest = Math.max(largest, component.size());
                new Component(this, vars, index, component, relationsOf, truth).solve(c.getValue());
            }
        }

        void print(String name) {
            System.out.printf(Locale.ROOT, "%s round: %d workbooks and %d metrics.json read (%,d cells of figure "
                    + "parts): %,d parts shown, %,d hidden (%,d of them only as a statistic of another); %,d targets "
                    + "(%,d hidden parts, %,d rests of hidden proportions) in %,d components (largest %,d unknowns), "
                    + "%,d linear programs; narrowest range %s; %d worked out as 0; %d changes or comparators against "
                    + "figures outside the round%n",
                    name, workbooks, jsonFiles, cells, shown.size(), hiddenParts(), statisticOnly.size(), targets,
                    partTargets, targets - partTargets, components, largest,
                    programs, Double.isInfinite(narrowest) ? "unbounded" : String.format(Locale.ROOT, "%.2f",
                            narrowest), workedOutZeros, outsidePublication);
            System.out.printf(Locale.ROOT, "  %,d hidden workbook rows checked for statistics; %,d values shown beside "
                    + "a figure (comparators, earlier periods, means) checked against what is hidden; %d values only "
                    + "the ledger shows; %d parts hidden by a run's reports that earlier runs' reports give (the "
                    + "ledger lists them as shown)%n", hiddenRows, beside.size(), ledgerOnly.size(),
                    givenByEarlierRuns.size());
            givenByEarlierRuns.entrySet().stream().limit(5).forEach(g -> System.out.println("  given earlier: "
                    + g.getKey() + " = " + shown.get(g.getKey()) + " (" + g.getValue() + ")"));
            families.forEach((f, n) -> System.out.printf(Locale.ROOT, "  relations %-32s %,6d used, %,d not obeyed "
                    + "by the data%n", f, n[0], n[1]));
            dropped.forEach(d -> System.out.println("  not obeyed: " + d));
            problems.stream().limit(50).forEach(p -> System.out.println("  PROBLEM " + p));
            failures.stream().limit(50).forEach(p -> System.out.println("  LEAK " + p));
        }
    }

    private record Target(String what, int[] vars, double[] coefs) {
    }

    /** One connected set of unknowns and the relations among them: one linear program, many objectives. */
    private static final class Component {
        private final Findings f;
        private final List<String> names;
        private final Map<String, Integer> index;
        private final int[] vars;
        private final Map<Integer, Integer> local = new HashMap<>();
        private final List<Findings.Relation> relations = new ArrayList<>();
        private final List<double[]> witnesses = new ArrayList<>();
        private final ExpressionsBasedModel model = new ExpressionsBasedModel();
        private final Variable[] x;

        Component(Findings f, List<String> names, Map<String, Integer> index, List<Integer> component,
                  List<List<Findings.Relation>> relationsOf, Map<String, Long> truth) {
            this.f = f;
            this.names = names;
            this.index = index;
            this.vars = component.stream().mapToInt(Integer::intValue).toArray();
            for (int i = 0; i < vars.length; i++) {
                local.put(vars[i], i);
            }
            Set<Findings.Relation> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            for (int v : vars) {
                for (Findings.Relation r : relationsOf.get(v)) {
                    if (seen.add(r)) {
                        relations.add(r);
                    }
                }
            }
            x = new Variable[vars.length];
            double[] t = new double[vars.length];
            for (int i = 0; i < vars.length; i++) {
                x[i] = model.addVariable("x" + i).lower(0);
                t[i] = truth.get(names.get(vars[i]));
            }
            witnesses.add(t); // the true figures satisfy every relation kept
            int n = 0;
            for (Findings.Relation r : relations) {
                Expression e = model.addExpression("r" + n++);
                double constant = 0;
                for (int i = 0; i < r.keys().length; i++) {
                    Long shown = f.shown.get(r.keys()[i]);
                    if (shown != null) {
                        constant += r.coefs()[i] * shown;
                    } else {
                        e.set(x[local.get(index.get(r.keys()[i]))], r.coefs()[i]);
                    }
                }
                if (r.equal()) {
                    e.level(-constant);
                } else {
                    e.upper(-constant);
                }
            }
        }

        void solve(List<Target> targets) {
            for (Target t : targets) {
                double[] spread = spread(t);
                if (spread[1] - spread[0] >= THRESHOLD - EPS) {
                    f.narrowest = Math.min(f.narrowest, spread[1] - spread[0]);
                    continue;
                }
                Double min = optimise(t, false);
                Double max = optimise(t, true);
                if (min == null || max == null) {
                    f.problems.add(t.what() + ": no value fits what is published (the relations read are wrong)");
                    continue;
                }
                double width = max - min;
                if (width >= THRESHOLD - EPS) {
                    f.narrowest = Math.min(f.narrowest, width);
                    continue;
                }
                if (Math.abs(min) < EPS && Math.abs(max) < EPS) {
                    f.workedOutZeros++;
                    continue;
                }
                StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%s lies between %.2f and %.2f "
                        + "(true %s) given everything published; relations:", t.what(), min, max, truth(t)));
                Set<Findings.Relation> shownRelations = java.util.Collections.newSetFromMap(
                        new java.util.IdentityHashMap<>());
                for (int v : t.vars()) {
                    for (Findings.Relation r : relations) {
                        if (Arrays.asList(r.keys()).contains(names.get(v)) && shownRelations.add(r)
                                && shownRelations.size() <= 8) {
                            sb.append("\n      ").append(r.describe(f));
                        }
                    }
                }
                f.failures.add(sb.toString());
            }
        }

        private String truth(Target t) {
            double v = 0;
            for (int i = 0; i < t.vars().length; i++) {
                v += t.coefs()[i] * witnesses.get(0)[local.get(t.vars()[i])];
            }
            return String.format(Locale.ROOT, "%.0f", v);
        }

        private double[] spread(Target t) {
            double low = Double.POSITIVE_INFINITY;
            double high = Double.NEGATIVE_INFINITY;
            for (double[] w : witnesses) {
                double v = 0;
                for (int i = 0; i < t.vars().length; i++) {
                    v += t.coefs()[i] * w[local.get(t.vars()[i])];
                }
                low = Math.min(low, v);
                high = Math.max(high, v);
            }
            return new double[] {low, high};
        }

        /** The least or greatest value of the target; infinite when unbounded, null when nothing fits. */
        private Double optimise(Target t, boolean maximise) {
            f.programs++;
            for (int i = 0; i < t.vars().length; i++) {
                x[local.get(t.vars()[i])].weight(t.coefs()[i]);
            }
            Optimisation.Result r = maximise ? model.maximise() : model.minimise();
            for (int i = 0; i < t.vars().length; i++) {
                x[local.get(t.vars()[i])].weight(0);
            }
            if (r.getState() == Optimisation.State.UNBOUNDED) {
                return maximise ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
            }
            if (!r.getState().isFeasible()) {
                return null;
            }
            double[] w = new double[vars.length];
            double value = 0;
            for (int i = 0; i < w.length; i++) {
                w[i] = r.doubleValue(i);
            }
            for (int i = 0; i < t.vars().length; i++) {
                value += t.coefs()[i] * w[local.get(t.vars()[i])];
            }
            witnesses.add(w);
            return value;
        }
    }

    // --- small helpers --------------------------------------------------------------------------------------

    /** Joins a metric id and the reliable-change threshold its figure was counted against, in keys. */
    private static final String AT = "@";

    /** The metric id of a key's metric field: without the threshold a reliable-change figure is keyed by. */
    private static String metricOf(String keyed) {
        int at = keyed.indexOf(AT);
        return at < 0 ? keyed : keyed.substring(0, at);
    }

    /** The threshold of a key's metric field, or null. */
    private static Double thresholdOf(String keyed) {
        int at = keyed.indexOf(AT);
        return at < 0 ? null : Double.valueOf(keyed.substring(at + AT.length()));
    }

    /**
     * The key field of {@code metric} (an id) beside a figure whose metric field is {@code near}: a metric counted
     * against the same item's reliable-change threshold as {@code near} carries its threshold, any other its id.
     */
    private static String keyBeside(String metric, String near) {
        MetricDefinition other = DEFS.get(metric);
        MetricDefinition own = DEFS.get(metricOf(near));
        Double t = thresholdOf(near);
        if (t != null && other != null && own != null && other.relations().threshold() != null
                && other.relations().threshold().equals(own.relations().threshold())) {
            return metric + AT + Double.toString(t);
        }
        return metric;
    }

    /** The reliable-change thresholds a file states: metrics.json's field, or the workbook's rows. */
    private static Map<String, Double> thresholds(JsonNode node) {
        Map<String, Double> out = new TreeMap<>();
        node.fields().forEachRemaining(e -> {
            if (e.getValue().isNumber()) {
                out.put(e.getKey(), e.getValue().asDouble());
            }
        });
        return out;
    }

    private static String groupKey(String level, String id) {
        return level.equals("all") ? "all" : level + ":" + id;
    }

    private static Cell cell(Row row, Map<String, Integer> col, String header) {
        Integer c = col.get(header);
        return c == null ? null : row.getCell(c);
    }

    private static String cellText(Row row, Map<String, Integer> col, String header) {
        return text(cell(row, col, header));
    }

    private static String text(Cell c) {
        if (c == null || c.getCellType() != CellType.STRING) {
            return null;
        }
        String s = c.getStringCellValue();
        return s.isEmpty() ? null : s;
    }

    private static boolean masked(Cell c) {
        return c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals("*");
    }

    private static boolean numeric(Cell c) {
        return c != null && c.getCellType() == CellType.NUMERIC;
    }

    private static boolean blank(Cell c) {
        return c == null || c.getCellType() == CellType.BLANK
                || (c.getCellType() == CellType.STRING && c.getStringCellValue().isEmpty());
    }

    private static LocalDate day(Cell c) {
        if (c == null || c.getCellType() != CellType.NUMERIC || !DateUtil.isCellDateFormatted(c)) {
            throw new UncheckedIOException(new IOException("no date in " + (c == null ? "a missing cell"
                    : c.getAddress())));
        }
        return c.getLocalDateTimeCellValue().toLocalDate();
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
}
