package org.recoveryoutcomes.engine.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.recoveryoutcomes.engine.metrics.TopFixture.top;
import static org.recoveryoutcomes.engine.model.TopStage.EXIT;
import static org.recoveryoutcomes.engine.model.TopStage.POST_EXIT;
import static org.recoveryoutcomes.engine.model.TopStage.REVIEW;
import static org.recoveryoutcomes.engine.model.TopStage.START;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recoveryoutcomes.engine.model.Period;
import org.recoveryoutcomes.engine.model.Settings;
import org.recoveryoutcomes.engine.model.TopItem;
import org.recoveryoutcomes.engine.model.TopRecord;

/**
 * Outcome pairs (metrics.md, TOP outcomes). The outcome period is calendar 2026; starts are dated from
 * {@link #DAY0} = 2026-01-05 so that day offsets read as "days after the start".
 */
class OutcomePairsTest {

    private static final Period YEAR_2026 = Period.parse("2026");
    private static final LocalDate DAY0 = LocalDate.of(2026, 1, 5);
    private static final Settings DEFAULTS = Settings.DEFAULTS;

    private static LocalDate day(int offset) {
        return DAY0.plusDays(offset);
    }

    private static List<OutcomePair> build(TopRecord... tops) {
        return OutcomePairs.build(List.of(tops), YEAR_2026, DEFAULTS);
    }

    @Test
    void pairsAFollowUpFrom35To273DaysAfterTheStartAndNoOther() {
        // Four clients, each a start and one review: 34 and 274 days fall outside the default window [35, 273];
        // 35 and 273 are its inclusive ends.
        List<OutcomePair> pairs = build(
                top("c34", "P1", START, day(0)), top("c34", "P1", REVIEW, day(34)),
                top("c35", "P1", START, day(0)), top("c35", "P1", REVIEW, day(35)),
                top("c273", "P1", START, day(0)), top("c273", "P1", EXIT, day(273)),
                top("c274", "P1", START, day(0)), top("c274", "P1", EXIT, day(274)));

        assertThat(pairs).extracting(OutcomePair::clientId, OutcomePair::daysApart)
                .containsExactly(tuple("c273", 273L),
                        tuple("c35", 35L));
    }

    @Test
    void takesTheWindowAndTargetFromSettings() {
        // Window [10, 20], target 12: reviews at 9, 11, 14 and 21 days; 9 and 21 are outside; 11 is 1 day from
        // the target, 14 is 2, so 11 is used.
        Settings narrow = Settings.builder().followUpWindowDays(10, 20).followUpTargetDays(12).build();
        List<OutcomePair> pairs = OutcomePairs.build(List.of(
                top("c1", "P1", START, day(0)), top("c1", "P1", REVIEW, day(9)), top("c1", "P1", REVIEW, day(11)),
                top("c1", "P1", REVIEW, day(14)), top("c1", "P1", REVIEW, day(21))), YEAR_2026, narrow);

        assertThat(pairs).singleElement().extracting(OutcomePair::daysApart).isEqualTo(11L);
    }

    @Test
    void usesTheFollowUpClosestTo182DaysAfterTheStart() {
        // Reviews at 60, 170 and 250 days: |60 − 182| = 122, |170 − 182| = 12, |250 − 182| = 68.
        TopRecord start = top("c1", "P1", START, day(0));
        TopRecord closest = top("c1", "P1", REVIEW, day(170));
        List<OutcomePair> pairs = build(start, top("c1", "P1", REVIEW, day(60)), closest,
                top("c1", "P1", EXIT, day(250)));

        assertThat(pairs).containsExactly(new OutcomePair("c1", "P1", start, closest, 170));
    }

