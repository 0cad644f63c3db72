package org.recoveryoutcomes.engine.io;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.recoveryoutcomes.engine.io.table.DataRow;
import org.recoveryoutcomes.engine.model.AgeBand;
import org.recoveryoutcomes.engine.model.Client;
import org.recoveryoutcomes.engine.model.Contact;
import org.recoveryoutcomes.engine.model.ContactType;
import org.recoveryoutcomes.engine.model.DeliveredBy;
import org.recoveryoutcomes.engine.model.Episode;
import org.recoveryoutcomes.engine.model.Ethnicity;
import org.recoveryoutcomes.engine.model.ExitReason;
import org.recoveryoutcomes.engine.model.Project;
import org.recoveryoutcomes.engine.model.ReferralSource;
import org.recoveryoutcomes.engine.model.ReportException;
import org.recoveryoutcomes.engine.model.ServiceType;
import org.recoveryoutcomes.engine.model.Sex;
import org.recoveryoutcomes.engine.model.SexualOrientation;
import org.recoveryoutcomes.engine.model.SourceLocation;
import org.recoveryoutcomes.engine.model.Substance;
import org.recoveryoutcomes.engine.model.TopItem;
import org.recoveryoutcomes.engine.model.TopRecord;
import org.recoveryoutcomes.engine.model.TopStage;
import org.recoveryoutcomes.engine.model.Volunteer;

/**
 * The row rules of data-format.md, one method per file, holding what later files are checked against: the
 * accepted projects and the ids seen so far. Fields are read in data-format.md's column order (for {@code top},
 * {@link TopItem} order), whatever the order in the file, so a row's errors always come in that order and the
 * first of them is the one a rejected row is counted under.
 */
final class Checks {

    /** Earliest and latest birth year accepted. */
    static final int FIRST_BIRTH_YEAR = 1900;
    static final int LAST_BIRTH_YEAR = 2020;
    static final int MAX_DURATION_MINUTES = 1440;

    private static final String PRIMARY_SUBSTANCES =
            "alcohol, opiates, crack, cocaine, amphetamines, cannabis, other";

    private final ColumnMapping mapping;
    private final LocalDate latestDate;
    private final Set<String> projects = new HashSet<>();
    private final Map<String, SourceLocation> projectsRejected = new HashMap<>();
    private FirstRows projectRows = new FirstRows();
    private FirstRows contactRows = new FirstRows();
    private FirstRows clientRows = new FirstRows();
    /** The latest date of an accepted contact so far: contacts are read before TOPs and episodes. */
    private LocalDate latestContact;

    Checks(ColumnMapping mapping, LocalDate latestDate) {
        this.mapping = mapping;
        this.latestDate = latestDate;
    }

    /** Sizes the duplicate check of {@code kind}'s ids for about {@code rows} rows (an estimate; 0 for none). */
    void expect(FileKind kind, long rows) {
        if (rows <= 0) {
            return;
        }
        switch (kind) {
            case CONTACTS -> contactRows = contactRows.size() == 0 ? FirstRows.forAbout(rows) : contactRows;
            case CLIENTS -> clientRows = clientRows.size() == 0 ? FirstRows.forAbout(rows) : clientRows;
            default -> { }
        }
    }

    /**
     * Checks one row with {@code rule}, which returns the record or null when it failed; the record is null in
     * the result when the row has errors.
     */
    <T> T row(RowCheck c, DataRow raw, int width, Header header, Function<RowCheck, T> rule) {
        T record = null;
        if (raw.problem() != null) {
            c.error(raw.problem().column(), raw.problem().kind(), raw.problem().reason());
        } else if (raw.cells().length != width) {
            int n = raw.cells().length;
            c.error(null, "ragged_row", "row has " + n + (n == 1 ? " cell" : " cells") + " but the header has "
                    + width);
        } else if (!controlCharacters(c, raw.cells(), header)) {
            record = rule.apply(c);
            c.ignoredColumns(header.ignored());
            if (record == null && !c.hasErrors()) {
                throw new ReportException(ReportException.Kind.INTERNAL, c.location()
                        + ": the row was refused without a reason; please report this");
            }
        }
        return c.hasErrors() ? null : record;
    }

