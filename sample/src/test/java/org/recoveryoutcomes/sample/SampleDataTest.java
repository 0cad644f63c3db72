package org.recoveryoutcomes.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recoveryoutcomes.sample.SampleDataChecker.Row;

/**
 * What the committed seed's data holds, read back from the files: it validates cleanly against the spec, has
 * the volumes the seed texts describe, and exercises every metric of metrics.md.
 */
class SampleDataTest {

    private static final LocalDate YEAR_1 = LocalDate.of(2024, 4, 1);
    private static final LocalDate YEAR_2 = LocalDate.of(2025, 4, 1);
    private static final LocalDate OUTCOME_FROM = LocalDate.of(2025, 10, 1);
    private static final LocalDate OUTCOME_TO = LocalDate.of(2026, 9, 30);

    @TempDir
    static Path dir;
    private static SampleDataChecker data;

    @BeforeAll
    static void generate() throws IOException {
        SampleGenerator.generate(SampleGenerator.DEFAULT_SEED, dir);
        data = SampleDataChecker.check(dir);
    }

    @Test
    void validatesCleanlyAgainstTheDataFormat() {
        assertThat(data.problems()).isEmpty();
    }

    @Test
    void staysUnderThreeMegabytes() throws IOException {
        long bytes = 0;
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                bytes += Files.size(p);
            }
        }
        assertThat(bytes).isLessThan(3_000_000L);
    }

    @Test
    void everyContactFallsInTheExtractFromApril2024ToSeptember2026() {
        assertThat(data.contacts).extracting(r -> r.get("contact_date"))
                .allMatch(d -> d.compareTo("2024-04-01") >= 0 && d.compareTo("2026-09-30") <= 0);
        assertThat(data.contacts).extracting(r -> r.get("contact_date")).contains("2024-04-01", "2026-09-30");
    }

    @Test
    void weekendServiceIsOpenOnlyOnSaturdaysAndSundays() {
        Set<DayOfWeek> days = kcws().map(r -> LocalDate.parse(r.get("contact_date")).getDayOfWeek())
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(days).containsExactly(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    }

    @Test
    void weekendServiceHasFiveToSixThousandAttendedContactsInEachFullYear() {
        for (LocalDate from : List.of(YEAR_1, YEAR_2)) {
            long attended = kcws().filter(inYear(from)).filter(r -> !r.get("attended").equals("N")).count();
            assertThat(attended).as("contacts from " + from).isBetween(5_000L, 6_000L);
        }
    }

    @Test
    void weekendServiceHasAboutEightyFiveVolunteersOnItsContactsEachYear() {
        for (LocalDate from : List.of(YEAR_1, YEAR_2)) {
            long volunteers = kcws().filter(inYear(from)).map(r -> r.get("volunteer_id"))
                    .filter(v -> !v.isEmpty()).distinct().count();
            assertThat(volunteers).as("volunteers from " + from).isBetween(75L, 95L);
        }
        assertThat(kcws().filter(r -> r.get("delivered_by").equals("peer_volunteer")))
                .allMatch(r -> !r.get("volunteer_id").isEmpty() && !r.get("volunteer_id").isBlank());
    }

    @Test
    void otherProjectsHaveHundredsToTwoThousandContactsAYear() {
        Map<String, Long> perProject = new TreeMap<>();
        for (Row r : data.contacts) {
            if (!r.get("project_id").equals("KCWS") && inYear(YEAR_2).test(r) && !r.get("attended").equals("N")) {
                perProject.merge(r.get("project_id"), 1L, Long::sum);
            }
        }
        assertThat(perProject).containsOnlyKeys("BAT", "WR", "FIRM", "OE", "HDC", "KCPM");
        assertThat(perProject.values()).allMatch(n -> n >= 300 && n <= 2_200);
    }

    @Test
    void peerMentoringStartsInFebruary2025WithMentorsFromTheWeekendService() {
        Set<String> weekendVolunteers = volunteerIds("KCWS");
        List<Row> mentors = data.volunteers.stream().filter(r -> r.get("project_id").equals("KCPM")).toList();

        assertThat(data.contacts.stream().filter(r -> r.get("project_id").equals("KCPM"))
                .map(r -> r.get("contact_date")).min(String::compareTo)).hasValueSatisfying(
                        d -> assertThat(d).startsWith("2025-02"));
        assertThat(mentors.stream().filter(r -> r.get("joined").equals("2025-02-03"))).hasSize(9);
        assertThat(mentors).extracting(r -> r.get("volunteer_id")).allMatch(weekendVolunteers::contains);
        assertThat(data.contacts.stream().filter(r -> r.get("project_id").equals("KCPM")))
                .allMatch(r -> r.get("delivered_by").equals("peer_volunteer") && !r.get("volunteer_id").isEmpty());
    }

    @Test
    void someClientsAttendTwoProjectsOfOneBorough() {
        Map<String, Set<String>> projectsOf = new HashMap<>();
        for (Row r : data.contacts) {
            projectsOf.computeIfAbsent(r.get("client_id"), k -> new TreeSet<>()).add(r.get("project_id"));
        }
        Map<Set<String>, Long> combinations = projectsOf.values().stream().filter(s -> s.size() > 1)
                .collect(Collectors.groupingBy(s -> s, Collectors.counting()));

        assertThat(combinations).containsOnlyKeys(Set.of("FIRM", "OE"), Set.of("KCPM", "KCWS"));
        assertThat(combinations.values()).allMatch(n -> n >= 10);
    }

    @Test
    void everyProjectThatDoesTopsHasOutcomePairsInTheTwelveMonthsToSeptember2026() {
        Set<String> doTops = data.top.stream().map(r -> r.get("project_id")).collect(Collectors.toSet());
        Map<String, Long> pairs = outcomePairs().stream()
                .collect(Collectors.groupingBy(p -> p.start().get("project_id"), Collectors.counting()));

        assertThat(doTops).containsExactlyInAnyOrder("BAT", "WR", "FIRM", "OE", "KCWS", "KCPM");
        assertThat(pairs).containsOnlyKeys(doTops);
        assertThat(pairs.values()).allMatch(n -> n >= 10);
    }

    @Test
    void topsIncludeEveryStageAndFollowUpsInsideAndOutsideTheWindow() {
        assertThat(data.top.stream().map(r -> r.get("stage")).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("start", "review", "exit", "post_exit");
        Map<String, Long> gaps = new TreeMap<>();
        long withoutStart = 0;
        for (Map.Entry<String, List<Row>> e : topsByClientAndProject().entrySet()) {
            for (Row f : e.getValue()) {
                if (!f.get("stage").equals("review") && !f.get("stage").equals("exit")) {
                    continue;
                }
                Row start = latestStartBefore(e.getValue(), date(f, "top_date"));
                if (start == null) {
                    withoutStart++;
                } else {
                    long days = ChronoUnit.DAYS.between(date(start, "top_date"), date(f, "top_date"));
                    gaps.merge(days < 35 ? "under 35" : days <= 273 ? "35 to 273" : "over 273", 1L, Long::sum);
                }
            }
        }
        assertThat(gaps).containsOnlyKeys("under 35", "35 to 273", "over 273");
        assertThat(gaps.values()).allMatch(n -> n >= 10);
        assertThat(withoutStart).as("follow-ups without a start TOP").isGreaterThanOrEqualTo(10);
    }

    @Test
    void mostFirstStartTopsFallWithinTwentyEightDaysOfTheFirstContactButNotAll() {
        Map<String, LocalDate> firstContact = new HashMap<>();
        Map<String, LocalDate> firstStart = new HashMap<>();
        for (Row r : data.contacts) {
            if (!r.get("attended").equals("N")) {
                firstContact.merge(r.get("client_id") + "/" + r.get("project_id"), date(r, "contact_date"),
                        (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        for (Row r : data.top) {
            if (r.get("stage").equals("start")) {
                firstStart.merge(r.get("client_id") + "/" + r.get("project_id"), date(r, "top_date"),
                        (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        long within = 0;
        long later = 0;
        for (Map.Entry<String, LocalDate> e : firstStart.entrySet()) {
            long days = ChronoUnit.DAYS.between(firstContact.get(e.getKey()), e.getValue());
            assertThat(days).as(e.getKey()).isNotNegative();
            if (days <= 28) {
                within++;
            } else {
                later++;
            }
        }
        assertThat(later).isPositive();
        assertThat(within).isGreaterThan(5 * later);
    }

    @Test
    void episodesEndForEveryReasonAndSomeAreStillOpen() {
        Map<String, Long> reasons = data.episodes.stream()
                .collect(Collectors.groupingBy(r -> r.get("exit_reason"), TreeMap::new, Collectors.counting()));

        assertThat(reasons).containsOnlyKeys("", "completed_drug_free", "completed_occasional_user", "transferred",
                "dropped_out", "declined", "prison", "died", "other");
        assertThat(reasons.get("completed_drug_free")).isGreaterThan(reasons.get("dropped_out"));
        assertThat(reasons.get("died")).isBetween(1L, 10L);
        assertThat(reasons.get("")).as("open episodes").isGreaterThanOrEqualTo(20L);
    }

    @Test
    void someClientsStartANewEpisodeWithinSixMonthsOfASuccessfulCompletion() {
        Map<String, List<Row>> byClient = data.episodes.stream()
                .collect(Collectors.groupingBy(r -> r.get("client_id")));
        long representations = 0;
        for (List<Row> episodes : byClient.values()) {
            for (Row done : episodes) {
                if (done.get("exit_reason").startsWith("completed_")) {
                    LocalDate end = date(done, "episode_end");
                    representations += episodes.stream().filter(o -> o != done).map(o -> date(o, "episode_start"))
                            .filter(s -> s.isAfter(end) && !s.isAfter(end.plusDays(183))).count();
                }
            }
        }
        assertThat(representations).isGreaterThanOrEqualTo(10);
    }

    @Test
    void bookedServicesRecordDidNotAttendAndDropInsLeaveAttendedEmpty() {
        Map<String, Long> dna = new TreeMap<>();
        for (Row r : data.contacts) {
            if (r.get("attended").equals("N")) {
                dna.merge(r.get("project_id"), 1L, Long::sum);
                assertThat(r.get("duration_minutes")).isEmpty();
            }
        }
        assertThat(dna).containsOnlyKeys("BAT", "WR", "KCWS", "KCPM");
        assertThat(data.contacts.stream().filter(r -> r.get("project_id").equals("KCWS")
                && r.get("contact_type").equals("drop_in"))).allMatch(r -> r.get("attended").isEmpty());
    }

    @Test
    void volunteerDeliveredContactsMostlyHaveDurations() {
        List<Row> byVolunteers = data.contacts.stream()
                .filter(r -> r.get("delivered_by").equals("peer_volunteer") && !r.get("attended").equals("N"))
                .toList();
        long timed = byVolunteers.stream().filter(r -> !r.get("duration_minutes").isEmpty()).count();

        assertThat(timed).isGreaterThan(byVolunteers.size() * 8L / 10).isLessThan(byVolunteers.size());
    }

    @Test
    void someProfileAndTopCellsAreLeftEmptyOnPurpose() {
        for (String column : SampleDataChecker.CLIENTS_HEADER.subList(1, SampleDataChecker.CLIENTS_HEADER.size())) {
            if (!column.equals("birth_year") && !column.equals("age_band")) {
                assertThat(data.clients).as(column).anyMatch(r -> r.get(column).isEmpty());
            }
        }
        for (String item : List.of("psych_health", "opiates_days", "shoplifting_days", "volunteering_days")) {
            assertThat(data.top).as(item).anyMatch(r -> r.get(item).isEmpty());
        }
        assertThat(data.clients).anyMatch(r -> !r.get("birth_year").isEmpty());
    }

    @Test
    void clientsWhoUsedAtTheStartOftenStopByTheFollowUp() {
        List<Pair> pairs = outcomePairs();
        for (String substance : List.of("alcohol", "opiates", "crack", "cocaine")) {
            String item = substance + "_days";
            List<Pair> users = pairs.stream().filter(p -> positive(p.start(), item) && has(p.followUp(), item))
                    .toList();
            long abstinent = users.stream().filter(p -> p.followUp().get(item).equals("0")).count();
            assertThat(users).as(substance + " users").hasSizeGreaterThanOrEqualTo(30);
            assertThat(100.0 * abstinent / users.size()).as(substance + " abstinent %").isBetween(25.0, 65.0);
        }
    }

    @Test
    void wellbeingRatingsRiseByOneToFourPointsOnAverageWithSomeGettingWorse() {
        for (String item : SampleDataChecker.SCORE_ITEMS) {
            List<Integer> changes = outcomePairs().stream().filter(p -> has(p.start(), item) && has(p.followUp(), item))
                    .map(p -> Integer.parseInt(p.followUp().get(item)) - Integer.parseInt(p.start().get(item)))
                    .toList();
            double mean = changes.stream().mapToInt(Integer::intValue).average().orElseThrow();
            assertThat(mean).as(item).isBetween(1.0, 4.0);
            assertThat(changes).as(item).anyMatch(c -> c < 0);
        }
    }

    @Test
    void reintegrationItemsMoveForSomeClients() {
        List<Pair> pairs = outcomePairs();
        assertThat(pairs).anyMatch(p -> yes(p.start(), "acute_housing_problem") && no(p.followUp(), "acute_housing_problem"));
        assertThat(pairs).anyMatch(p -> zero(p.start(), "paid_work_days") && positive(p.followUp(), "paid_work_days"));
        assertThat(pairs).anyMatch(p -> zero(p.start(), "education_days") && positive(p.followUp(), "education_days"));
        assertThat(pairs).anyMatch(p -> zero(p.start(), "volunteering_days")
                && positive(p.followUp(), "volunteering_days"));
        assertThat(pairs).anyMatch(p -> positive(p.start(), "injecting_days") && zero(p.followUp(), "injecting_days"));
        assertThat(pairs).anyMatch(p -> yes(p.start(), "shared_equipment") && no(p.followUp(), "shared_equipment"));
        assertThat(pairs).anyMatch(p -> positive(p.start(), "shoplifting_days")
                && zero(p.followUp(), "shoplifting_days"));
    }

    // ------------------------------------------------------------------ helpers

    /** A start TOP and its follow-up, chosen as metrics.md defines an outcome pair. */
    record Pair(Row start, Row followUp) {
    }

    /**
     * Per client and project: follow-ups (review or exit) dated in the 12 months to 2026-09-30, each with the
     * latest start before it, kept when 35–273 days apart; of several, the one closest to 182 days.
     */
    private static List<Pair> outcomePairs() {
        List<Pair> pairs = new ArrayList<>();
        for (List<Row> tops : topsByClientAndProject().values()) {
            Pair best = null;
            long bestDistance = Long.MAX_VALUE;
            for (Row f : tops) {
                LocalDate day = date(f, "top_date");
                boolean followUp = f.get("stage").equals("review") || f.get("stage").equals("exit");
                if (!followUp || day.isBefore(OUTCOME_FROM) || day.isAfter(OUTCOME_TO)) {
                    continue;
                }
                Row start = latestStartBefore(tops, day);
                long gap = start == null ? -1 : ChronoUnit.DAYS.between(date(start, "top_date"), day);
                if (gap >= 35 && gap <= 273 && Math.abs(gap - 182) < bestDistance) {
                    best = new Pair(start, f);
                    bestDistance = Math.abs(gap - 182);
                }
            }
            if (best != null) {
                pairs.add(best);
            }
        }
        return pairs;
    }

    private static Map<String, List<Row>> topsByClientAndProject() {
        return data.top.stream().collect(Collectors.groupingBy(r -> r.get("client_id") + "/" + r.get("project_id"),
                TreeMap::new, Collectors.toList()));
    }

    private static Row latestStartBefore(List<Row> tops, LocalDate day) {
        Row latest = null;
        for (Row r : tops) {
            LocalDate d = date(r, "top_date");
            if (r.get("stage").equals("start") && d.isBefore(day)
                    && (latest == null || d.isAfter(date(latest, "top_date")))) {
                latest = r;
            }
        }
        return latest;
    }

    private static java.util.stream.Stream<Row> kcws() {
        return data.contacts.stream().filter(r -> r.get("project_id").equals("KCWS"));
    }

    private static Predicate<Row> inYear(LocalDate from) {
        return r -> {
            LocalDate d = date(r, "contact_date");
            return !d.isBefore(from) && d.isBefore(from.plusYears(1));
        };
    }

    private static Set<String> volunteerIds(String project) {
        Set<String> ids = new HashSet<>();
        data.volunteers.stream().filter(r -> r.get("project_id").equals(project))
                .forEach(r -> ids.add(r.get("volunteer_id")));
        return ids;
    }

    private static LocalDate date(Row r, String column) {
        return LocalDate.parse(r.get(column));
    }

    private static boolean has(Row r, String column) {
        return !r.get(column).isEmpty();
    }

    private static boolean positive(Row r, String column) {
        return has(r, column) && Integer.parseInt(r.get(column)) > 0;
    }

    private static boolean zero(Row r, String column) {
        return r.get(column).equals("0");
    }

    private static boolean yes(Row r, String column) {
        return r.get(column).equals("Y");
    }

    private static boolean no(Row r, String column) {
        return r.get(column).equals("N");
    }
}
