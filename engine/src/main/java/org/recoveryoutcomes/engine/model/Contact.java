package org.recoveryoutcomes.engine.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One contact between a client and a project. Optional fields are {@code null} when missing. This class is
 * immutable.
 *
 * @param attended {@code FALSE} for a booked contact the client did not attend; {@code null} (missing) means
 *     attended
 */
public record Contact(String contactId, String clientId, String projectId, LocalDate date, ContactType type,
                      Integer durationMinutes, DeliveredBy deliveredBy, String volunteerId, Boolean attended,
                      SourceLocation source) {

    public Contact {
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(type, "type");
    }

    /** True unless the contact is recorded as not attended. */
    public boolean isAttended() {
        return !Boolean.FALSE.equals(attended);
    }
}