    @Test
    void breaksATieInClosenessByTakingTheLaterFollowUp() {
        // 172 and 192 days are both 10 days from 182; the later one (192) wins whatever the input order.
        TopRecord start = top("c1", "P1", START, day(0));
        TopRecord earlier = top("c1", "P1", REVIEW, day(172));
        TopRecord later = top("c1", "P1", REVIEW, day(192));

        assertThat(build(start, later, earlier)).extracting(OutcomePair::followUp).containsExactly(later);
        assertThat(build(start, earlier, later)).extracting(OutcomePair::followUp).containsExactly(later);
    }

    @Test
    void prefersAnExitToAReviewOnTheSameDay() {
        TopRecord start = top("c1", "P1", START, day(0));
        TopRecord exit = top("c1", "P1", EXIT, day(150));
        TopRecord review = top("c1", "P1", REVIEW, day(150));

        assertThat(build(start, exit, review)).extracting(OutcomePair::followUp).containsExactly(exit);
        assertThat(build(start, review, exit)).extracting(OutcomePair::followUp).containsExactly(exit);
    }

    @Test
    void ignoresAReviewWithNoStartBeforeIt() {
        // c1 has no start at all; c2's only start is dated after its review.
        List<OutcomePair> pairs = build(
                top("c1", "P1", REVIEW, day(100)),
                top("c2", "P1", REVIEW, day(100)), top("c2", "P1", START, day(101)));

        assertThat(pairs).isEmpty();
    }

    @Test
    void ignoresAStartAtAnotherProject() {
        List<OutcomePair> pairs = build(top("c1", "P1", START, day(0)), top("c1", "P2", REVIEW, day(100)));

        assertThat(pairs).isEmpty();
    }

    @Test
    void pairsWithTheLatestStartBeforeTheFollowUp() {
        // Starts at 0 and 60 days, review at 200: the start at 60 is used, 140 days apart. The start at 250 is
        // after the review and plays no part.
        TopRecord latest = top("c1", "P1", START, day(60));
        TopRecord review = top("c1", "P1", REVIEW, day(200));
        List<OutcomePair> pairs = build(top("c1", "P1", START, day(0)), latest, review,
                top("c1", "P1", START, day(250)));

        assertThat(pairs).containsExactly(new OutcomePair("c1", "P1", latest, review, 140));
    }

    @Test
    void doesNotFallBackToAnEarlierStartWhenTheLatestIsTooRecent() {
        // Starts at 0 and 180 days, review at 200: the latest start is 20 days before, outside the window, and
        // the start at 0 (200 days, inside the window) is not used instead.
        List<OutcomePair> pairs = build(top("c1", "P1", START, day(0)), top("c1", "P1", START, day(180)),
                top("c1", "P1", REVIEW, day(200)));

        assertThat(pairs).isEmpty();
    }

    @Test
    void treatsAStartOnTheSameDayAsTheFollowUpAsNotBeforeIt() {
        // Starts at 0 and 200 days, review at 200: the same-day start is not "before", so the start at 0 is used.
        TopRecord first = top("c1", "P1", START, day(0));
        TopRecord review = top("c1", "P1", REVIEW, day(200));
        List<OutcomePair> pairs = build(first, top("c1", "P1", START, day(200)), review);

        assertThat(pairs).containsExactly(new OutcomePair("c1", "P1", first, review, 200));
    }

    @Test
    void takesTheLastStartReadWhenTwoShareADate() {
        TopRecord firstRead = top("c1", "P1", START, day(0), TopItem.PSYCH_HEALTH, 5);
        TopRecord lastRead = top("c1", "P1", START, day(0), TopItem.PSYCH_HEALTH, 9);
        TopRecord review = top("c1", "P1", REVIEW, day(100));

        assertThat(build(firstRead, lastRead, review)).extracting(OutcomePair::start).containsExactly(lastRead);
        assertThat(build(lastRead, firstRead, review)).extracting(OutcomePair::start).containsExactly(firstRead);
    }

