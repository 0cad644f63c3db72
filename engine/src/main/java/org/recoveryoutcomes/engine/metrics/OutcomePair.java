package org.recoveryoutcomes.engine.metrics;

import java.util.Objects;
import org.recoveryoutcomes.engine.model.TopRecord;

/**
 * A start TOP and its follow-up TOP for one client at one project (metrics.md, Outcome pair).
 *
 * @param daysApart followUp.date − start.date in days
 */
public record OutcomePair(String clientId, String projectId, TopRecord start, TopRecord followUp, long daysApart) {

    public OutcomePair {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(followUp, "followUp");
    }
}