    /**
     * Rejects a row holding a C0 control character other than a tab or a line break (a NUL byte, an escape…) in
     * any cell: such a character is never data, can hide text from a reader and must not reach a report. Returns
     * true when one was found (the row's other checks are then not made: its cells are not to be trusted).
     */
    static boolean controlCharacters(RowCheck c, String[] cells, Header header) {
        boolean found = false;
        for (int i = 0; i < cells.length; i++) {
            String cell = cells[i];
            for (int k = 0, n = cell.length(); k < n; k++) {
                char ch = cell.charAt(k);
                if (ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r') {
                    c.error(columnName(header, i), "control_character", "the value holds a control character ("
                            + String.format(java.util.Locale.ROOT, "U+%04X", (int) ch) + (ch == 0 ? ", NUL" : "")
                            + ") at character " + (k + 1) + "; remove it at source");
                    found = true;
                    break;
                }
            }
        }
        return found;
    }

    /** The name of the column at {@code position}: as the engine knows it, or as the header gives it. */
    private static String columnName(Header header, int position) {
        for (Map.Entry<String, Integer> e : header.index().entrySet()) {
            if (e.getValue() == position) {
                return e.getKey();
            }
        }
        String label = header.ignored().get(position);
        return label != null ? label : "column " + (position + 1);
    }

    /** Lets go of what was kept to check the rows of {@code kind}: its ids. */
    void done(FileKind kind) {
        switch (kind) {
            case PROJECTS -> projectRows = null;
            case CONTACTS -> contactRows = null;
            case CLIENTS -> clientRows = null;
            default -> {
            }
        }
    }

    Project project(RowCheck c) {
        String id = unique(c, "project_id", projectRows);
        String name = c.text("name", true);
        String borough = c.text("borough", true);
        ServiceType type = c.code("service_type", ServiceType.class, true);
        String commissioner = c.text("commissioner", false);
        LocalDate opened = c.date("opened", false);
        if (c.hasErrors()) {
            if (id != null && !projects.contains(id)) {
                projectsRejected.putIfAbsent(id, c.location());
            }
            return null;
        }
        projects.add(id);
        return new Project(id, name, borough, type, commissioner, opened, c.location());
    }

    Contact contact(RowCheck c) {
        String id = unique(c, "contact_id", contactRows);
        String client = c.text("client_id", true);
        String project = project(c, "project_id");
        LocalDate date = c.date("contact_date", true);
        ContactType type = c.code("contact_type", ContactType.class, true);
        Integer duration = c.whole("duration_minutes", 0, MAX_DURATION_MINUTES, false);
        DeliveredBy by = c.code("delivered_by", DeliveredBy.class, false);
        String volunteer = c.text("volunteer_id", false);
        boolean cancelled = isCancelled(c.value("attended"));
        Boolean attended = cancelled ? null : c.bool("attended", false);
        if (c.hasErrors()) {
            return null;
        }
        // A cancelled contact is an accepted row with a real date: it counts toward the data's latest date, as it
        // does for the period the data covers
        if (latestContact == null || date.isAfter(latestContact)) {
            latestContact = date;
        }
        return new Contact(client, project, date, type, duration, by, volunteer, attended, cancelled);
    }

    /** The {@code attended} codes of a cancelled contact: neither attended nor did-not-attend. */
    static boolean isCancelled(String attended) {
        return attended != null && attended.equalsIgnoreCase("cancelled");
    }

    Client client(RowCheck c) {
        String id = unique(c, "client_id", clientRows);
        Sex sex = c.code("sex", Sex.class, false);
        AgeBand band = c.code("age_band", AgeBand.class, false);
        Integer birthYear = c.whole("birth_year", FIRST_BIRTH_YEAR, LAST_BIRTH_YEAR, false);
        Ethnicity ethnicity = c.code("ethnicity", Ethnicity.class, false);
        Boolean disability = c.bool("disability", false);
        SexualOrientation orientation = c.code("sexual_orientation", SexualOrientation.class, false);
        Substance substance = c.code("primary_substance", false, Substance::parsePrimary, PRIMARY_SUBSTANCES);
        ReferralSource referral = c.code("referral_source", ReferralSource.class, false);
        return c.hasErrors() ? null : new Client(id, sex, band, birthYear, ethnicity, disability, orientation,
                substance, referral, c.location());
    }

