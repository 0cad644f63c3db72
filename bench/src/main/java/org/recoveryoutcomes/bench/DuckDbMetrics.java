package org.recoveryoutcomes.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.recoveryoutcomes.engine.model.Settings;
import org.recoveryoutcomes.engine.model.TopItem;

/**
 * The engine's figures computed by DuckDB (in-process) in SQL, straight from the CSV files, for every group: the
 * yardstick the engine is timed and checked against, like for like (docs/performance.md lists the 52 figures).
 * The projects, contacts, TOPs, episodes and clients are read; every column is read as text and cast explicitly,
 * so DuckDB's type sniffing cannot change a figure.
 *
 * <p>The engagement figures are EngagementMetrics's: contacts, clients seen, came back, new clients (first attended
 * contact with the group in the period), retained 12 weeks (engagement runs with no gap over
 * {@code engagement_gap_days}), did not attend (Ns of the contacts whose attendance is recorded), volunteers active
 * and volunteer hours (compared in minutes). A cancelled contact counts neither as attended nor as missed.
 *
 * <p>The outcome-pair rule is metrics.md's, with the engine's documented choices (OutcomePairs): the follow-up
 * is a review or exit in the outcome period; its start is the latest start TOP strictly before it (of same-day
 * starts, the one read last), and the pair counts only if 35 to 273 days apart; of a client's qualifying
 * follow-ups at a project, the closest to 182 days wins, then the later follow-up, then an exit over a review,
 * then the row read last. At borough and {@code all} level a client has one pair: the latest follow-up, then
 * the smallest project id. Over those pairs: TopOutcomeMetrics's abstinence, reliable change (thresholds from the
 * {@code all} group's start SD), reintegration, offending and the ratings' reliable change. And CompletionMetrics's
 * completions, re-presentation and effective engagement over the episodes ({@link #completions}).
 */
final class DuckDbMetrics {

    /** The substances of {@code abstinent_S}, as metric ids and TOP columns use them. */
    static final List<String> SUBSTANCES = List.of("alcohol", "opiates", "crack", "cocaine", "amphetamines",
            "cannabis", "other_drug");

    /** TOP items read as numbers, by their column in the query: days of the past 28, and the 0–20 ratings. */
    private static final Map<String, String> DAYS_ITEMS = orderedMap("injecting", "injecting_days", "shoplifting",
            "shoplifting_days", "selling", "selling_drugs_days", "psych", "psych_health", "physical",
            "physical_health", "qol", "quality_of_life", "work", "paid_work_days", "education", "education_days",
            "volunteering", "volunteering_days");

    /** Yes/no TOP items, by their column in the query. */
    private static final Map<String, String> FLAG_ITEMS = orderedMap("sharing", "shared_equipment", "vehicle",
            "theft_from_vehicle", "other_theft", "other_theft", "fraud", "fraud_handling", "assault",
            "assault_violence", "housing", "acute_housing_problem", "eviction", "risk_of_eviction");

    /** The offending items (days above 0 or yes). */
    private static final List<String> CRIMES = List.of("shoplifting", "selling", "vehicle", "other_theft", "fraud",
            "assault");

    /** The 0–20 ratings: the query's column → the item's code (and the metric ids' stem). */
    private static final Map<String, String> SCORES = orderedMap("psych", "psych_health", "physical",
            "physical_health", "qol", "quality_of_life");

    private static Map<String, String> orderedMap(String... keysAndValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return Collections.unmodifiableMap(m);
    }

    /** A figure: a count has {@code denominator} -1. */
    record Figure(long numerator, long denominator) {

        static Figure count(long n) {
            return new Figure(n, -1);
        }

        @Override
        public String toString() {
            return denominator < 0 ? Long.toString(numerator) : numerator + "/" + denominator;
        }
    }

    private final Settings settings;
    private final int minDays;
    private final int maxDays;
    private final int targetDays;
    private final int gapDays;
    private final int retentionDays;

    /**
     * The figures under {@code settings}: the follow-up window ({@code follow_up_min_days}, {@code _max_days},
     * {@code _target_days}), engagement ({@code engagement_gap_days}, {@code retention_days}) and the
     * reliabilities of the reliable-change thresholds.
     */
    DuckDbMetrics(Settings settings) {
        this.settings = settings;
        this.minDays = settings.followUpMinDays();
        this.maxDays = settings.followUpMaxDays();
        this.targetDays = settings.followUpTargetDays();
        this.gapDays = settings.engagementGapDays();
        this.retentionDays = settings.retentionDays();
    }

