package org.recoveryoutcomes.sample;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Everything the generator makes from one seed: the projects are simulated one after another, each with its
 * own split of the seed's random stream, and their rows gathered here in a fixed order.
 */
final class SampleWorld {

    final List<ProjectPlan> plans = ProjectPlan.catalogue();
    final Map<String, List<Engagement>> engagements = new LinkedHashMap<>();
    final Map<String, List<Rows.VolunteerRow>> volunteers = new LinkedHashMap<>();
    final Map<String, Person> people = new TreeMap<>();
    final List<Rows.ContactRow> contacts = new ArrayList<>();
    final List<Rows.TopRow> tops = new ArrayList<>();
    final List<Rows.EpisodeRow> episodes = new ArrayList<>();
    private final Dice ids;
    private final Set<String> usedIds = new HashSet<>();
    private int volunteerCount;

    private SampleWorld(Dice ids) {
        this.ids = ids;
    }

    static SampleWorld build(long seed) {
        Dice root = new Dice(seed);
        SampleWorld world = new SampleWorld(root.split());
        for (ProjectPlan plan : world.plans) {
            new ProjectSimulator(plan, root.split(), world).run();
        }
        return world;
    }

    List<Rows.ProjectRow> projectRows() {
        List<Rows.ProjectRow> rows = new ArrayList<>();
        for (ProjectPlan p : plans) {
            rows.add(new Rows.ProjectRow(p.id(), p.name(), p.borough(), p.serviceType(), p.commissioner(), p.opened()));
        }
        return rows;
    }

    /** A new client with a pseudonym never used before: {@code C} and six random digits. */
    Person newPerson(Dice dice, ProjectPlan plan) {
        String id;
        do {
            id = String.format(Locale.ROOT, "C%06d", ids.between(1, 999_999));
        } while (!usedIds.add(id));
        Person person = Profiles.create(dice, plan, id);
        people.put(id, person);
        return person;
    }

    String newVolunteerId() {
        volunteerCount++;
        return String.format(Locale.ROOT, "V%04d", volunteerCount);
    }

    /** Contacts ordered by project (catalogue order), date and client, as the file lists them. */
    List<Rows.ContactRow> sortedContacts() {
        List<String> order = plans.stream().map(ProjectPlan::id).toList();
        List<Rows.ContactRow> sorted = new ArrayList<>(contacts);
        sorted.sort(Comparator.comparingInt((Rows.ContactRow c) -> order.indexOf(c.projectId()))
                .thenComparing(Rows.ContactRow::date)
                .thenComparing(Rows.ContactRow::clientId));
        return sorted;
    }
}