    TopRecord top(RowCheck c) {
        String client = c.text("client_id", true);
        String project = project(c, "project_id");
        LocalDate date = c.date("top_date", true);
        farAfterContacts(c, "top_date", date);
        TopStage stage = c.code("stage", TopStage.class, true);
        double[] values = TopRecord.emptyValues();
        for (TopItem item : TopItem.values()) {
            String column = item.code();
            Number v = switch (item.kind()) {
                case DAYS, SCORE -> c.whole(column, (int) item.kind().min(), (int) item.kind().max(), false);
                case AMOUNT -> c.amount(column, false);
                case FLAG -> {
                    Boolean b = c.bool(column, false);
                    yield b == null ? null : (b ? 1 : 0);
                }
            };
            if (v != null) {
                values[item.ordinal()] = v.doubleValue();
            }
        }
        return c.hasErrors() ? null : new TopRecord(client, project, date, stage, values, c.location());
    }

    Episode episode(RowCheck c) {
        String client = c.text("client_id", true);
        String project = project(c, "project_id");
        LocalDate start = c.date("episode_start", true);
        LocalDate end = c.date("episode_end", false);
        farAfterContacts(c, "episode_start", start);
        farAfterContacts(c, "episode_end", end);
        ExitReason reason = c.code("exit_reason", ExitReason.class, false);
        notBefore(c, "episode_end", end, "episode_start", start);
        return c.hasErrors() ? null : new Episode(client, project, start, end, reason, c.location());
    }

    Volunteer volunteer(RowCheck c) {
        String id = c.text("volunteer_id", true);
        String project = project(c, "project_id");
        LocalDate joined = c.date("joined", true);
        LocalDate left = c.date("left", false);
        Boolean peer = c.bool("is_peer", false);
        notBefore(c, "left", left, "joined", joined);
        return c.hasErrors() ? null : new Volunteer(id, project, joined, left, peer, c.location());
    }

    /**
     * The first start TOP of each client at each project, to warn on each review, exit or post-exit TOP dated
     * before it. Only accepted rows take part: a rejected start TOP says nothing reliable about when the client
     * started. Fed every accepted start TOP of the file before any row is judged.
     */
    static final class FirstStarts {
        private final Map<String, LocalDate> first = new HashMap<>();

        private static String key(TopRecord t) {
            return t.clientId() + '\u0000' + t.projectId();
        }

        /** Notes an accepted TOP (only a start counts). */
        void add(TopRecord t) {
            if (t != null && t.stage() == TopStage.START) {
                first.merge(key(t), t.date(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }

        /** Warns on {@code t}, accepted by {@code c}, when it is dated before its client's first start. */
        void warn(RowCheck c, TopRecord t) {
            if (t == null || t.stage() == TopStage.START) {
                return;
            }
            LocalDate start = first.get(key(t));
            if (start != null && t.date().isBefore(start)) {
                c.warn("top_date", "top_before_start", t.stage().code() + " dated " + t.date()
                        + " is before the client's first start TOP (" + start + ")");
            }
        }
    }

    /**
     * Warns on a date more than a year after the latest contact: the tool never reads the clock, so without
     * {@code --as-of} this is how a TOP dated 2099 for 2026 is noticed. The row is kept (rejected with --strict).
     */
    private void farAfterContacts(RowCheck c, String column, LocalDate date) {
        if (date != null && latestContact != null && date.isAfter(latestContact.plusYears(1))) {
            c.warn(column, "after_last_contact", date + " is more than a year after the latest contact ("
                    + latestContact + "); check the year, or give --as-of with the date the data was extracted");
        }
    }

    /** A required id that must not repeat within the file; the first row holding it keeps it. */
    private static String unique(RowCheck c, String column, FirstRows firstRows) {
        String id = c.text(column, true);
        if (id != null) {
            long first = firstRows.putIfAbsent(id, c.location().row(), c.location().line());
            if (first >= 0) {
                c.error(column, "duplicate_id", RowCheck.shown(id) + " duplicates "
                        + SourceLocation.rowAndLine(FirstRows.row(first), FirstRows.line(first)));
            }
        }
        return id;
    }

    /** A required project id that must be among the accepted projects. */
    private String project(RowCheck c, String column) {
        String id = c.text(column, true);
        if (id != null && !projects.contains(id)) {
            SourceLocation rejected = projectsRejected.get(id);
            c.error(column, "unknown_project", RowCheck.shown(id) + " is not in projects"
                    + (rejected == null ? "" : " (its row, " + rejected + ", was rejected)"));
        }
        return id;
    }

    private static void notBefore(RowCheck c, String laterColumn, LocalDate later, String earlierColumn,
                                  LocalDate earlier) {
        if (later != null && earlier != null && later.isBefore(earlier)) {
            c.error(laterColumn, "date_order", later + " is before " + earlierColumn + " (" + earlier + ")");
        }
    }
}
