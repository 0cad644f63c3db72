package org.recoveryoutcomes.engine.metrics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.recoveryoutcomes.engine.model.Client;
import org.recoveryoutcomes.engine.model.ContactTable;
import org.recoveryoutcomes.engine.model.Dataset;
import org.recoveryoutcomes.engine.model.Episode;
import org.recoveryoutcomes.engine.model.GroupLevel;
import org.recoveryoutcomes.engine.model.IdDictionary;
import org.recoveryoutcomes.engine.model.Project;
import org.recoveryoutcomes.engine.model.TopStage;
import org.recoveryoutcomes.engine.model.TopTable;

/**
 * A dataset indexed once per run: its reporting groups in output order ({@code all}, boroughs by name, projects
 * by id), plus what the data holds at all (which optional files and columns).
 *
 * <p>Everything is read from the columns by ordinal: per group level ({@code all}, borough, project) the attended
 * contact days, start TOP days and episodes of each client of each group in client order ({@link Runs}); per
 * project its contacts by day with the columns the sums need, and its TOP rows by client, day and input row.
 * Clients are keyed by client ordinal, which is client id order.
 *
 * <p>Records of a project that is not in {@code projects} belong to no group; the reader rejects such rows, so
 * this only matters for hand-built datasets.
 */
final class DataIndex {

    /** The display name of the {@code all} group. */
    static final String ALL_NAME = "All projects";

    private static final TopStage[] STAGES = TopStage.values();

    private final List<GroupData> groups;
    private final IdDictionary clientIds;
    private final ContactTable contacts;
    private final TopTable tops;
    private final Client[] clients;
    private final int[] startTopStart;
    private final int[] startTopRows;
    private final Episode[] episodes;

    /**
     * Per project rank: its contacts from {@code pdStart[p]}, by day: position {@code k} is contact row
     * {@code pd[k]}, or row {@code k} itself when {@code pd} is {@code null} (the table is already in this order,
     * as a table read from files is). A permutation, not a copy of the columns: at national scale a copy took
     * 240 MB of a 2 GB heap.
     */
    final int[] pdStart;
    final int[] pd;
    /** True when the data has volunteer ids. */
    final boolean pdVolunteers;
    final int volunteerCount;
    /** Per project rank: its TOP rows from {@code tpStart[p]}, by client, day and input row. */
    final int[] tpStart;
    final int[] tpRows;

    private final boolean hasTops;
    private final boolean hasEpisodes;
    private final boolean hasAttended;
    private final boolean hasVolunteerIds;
    private final boolean hasVolunteerHours;
    private final LocalDate dataDate;

    DataIndex(Dataset data) {
        this.clientIds = data.clientIds();
        this.contacts = data.contacts();
        this.tops = data.tops();
        int clientCount = clientIds.size();
        Map<String, Project> byId = new TreeMap<>();
        for (Project p : data.projects()) {
            byId.put(p.projectId(), p);
        }
        Project[] projects = byId.values().toArray(new Project[0]);
        int projectCount = projects.length;
        Map<String, Integer> rankOf = new TreeMap<>();
        for (int p = 0; p < projectCount; p++) {
            rankOf.put(projects[p].projectId(), p);
        }
        Map<String, List<Integer>> boroughs = new TreeMap<>();
        for (int p = 0; p < projectCount; p++) {
            boroughs.computeIfAbsent(projects[p].borough(), b -> new ArrayList<>()).add(p);
        }
        int[] boroughOf = new int[projectCount];
        List<String> boroughNames = new ArrayList<>(boroughs.keySet());
        for (int b = 0; b < boroughNames.size(); b++) {
            for (int p : boroughs.get(boroughNames.get(b))) {
                boroughOf[p] = b;
            }
        }
        int[] contactRank = ranks(contacts.projectIds(), rankOf);
        int[] topRank = ranks(tops.projectIds(), rankOf);

        this.hasTops = data.columnsPresent().containsKey("top") || !tops.isEmpty();
        this.hasEpisodes = data.columnsPresent().containsKey("episodes") || !data.episodes().isEmpty();
        // A file or column counts as present when the reader saw it, or when any record carries its value
        // (datasets built in code may not fill columnsPresent).
        int n = contacts.size();
        boolean anyAttended = false;
        boolean anyVolunteer = false;
        boolean anyHours = false;
        int latest = Integer.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            anyAttended |= contacts.attendedCode(i) >= 0;
            anyVolunteer |= contacts.volunteer(i) >= 0;
            anyHours |= contacts.deliveredBy(i) != null && contacts.duration(i) >= 0;
            latest = Math.max(latest, contacts.day(i));
        }
        this.hasAttended = data.hasColumn("contacts", "attended") || anyAttended;
        this.hasVolunteerIds = data.hasColumn("contacts", "volunteer_id") || anyVolunteer;
        this.hasVolunteerHours = (data.hasColumn("contacts", "delivered_by")
                && data.hasColumn("contacts", "duration_minutes")) || anyHours;

