package org.recoveryoutcomes.engine.metrics;

import java.util.List;
import org.recoveryoutcomes.engine.model.Dataset;
import org.recoveryoutcomes.engine.model.MetricDefinition;
import org.recoveryoutcomes.engine.model.MetricsResult;

/** Computes every metric of metrics.md for every group. */
public final class MetricsEngine {

    private MetricsEngine() {
    }

    /** Every metric for {@code all}, each borough and each project, in the order of outputs.md. */
    public static MetricsResult compute(Dataset data, MetricsRequest request) {
        throw new UnsupportedOperationException("TODO: metrics helper");
    }

    /** Every metric the engine knows, in catalogue order. */
    public static List<MetricDefinition> catalogue() {
        throw new UnsupportedOperationException("TODO: metrics helper");
    }
}
