package org.recoveryoutcomes.engine.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One contact between a client and a project, as the engine keeps it: the {@code contact_id} is checked for
 * uniqueness when the file is read and not kept, since no figure uses it. Optional fields are {@code null} when
 * missing. This class is immutable; a dataset holds its contacts as a {@link ContactTable}.
 *
 * @param attended {@code FALSE} for a booked contact the client did not attend; {@code null} (missing) means
 *     attended
 */
public record Contact(String clientId, String projectId, LocalDate date, ContactType type,
                      Integer durationMinutes, DeliveredBy deliveredBy, String volunteerId, Boolean attended) {

    public Contact {
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
