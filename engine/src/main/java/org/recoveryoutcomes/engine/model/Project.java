package org.recoveryoutcomes.engine.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A project: one service, in one borough, commissioned by one body. This class is immutable.
 *
 * @param commissioner who funds it, or {@code null} when not given
 * @param opened when it started, or {@code null} when not given
 */
public record Project(String projectId, String name, String borough, ServiceType serviceType,
                      String commissioner, LocalDate opened, SourceLocation source) {

    public Project {
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(borough, "borough");
        Objects.requireNonNull(serviceType, "serviceType");
    }
}
