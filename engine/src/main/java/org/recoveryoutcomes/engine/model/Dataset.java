package org.recoveryoutcomes.engine.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything read from one data directory, after validation: only accepted rows are here. Optional files
 * that were absent give empty lists. This class is immutable.
 *
 * <p>Contacts and TOPs, the large files, are held column by column ({@link ContactTable}, {@link TopTable}); the
 * two tables share one dictionary of client ids ({@link #clientIds()}), which also holds the id of every client
 * profile and episode, so that a client is the same {@code int} everywhere. Build a dataset from plain lists with
 * {@link #of}.
 *
 * @param files one report per input file read, in the order projects, contacts, clients, top, episodes,
 *     volunteers
 * @param columnsPresent per file kind ({@code "contacts"}, {@code "top"} …), the canonical column names the
 *     file had; metrics that need an optional column (e.g. {@code did_not_attend_rate} needs
 *     {@code contacts.attended}) look here
 */
public record Dataset(List<Project> projects, ContactTable contacts, List<Client> clients, TopTable tops,
                      List<Episode> episodes, List<Volunteer> volunteers, List<FileReport> files,
                      Map<String, Set<String>> columnsPresent) {

    /**
     * @throws IllegalArgumentException when the contacts and TOPs do not share one client dictionary, or a client
     *     profile or episode has an id the dictionary lacks
     */
    public Dataset {
        projects = List.copyOf(projects);
        Objects.requireNonNull(contacts, "contacts");
        Objects.requireNonNull(tops, "tops");
        if (contacts.clientIds() != tops.clientIds()) {
            throw new IllegalArgumentException("contacts and tops must share one client dictionary");
        }
        clients = List.copyOf(clients);
        episodes = List.copyOf(episodes);
        volunteers = List.copyOf(volunteers);
        files = List.copyOf(files);
        columnsPresent = Map.copyOf(Objects.requireNonNull(columnsPresent, "columnsPresent"));
        IdDictionary ids = contacts.clientIds();
        for (Client c : clients) {
            requireKnown(ids, c.clientId());
        }
        for (Episode e : episodes) {
            requireKnown(ids, e.clientId());
        }
    }

    private static void requireKnown(IdDictionary ids, String clientId) {
        if (ids.ordinal(clientId) < 0) {
            throw new IllegalArgumentException("client " + clientId + " is not in the client dictionary");
        }
    }

    /**
     * A dataset of plain lists: the client ids of contacts, TOPs, client profiles and episodes are numbered in
     * one dictionary.
     */
    public static Dataset of(List<Project> projects, List<Contact> contacts, List<Client> clients,
                             List<TopRecord> tops, List<Episode> episodes, List<Volunteer> volunteers,
                             List<FileReport> files, Map<String, Set<String>> columnsPresent) {
        IdDictionary.Builder ids = new IdDictionary.Builder();
        ContactTable.Builder c = new ContactTable.Builder(ids);
        contacts.forEach(c::add);
        TopTable.Builder t = new TopTable.Builder(ids);
        tops.forEach(t::add);
        clients.forEach(client -> ids.intern(client.clientId()));
        episodes.forEach(e -> ids.intern(e.clientId()));
        IdDictionary.Sorted sorted = ids.build();
        return new Dataset(projects, c.build(sorted), clients, t.build(sorted), episodes, volunteers, files,
                columnsPresent);
    }

    /** The client ids of every table, profile and episode, numbered in sort order. */
    public IdDictionary clientIds() {
        return contacts.clientIds();
    }

    /** True when file kind {@code file} (e.g. {@code "contacts"}) was read and had column {@code column}. */
    public boolean hasColumn(String file, String column) {
        Set<String> cols = columnsPresent.get(file);
        return cols != null && cols.contains(column);
    }
}