    @Test
    void usesOnlyFollowUpsDatedInTheOutcomePeriodBothEndsIncluded() {
        // Outcome period 2026-03-01..2026-06-30. Starts 2026-01-01 (59, 60, 180 and 181 days to the reviews).
        Period period = Period.parse("2026-03-01..2026-06-30");
        LocalDate start = LocalDate.of(2026, 1, 1);
        List<OutcomePair> pairs = OutcomePairs.build(List.of(
                top("before", "P1", START, start), top("before", "P1", REVIEW, LocalDate.of(2026, 2, 28)),
                top("first", "P1", START, start), top("first", "P1", REVIEW, LocalDate.of(2026, 3, 1)),
                top("last", "P1", START, start), top("last", "P1", REVIEW, LocalDate.of(2026, 6, 30)),
                top("after", "P1", START, start), top("after", "P1", REVIEW, LocalDate.of(2026, 7, 1))),
                period, DEFAULTS);

        assertThat(pairs).extracting(OutcomePair::clientId, OutcomePair::daysApart)
                .containsExactly(tuple("first", 59L),
                        tuple("last", 180L));
    }

    @Test
    void neverUsesAPostExitTopAsTheFollowUp() {
        List<OutcomePair> pairs = build(top("c1", "P1", START, day(0)), top("c1", "P1", POST_EXIT, day(182)));

        assertThat(pairs).isEmpty();
    }

    @Test
    void sortsPairsByProjectThenClient() {
        List<OutcomePair> pairs = build(
                top("c2", "P2", START, day(0)), top("c2", "P2", REVIEW, day(100)),
                top("c9", "P1", START, day(0)), top("c9", "P1", REVIEW, day(100)),
                top("c1", "P2", START, day(0)), top("c1", "P2", REVIEW, day(100)),
                top("c3", "P1", START, day(0)), top("c3", "P1", REVIEW, day(100)));

        assertThat(pairs).extracting(p -> p.projectId() + "/" + p.clientId())
                .containsExactly("P1/c3", "P1/c9", "P2/c1", "P2/c2");
    }

    @Test
    void givesAClientAtTwoProjectsTwoPairsAndOnePerClientKeepsTheLatestFollowUp() {
        // c1 is paired at P1 (review day 100) and at P2 (review day 120); c2 only at P1.
        List<OutcomePair> projectLevel = build(
                top("c1", "P1", START, day(0)), top("c1", "P1", REVIEW, day(100)),
                top("c1", "P2", START, day(10)), top("c1", "P2", REVIEW, day(120)),
                top("c2", "P1", START, day(0)), top("c2", "P1", EXIT, day(90)));

        assertThat(projectLevel).extracting(p -> p.projectId() + "/" + p.clientId())
                .containsExactly("P1/c1", "P1/c2", "P2/c1");
        assertThat(OutcomePairs.onePerClient(projectLevel))
                .extracting(p -> p.projectId() + "/" + p.clientId() + "/" + p.daysApart())
                .containsExactly("P1/c2/90", "P2/c1/110");
    }

    @Test
    void onePerClientBreaksATieOnFollowUpDateByTheProjectIdThatSortsFirst() {
        // Both follow-ups on day 150: P1 (150 days apart) is kept over P2 (140 days, closer to 182), by project id.
        List<OutcomePair> projectLevel = build(
                top("c1", "P2", START, day(10)), top("c1", "P2", REVIEW, day(150)),
                top("c1", "P1", START, day(0)), top("c1", "P1", REVIEW, day(150)));

        assertThat(OutcomePairs.onePerClient(projectLevel)).extracting(OutcomePair::projectId).containsExactly("P1");
        assertThat(OutcomePairs.onePerClient(List.of(projectLevel.get(1), projectLevel.get(0))))
                .extracting(OutcomePair::projectId).containsExactly("P1");
    }

    @Test
    void givesNoPairsForNoTops() {
        assertThat(build()).isEmpty();
        assertThat(OutcomePairs.onePerClient(List.of())).isEmpty();
    }
}
