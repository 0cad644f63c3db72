package org.recoveryoutcomes.sample;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An independent reading of data-format.md, written for these tests only (the engine's validator is written
 * separately): it parses the six files as plain text and lists every problem as
 * {@code file:row: column: value reason}, the header being row 1. It deliberately shares no code with the
 * generator, not even its code lists.
 */
final class SampleDataChecker {

    static final List<String> SERVICE_TYPES = List.of("peer_aftercare", "drop_in", "peer_mentoring", "social_club",
            "vocational", "arts", "structured_treatment", "other");
    static final List<String> CONTACT_TYPES = List.of("drop_in", "one_to_one", "group", "activity", "phone",
            "outreach", "other");
    static final List<String> DELIVERED_BY = List.of("peer_volunteer", "peer_worker", "staff");
    static final List<String> SEXES = List.of("male", "female", "other", "not_stated");
    static final List<String> AGE_BANDS = List.of("18-24", "25-34", "35-44", "45-54", "55-64", "65+");
    static final List<String> ETHNICITIES = List.of("white", "mixed", "asian", "black", "other", "not_stated");
    static final List<String> ORIENTATIONS = List.of("heterosexual", "gay_lesbian", "bisexual", "other",
            "not_stated");
    static final List<String> SUBSTANCES = List.of("alcohol", "opiates", "crack", "cocaine", "amphetamines",
            "cannabis", "other");
    static final List<String> REFERRALS = List.of("self", "treatment_service", "criminal_justice", "gp", "other");
    static final List<String> STAGES = List.of("start", "review", "exit", "post_exit");
    static final List<String> EXIT_REASONS = List.of("completed_drug_free", "completed_occasional_user",
            "transferred", "dropped_out", "declined", "prison", "died", "other");
    static final List<String> DAYS_ITEMS = List.of("alcohol_days", "opiates_days", "crack_days", "cocaine_days",
            "amphetamines_days", "cannabis_days", "other_drug_days", "injecting_days", "shoplifting_days",
            "selling_drugs_days", "paid_work_days", "education_days", "volunteering_days");
    static final List<String> FLAG_ITEMS = List.of("shared_equipment", "theft_from_vehicle", "other_theft",
            "fraud_handling", "assault_violence", "acute_housing_problem", "risk_of_eviction");
    static final List<String> SCORE_ITEMS = List.of("psych_health", "physical_health", "quality_of_life");

    static final List<String> PROJECTS_HEADER = List.of("project_id", "name", "borough", "service_type",
            "commissioner", "opened");
    static final List<String> CONTACTS_HEADER = List.of("contact_id", "client_id", "project_id", "contact_date",
            "contact_type", "duration_minutes", "delivered_by", "volunteer_id", "attended");
    static final List<String> CLIENTS_HEADER = List.of("client_id", "sex", "age_band", "birth_year", "ethnicity",
            "disability", "sexual_orientation", "primary_substance", "referral_source");
    static final List<String> TOP_HEADER = List.of("client_id", "project_id", "top_date", "stage", "alcohol_days",
            "opiates_days", "crack_days", "cocaine_days", "amphetamines_days", "cannabis_days", "other_drug_days",
            "alcohol_units", "injecting_days", "shared_equipment", "shoplifting_days", "selling_drugs_days",
            "theft_from_vehicle", "other_theft", "fraud_handling", "assault_violence", "psych_health",
            "physical_health", "quality_of_life", "paid_work_days", "education_days", "volunteering_days",
            "acute_housing_problem", "risk_of_eviction");
    static final List<String> EPISODES_HEADER = List.of("client_id", "project_id", "episode_start", "episode_end",
            "exit_reason");
    static final List<String> VOLUNTEERS_HEADER = List.of("volunteer_id", "project_id", "joined", "left",
            "is_peer");

    /** One parsed row: its file, its 1-based row number (header = 1) and its cells by column. */
    record Row(String file, long row, Map<String, String> cells) {
        String get(String column) {
            return cells.getOrDefault(column, "");
        }
    }

    private final List<String> problems = new ArrayList<>();
    final List<Row> projects;
    final List<Row> contacts;
    final List<Row> clients;
    final List<Row> top;
    final List<Row> episodes;
    final List<Row> volunteers;

    private SampleDataChecker(Path dir) throws IOException {
        projects = read(dir, "projects.csv", PROJECTS_HEADER);
        contacts = read(dir, "contacts.csv", CONTACTS_HEADER);
        clients = read(dir, "clients.csv", CLIENTS_HEADER);
        top = read(dir, "top.csv", TOP_HEADER);
        episodes = read(dir, "episodes.csv", EPISODES_HEADER);
        volunteers = read(dir, "volunteers.csv", VOLUNTEERS_HEADER);
    }

