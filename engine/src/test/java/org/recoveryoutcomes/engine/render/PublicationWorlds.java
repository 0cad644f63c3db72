package org.recoveryoutcomes.engine.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.recoveryoutcomes.engine.metrics.MetricsEngine;
import org.recoveryoutcomes.engine.model.Breakdown;
import org.recoveryoutcomes.engine.model.EngineInfo;
import org.recoveryoutcomes.engine.model.GroupLevel;
import org.recoveryoutcomes.engine.model.GroupResult;
import org.recoveryoutcomes.engine.model.MetricValue;
import org.recoveryoutcomes.engine.model.MetricsResult;
import org.recoveryoutcomes.engine.model.Period;
import org.recoveryoutcomes.engine.model.Settings;
import org.recoveryoutcomes.engine.model.TrendSeries;

/**
 * Small hand-made publications for the disclosure-control tests: all projects, the boroughs Ealing (projects BAT
 * and EHR) and Hounslow (its one project HRC), with the figures each test gives, in the catalogue's definitions.
 */
final class PublicationWorlds {

    private PublicationWorlds() {
    }

    /**
     * The groups with the given figures (group key → metric → value), for {@code period} with outcomes over
     * {@code outcome}, the reliable-change thresholds by TOP item code, and the trend series and breakdowns given.
     */
    static MetricsResult world(Period period, Period outcome, Map<String, Map<String, MetricValue>> figures,
                               Map<String, Double> thresholds, List<TrendSeries> trends, List<Breakdown> breakdowns) {
        List<GroupResult> groups = new ArrayList<>();
        figures.forEach((key, m) -> {
            String[] k = key.split(":", 2);
            GroupLevel level = key.equals("all") ? GroupLevel.ALL
                    : k[0].equals("borough") ? GroupLevel.BOROUGH : GroupLevel.PROJECT;
            String id = key.equals("all") ? "all" : k[1];
            String borough = switch (id) {
                case "BAT", "EHR", "Ealing" -> "Ealing";
                case "HRC", "Hounslow" -> "Hounslow";
                default -> null;
            };
            groups.add(new GroupResult(level, id, id, borough, m));
        });
        return new MetricsResult(new EngineInfo("test", "0"), period, outcome, List.of(), Settings.DEFAULTS,
                thresholds, MetricsEngine.catalogue(), groups, trends, period.end(), List.of(), breakdowns);
    }
}
