package org.recoveryoutcomes.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The core metrics computed by DuckDB (in-process) in SQL, straight from the CSV files, for every group: the
 * yardstick the engine is timed and checked against. The contacts, the TOPs and the projects are read; every column
 * is read as text and cast explicitly, so DuckDB's type sniffing cannot change a figure.
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
 * the smallest project id.
 */
final class DuckDbMetrics {

    /** The substances of {@code abstinent_S}, as metric ids and TOP columns use them. */
    static final List<String> SUBSTANCES = List.of("alcohol", "opiates", "crack", "cocaine", "amphetamines",
            "cannabis", "other_drug");

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

    private final int minDays;
    private final int maxDays;
    private final int targetDays;
    private final int gapDays;
    private final int retentionDays;

    /**
     * @param minDays the follow-up window's shortest start-to-follow-up gap ({@code follow_up_min_days})
     * @param maxDays its longest ({@code follow_up_max_days})
     * @param targetDays the gap a follow-up is chosen closest to ({@code follow_up_target_days})
     * @param gapDays the longest gap between attended contacts within one engagement ({@code engagement_gap_days})
     * @param retentionDays the span of an engagement that counts as retained ({@code retention_days})
     */
    DuckDbMetrics(int minDays, int maxDays, int targetDays, int gapDays, int retentionDays) {
        this.minDays = minDays;
        this.maxDays = maxDays;
        this.targetDays = targetDays;
        this.gapDays = gapDays;
        this.retentionDays = retentionDays;
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
            StringBuilder items = new StringBuilder();
            for (String s : SUBSTANCES) {
                items.append(", TRY_CAST(").append(s).append("_days AS DOUBLE) AS ").append(s);
            }
            st.execute("CREATE TABLE tops AS SELECT row_number() OVER () AS rn, client_id, project_id,"
                    + " CAST(top_date AS DATE) AS d, lower(trim(stage)) AS stage" + items
                    + ", CASE upper(trim(acute_housing_problem)) WHEN 'Y' THEN 1 WHEN 'N' THEN 0 END AS housing"
                    + ", TRY_CAST(paid_work_days AS DOUBLE) AS work"
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
            // Every attended contact up to the period end: a client's engagements and first contact.
            st.execute("CREATE TABLE ga AS" + byGroup("client_id, d", "contacts", "d <= DATE '" + periodEnd + "'"));
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
            // contact up to the period end. Of the clients seen in the period: new when their first contact with the
            // group is in it; could have been retained when the run began retentionDays or more before the period
            // end; retained when it spans retentionDays or more.
            try (ResultSet rs = st.executeQuery("WITH a AS (SELECT g, client_id, d, CASE WHEN lag(d) OVER w IS NULL"
                    + "     OR d - lag(d) OVER w > " + gapDays + " THEN 1 ELSE 0 END AS brk FROM ga"
                    + "     WINDOW w AS (PARTITION BY g, client_id ORDER BY d)),"
                    + " r AS (SELECT g, client_id, d, sum(brk) OVER (PARTITION BY g, client_id ORDER BY d"
                    + "     ROWS UNBOUNDED PRECEDING) AS run FROM a),"
                    + " c AS (SELECT g, client_id, min(d) AS first_d, max(d) AS last_d, max(run) AS cur FROM r"
                    + "     GROUP BY g, client_id),"
                    + " s AS (SELECT r.g, r.client_id, min(r.d) AS start_d FROM r JOIN c USING (g, client_id)"
                    + "     WHERE r.run = c.cur GROUP BY r.g, r.client_id)"
                    + " SELECT c.g, count(*) FILTER (WHERE c.first_d >= DATE '" + periodStart + "'),"
                    + " count(*) FILTER (WHERE c.last_d - s.start_d >= " + retentionDays + "),"
                    + " count(*) FILTER (WHERE DATE '" + periodEnd + "' - s.start_d >= " + retentionDays + ")"
                    + " FROM c JOIN s USING (g, client_id) WHERE c.last_d >= DATE '" + periodStart + "' GROUP BY c.g")) {
                while (rs.next()) {
                    Map<String, Figure> m = out.computeIfAbsent(rs.getString(1), k -> new TreeMap<>());
                    m.put("new_clients", Figure.count(rs.getLong(2)));
                    m.put("retained_12_weeks", new Figure(rs.getLong(3), rs.getLong(4)));
                }
            }
            StringBuilder sql = new StringBuilder("SELECT gp.g");
            for (String s : SUBSTANCES) {
                String users = "s." + s + " > 0 AND f." + s + " IS NOT NULL";
                sql.append(", count(*) FILTER (WHERE ").append(users).append(" AND f.").append(s).append(" = 0)")
                        .append(", count(*) FILTER (WHERE ").append(users).append(")");
            }
            sql.append(", count(*) FILTER (WHERE s.housing = 1 AND f.housing = 0)")
                    .append(", count(*) FILTER (WHERE s.housing = 1 AND f.housing IS NOT NULL)")
                    .append(", count(*) FILTER (WHERE s.work IS NOT NULL AND f.work > 0)")
                    .append(", count(*) FILTER (WHERE s.work IS NOT NULL AND f.work IS NOT NULL)")
                    .append(" FROM gp JOIN tops s ON s.rn = gp.srn JOIN tops f ON f.rn = gp.frn GROUP BY gp.g");
            for (Map<String, Figure> m : out.values()) {
                for (String id : topMetricIds()) {
                    m.put(id, new Figure(0, 0));
                }
            }
            try (ResultSet rs = st.executeQuery(sql.toString())) {
                while (rs.next()) {
                    Map<String, Figure> m = out.computeIfAbsent(rs.getString(1), k -> new TreeMap<>());
                    int col = 2;
                    for (String id : topMetricIds()) {
                        m.put(id, new Figure(rs.getLong(col), rs.getLong(col + 1)));
                        col += 2;
                    }
                }
            }
            return out;
        }
    }

    /** The TOP metric ids, in the order of the query's columns. */
    static List<String> topMetricIds() {
        List<String> ids = new java.util.ArrayList<>();
        for (String s : SUBSTANCES) {
            ids.add("abstinent_" + s);
        }
        ids.add("housing_problem_resolved");
        ids.add("in_paid_work");
        return ids;
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
