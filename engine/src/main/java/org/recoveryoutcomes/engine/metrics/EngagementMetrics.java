package org.recoveryoutcomes.engine.metrics;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.recoveryoutcomes.engine.model.AmountValue;
import org.recoveryoutcomes.engine.model.BreakdownValue;
import org.recoveryoutcomes.engine.model.Contact;
import org.recoveryoutcomes.engine.model.ContactType;
import org.recoveryoutcomes.engine.model.CountValue;
import org.recoveryoutcomes.engine.model.DeliveredBy;
import org.recoveryoutcomes.engine.model.MetricValue;
import org.recoveryoutcomes.engine.model.Period;
import org.recoveryoutcomes.engine.model.Settings;

/**
 * The engagement metrics of metrics.md over one group's contacts in the report period.
 *
 * <p>Only attended contacts count (everything but {@code did_not_attend_rate}, which is about the ones that were
 * not attended). Choices where metrics.md is silent:
 * <ul>
 *   <li>{@code volunteers_active} and {@code volunteer_hours} count attended contacts only, like every other
 *       engagement metric: a session the client did not come to delivered nothing;</li>
 *   <li>a contact with no {@code duration_minutes} adds nothing to {@code volunteer_hours} (it is missing, not
 *       zero, so the hours are a floor);</li>
 *   <li>{@code did_not_attend_rate} is always present; where the data has no {@code attended} column it has no
 *       figure (0 ÷ 0, value {@code null}) rather than a 0% that would claim nobody missed a session;</li>
 *   <li>{@code volunteers_active} is left out where contacts have no {@code volunteer_id} column, and
 *       {@code volunteer_hours} where they lack {@code delivered_by} or {@code duration_minutes}: a count cannot
 *       say "unknown", and 0 would claim there were none;</li>
 *   <li>{@code retained_12_weeks}: a client's engagements are built from every attended contact with any project
 *       of the group up to the period end; a gap of exactly {@code engagementGapDays} keeps the engagement going,
 *       one day more ends it.</li>
 * </ul>
 */
final class EngagementMetrics {

    static final String CONTACTS = "contacts";
    static final String CLIENTS_SEEN = "clients_seen";
    static final String NEW_CLIENTS = "new_clients";
    static final String CONTACTS_PER_CLIENT = "contacts_per_client";
    static final String REPEAT_ATTENDANCE = "repeat_attendance";
    static final String RETAINED_12_WEEKS = "retained_12_weeks";
    static final String DID_NOT_ATTEND_RATE = "did_not_attend_rate";
    static final String VOLUNTEERS_ACTIVE = "volunteers_active";
    static final String VOLUNTEER_HOURS = "volunteer_hours";
    static final String CONTACTS_BY_TYPE = "contacts_by_type";

    private EngagementMetrics() {
    }

    /** Every engagement metric of group {@code g} in {@code period}, in catalogue order. */
    static Map<String, MetricValue> compute(GroupData g, Period period, DataIndex data, Settings s) {
        long periodStart = period.start().toEpochDay();
        long periodEnd = period.end().toEpochDay();

        long attendedContacts = 0;
        long booked = 0;
        long missed = 0;
        long volunteerMinutes = 0;
        Map<String, Integer> perClient = new TreeMap<>();
        Map<ContactType, Long> byType = new EnumMap<>(ContactType.class);
        TreeSet<String> volunteers = new TreeSet<>();
        for (Contact c : g.contactsBetween(period.start(), period.end())) {
            if (c.attended() != null) {
                booked++;
                if (!c.attended()) {
                    missed++;
                }
            }
            if (!c.isAttended()) {
                continue;
            }
            attendedContacts++;
            perClient.merge(c.clientId(), 1, Integer::sum);
            byType.merge(c.type(), 1L, Long::sum);
            if (c.volunteerId() != null) {
                volunteers.add(c.volunteerId());
            }
            if (c.deliveredBy() == DeliveredBy.PEER_VOLUNTEER && c.durationMinutes() != null) {
                volunteerMinutes += c.durationMinutes();
            }
        }

        long newClients = 0;
        long repeat = 0;
        long retainedEligible = 0;
        long retained = 0;
        double[] perClientCounts = new double[perClient.size()];
        int i = 0;
        for (Map.Entry<String, Integer> e : perClient.entrySet()) {
            perClientCounts[i++] = e.getValue();
            if (e.getValue() >= 2) {
                repeat++;
            }
            long[] days = g.attendedDays().get(e.getKey());
            if (days[0] >= periodStart) {
                newClients++;
            }
            // The current engagement: walk back from the last contact up to the period end while no gap is
            // longer than the setting.
            int last = GroupData.lowerBound(days, periodEnd + 1) - 1;
            int first = last;
            while (first > 0 && days[first] - days[first - 1] <= s.engagementGapDays()) {
                first--;
            }
            if (periodEnd - days[first] >= s.retentionDays()) {
                retainedEligible++;
                if (days[last] - days[first] >= s.retentionDays()) {
                    retained++;
                }
            }
        }

        Map<String, MetricValue> out = new LinkedHashMap<>();
        out.put(CONTACTS, Figures.count(attendedContacts, s));
        out.put(CLIENTS_SEEN, Figures.count(perClient.size(), s));
        out.put(NEW_CLIENTS, Figures.count(newClients, s));
        out.put(CONTACTS_PER_CLIENT, Figures.mean(perClientCounts, s));
        out.put(REPEAT_ATTENDANCE, Figures.proportion(repeat, perClient.size(), s));
        out.put(RETAINED_12_WEEKS, Figures.proportion(retained, retainedEligible, s));
        out.put(DID_NOT_ATTEND_RATE, data.hasAttended() ? Figures.proportion(missed, booked, s)
                : Figures.proportion(0, 0, s));
        if (data.hasVolunteerIds()) {
            out.put(VOLUNTEERS_ACTIVE, Figures.count(volunteers.size(), s));
        }
        if (data.hasVolunteerHours()) {
            out.put(VOLUNTEER_HOURS, new AmountValue(volunteerMinutes / 60.0, "hours"));
        }
        Map<String, CountValue> parts = new LinkedHashMap<>();
        for (ContactType t : ContactType.values()) {
            parts.put(t.code(), Figures.count(byType.getOrDefault(t, 0L), s));
        }
        out.put(CONTACTS_BY_TYPE, new BreakdownValue(parts));
        return out;
    }
}