        // Per project, contacts by day, with the columns the sums read.
        int[] inProject = rowsWhere(n, i -> contactRank[contacts.project(i)] >= 0);
        int minDay = Integer.MAX_VALUE;
        int maxDay = Integer.MIN_VALUE;
        for (int i : inProject) {
            minDay = Math.min(minDay, contacts.day(i));
            maxDay = Math.max(maxDay, contacts.day(i));
        }
        int[] byDay = sortByDay(inProject, minDay, maxDay);
        inProject = null; // let each 80 MB (at national scale) index go as soon as the next is made
        int[] pd = Runs.stableByKey(byDay, i -> contactRank[contacts.project(i)], projectCount);
        byDay = null;
        this.pdStart = starts(pd, i -> contactRank[contacts.project(i)], projectCount);
        this.pd = isIdentity(pd, n) ? null : pd;
        this.pdVolunteers = hasVolunteerIds;
        this.volunteerCount = contacts.volunteerIds().size();
        pd = null;

        // Attended contacts by client (input order within a client), then per level by group.
        int[] attendedByClient = Runs.stableByKey(rowsWhere(n, i -> contactRank[contacts.project(i)] >= 0
                && contacts.isAttended(i)), contacts::client, clientCount);
        Runs attAll = Runs.of(attendedByClient, i -> 0, 1, contacts::client).toSortedDays(contacts::day);
        Runs attBorough = Runs.of(attendedByClient, i -> boroughOf[contactRank[contacts.project(i)]],
                boroughNames.size(), contacts::client).toSortedDays(contacts::day);
        Runs attProject = Runs.of(attendedByClient, i -> contactRank[contacts.project(i)], projectCount,
                contacts::client).toSortedDays(contacts::day);
        attendedByClient = null;

        // TOPs: per project by (client, day, input row); start TOPs by client.
        int t = tops.size();
        int[] topsInProject = rowsWhere(t, i -> topRank[tops.project(i)] >= 0);
        int topMin = Integer.MAX_VALUE;
        int topMax = Integer.MIN_VALUE;
        for (int i = 0; i < t; i++) {
            topMin = Math.min(topMin, tops.day(i));
            topMax = Math.max(topMax, tops.day(i));
            latest = Math.max(latest, tops.day(i));
        }
        int[] topsByDay = sortByDay(topsInProject, topMin, topMax, tops::day);
        int[] topsByClient = Runs.stableByKey(topsByDay, tops::client, clientCount);
        this.tpRows = Runs.stableByKey(topsByClient, i -> topRank[tops.project(i)], projectCount);
        this.tpStart = starts(tpRows, i -> topRank[tops.project(i)], projectCount);
        int[] allStarts = sortByDay(rowsWhere(t, i -> tops.stage(i) == TopStage.START), topMin, topMax, tops::day);
        this.startTopRows = Runs.stableByKey(allStarts, tops::client, clientCount);
        this.startTopStart = starts(startTopRows, tops::client, clientCount);
        int[] startsByClient = Runs.stableByKey(rowsWhere(t, i -> topRank[tops.project(i)] >= 0
                && tops.stage(i) == TopStage.START), tops::client, clientCount);
        Runs stAll = Runs.of(startsByClient, i -> 0, 1, tops::client).toSortedDays(tops::day);
        Runs stBorough = Runs.of(startsByClient, i -> boroughOf[topRank[tops.project(i)]], boroughNames.size(),
                tops::client).toSortedDays(tops::day);
        Runs stProject = Runs.of(startsByClient, i -> topRank[tops.project(i)], projectCount, tops::client)
                .toSortedDays(tops::day);

