package org.recoveryoutcomes.engine.metrics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.recoveryoutcomes.engine.model.Client;
import org.recoveryoutcomes.engine.model.Contact;
import org.recoveryoutcomes.engine.model.Dataset;
import org.recoveryoutcomes.engine.model.Episode;
import org.recoveryoutcomes.engine.model.GroupLevel;
import org.recoveryoutcomes.engine.model.Project;
import org.recoveryoutcomes.engine.model.TopRecord;
import org.recoveryoutcomes.engine.model.TopStage;

/**
 * A dataset indexed once per run: its reporting groups in output order ({@code all}, boroughs by name, projects
 * by id), each with its own records, plus what the data holds at all (which optional files and columns).
 *
 * <p>Records of a project that is not in {@code projects} belong to no group; the reader rejects such rows, so
 * this only matters for hand-built datasets.
 */
final class DataIndex {

    /** The display name of the {@code all} group. */
    static final String ALL_NAME = "All projects";

    private final List<GroupData> groups;
    private final Map<String, Client> clients;
    private final Map<String, List<TopRecord>> startTopsByClient;
    private final boolean hasTops;
    private final boolean hasEpisodes;
    private final boolean hasAttended;
    private final boolean hasVolunteerIds;
    private final boolean hasVolunteerHours;
    private final LocalDate dataDate;

    DataIndex(Dataset data) {
        Map<String, Project> projects = new TreeMap<>();
        for (Project p : data.projects()) {
            projects.put(p.projectId(), p);
        }
        Map<String, List<Contact>> contacts = byProject(data.contacts(), Contact::projectId, projects);
        Map<String, List<TopRecord>> tops = byProject(data.tops(), TopRecord::projectId, projects);
        Map<String, List<Episode>> episodes = byProject(data.episodes(), Episode::projectId, projects);

        Map<String, List<String>> boroughs = new TreeMap<>();
        for (Project p : projects.values()) {
            boroughs.computeIfAbsent(p.borough(), b -> new ArrayList<>()).add(p.projectId());
        }
        List<GroupData> out = new ArrayList<>();
        out.add(group(GroupLevel.ALL, "all", ALL_NAME, null, new ArrayList<>(projects.keySet()), contacts, tops,
                episodes));
        boroughs.forEach((b, ids) -> out.add(group(GroupLevel.BOROUGH, b, b, b, ids, contacts, tops, episodes)));
        for (Project p : projects.values()) {
            out.add(group(GroupLevel.PROJECT, p.projectId(), p.name(), p.borough(), List.of(p.projectId()), contacts,
                    tops, episodes));
        }
        this.groups = List.copyOf(out);

        Map<String, Client> cl = new TreeMap<>();
        for (Client c : data.clients()) {
            cl.put(c.clientId(), c);
        }
        this.clients = Collections.unmodifiableMap(cl);
        Map<String, List<TopRecord>> starts = new TreeMap<>();
        for (TopRecord t : data.tops()) {
            if (t.stage() == TopStage.START) {
                starts.computeIfAbsent(t.clientId(), k -> new ArrayList<>()).add(t);
            }
        }
        starts.replaceAll((k, v) -> v.stream().sorted(Comparator.comparing(TopRecord::date)).toList());
        this.startTopsByClient = Collections.unmodifiableMap(starts);

        // A file or column counts as present when the reader saw it, or when any record carries its value
        // (datasets built in code may not fill columnsPresent).
        this.hasTops = data.columnsPresent().containsKey("top") || !data.tops().isEmpty();
        this.hasEpisodes = data.columnsPresent().containsKey("episodes") || !data.episodes().isEmpty();
        this.hasAttended = data.hasColumn("contacts", "attended") || any(data.contacts(), c -> c.attended() != null);
        this.hasVolunteerIds = data.hasColumn("contacts", "volunteer_id")
                || any(data.contacts(), c -> c.volunteerId() != null);
        this.hasVolunteerHours = (data.hasColumn("contacts", "delivered_by")
                && data.hasColumn("contacts", "duration_minutes"))
                || any(data.contacts(), c -> c.deliveredBy() != null && c.durationMinutes() != null);
        this.dataDate = latestDate(data);
    }

    private static <T> boolean any(List<T> items, Predicate<T> test) {
        for (T t : items) {
            if (test.test(t)) {
                return true;
            }
        }
        return false;
    }

    private static <T> Map<String, List<T>> byProject(List<T> records, Function<T, String> project,
                                                      Map<String, Project> projects) {
        Map<String, List<T>> out = new TreeMap<>();
        for (T r : records) {
            String p = project.apply(r);
            if (projects.containsKey(p)) {
                out.computeIfAbsent(p, k -> new ArrayList<>()).add(r);
            }
        }
        return out;
    }

    private static GroupData group(GroupLevel level, String id, String name, String borough, List<String> projectIds,
                                   Map<String, List<Contact>> contacts, Map<String, List<TopRecord>> tops,
                                   Map<String, List<Episode>> episodes) {
        return new GroupData(level, id, name, borough, projectIds, gather(contacts, projectIds),
                gather(tops, projectIds), gather(episodes, projectIds));
    }

    private static <T> List<T> gather(Map<String, List<T>> byProject, List<String> projectIds) {
        List<T> out = new ArrayList<>();
        for (String p : projectIds) {
            out.addAll(byProject.getOrDefault(p, List.of()));
        }
        return out;
    }

    private static LocalDate latestDate(Dataset data) {
        LocalDate latest = null;
        for (Contact c : data.contacts()) {
            latest = later(latest, c.date());
        }
        for (TopRecord t : data.tops()) {
            latest = later(latest, t.date());
        }
        for (Episode e : data.episodes()) {
            latest = later(later(latest, e.start()), e.end());
        }
        return latest;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        if (b == null) {
            return a;
        }
        return a == null || b.isAfter(a) ? b : a;
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

    /** The client's profile, or {@code null} when the clients file has no row for them. */
    Client client(String clientId) {
        return clients.get(clientId);
    }

    /** The client's start TOPs at any project, oldest first. */
    List<TopRecord> startTops(String clientId) {
        return startTopsByClient.getOrDefault(clientId, List.of());
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
