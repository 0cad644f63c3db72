package org.recoveryoutcomes.engine.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A volunteer of a project. This class is immutable.
 *
 * @param left {@code null} while still volunteering
 * @param isPeer {@code null} when not given
 */
public record Volunteer(String volunteerId, String projectId, LocalDate joined, LocalDate left, Boolean isPeer,
                        SourceLocation source) {

    public Volunteer {
        Objects.requireNonNull(volunteerId, "volunteerId");
        Objects.requireNonNull(projectId, "projectId");
    }
}