    /**
     * Reads the CSVs of {@code dataDir} and returns, per group key ({@code all}, {@code borough:<name>},
     * {@code project:<id>}), the figure of each core metric id.
     */
    Map<String, Map<String, Figure>> compute(Path dataDir, LocalDate periodStart, LocalDate periodEnd,
                                             LocalDate outcomeStart, LocalDate outcomeEnd) throws SQLException {
        Properties props = new Properties();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:", props);
             Statement st = c.createStatement()) {
            st.execute("SET preserve_insertion_order = true");
            st.execute("CREATE TABLE projects AS SELECT project_id, borough FROM read_csv(" + csv(dataDir, "projects")
                    + ", header = true, all_varchar = true)");
            // Every booked contact; attended: empty or Y, N for did-not-attend, cancelled for neither.
            st.execute("CREATE TABLE booked AS SELECT client_id, project_id, CAST(contact_date AS DATE) AS d,"
                    + " lower(trim(coalesce(attended, ''))) AS att, nullif(trim(volunteer_id), '') AS vol,"
                    + " lower(trim(delivered_by)) AS dby, TRY_CAST(duration_minutes AS INTEGER) AS mins"
                    + " FROM read_csv(" + csv(dataDir, "contacts") + ", header = true, all_varchar = true)");
            st.execute("CREATE TABLE contacts AS SELECT client_id, project_id, d, vol, dby, mins FROM booked"
                    + " WHERE att NOT IN ('n', 'cancelled')");
            // A TOP's items: days (and 0–20 ratings) as numbers, yes/no items as 1/0, missing as NULL.
            StringBuilder items = new StringBuilder();
            for (String s : SUBSTANCES) {
                items.append(", TRY_CAST(").append(s).append("_days AS DOUBLE) AS ").append(s);
            }
            for (Map.Entry<String, String> e : DAYS_ITEMS.entrySet()) {
                items.append(", TRY_CAST(").append(e.getValue()).append(" AS DOUBLE) AS ").append(e.getKey());
            }
            for (Map.Entry<String, String> e : FLAG_ITEMS.entrySet()) {
                items.append(", CASE upper(trim(").append(e.getValue()).append(")) WHEN 'Y' THEN 1 WHEN 'N' THEN 0")
                        .append(" END AS ").append(e.getKey());
            }
            st.execute("CREATE TABLE tops AS SELECT row_number() OVER () AS rn, client_id, project_id,"
                    + " CAST(top_date AS DATE) AS d, lower(trim(stage)) AS stage" + items
                    + " FROM read_csv(" + csv(dataDir, "top") + ", header = true, all_varchar = true)");

            // One pair per client and project.
            st.execute("CREATE TABLE pairs AS"
                    + " WITH fu AS (SELECT * FROM tops WHERE stage IN ('review', 'exit')"
                    + "     AND d BETWEEN DATE '" + outcomeStart + "' AND DATE '" + outcomeEnd + "'),"
                    + " st AS (SELECT * FROM tops WHERE stage = 'start'),"
                    + " latest AS (SELECT f.rn AS frn, s.rn AS srn FROM fu f JOIN st s"
                    + "     ON s.client_id = f.client_id AND s.project_id = f.project_id AND s.d < f.d"
                    + "     QUALIFY row_number() OVER (PARTITION BY f.rn ORDER BY s.d DESC, s.rn DESC) = 1),"
                    + " cand AS (SELECT f.client_id, f.project_id, f.rn AS frn, s.rn AS srn, f.d AS fd,"
                    + "     f.stage AS fstage, (f.d - s.d) AS days"
                    + "     FROM latest l JOIN fu f ON f.rn = l.frn JOIN st s ON s.rn = l.srn"
                    + "     WHERE (f.d - s.d) BETWEEN " + minDays + " AND " + maxDays + ")"
                    + " SELECT client_id, project_id, frn, srn, fd FROM cand"
                    + " QUALIFY row_number() OVER (PARTITION BY client_id, project_id ORDER BY abs(days - "
                    + targetDays + "), fd DESC, (fstage = 'exit') DESC, frn DESC) = 1");

            // Every group's contacts and pairs, tagged with the group key.
            String inPeriod = " BETWEEN DATE '" + periodStart + "' AND DATE '" + periodEnd + "'";
            st.execute("CREATE TABLE gc AS" + byGroup("client_id, vol, dby, mins", "contacts", "d" + inPeriod));
            st.execute("CREATE TABLE gb AS" + byGroup("att", "booked", "d" + inPeriod));
            // Every attended contact up to the period end of the clients seen in the period: their engagements and
            // first contact.
            st.execute("CREATE TABLE ga AS" + byGroup("client_id, d", "contacts", "d <= DATE '" + periodEnd + "'"
                    + " AND client_id IN (SELECT client_id FROM contacts WHERE d" + inPeriod + ")"));
            st.execute("CREATE TABLE gp AS"
                    + " SELECT 'project:' || project_id AS g, frn, srn FROM pairs"
                    + " UNION ALL SELECT * FROM (SELECT 'borough:' || p.borough AS g, x.frn, x.srn FROM pairs x"
                    + "     JOIN projects p USING (project_id) QUALIFY row_number() OVER"
                    + "     (PARTITION BY p.borough, x.client_id ORDER BY x.fd DESC, x.project_id) = 1)"
                    + " UNION ALL SELECT * FROM (SELECT 'all' AS g, frn, srn FROM pairs QUALIFY row_number() OVER"
                    + "     (PARTITION BY client_id ORDER BY fd DESC, project_id) = 1)");

            Map<String, Map<String, Figure>> out = new TreeMap<>();
            // Groups with no contact in the period still have zero counts, as the engine reports every project.
            try (ResultSet rs = st.executeQuery("SELECT 'all' UNION ALL SELECT DISTINCT 'borough:' || borough"
                    + " FROM projects UNION ALL SELECT 'project:' || project_id FROM projects")) {
                while (rs.next()) {
                    Map<String, Figure> m = new TreeMap<>();
                    m.put("contacts", Figure.count(0));
                    m.put("clients_seen", Figure.count(0));
                    m.put("repeat_attendance", new Figure(0, 0));
                    m.put("new_clients", Figure.count(0));
                    m.put("retained_12_weeks", new Figure(0, 0));
                    m.put("did_not_attend_rate", new Figure(0, 0));
                    m.put("volunteers_active", Figure.count(0));
                    m.put("volunteer_hours", Figure.count(0));
                    out.put(rs.getString(1), m);
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT g, sum(n), count(*), count(*) FILTER (WHERE n >= 2)"
                    + " FROM (SELECT g, client_id, count(*) AS n FROM gc GROUP BY g, client_id) GROUP BY g")) {
                while (rs.next()) {
                    Map<String, Figure> m = out.computeIfAbsent(rs.getString(1), k -> new TreeMap<>());
                    m.put("contacts", Figure.count(rs.getLong(2)));
                    m.put("clients_seen", Figure.count(rs.getLong(3)));
                    m.put("repeat_attendance", new Figure(rs.getLong(4), rs.getLong(3)));
                }
            }
            // Volunteers named on attended contacts, and the minutes peer volunteers gave (volunteer_hours × 60).
            try (ResultSet rs = st.executeQuery("SELECT g, count(DISTINCT vol), coalesce(sum(mins) FILTER"
                    + " (WHERE mins > 0 AND dby = 'peer_volunteer'), 0) FROM gc GROUP BY g")) {
                while (rs.next()) {
                    Map<String, Figure> m = out.computeIfAbsent(rs.getString(1), k -> new TreeMap<>());
                    m.put("volunteers_active", Figure.count(rs.getLong(2)));
                    m.put("volunteer_hours", Figure.count(rs.getLong(3)));
                }
            }
            // Did not attend: of the contacts whose attendance is recorded (Y or N), the Ns.
            try (ResultSet rs = st.executeQuery("SELECT g, count(*) FILTER (WHERE att = 'n'),"
                    + " count(*) FILTER (WHERE att IN ('y', 'n')) FROM gb GROUP BY g")) {
                while (rs.next()) {
                    Map<String, Figure> m = out.computeIfAbsent(rs.getString(1), k -> new TreeMap<>());
                    m.put("did_not_attend_rate", new Figure(rs.getLong(2), rs.getLong(3)));
                }
            }
            // A client's current engagement: the run of attended contacts, no gap over gapDays, that holds their last
            // contact up to the period end; it starts at the latest contact that follows a longer gap (or none).
            // Of the clients seen in the period: new when their first contact with the group is in it; could have
            // been retained when the run began retentionDays or more before the period end; retained when it spans
            // retentionDays or more.
            try (ResultSet rs = st.executeQuery("WITH a AS (SELECT g, client_id, d, CASE WHEN lag(d) OVER w IS NULL"
                    + "     OR d - lag(d) OVER w > " + gapDays + " THEN d END AS brk FROM ga"
                    + "     WINDOW w AS (PARTITION BY g, client_id ORDER BY d)),"
                    + " c AS (SELECT g, client_id, min(d) AS first_d, max(d) AS last_d, max(brk) AS start_d FROM a"
                    + "     GROUP BY g, client_id)"
                    + " SELECT g, count(*) FILTER (WHERE first_d >= DATE '" + periodStart + "'),"
                    + " count(*) FILTER (WHERE last_d - start_d >= " + retentionDays + "),"
                    + " count(*) FILTER (WHERE DATE '" + periodEnd + "' - start_d >= " + retentionDays + ")"
                    + " FROM c WHERE last_d >= DATE '" + periodStart + "' GROUP BY g")) {
                while (rs.next()) {
                    Map<String, Figure> m = out.computeIfAbsent(rs.getString(1), k -> new TreeMap<>());
                    m.put("new_clients", Figure.count(rs.getLong(2)));
                    m.put("retained_12_weeks", new Figure(rs.getLong(3), rs.getLong(4)));
                }
            }
            // The reliable-change thresholds: 1.96 × S1 × √2 × √(1 − r), S1 the SD at start over the all group's
            // pairs recorded at both ends; none where fewer than two such pairs or an SD of 0.
            Map<String, Double> thresholds = new TreeMap<>();
            List<String> changing = new ArrayList<>(SUBSTANCES);
            changing.addAll(SCORES.keySet());
            StringBuilder sd = new StringBuilder("SELECT 0");
            for (String item : changing) {
                String both = "s." + item + " IS NOT NULL AND f." + item + " IS NOT NULL";
                sd.append(", stddev_samp(s.").append(item).append(") FILTER (WHERE ").append(both).append(")")
                        .append(", count(*) FILTER (WHERE ").append(both).append(")");
            }
            sd.append(" FROM gp JOIN tops s ON s.rn = gp.srn JOIN tops f ON f.rn = gp.frn WHERE gp.g = 'all'");
            try (ResultSet rs = st.executeQuery(sd.toString())) {
                rs.next();
                int col = 2;
                for (String item : changing) {
                    double s1 = rs.getDouble(col);
                    if (!rs.wasNull() && rs.getLong(col + 1) >= 2 && s1 > 0) {
                        double r = settings.reliability(item(SCORES.getOrDefault(item, item + "_days")));
                        thresholds.put(item, 1.96 * s1 * Math.sqrt(2) * Math.sqrt(1 - r));
                    }
                    col += 2;
                }
            }
            Map<String, String[]> top = topFigures(thresholds);
            StringBuilder sql = new StringBuilder("SELECT gp.g");
            for (String[] f : top.values()) {
                sql.append(", count(*) FILTER (WHERE ").append(f[0]).append(")")
                        .append(", count(*) FILTER (WHERE ").append(f[1]).append(")");
            }
            sql.append(" FROM gp JOIN tops s ON s.rn = gp.srn JOIN tops f ON f.rn = gp.frn GROUP BY gp.g");
            for (Map<String, Figure> m : out.values()) {
                for (String id : top.keySet()) {
                    m.put(id, new Figure(0, 0));
                }
            }
            try (ResultSet rs = st.executeQuery(sql.toString())) {
                while (rs.next()) {
                    Map<String, Figure> m = out.computeIfAbsent(rs.getString(1), k -> new TreeMap<>());
                    int col = 2;
                    for (String id : top.keySet()) {
                        m.put(id, new Figure(rs.getLong(col), rs.getLong(col + 1)));
                        col += 2;
                    }
                }
            }
            completions(st, dataDir, outcomeStart, outcomeEnd, out);
            return out;
        }
    }

    /** The completion metric ids. */
    static final List<String> COMPLETION_IDS = List.of("successful_completions", "successful_completion_rate",
            "completed_no_representation", "completed_no_representation_opiate",
            "completed_no_representation_non_opiate", "effective_engagement");

    /**
     * The completion figures of CompletionMetrics for the outcome period {@code [from, to]}: episodes completed in
     * it; clients with one completed of those with one open; of the clients with an episode open in the 12 months
     * W ending {@code representation_days} before {@code to}, those whose latest successful completion in W was
     * not followed by another episode starting within {@code representation_days} of its end, overall and split
     * by opiate use (primary substance opiates, or opiate days above 0 on a start TOP dated up to {@code to};
     * non-opiate where either is recorded otherwise); and of the episodes starting in the 12 months ending
     * {@code retention_days} before {@code to}, those that lasted {@code retention_days} or ended successfully.
     */
    private void completions(Statement st, Path dataDir, LocalDate from, LocalDate to,
                             Map<String, Map<String, Figure>> out) throws SQLException {
        int representation = settings.representationDays();
        LocalDate wEnd = to.minusDays(representation);
        LocalDate wStart = wEnd.minusMonths(12).plusDays(1);
        LocalDate eEnd = to.minusDays(retentionDays);
        LocalDate eStart = eEnd.minusMonths(12).plusDays(1);
        st.execute("CREATE TABLE eps AS SELECT row_number() OVER () AS en, client_id, project_id,"
                + " CAST(episode_start AS DATE) AS st, TRY_CAST(nullif(trim(episode_end), '') AS DATE) AS ed,"
                + " lower(trim(coalesce(exit_reason, ''))) IN ('completed_drug_free', 'completed_occasional_user')"
                + " AND nullif(trim(episode_end), '') IS NOT NULL AS succ"
                + " FROM read_csv(" + csv(dataDir, "episodes") + ", header = true, all_varchar = true)");
        st.execute("CREATE TABLE ge AS" + byGroup("en, client_id, st, ed, succ", "eps", "true"));
        // Opiate use per client, the same in every group: 1 opiate, 0 non-opiate, NULL unknown.
        st.execute("CREATE TABLE opiate AS SELECT client_id, CASE WHEN bool_or(o) THEN 1 WHEN bool_or(r) THEN 0 END"
                + " AS use FROM (SELECT client_id, lower(trim(primary_substance)) = 'opiates' AS o,"
                + " nullif(trim(primary_substance), '') IS NOT NULL AS r FROM read_csv(" + csv(dataDir, "clients")
                + ", header = true, all_varchar = true)"
                + " UNION ALL SELECT client_id, opiates > 0, true FROM tops WHERE stage = 'start'"
                + " AND d <= DATE '" + to + "' AND opiates IS NOT NULL) GROUP BY client_id");
        for (Map<String, Figure> m : out.values()) {
            m.put("successful_completions", Figure.count(0));
            for (String id : COMPLETION_IDS.subList(1, COMPLETION_IDS.size())) {
                m.put(id, new Figure(0, 0));
            }
        }
        String inOutcome = " BETWEEN DATE '" + from + "' AND DATE '" + to + "'";
        String inW = " BETWEEN DATE '" + wStart + "' AND DATE '" + wEnd + "'";
        try (ResultSet rs = st.executeQuery("WITH cl AS (SELECT g, client_id,"
                + "     bool_or(st <= DATE '" + to + "' AND (ed IS NULL OR ed >= DATE '" + from + "')) AS open,"
                + "     bool_or(succ AND ed" + inOutcome + ") AS completed,"
                + "     count(*) FILTER (WHERE succ AND ed" + inOutcome + ") AS completions,"
                + "     bool_or(st <= DATE '" + wEnd + "' AND (ed IS NULL OR ed >= DATE '" + wStart + "')) AS open_w,"
                + "     arg_max(en, (ed, st, en)) FILTER (WHERE succ AND ed" + inW + ") AS chosen,"
                + "     max(ed) FILTER (WHERE succ AND ed" + inW + ") AS latest"
                + "     FROM ge GROUP BY g, client_id),"
                + " rep AS (SELECT cl.g, cl.client_id, bool_or(e.en <> cl.chosen AND e.st >= cl.latest"
                + "     AND e.st <= cl.latest + " + representation + ") AS represented"
                + "     FROM cl JOIN ge e ON e.g = cl.g AND e.client_id = cl.client_id WHERE cl.latest IS NOT NULL"
                + "     GROUP BY cl.g, cl.client_id),"
                + " j AS (SELECT cl.*, o.use, cl.latest IS NOT NULL AND NOT coalesce(rep.represented, false) AS kept"
                + "     FROM cl LEFT JOIN rep USING (g, client_id) LEFT JOIN opiate o USING (client_id))"
                + " SELECT g, sum(completions), count(*) FILTER (WHERE completed), count(*) FILTER (WHERE open),"
                + " count(*) FILTER (WHERE open_w AND kept), count(*) FILTER (WHERE open_w),"
                + " count(*) FILTER (WHERE open_w AND kept AND use = 1), count(*) FILTER (WHERE open_w AND use = 1),"
                + " count(*) FILTER (WHERE open_w AND kept AND use = 0), count(*) FILTER (WHERE open_w AND use = 0)"
                + " FROM j GROUP BY g")) {
            while (rs.next()) {
                Map<String, Figure> m = out.computeIfAbsent(rs.getString(1), k -> new TreeMap<>());
                m.put("successful_completions", Figure.count(rs.getLong(2)));
                m.put("successful_completion_rate", new Figure(rs.getLong(3), rs.getLong(4)));
                m.put("completed_no_representation", new Figure(rs.getLong(5), rs.getLong(6)));
                m.put("completed_no_representation_opiate", new Figure(rs.getLong(7), rs.getLong(8)));
                m.put("completed_no_representation_non_opiate", new Figure(rs.getLong(9), rs.getLong(10)));
            }
        }
        try (ResultSet rs = st.executeQuery("SELECT g, count(*) FILTER (WHERE (coalesce(ed <= DATE '" + to
                + "', false) AND (ed - st >= " + retentionDays + " OR succ)) OR (NOT coalesce(ed <= DATE '" + to
                + "', false) AND DATE '" + to + "' - st >= " + retentionDays + ")), count(*) FROM ge"
                + " WHERE st BETWEEN DATE '" + eStart + "' AND DATE '" + eEnd + "' GROUP BY g")) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getString(1), k -> new TreeMap<>())
                        .put("effective_engagement", new Figure(rs.getLong(2), rs.getLong(3)));
            }
        }
    }

    /** The TOP metric ids, in the order of the query's columns. */
    static List<String> topMetricIds() {
        return List.copyOf(topFigures(Map.of()).keySet());
    }

    /**
     * Per TOP metric id, its numerator's and its denominator's condition on a pair's start ({@code s.}) and
     * follow-up ({@code f.}) TOP, as TopOutcomeMetrics defines them. A reliable-change figure whose item has no
     * threshold has no figure (0/0), as in the engine.
     */
    private static Map<String, String[]> topFigures(Map<String, Double> thresholds) {
        Map<String, String[]> f = new LinkedHashMap<>();
        String none = "false";
        for (String s : SUBSTANCES) {
            String users = "s." + s + " > 0 AND f." + s + " IS NOT NULL";
            f.put("abstinent_" + s, new String[] {users + " AND f." + s + " = 0", users});
            Double t = thresholds.get(s);
            f.put("reliably_improved_" + s, t == null ? new String[] {none, none}
                    : new String[] {users + " AND f." + s + " > 0 AND s." + s + " - f." + s + " >= " + literal(t), users});
            f.put("deteriorated_" + s, t == null ? new String[] {none, none}
                    : new String[] {users + " AND f." + s + " - s." + s + " >= " + literal(t), users});
        }
        List<String> illicit = SUBSTANCES.subList(1, SUBSTANCES.size());
        String illicitUsers = "(" + String.join(" OR ", illicit.stream().map(x -> "s." + x + " > 0").toList())
                + ") AND " + String.join(" AND ", illicit.stream().map(x -> "f." + x + " IS NOT NULL").toList());
        f.put("abstinent_any_illicit", new String[] {illicitUsers + " AND NOT ("
                + String.join(" OR ", illicit.stream().map(x -> "f." + x + " > 0").toList()) + ")", illicitUsers});
        f.put("stopped_injecting", resolved("injecting"));
        f.put("stopped_sharing", resolved("sharing"));
        f.put("housing_problem_resolved", resolved("housing"));
        f.put("eviction_risk_resolved", resolved("eviction"));
        f.put("in_paid_work", inAtFollowUp("work"));
        f.put("into_paid_work", new String[] {"s.work = 0 AND f.work > 0", "s.work = 0 AND f.work IS NOT NULL"});
        f.put("in_education_training", inAtFollowUp("education"));
        f.put("volunteering", inAtFollowUp("volunteering"));
        // Judged on the activities recorded at both ends; not compared where none is.
        List<String> activities = List.of("work", "education", "volunteering");
        f.put("meaningful_activity", new String[] {String.join(" OR ", activities.stream()
                .map(x -> "(s." + x + " IS NOT NULL AND f." + x + " > 0)").toList()),
                String.join(" OR ", activities.stream().map(x -> "(s." + x + " IS NOT NULL AND f." + x
                        + " IS NOT NULL)").toList())});
        String crimeAtStart = "(" + String.join(" OR ", CRIMES.stream().map(x -> "s." + x + " > 0").toList()) + ")";
        String allRecorded = String.join(" AND ", CRIMES.stream().map(x -> "f." + x + " IS NOT NULL").toList());
        f.put("offending_stopped", new String[] {crimeAtStart + " AND " + allRecorded + " AND NOT ("
                + String.join(" OR ", CRIMES.stream().map(x -> "f." + x + " > 0").toList()) + ")",
                crimeAtStart + " AND " + allRecorded});
        for (Map.Entry<String, String> score : SCORES.entrySet()) {
            String x = score.getKey();
            String both = "s." + x + " IS NOT NULL AND f." + x + " IS NOT NULL";
            Double t = thresholds.get(x);
            f.put(score.getValue() + "_reliably_improved", t == null ? new String[] {none, none}
                    : new String[] {both + " AND f." + x + " - s." + x + " >= " + literal(t), both});
            f.put(score.getValue() + "_reliably_deteriorated", t == null ? new String[] {none, none}
                    : new String[] {both + " AND s." + x + " - f." + x + " >= " + literal(t), both});
        }
        return f;
    }

    /** A double as DuckDB reads it back exactly (a bare literal with a point would be a DECIMAL). */
    private static String literal(double v) {
        return "CAST('" + v + "' AS DOUBLE)";
    }

    private static TopItem item(String code) {
        return Arrays.stream(TopItem.values()).filter(i -> i.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no TOP item " + code));
    }

    /** Yes (or days > 0) at start and recorded at follow-up: no (or 0) at follow-up. */
    private static String[] resolved(String x) {
        String users = "s." + x + " > 0 AND f." + x + " IS NOT NULL";
        return new String[] {users + " AND f." + x + " = 0", users};
    }

    /** Recorded at both ends: days > 0 at follow-up. */
    private static String[] inAtFollowUp(String x) {
        String both = "s." + x + " IS NOT NULL AND f." + x + " IS NOT NULL";
        return new String[] {both + " AND f." + x + " > 0", both};
    }

    /**
     * {@code columns} of {@code table}'s rows where {@code where}, once per group each row belongs to: tagged
     * {@code g} = {@code project:<id>}, {@code borough:<name>} (the project's) and {@code all}.
     */
    private static String byGroup(String columns, String table, String where) {
        return " SELECT 'project:' || t.project_id AS g, " + columns + " FROM " + table + " t WHERE " + where
                + " UNION ALL SELECT 'borough:' || p.borough, " + columns + " FROM " + table + " t JOIN projects p"
                + " USING (project_id) WHERE " + where
                + " UNION ALL SELECT 'all', " + columns + " FROM " + table + " t WHERE " + where;
    }

    private static String csv(Path dir, String name) {
        return "'" + dir.resolve(name + ".csv").toAbsolutePath().toString().replace("'", "''") + "'";
    }
}