    /** Reads and checks the data directory; {@link #problems()} then lists everything wrong. */
    static SampleDataChecker check(Path dir) throws IOException {
        SampleDataChecker checker = new SampleDataChecker(dir);
        checker.checkAll();
        return checker;
    }

    List<String> problems() {
        return problems;
    }

    private List<Row> read(Path dir, String file, List<String> header) throws IOException {
        List<Row> rows = new ArrayList<>();
        byte[] bytes = Files.readAllBytes(dir.resolve(file));
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.contains("\r")) {
            problems.add(file + ": has carriage returns; lines must end with \\n alone");
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build();
        try (Reader in = Files.newBufferedReader(dir.resolve(file), StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(in, format)) {
            if (!parser.getHeaderNames().equals(header)) {
                problems.add(file + ":1: header " + parser.getHeaderNames() + " is not " + header);
            }
            for (CSVRecord record : parser) {
                Map<String, String> cells = new LinkedHashMap<>();
                for (String column : parser.getHeaderNames()) {
                    cells.put(column, record.isSet(column) ? record.get(column) : "");
                }
                if (record.size() != header.size()) {
                    problems.add(file + ":" + (record.getRecordNumber() + 1) + ": has " + record.size()
                            + " cells, not " + header.size());
                }
                rows.add(new Row(file, record.getRecordNumber() + 1, cells));
            }
        }
        return rows;
    }

    private void checkAll() {
        Map<String, Row> projectById = new HashMap<>();
        for (Row r : projects) {
            required(r, "project_id");
            required(r, "name");
            required(r, "borough");
            code(r, "service_type", SERVICE_TYPES, false);
            date(r, "opened", true);
            if (projectById.put(r.get("project_id"), r) != null) {
                problem(r, "project_id", "is not unique");
            }
        }
        Map<String, Row> clientById = new HashMap<>();
        for (Row r : clients) {
            if (!r.get("client_id").matches("C\\d{6}")) {
                problem(r, "client_id", "is not a pseudonym like C000123");
            }
            if (clientById.put(r.get("client_id"), r) != null) {
                problem(r, "client_id", "is not unique");
            }
            code(r, "sex", SEXES, true);
            code(r, "age_band", AGE_BANDS, true);
            integer(r, "birth_year", 1920, 2008, true);
            if (!r.get("age_band").isEmpty() && !r.get("birth_year").isEmpty()) {
                problem(r, "birth_year", "is given beside an age band");
            }
            code(r, "ethnicity", ETHNICITIES, true);
            yesNo(r, "disability");
            code(r, "sexual_orientation", ORIENTATIONS, true);
            code(r, "primary_substance", SUBSTANCES, true);
            code(r, "referral_source", REFERRALS, true);
        }
        Map<String, List<Row>> volunteerRows = new HashMap<>();
        Set<String> volunteerKeys = new HashSet<>();
        for (Row r : volunteers) {
            required(r, "volunteer_id");
            knownProject(r, projectById);
            LocalDate joined = date(r, "joined", false);
            LocalDate left = date(r, "left", true);
            if (joined != null && left != null && left.isBefore(joined)) {
                problem(r, "left", "is before joined " + joined);
            }
            yesNo(r, "is_peer");
            if (!volunteerKeys.add(r.get("volunteer_id") + "/" + r.get("project_id"))) {
                problem(r, "volunteer_id", "is listed twice for " + r.get("project_id"));
            }
            volunteerRows.computeIfAbsent(r.get("volunteer_id"), k -> new ArrayList<>()).add(r);
        }
        Set<String> contactIds = new HashSet<>();
        Set<String> contacted = new HashSet<>();
        Map<String, Set<String>> projectsOfClient = new HashMap<>();
        for (Row r : contacts) {
            required(r, "contact_id");
            if (!contactIds.add(r.get("contact_id"))) {
                problem(r, "contact_id", "is not unique");
            }
            knownClient(r, clientById);
            Row project = knownProject(r, projectById);
            LocalDate day = date(r, "contact_date", false);
            if (day != null && project != null && !project.get("opened").isEmpty()
                    && day.isBefore(LocalDate.parse(project.get("opened")))) {
                problem(r, "contact_date", "is before the project opened");
            }
            code(r, "contact_type", CONTACT_TYPES, false);
            integer(r, "duration_minutes", 0, 1440, true);
            code(r, "delivered_by", DELIVERED_BY, true);
            String volunteer = r.get("volunteer_id");
            if (!volunteer.isEmpty() && day != null && volunteerRows.getOrDefault(volunteer, List.of()).stream()
                    .noneMatch(v -> v.get("project_id").equals(r.get("project_id")) && serves(v, day))) {
                problem(r, "volunteer_id", "is not a volunteer of " + r.get("project_id") + " on " + day);
            }
            yesNo(r, "attended");
            contacted.add(r.get("client_id") + "/" + r.get("project_id"));
            projectsOfClient.computeIfAbsent(r.get("client_id"), k -> new HashSet<>()).add(r.get("project_id"));
        }
        for (Row r : clients) {
            Set<String> of = projectsOfClient.get(r.get("client_id"));
            if (of == null) {
                problem(r, "client_id", "has no contacts");
            } else if (of.stream().map(p -> projectById.get(p)).filter(p -> p != null)
                    .map(p -> p.get("borough")).distinct().count() > 1) {
                problem(r, "client_id", "is seen in two boroughs " + of);
            }
        }
        Set<String> topKeys = new HashSet<>();
        for (Row r : top) {
            knownClient(r, clientById);
            knownProject(r, projectById);
            date(r, "top_date", false);
            code(r, "stage", STAGES, false);
            for (String item : DAYS_ITEMS) {
                integer(r, item, 0, 28, true);
            }
            for (String item : FLAG_ITEMS) {
                yesNo(r, item);
            }
            for (String item : SCORE_ITEMS) {
                integer(r, item, 0, 20, true);
            }
            String units = r.get("alcohol_units");
            if (!units.isEmpty()) {
                try {
                    if (Double.parseDouble(units) < 0) {
                        problem(r, "alcohol_units", "is negative");
                    }
                } catch (NumberFormatException e) {
                    problem(r, "alcohol_units", "is not a number");
                }
            }
            if (!contacted.contains(r.get("client_id") + "/" + r.get("project_id"))) {
                problem(r, "client_id", "has no contacts with " + r.get("project_id"));
            }
            if (!topKeys.add(r.get("client_id") + "/" + r.get("project_id") + "/" + r.get("top_date"))) {
                problem(r, "top_date", "is a second TOP of this client and project that day");
            }
        }
        for (Row r : episodes) {
            knownClient(r, clientById);
            knownProject(r, projectById);
            LocalDate start = date(r, "episode_start", false);
            LocalDate end = date(r, "episode_end", true);
            if (start != null && end != null && end.isBefore(start)) {
                problem(r, "episode_end", "is before episode_start " + start);
            }
            code(r, "exit_reason", EXIT_REASONS, true);
            if (end == null && !r.get("exit_reason").isEmpty()) {
                problem(r, "exit_reason", "is given for an open episode");
            }
            if (!contacted.contains(r.get("client_id") + "/" + r.get("project_id"))) {
                problem(r, "client_id", "has no contacts with " + r.get("project_id"));
            }
        }
    }

    private static boolean serves(Row volunteer, LocalDate day) {
        LocalDate joined = LocalDate.parse(volunteer.get("joined"));
        String left = volunteer.get("left");
        return !day.isBefore(joined) && (left.isEmpty() || !day.isAfter(LocalDate.parse(left)));
    }

    private void required(Row r, String column) {
        if (r.get(column).isBlank()) {
            problem(r, column, "is missing");
        }
    }

    private Row knownProject(Row r, Map<String, Row> projectById) {
        Row project = projectById.get(r.get("project_id"));
        if (project == null) {
            problem(r, "project_id", "is not in projects.csv");
        }
        return project;
    }

    private void knownClient(Row r, Map<String, Row> clientById) {
        if (!clientById.containsKey(r.get("client_id"))) {
            problem(r, "client_id", "is not in clients.csv");
        }
    }

    private void code(Row r, String column, List<String> codes, boolean optional) {
        String v = r.get(column);
        if (v.isEmpty() ? !optional : !codes.contains(v)) {
            problem(r, column, "is not one of " + String.join(", ", codes));
        }
    }

    private LocalDate date(Row r, String column, boolean optional) {
        String v = r.get(column);
        if (v.isEmpty()) {
            if (!optional) {
                problem(r, column, "is missing");
            }
            return null;
        }
        try {
            if (!v.matches("\\d{4}-\\d{2}-\\d{2}")) {
                throw new DateTimeParseException("not yyyy-MM-dd", v, 0);
            }
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            problem(r, column, "is not a yyyy-MM-dd date");
            return null;
        }
    }

    private void integer(Row r, String column, int min, int max, boolean optional) {
        String v = r.get(column);
        if (v.isEmpty()) {
            if (!optional) {
                problem(r, column, "is missing");
            }
            return;
        }
        if (!v.matches("-?\\d+")) {
            problem(r, column, "is not a whole number");
        } else if (Long.parseLong(v) < min || Long.parseLong(v) > max) {
            problem(r, column, "is outside " + min + "–" + max);
        }
    }

    private void yesNo(Row r, String column) {
        String v = r.get(column);
        if (!v.isEmpty() && !v.equals("Y") && !v.equals("N")) {
            problem(r, column, "is not Y or N");
        }
    }

    private void problem(Row r, String column, String reason) {
        String value = r.get(column);
        problems.add(r.file() + ":" + r.row() + ": " + column + ": " + (value.isEmpty() ? "" : value + " ") + reason);
    }
}
