package org.recoveryoutcomes.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PeriodTest {

    @ParameterizedTest(name = "{0} is {1}..{2}")
    @CsvSource({
        "2026-Q3, 2026-07-01, 2026-09-30",
        "2026-Q1, 2026-01-01, 2026-03-31",
        "2026/27-Q2, 2026-07-01, 2026-09-30",
        "2026/27-Q4, 2027-01-01, 2027-03-31",
        "2026/27, 2026-04-01, 2027-03-31",
        "1999/00, 1999-04-01, 2000-03-31",
        "2026, 2026-01-01, 2026-12-31",
        "2026-07-01..2026-09-30, 2026-07-01, 2026-09-30",
        "12m:2026-09-30, 2025-10-01, 2026-09-30",
        "12m:2024-02-29, 2023-03-01, 2024-02-29",
    })
    void parsesEveryFormOfMetricsMd(String text, LocalDate start, LocalDate end) {
        Period p = Period.parse(text);
        assertThat(p.label()).isEqualTo(text);
        assertThat(p.start()).isEqualTo(start);
        assertThat(p.end()).isEqualTo(end);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2026-Q5|period '2026-Q5' is not understood; write one of " + Period.FORMS,
        "last quarter|period 'last quarter' is not understood; write one of " + Period.FORMS,
        "2026/28|period 2026/28: a financial year runs from 2026 to 2027, so write 2026/27",
        "2026-09-30..2026-07-01|period 2026-09-30..2026-07-01 ends before it starts: write the earlier date first",
        "2026-02-30..2026-03-31|period 2026-02-30..2026-03-31 has an impossible date: 2026-02-30",
    })
    void rejectsWhatItCannotReadWithTheFix(String text, String message) {
        assertThatThrownBy(() -> Period.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @ParameterizedTest(name = "{0} → previous {1}, year before {2}")
    @CsvSource({
        "2026/27-Q1, 2025/26-Q4, 2025/26-Q1",
        "2026-Q1, 2025-Q4, 2025-Q1",
        "2026/27, 2025/26, 2025/26",
        "2026, 2025, 2025",
        "12m:2026-09-30, 12m:2025-09-30, 12m:2025-09-30",
        "2026-07-01..2026-07-10, 2026-06-21..2026-06-30, 2025-07-01..2025-07-10",
    })
    void stepsBackToThePreviousPeriodAndTheYearBefore(String text, String previous, String yearBefore) {
        Period p = Period.parse(text);
        assertThat(p.previous().label()).isEqualTo(previous);
        assertThat(p.previous()).isEqualTo(Period.parse(previous));
        assertThat(p.yearBefore().label()).isEqualTo(yearBefore);
        assertThat(p.yearBefore()).isEqualTo(Period.parse(yearBefore));
    }

    @Test
    void containsBothEnds() {
        Period q = Period.parse("2026-Q3");
        assertThat(q.contains(LocalDate.of(2026, 7, 1))).isTrue();
        assertThat(q.contains(LocalDate.of(2026, 9, 30))).isTrue();
        assertThat(q.contains(LocalDate.of(2026, 6, 30))).isFalse();
        assertThat(q.contains(LocalDate.of(2026, 10, 1))).isFalse();
        assertThat(q.days()).isEqualTo(92);
    }

    @Test
    void findsTheCalendarQuarterOfADate() {
        assertThat(Period.calendarQuarterOf(LocalDate.of(2026, 11, 22))).isEqualTo(Period.parse("2026-Q4"));
    }

    @Test
    void theOutcomePeriodIsTheMonthsEndingWithThePeriod() {
        assertThat(Period.monthsEnding(LocalDate.parse("2026-09-30"), 12)).isEqualTo(Period.parse("12m:2026-09-30"));
        assertThat(Period.monthsEnding(LocalDate.parse("2026-09-30"), 6))
                .isEqualTo(Period.parse("2026-04-01..2026-09-30"));
    }

    @ParameterizedTest(name = "{0} is in {1}")
    @CsvSource({
        "2026-04-01, 2026/27-Q1",
        "2026-09-30, 2026/27-Q2",
        "2026-12-31, 2026/27-Q3",
        "2027-01-01, 2026/27-Q4",
        "2027-03-31, 2026/27-Q4",
        "2099-06-15, 2099/00-Q1",
    })
    void aDateIsInOneFinancialQuarter(LocalDate date, String expected) {
        assertThat(Period.financialQuarterOf(date).label()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "data to {0} covers {1}")
    @CsvSource({
        "2026-09-30, 2026/27-Q2",
        "2026-09-29, 2026/27-Q1",
        "2026-04-01, 2025/26-Q4",
    })
    void theLatestCompleteQuarterEndsOnOrBeforeTheLastDay(LocalDate last, String expected) {
        assertThat(Period.latestCompleteFinancialQuarter(last).label()).isEqualTo(expected);
    }
}
