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
 * yardstick the engine is timed and checked against. Only the attended contacts, the TOPs and the projects are
 * read; every column is read as text and cast explicitly, so DuckDB's type sniffing cannot change a figure.
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

    DuckDbMetrics(int minDays, int maxDays, int targetDays) {
        this.minDays = minDays;
        this.maxDays = maxDays;
        this.targetDays = targetDays;
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
            st.execute("CREATE TABLE contacts AS SELECT client_id, project_id, CAST(contact_date AS DATE) AS d"
                    + " FROM read_csv(" + csv(dataDir, "contacts") + ", header = true, all_varchar = true)"
                    + " WHERE attended IS NULL OR upper(trim(attended)) <> 'N'");
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
            st.execute("CREATE TABLE gc AS"
                    + " SELECT 'project:' || c.project_id AS g, c.client_id FROM contacts c"
                    + "     WHERE c.d BETWEEN DATE '" + periodStart + "' AND DATE '" + periodEnd + "'"
                    + " UNION ALL SELECT 'borough:' || p.borough, c.client_id FROM contacts c JOIN projects p USING"
                    + "     (project_id) WHERE c.d BETWEEN DATE '" + periodStart + "' AND DATE '" + periodEnd + "'"
                    + " UNION ALL SELECT 'all', c.client_id FROM contacts c"
                    + "     WHERE c.d BETWEEN DATE '" + periodStart + "' AND DATE '" + periodEnd + "'");
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

    private static String csv(Path dir, String name) {
        return "'" + dir.resolve(name + ".csv").toAbsolutePath().toString().replace("'", "''") + "'";
    }
}
