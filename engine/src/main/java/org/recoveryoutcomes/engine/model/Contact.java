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
 * @param cancelled the contact was cancelled (by the client or the service): neither attended nor missed; then
 *     {@code attended} is {@code null}
 */
public record Contact(String clientId, String projectId, LocalDate date, ContactType type,
                      Integer durationMinutes, DeliveredBy deliveredBy, String volunteerId, Boolean attended,
                      boolean cancelled) {

    public Contact {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(type, "type");
        if (cancelled) {
            attended = null;
        }
    }

    /** A contact that was not cancelled. */
    public Contact(String clientId, String projectId, LocalDate date, ContactType type, Integer durationMinutes,
                   DeliveredBy deliveredBy, String volunteerId, Boolean attended) {
        this(clientId, projectId, date, type, durationMinutes, deliveredBy, volunteerId, attended, false);
    }

    /** True unless the contact is recorded as not attended or as cancelled. */
    public boolean isAttended() {
        return !cancelled && !Boolean.FALSE.equals(attended);
    }
}
