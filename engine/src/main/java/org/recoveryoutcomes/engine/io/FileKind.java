package org.recoveryoutcomes.engine.io;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.recoveryoutcomes.engine.model.TopItem;

/**
 * The files of a data directory, in reading order (projects first: the other files refer to it), with their
 * columns as data-format.md lists them.
 */
enum FileKind {
    PROJECTS(true,
            List.of("project_id", "name", "borough", "service_type"),
            List.of("commissioner", "opened")),
    CONTACTS(true,
            List.of("contact_id", "client_id", "project_id", "contact_date", "contact_type"),
            List.of("duration_minutes", "delivered_by", "volunteer_id", "attended")),
    CLIENTS(false,
            List.of("client_id"),
            List.of("sex", "age_band", "birth_year", "ethnicity", "disability", "sexual_orientation",
                    "primary_substance", "referral_source")),
    TOP(false,
            List.of("client_id", "project_id", "top_date", "stage"),
            Stream.of(TopItem.values()).map(TopItem::code).toList()),
    EPISODES(false,
            List.of("client_id", "project_id", "episode_start"),
            List.of("episode_end", "exit_reason")),
    VOLUNTEERS(false,
            List.of("volunteer_id", "project_id", "joined", "is_peer"),
            List.of("left"));

    /** Extensions a file may have, in the order messages list them. */
    static final List<String> EXTENSIONS = List.of("csv", "xlsx", "json", "jsonl");

    private final boolean required;
    private final List<String> requiredColumns;
    private final List<String> columns;

    FileKind(boolean required, List<String> requiredColumns, List<String> optionalColumns) {
        this.required = required;
        this.requiredColumns = requiredColumns;
        this.columns = Stream.concat(requiredColumns.stream(), optionalColumns.stream()).toList();
    }

    /** The base name of the file, e.g. {@code contacts}; also the key in {@code Dataset.columnsPresent}. */
    String baseName() {
        return name().toLowerCase(Locale.ROOT);
    }

    boolean required() {
        return required;
    }

    /** Columns the file must have. */
    List<String> requiredColumns() {
        return requiredColumns;
    }

    /** Every column the engine knows in this file, required ones first, in data-format.md order. */
    List<String> columns() {
        return columns;
    }

    /**
     * Columns whose unreadable value is blanked with a warning rather than rejecting the row: no metric's count
     * rests on them (a project's {@code opened} date, a client's profile, a contact's duration). A column a metric
     * counts by ({@code attended}, an episode's end and exit reason, the TOP items, a volunteer's dates) is not.
     */
    static final java.util.Set<String> SOFT = java.util.Set.of("projects.commissioner", "projects.opened",
            "contacts.duration_minutes", "contacts.delivered_by", "contacts.volunteer_id", "clients.sex",
            "clients.age_band", "clients.birth_year", "clients.ethnicity", "clients.disability",
            "clients.sexual_orientation", "clients.primary_substance", "clients.referral_source");

    /** True when an unreadable value of {@code column} is blanked with a warning (see {@link #SOFT}). */
    boolean soft(String column) {
        return column != null && SOFT.contains(baseName() + "." + column);
    }

    boolean knows(String column) {
        return columns.contains(column);
    }

    /** {@code contacts.csv, contacts.xlsx, contacts.json or contacts.jsonl}. */
    String expectedNames() {
        List<String> names = EXTENSIONS.stream().map(e -> baseName() + "." + e).toList();
        return names.subList(0, names.size() - 1).stream().collect(Collectors.joining(", "))
                + " or " + names.get(names.size() - 1);
    }

    static FileKind ofBaseName(String baseName) {
        for (FileKind k : values()) {
            if (k.baseName().equals(baseName)) {
                return k;
            }
        }
        return null;
    }
}