        // Episodes: by client, start, project and input order, then per level by group.
        this.episodes = data.episodes().toArray(new Episode[0]);
        int[] episodeRank = new int[episodes.length];
        int[] episodeClient = new int[episodes.length];
        List<Integer> kept = new ArrayList<>();
        for (int e = 0; e < episodes.length; e++) {
            Integer r = rankOf.get(episodes[e].projectId());
            episodeRank[e] = r == null ? -1 : r;
            episodeClient[e] = clientIds.ordinal(episodes[e].clientId());
            latest = Math.max(latest, Math.toIntExact(episodes[e].start().toEpochDay()));
            if (episodes[e].end() != null) {
                latest = Math.max(latest, Math.toIntExact(episodes[e].end().toEpochDay()));
            }
            if (r != null) {
                kept.add(e);
            }
        }
        Integer[] order = kept.toArray(new Integer[0]);
        Arrays.sort(order, (a, b) -> {
            int c = Integer.compare(episodeClient[a], episodeClient[b]);
            if (c == 0) {
                c = episodes[a].start().compareTo(episodes[b].start());
            }
            if (c == 0) {
                c = Integer.compare(episodeRank[a], episodeRank[b]);
            }
            return c != 0 ? c : Integer.compare(a, b);
        });
        int[] episodesByClient = new int[order.length];
        for (int k = 0; k < order.length; k++) {
            episodesByClient[k] = order[k];
        }
        Runs epAll = Runs.of(episodesByClient, e -> 0, 1, e -> episodeClient[e]);
        Runs epBorough = Runs.of(episodesByClient, e -> boroughOf[episodeRank[e]], boroughNames.size(),
                e -> episodeClient[e]);
        Runs epProject = Runs.of(episodesByClient, e -> episodeRank[e], projectCount, e -> episodeClient[e]);

        this.clients = new Client[clientCount];
        for (Client c : data.clients()) {
            clients[clientIds.ordinal(c.clientId())] = c;
        }
        this.dataDate = latest == Integer.MIN_VALUE ? null : LocalDate.ofEpochDay(latest);

