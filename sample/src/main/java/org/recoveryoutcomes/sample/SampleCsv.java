package org.recoveryoutcomes.sample;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.recoveryoutcomes.engine.model.Code;
import org.recoveryoutcomes.engine.model.Substance;
import org.recoveryoutcomes.engine.model.TopItem;

/**
 * Writes the sample world as the six CSV files of data-format.md: UTF-8 without BOM, {@code \n} line ends,
 * headers exactly the spec's column names, ISO dates, {@code Y}/{@code N}, an empty cell for missing.
 */
final class SampleCsv {

    static final String[] PROJECTS = {"project_id", "name", "borough", "service_type", "commissioner", "opened"};
    static final String[] CONTACTS = {"contact_id", "client_id", "project_id", "contact_date", "contact_type",
            "duration_minutes", "delivered_by", "volunteer_id", "attended"};
    static final String[] CLIENTS = {"client_id", "sex", "age_band", "birth_year", "ethnicity", "disability",
            "sexual_orientation", "primary_substance", "referral_source"};
    static final String[] EPISODES = {"client_id", "project_id", "episode_start", "episode_end", "exit_reason"};
    static final String[] VOLUNTEERS = {"volunteer_id", "project_id", "joined", "left", "is_peer"};
    static final String[] TOP;

    static {
        List<String> top = new ArrayList<>(List.of("client_id", "project_id", "top_date", "stage"));
        for (TopItem item : TopItem.values()) {
            top.add(item.code());
        }
        TOP = top.toArray(String[]::new);
    }

    private SampleCsv() {
    }

    /** Writes the six files into {@code dir} and returns their paths in name order. */
    static List<Path> write(SampleWorld world, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        written.add(write(dir.resolve("clients.csv"), CLIENTS, clientRows(world)));
        written.add(write(dir.resolve("contacts.csv"), CONTACTS, contactRows(world)));
        written.add(write(dir.resolve("episodes.csv"), EPISODES, episodeRows(world)));
        written.add(write(dir.resolve("projects.csv"), PROJECTS, projectRows(world)));
        written.add(write(dir.resolve("top.csv"), TOP, topRows(world)));
        written.add(write(dir.resolve("volunteers.csv"), VOLUNTEERS, volunteerRows(world)));
        return written;
    }

    private static Path write(Path file, String[] header, List<List<String>> rows) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(header).setRecordSeparator("\n").build();
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(out, format)) {
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        }
        return file;
    }

    static List<List<String>> projectRows(SampleWorld world) {
        List<List<String>> rows = new ArrayList<>();
        for (Rows.ProjectRow p : world.projectRows()) {
            rows.add(cells(p.projectId(), p.name(), p.borough(), p.serviceType().code(), p.commissioner(),
                    date(p.opened())));
        }
        return rows;
    }

    static List<List<String>> contactRows(SampleWorld world) {
        List<List<String>> rows = new ArrayList<>();
        Map<String, Integer> numbers = new HashMap<>();
        for (Rows.ContactRow c : world.sortedContacts()) {
            int n = numbers.merge(c.projectId(), 1, Integer::sum);
            rows.add(cells(String.format(Locale.ROOT, "%s-%06d", c.projectId(), n), c.clientId(), c.projectId(),
                    date(c.date()), c.type().code(), integer(c.durationMinutes()), code(c.deliveredBy()),
                    c.volunteerId(), yesNo(c.attended())));
        }
        return rows;
    }

    static List<List<String>> clientRows(SampleWorld world) {
        List<List<String>> rows = new ArrayList<>();
        for (Person person : world.people.values()) {
            Rows.ClientRow c = person.row();
            Substance s = c.primarySubstance();
            rows.add(cells(c.clientId(), code(c.sex()), c.ageBand() == null ? null : c.ageBand().code(),
                    integer(c.birthYear()), code(c.ethnicity()), yesNo(c.disability()), code(c.sexualOrientation()),
                    s == null ? null : s == Substance.OTHER_DRUG ? "other" : s.code(), code(c.referralSource())));
        }
        return rows;
    }

    static List<List<String>> topRows(SampleWorld world) {
        List<String> order = world.plans.stream().map(ProjectPlan::id).toList();
        List<Rows.TopRow> sorted = new ArrayList<>(world.tops);
        sorted.sort(Comparator.comparingInt((Rows.TopRow t) -> order.indexOf(t.projectId()))
                .thenComparing(Rows.TopRow::clientId).thenComparing(Rows.TopRow::date));
        List<List<String>> rows = new ArrayList<>();
        for (Rows.TopRow t : sorted) {
            List<String> row = cells(t.clientId(), t.projectId(), date(t.date()), t.stage().code());
            for (TopItem item : TopItem.values()) {
                double v = t.items()[item.ordinal()];
                row.add(Double.isNaN(v) ? null : item.kind() == TopItem.Kind.FLAG ? (v == 1 ? "Y" : "N") : number(v));
            }
            rows.add(row);
        }
        return rows;
    }

    static List<List<String>> episodeRows(SampleWorld world) {
        List<String> order = world.plans.stream().map(ProjectPlan::id).toList();
        List<Rows.EpisodeRow> sorted = new ArrayList<>(world.episodes);
        sorted.sort(Comparator.comparingInt((Rows.EpisodeRow e) -> order.indexOf(e.projectId()))
                .thenComparing(Rows.EpisodeRow::clientId).thenComparing(Rows.EpisodeRow::start));
        List<List<String>> rows = new ArrayList<>();
        for (Rows.EpisodeRow e : sorted) {
            rows.add(cells(e.clientId(), e.projectId(), date(e.start()), date(e.end()), code(e.exitReason())));
        }
        return rows;
    }

    static List<List<String>> volunteerRows(SampleWorld world) {
        List<List<String>> rows = new ArrayList<>();
        for (List<Rows.VolunteerRow> ofProject : world.volunteers.values()) {
            List<Rows.VolunteerRow> sorted = new ArrayList<>(ofProject);
            sorted.sort(Comparator.comparing(Rows.VolunteerRow::volunteerId));
            for (Rows.VolunteerRow v : sorted) {
                rows.add(cells(v.volunteerId(), v.projectId(), date(v.joined()), date(v.left()), yesNo(v.isPeer())));
            }
        }
        return rows;
    }

    private static List<String> cells(String... values) {
        List<String> row = new ArrayList<>(values.length + TopItem.values().length);
        for (String v : values) {
            row.add(v);
        }
        return row;
    }

    private static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static String integer(Integer i) {
        return i == null ? null : Integer.toString(i);
    }

    /** Whole numbers without a decimal point, others as few decimals as they need ({@code 12.5}). */
    private static String number(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private static String yesNo(Boolean b) {
        return b == null ? null : b ? "Y" : "N";
    }

    private static String code(Enum<?> e) {
        return e == null ? null : ((Code) e).code();
    }
}
