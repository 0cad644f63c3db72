package org.recoveryoutcomes.engine.metrics;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.recoveryoutcomes.engine.model.AmountValue;
import org.recoveryoutcomes.engine.model.BreakdownValue;
import org.recoveryoutcomes.engine.model.ContactTable;
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

    private static final ContactType[] TYPES = ContactType.values();

    private EngagementMetrics() {
    }

    /** Every engagement metric of group {@code g} in {@code period}, in catalogue order. */
    static Map<String, MetricValue> compute(GroupData g, Period period, DataIndex data, Settings s) {
        int periodStart = Math.toIntExact(period.start().toEpochDay());
        int periodEnd = Math.toIntExact(period.end().toEpochDay());

        // Sums over every contact of the group's projects in the period.
        long attendedContacts = 0;
        long booked = 0;
        long missed = 0;
        long volunteerMinutes = 0;
        long[] byType = new long[TYPES.length];
        long volunteersActive = 0;
        Scratch volunteers = data.pdVolunteers ? Scratch.marks(data.volunteerCount).clear() : null;
        ContactTable contacts = data.contacts();
        for (int p : g.projectRanks()) {
            int lo = data.pdLowerBound(data.pdStart[p], data.pdStart[p + 1], periodStart);
            int hi = data.pdLowerBound(lo, data.pdStart[p + 1], periodEnd + 1L);
            for (int k = lo; k < hi; k++) {
                int row = data.pdRow(k);
                int attended = contacts.attendedCode(row);
                if (attended == ContactTable.CANCELLED) {
                    continue; // neither attended nor missed: out of the contact counts and the DNA rate
                }
                if (attended >= 0) {
                    booked++;
                    if (attended == 0) {
                        missed++;
                        continue;
                    }
                }
                attendedContacts++;
                byType[contacts.type(row).ordinal()]++;
                if (volunteers != null) {
                    int v = contacts.volunteer(row);
                    if (v >= 0 && volunteers.mark(v)) {
                        volunteersActive++;
                    }
                }
                int minutes = contacts.duration(row);
                if (minutes > 0 && contacts.deliveredBy(row) == DeliveredBy.PEER_VOLUNTEER) {
                    volunteerMinutes += minutes;
                }
            }
        }

        // Per client of the group: their attended days in the group.
        Runs runs = g.attended();
        int[] days = runs.items;
        int fromRun = runs.groupRun[g.group()];
        int toRun = runs.groupRun[g.group() + 1];
        double[] perClientCounts = new double[toRun - fromRun];
        int seen = 0;
        long newClients = 0;
        long repeat = 0;
        long retainedEligible = 0;
        long retained = 0;
        for (int r = fromRun; r < toRun; r++) {
            int first = runs.runStart[r];
            int end = runs.runStart[r + 1];
            int lo = Runs.lowerBound(days, first, end, periodStart);
            int hi = Runs.lowerBound(days, lo, end, periodEnd + 1L);
            int count = hi - lo;
            if (count == 0) {
                continue;
            }
            perClientCounts[seen++] = count;
            if (count >= 2) {
                repeat++;
            }
            if (days[first] >= periodStart) {
                newClients++;
            }
            int retention = retention(days, first, hi - 1, periodEnd, s);
            if (retention > 0) {
                retainedEligible++;
                if (retention == RETAINED) {
                    retained++;
                }
            }
        }
        perClientCounts = Arrays.copyOf(perClientCounts, seen);

        Map<String, MetricValue> out = new LinkedHashMap<>();
        out.put(CONTACTS, Figures.count(attendedContacts, s));
        out.put(CLIENTS_SEEN, Figures.count(seen, s));
        out.put(NEW_CLIENTS, Figures.count(newClients, s));
        out.put(CONTACTS_PER_CLIENT, Figures.mean(perClientCounts, s));
        out.put(REPEAT_ATTENDANCE, Figures.proportion(repeat, seen, s));
        out.put(RETAINED_12_WEEKS, Figures.proportion(retained, retainedEligible, s));
        out.put(DID_NOT_ATTEND_RATE, data.hasAttended() ? Figures.proportion(missed, booked, s)
                : Figures.proportion(0, 0, s));
        if (data.hasVolunteerIds()) {
            out.put(VOLUNTEERS_ACTIVE, Figures.count(volunteersActive, s));
        }
        if (data.hasVolunteerHours()) {
            out.put(VOLUNTEER_HOURS, new AmountValue(volunteerMinutes / 60.0, "hours"));
        }
        Map<String, CountValue> parts = new LinkedHashMap<>();
        for (ContactType t : ContactType.values()) {
            parts.put(t.code(), Figures.count(byType[t.ordinal()], s));
        }
        out.put(CONTACTS_BY_TYPE, new BreakdownValue(parts));
        return out;
    }

    /** {@link #retention}: the client is eligible for {@code retained_12_weeks} but not retained. */
    static final int ELIGIBLE = 1;
    /** {@link #retention}: the client is eligible for {@code retained_12_weeks} and retained. */
    static final int RETAINED = 2;

    /**
     * The client's {@code retained_12_weeks} standing at {@code periodEnd}: 0 not eligible, {@link #ELIGIBLE} or
     * {@link #RETAINED}. The current engagement is walked back from the last contact up to the period end while
     * no gap is longer than the setting; the walk stops as soon as the engagement is known to span the retention
     * days (going further back can only lengthen it).
     *
     * @param days the client's sorted attended days, from {@code first}
     * @param last the index of the client's last attended day up to the period end
     */
    static int retention(int[] days, int first, int last, long periodEnd, Settings s) {
        int gap = s.engagementGapDays();
        int retentionDays = s.retentionDays();
        long lastDay = days[last];
        int start = last;
        while (start > first && days[start] - days[start - 1] <= gap) {
            start--;
            if (lastDay - days[start] >= retentionDays) {
                return RETAINED;
            }
        }
        if (periodEnd - days[start] >= retentionDays) {
            return lastDay - days[start] >= retentionDays ? RETAINED : ELIGIBLE;
        }
        return 0;
    }
}
