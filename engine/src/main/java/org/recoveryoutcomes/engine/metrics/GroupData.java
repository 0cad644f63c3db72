package org.recoveryoutcomes.engine.metrics;

import java.util.List;
import org.recoveryoutcomes.engine.model.GroupLevel;

/**
 * One reporting group ({@code all}, a borough or a project): a view on the {@link DataIndex} runs of its level.
 *
 * <p>Clients are keyed by {@code client_id} alone, so a client seen at two projects of a group is one client of
 * that group. Clients are visited by ordinal, i.e. in client id order, so nothing depends on hash order.
 */
final class GroupData {

    private final DataIndex index;
    private final GroupLevel level;
    private final String id;
    private final String name;
    private final String borough;
    private final List<String> projectIds;
    private final int[] projects;
    private final int group;
    private final Runs attended;
    private final Runs startTops;
    private final Runs episodes;

    GroupData(DataIndex index, GroupLevel level, String id, String name, String borough, List<String> projectIds,
              int[] projects, int group, Runs attended, Runs startTops, Runs episodes) {
        this.index = index;
        this.level = level;
        this.id = id;
        this.name = name;
        this.borough = borough;
        this.projectIds = List.copyOf(projectIds);
        this.projects = projects;
        this.group = group;
        this.attended = attended;
        this.startTops = startTops;
        this.episodes = episodes;
    }

    DataIndex index() {
        return index;
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

    /** The group's projects as ranks in the index (by id). */
    int[] projectRanks() {
        return projects;
    }

    /** Per client of the group, the sorted epoch days of their attended contacts in the group (all dates). */
    Runs attended() {
        return attended;
    }

    /** Per client of the group, the sorted epoch days of their start TOPs in the group (all dates). */
    Runs startTops() {
        return startTops;
    }

    /** Per client of the group, the indexes of their episodes in the group, by start date. */
    Runs episodes() {
        return episodes;
    }

    /** The index of this group among the groups of its level, as {@link Runs#groupRun} counts them. */
    int group() {
        return group;
    }
}