        List<GroupData> out = new ArrayList<>();
        int[] allProjects = new int[projectCount];
        for (int p = 0; p < projectCount; p++) {
            allProjects[p] = p;
        }
        out.add(new GroupData(this, GroupLevel.ALL, "all", ALL_NAME, null, ids(projects, allProjects), allProjects,
                0, attAll, stAll, epAll));
        for (int b = 0; b < boroughNames.size(); b++) {
            int[] ps = boroughs.get(boroughNames.get(b)).stream().mapToInt(Integer::intValue).toArray();
            String name = boroughNames.get(b);
            out.add(new GroupData(this, GroupLevel.BOROUGH, name, name, name, ids(projects, ps), ps, b, attBorough,
                    stBorough, epBorough));
        }
        for (int p = 0; p < projectCount; p++) {
            Project pr = projects[p];
            out.add(new GroupData(this, GroupLevel.PROJECT, pr.projectId(), pr.name(), pr.borough(),
                    List.of(pr.projectId()), new int[] {p}, p, attProject, stProject, epProject));
        }
        this.groups = List.copyOf(out);
    }

    private static List<String> ids(Project[] projects, int[] ranks) {
        List<String> out = new ArrayList<>(ranks.length);
        for (int p : ranks) {
            out.add(projects[p].projectId());
        }
        return out;
    }

    private static int[] ranks(IdDictionary projectIds, Map<String, Integer> rankOf) {
        int[] out = new int[projectIds.size()];
        for (int o = 0; o < out.length; o++) {
            Integer r = rankOf.get(projectIds.id(o));
            out[o] = r == null ? -1 : r;
        }
        return out;
    }

    private static boolean isIdentity(int[] order, int n) {
        if (order.length != n) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            if (order[k] != k) {
                return false;
            }
        }
        return true;
    }

    /** The contact row at position {@code k} of the per-project order. */
    int pdRow(int k) {
        return pd == null ? k : pd[k];
    }

    /** The first position in {@code [from, to)} of the per-project order whose contact is dated ≥ {@code day}. */
    int pdLowerBound(int from, int to, long day) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (contacts.day(pdRow(mid)) < day) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static int[] rowsWhere(int n, java.util.function.IntPredicate keep) {
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (keep.test(i)) {
                count++;
            }
        }
        int[] out = new int[count];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (keep.test(i)) {
                out[k++] = i;
            }
        }
        return out;
    }

    private int[] sortByDay(int[] rows, int minDay, int maxDay) {
        return sortByDay(rows, minDay, maxDay, contacts::day);
    }

    /** {@code rows} stably sorted by day: a counting sort when the span is small, else a sort of packed keys. */
    static int[] sortByDay(int[] rows, int minDay, int maxDay, java.util.function.IntUnaryOperator dayOf) {
        if (rows.length == 0) {
            return rows;
        }
        long span = (long) maxDay - minDay + 1;
        if (span <= Math.max(1 << 16, 4L * rows.length)) {
            return Runs.stableByKey(rows, i -> dayOf.applyAsInt(i) - minDay, (int) span);
        }
        long[] keys = new long[rows.length];
        for (int k = 0; k < rows.length; k++) {
            keys[k] = (((long) dayOf.applyAsInt(rows[k]) - minDay) << 31) | k;
        }
        Arrays.sort(keys);
        int[] out = new int[rows.length];
        for (int k = 0; k < rows.length; k++) {
            out[k] = rows[(int) (keys[k] & 0x7fffffffL)];
        }
        return out;
    }

    /** Where each key's items start in {@code sorted} (sorted by key); {@code keys + 1} entries. */
    private static int[] starts(int[] sorted, java.util.function.IntUnaryOperator keyOf, int keys) {
        int[] out = new int[keys + 1];
        for (int item : sorted) {
            out[keyOf.applyAsInt(item) + 1]++;
        }
        for (int k = 0; k < keys; k++) {
            out[k + 1] += out[k];
        }
        return out;
    }

    /** {@code all}, then boroughs by name, then projects by id. */
    List<GroupData> groups() {
        return groups;
    }

    /** The group with this key, or {@code null}. */
    GroupData group(String key) {
        for (GroupData g : groups) {
            if (g.key().equals(key)) {
                return g;
            }
        }
        return null;
    }

    IdDictionary clientIds() {
        return clientIds;
    }

    ContactTable contacts() {
        return contacts;
    }

    TopTable tops() {
        return tops;
    }

    /** The profile of the client with this ordinal, or {@code null} when the clients file has no row for them. */
    Client client(int ordinal) {
        return clients[ordinal];
    }

    /** The episode at this index of the dataset's episodes. */
    Episode episode(int index) {
        return episodes[index];
    }

    /** The client's start TOP rows at any project, oldest first (same-day ones in input order): from. */
    int startTopsFrom(int client) {
        return startTopStart[client];
    }

    /** The end (exclusive) of the client's start TOP rows. */
    int startTopsTo(int client) {
        return startTopStart[client + 1];
    }

    /** The start TOP row at position {@code k} of {@link #startTopsFrom}. */
    int startTopRow(int k) {
        return startTopRows[k];
    }

    /** True when the data has a TOP file (or TOP records). */
    boolean hasTops() {
        return hasTops;
    }

    /** True when the data has an episodes file (or episodes). */
    boolean hasEpisodes() {
        return hasEpisodes;
    }

    /** True when contacts have the {@code attended} column. */
    boolean hasAttended() {
        return hasAttended;
    }

    /** True when contacts have the {@code volunteer_id} column. */
    boolean hasVolunteerIds() {
        return hasVolunteerIds;
    }

    /** True when contacts have both {@code delivered_by} and {@code duration_minutes}. */
    boolean hasVolunteerHours() {
        return hasVolunteerHours;
    }

    /** The latest date of any contact, TOP, episode start or end; {@code null} for an empty dataset. */
    LocalDate dataDate() {
        return dataDate;
    }
}
