package org.recoveryoutcomes.engine.metrics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.recoveryoutcomes.engine.model.Contact;
import org.recoveryoutcomes.engine.model.Episode;
import org.recoveryoutcomes.engine.model.GroupLevel;
import org.recoveryoutcomes.engine.model.TopRecord;
import org.recoveryoutcomes.engine.model.TopStage;

/**
 * The records of one reporting group ({@code all}, a borough or a project), indexed once per run so that every
 * period (the report period, the earlier periods of the trends) reads them without sorting again.
 *
 * <p>Clients are keyed by {@code client_id} alone, so a client seen at two projects of a group is one client of
 * that group. Maps are sorted by client id, so nothing depends on hash order.
 */
final class GroupData {

    private final GroupLevel level;
    private final String id;
    private final String name;
    private final String borough;
    private final List<String> projectIds;
    private final List<Contact> contacts;
    private final long[] contactDays;
    private final Map<String, long[]> attendedDays;
    private final Map<String, long[]> startTopDays;
    private final List<TopRecord> tops;
    private final Map<String, List<Episode>> episodesByClient;

    GroupData(GroupLevel level, String id, String name, String borough, List<String> projectIds,
              List<Contact> contacts, List<TopRecord> tops, List<Episode> episodes) {
        this.level = level;
        this.id = id;
        this.name = name;
        this.borough = borough;
        this.projectIds = List.copyOf(projectIds);
        List<Contact> sorted = new ArrayList<>(contacts);
        sorted.sort(Comparator.comparing(Contact::date)); // stable: same-day contacts keep input order
        this.contacts = Collections.unmodifiableList(sorted);
        this.contactDays = sorted.stream().mapToLong(c -> c.date().toEpochDay()).toArray();

        Map<String, List<Long>> attended = new TreeMap<>();
        for (Contact c : sorted) {
            if (c.isAttended()) {
                attended.computeIfAbsent(c.clientId(), k -> new ArrayList<>()).add(c.date().toEpochDay());
            }
        }
        this.attendedDays = Collections.unmodifiableMap(sortedArrays(attended));

        Map<String, List<Long>> starts = new TreeMap<>();
        for (TopRecord t : tops) {
            if (t.stage() == TopStage.START) {
                starts.computeIfAbsent(t.clientId(), k -> new ArrayList<>()).add(t.date().toEpochDay());
            }
        }
        this.startTopDays = Collections.unmodifiableMap(sortedArrays(starts));
        this.tops = List.copyOf(tops);

        Map<String, List<Episode>> byClient = new TreeMap<>();
        for (Episode e : episodes) {
            byClient.computeIfAbsent(e.clientId(), k -> new ArrayList<>()).add(e);
        }
        byClient.replaceAll((k, v) -> v.stream().sorted(Comparator.comparing(Episode::start)).toList());
        this.episodesByClient = Collections.unmodifiableMap(byClient);
    }

    /**
     * The same group with only the records of the clients {@code keep} accepts: the group as seen by one
     * category of an equality breakdown. Every metric computed on it counts those clients only.
     */
    GroupData only(Predicate<String> keep) {
        List<Contact> c = new ArrayList<>();
        for (Contact contact : contacts) {
            if (keep.test(contact.clientId())) {
                c.add(contact);
            }
        }
        List<TopRecord> t = new ArrayList<>();
        for (TopRecord top : tops) {
            if (keep.test(top.clientId())) {
                t.add(top);
            }
        }
        List<Episode> e = new ArrayList<>();
        episodesByClient.forEach((client, list) -> {
            if (keep.test(client)) {
                e.addAll(list);
            }
        });
        return new GroupData(level, id, name, borough, projectIds, c, t, e);
    }

    private static Map<String, long[]> sortedArrays(Map<String, List<Long>> lists) {
        Map<String, long[]> out = new TreeMap<>();
        lists.forEach((k, v) -> {
            long[] a = v.stream().mapToLong(Long::longValue).toArray();
            Arrays.sort(a);
            out.put(k, a);
        });
        return out;
    }

    GroupLevel level() {
        return level;
    }

    String id() {
        return id;
    }

    String name() {
        return name;
    }

    String borough() {
        return borough;
    }

    /** {@code all}, {@code borough:<name>} or {@code project:<id>}, as {@code GroupResult.key()}. */
    String key() {
        return level == GroupLevel.ALL ? "all" : level.code() + ":" + id;
    }

    /** The group's projects, by id. */
    List<String> projectIds() {
        return projectIds;
    }

    /** Every contact of the group, attended or not, dated in {@code [from, to]}, oldest first. */
    List<Contact> contactsBetween(LocalDate from, LocalDate to) {
        int lo = lowerBound(contactDays, from.toEpochDay());
        int hi = lowerBound(contactDays, to.toEpochDay() + 1);
        return contacts.subList(lo, Math.max(lo, hi));
    }

    /** Per client, the sorted epoch days of their attended contacts in the group (all dates). */
    Map<String, long[]> attendedDays() {
        return attendedDays;
    }

    /** Per client, the sorted epoch days of their start TOPs in the group (all dates). */
    Map<String, long[]> startTopDays() {
        return startTopDays;
    }

    List<TopRecord> tops() {
        return tops;
    }

    /** Per client, their episodes in the group, by start date. */
    Map<String, List<Episode>> episodesByClient() {
        return episodesByClient;
    }

    /** The first index of {@code sorted} holding a value ≥ {@code key}. */
    static int lowerBound(long[] sorted, long key) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** True when {@code sorted} holds a value in {@code [from, to]}. */
    static boolean anyBetween(long[] sorted, long from, long to) {
        int i = lowerBound(sorted, from);
        return i < sorted.length && sorted[i] <= to;
    }
}
