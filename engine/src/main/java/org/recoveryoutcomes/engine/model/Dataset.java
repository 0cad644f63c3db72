package org.recoveryoutcomes.engine.model;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything read from one data directory, after validation: only accepted rows are here. Optional files
 * that were absent give empty lists. This class is immutable.
 *
 * @param files one report per input file read, in the order projects, contacts, clients, top, episodes,
 *     volunteers
 * @param columnsPresent per file kind ({@code "contacts"}, {@code "top"} …), the canonical column names the
 *     file had; metrics that need an optional column (e.g. {@code did_not_attend_rate} needs
 *     {@code contacts.attended}) look here
 */
public record Dataset(List<Project> projects, List<Contact> contacts, List<Client> clients, List<TopRecord> tops,
                      List<Episode> episodes, List<Volunteer> volunteers, List<FileReport> files,
                      java.util.Map<String, Set<String>> columnsPresent) {

    public Dataset {
        projects = List.copyOf(projects);
        contacts = List.copyOf(contacts);
        clients = List.copyOf(clients);
        tops = List.copyOf(tops);
        episodes = List.copyOf(episodes);
        volunteers = List.copyOf(volunteers);
        files = List.copyOf(files);
        columnsPresent = java.util.Map.copyOf(Objects.requireNonNull(columnsPresent, "columnsPresent"));
    }

    /** True when file kind {@code file} (e.g. {@code "contacts"}) was read and had column {@code column}. */
    public boolean hasColumn(String file, String column) {
        Set<String> cols = columnsPresent.get(file);
        return cols != null && cols.contains(column);
    }
}
