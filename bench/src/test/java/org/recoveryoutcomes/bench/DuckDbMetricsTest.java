package org.recoveryoutcomes.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recoveryoutcomes.bench.DuckDbMetrics.Figure;
import org.recoveryoutcomes.engine.api.OutputFormat;
import org.recoveryoutcomes.engine.api.ReportEngine;
import org.recoveryoutcomes.engine.api.ReportRequest;
import org.recoveryoutcomes.engine.model.MetricsResult;
import org.recoveryoutcomes.engine.model.Settings;

/** The SQL yardstick on the committed sample: a few seconds, so it runs in every build. */
class DuckDbMetricsTest {

    /** The committed data set, relative to the bench module (surefire runs in the module's folder). */
    private static final Path SAMPLE = Path.of("..", "sample-data");

    @Test
    void duckDbGivesTheEnginesFiguresForEveryGroupOfTheSample(@TempDir Path out) throws Exception {
        MetricsResult ours = ReportEngine.run(ReportRequest.builder().dataDir(SAMPLE).outDir(out)
                .outputs(EnumSet.of(OutputFormat.JSON)).build()).metrics();

        Map<String, Map<String, Figure>> duck = new DuckDbMetrics(Settings.DEFAULTS).compute(SAMPLE,
                ours.period().start(), ours.period().end(), ours.outcomePeriod().start(), ours.outcomePeriod().end());

        assertThat(CrossCheck.differences(CrossCheck.ours(ours), duck)).isEmpty();
        // 7 projects, 5 boroughs and all; the figures pinned so that the check cannot pass on two empty sides.
        assertThat(duck).hasSize(13);
        assertThat(duck.get("all")).containsEntry("contacts", Figure.count(3215))
                .containsEntry("clients_seen", Figure.count(669))
                .containsEntry("repeat_attendance", new Figure(531, 669))
                .containsEntry("abstinent_alcohol", new Figure(81, 169))
                .containsEntry("abstinent_opiates", new Figure(43, 107))
                .containsEntry("housing_problem_resolved", new Figure(43, 90))
                .containsEntry("in_paid_work", new Figure(79, 401))
                .containsEntry("new_clients", Figure.count(200))
                .containsEntry("retained_12_weeks", new Figure(309, 373))
                .containsEntry("did_not_attend_rate", new Figure(166, 959))
                .containsEntry("volunteers_active", Figure.count(103))
                .containsEntry("volunteer_hours", Figure.count(243_505)) // minutes: 4,058.42 hours
                .containsEntry("reliably_improved_alcohol", new Figure(6, 169))
                .containsEntry("abstinent_any_illicit", new Figure(75, 211))
                .containsEntry("offending_stopped", new Figure(70, 126))
                .containsEntry("meaningful_activity", new Figure(173, 407))
                .containsEntry("into_paid_work", new Figure(52, 368))
                .containsEntry("stopped_sharing", new Figure(15, 18))
                .containsEntry("psych_health_reliably_improved", new Figure(151, 379))
                .containsEntry("quality_of_life_reliably_deteriorated", new Figure(7, 386))
                .containsEntry("successful_completions", Figure.count(175))
                .containsEntry("successful_completion_rate", new Figure(171, 449))
                .containsEntry("completed_no_representation", new Figure(117, 423))
                .containsEntry("completed_no_representation_opiate", new Figure(31, 123))
                .containsEntry("completed_no_representation_non_opiate", new Figure(85, 299))
                .containsEntry("effective_engagement", new Figure(281, 355));
        // Kensington and Chelsea's two projects share clients: the borough counts each client once.
        assertThat(duck.get("borough:Kensington and Chelsea")).containsEntry("clients_seen", Figure.count(431))
                .containsEntry("new_clients", Figure.count(132)).containsEntry("volunteers_active", Figure.count(70))
                .containsEntry("abstinent_opiates", new Figure(25, 72));
        assertThat(duck.get("project:BAT")).containsEntry("contacts", Figure.count(509))
                .containsEntry("retained_12_weeks", new Figure(43, 57))
                .containsEntry("did_not_attend_rate", new Figure(21, 221))
                .containsEntry("reliably_improved_alcohol", new Figure(3, 43))
                .containsEntry("offending_stopped", new Figure(17, 26))
                .containsEntry("completed_no_representation", new Figure(53, 179))
                .containsEntry("effective_engagement", new Figure(123, 150))
                .containsEntry("abstinent_other_drug", new Figure(3, 7));
    }

    @Test
    void differencesNameTheGroupTheMetricAndBothFigures() {
        Map<String, Map<String, Figure>> ours = Map.of("all", Map.of("contacts", Figure.count(12),
                "repeat_attendance", new Figure(3, 4)));
        Map<String, Map<String, Figure>> duck = Map.of("all", Map.of("contacts", Figure.count(13),
                "repeat_attendance", new Figure(3, 4)), "project:BAT", Map.of());

        assertThat(CrossCheck.differences(ours, duck))
                .contains("all contacts: ours 12, DuckDB 13", "all clients_seen: ours missing, DuckDB missing",
                        "project:BAT contacts: ours missing, DuckDB missing")
                .doesNotContain("all repeat_attendance: ours 3/4, DuckDB 3/4")
                .hasSize(2 * CrossCheck.ids().size() - 1);
    }
}
