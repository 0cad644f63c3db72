package org.recoveryoutcomes.engine.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.recoveryoutcomes.engine.metrics.Fixtures.S;
import static org.recoveryoutcomes.engine.metrics.Fixtures.d;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recoveryoutcomes.engine.model.MetricValue;
import org.recoveryoutcomes.engine.model.Period;
import org.recoveryoutcomes.engine.model.ProportionValue;
import org.recoveryoutcomes.engine.model.Trend;

class TrendsTest {

    @Test
    void aRiseFromFortyToSixtyPercentOfAHundredIsSignificant() {
        // Wilson 60/100: 50.20–69.06; 40/100: 30.94–49.80.
        // Newcombe: 20 − √(9.80² + 9.80²) = 6.14; 20 + √(9.06² + 9.06²) = 32.81 → excludes 0.
        Trend t = Trends.trend(Figures.proportion(60, 100, S), Figures.proportion(40, 100, S), "2026-Q2", S);

        assertThat(t.period()).isEqualTo("2026-Q2");
        assertThat(t.earlierValue()).isEqualTo(40.0);
        assertThat(t.difference()).isCloseTo(20.0, within(1e-9));
        assertThat(t.lower95()).isCloseTo(6.14, within(0.01));
        assertThat(t.upper95()).isCloseTo(32.81, within(0.01));
        assertThat(t.significant()).isTrue();
    }

    @Test
    void saysWhenTheEarlierFigureWasASmallNumberSoReportsHideIt() {
        // 3 of 10 a quarter ago: the numerator 3 is small, so 30% — and the difference, which gives it away — must be
        // hidden in a published report; 40 of 100 is not small.
        assertThat(Trends.trend(Figures.proportion(40, 100, S), Figures.proportion(3, 10, S), "2026-Q2", S)
                .earlierSuppressed()).isTrue();
        assertThat(Trends.trend(Figures.proportion(3, 10, S), Figures.proportion(40, 100, S), "2026-Q2", S)
                .earlierSuppressed()).isFalse();
    }

    @Test
    void aFallFromSixtyToFortyPercentIsSignificantToo() {
        Trend t = Trends.trend(Figures.proportion(40, 100, S), Figures.proportion(60, 100, S), "2025-Q3", S);

        assertThat(t.difference()).isCloseTo(-20.0, within(1e-9));
        assertThat(t.lower95()).isCloseTo(-32.81, within(0.01));
        assertThat(t.upper95()).isCloseTo(-6.14, within(0.01));
        assertThat(t.significant()).isTrue();
    }

    @Test
    void aRiseFromFortyFiveToFiftyFivePercentOfAHundredIsNot() {
        Trend t = Trends.trend(Figures.proportion(55, 100, S), Figures.proportion(45, 100, S), "2026-Q2", S);

        assertThat(t.difference()).isCloseTo(10.0, within(1e-9));
        assertThat(t.lower95()).isNegative();
        assertThat(t.upper95()).isPositive();
        assertThat(t.significant()).isFalse();
    }

    @Test
    void aPeriodWithNoFigureGivesNoDifference() {
        assertThat(Trends.trend(Figures.proportion(6, 10, S), Figures.proportion(0, 0, S), "2026-Q2", S))
                .isEqualTo(new Trend("2026-Q2", null, null, null, null, false));
        assertThat(Trends.trend(Figures.proportion(0, 0, S), Figures.proportion(4, 10, S), "2026-Q2", S))
                .isEqualTo(new Trend("2026-Q2", 40.0, null, null, null, false, true));
    }

    @Test
    void attachesBothTrendsToProportionsOnly() {
        Map<String, MetricValue> now = new LinkedHashMap<>();
        now.put("contacts", Figures.count(10, S));
        now.put("repeat_attendance", Figures.proportion(60, 100, S));
        Map<String, MetricValue> previous = Map.of("contacts", Figures.count(8, S),
                "repeat_attendance", Figures.proportion(40, 100, S));
        Map<String, MetricValue> yearBefore = Map.of();

        Map<String, MetricValue> out = Trends.attach(now, previous, "2026-Q2", yearBefore, "2025-Q3", S);

        assertThat(out.get("contacts")).isEqualTo(Figures.count(10, S));
        ProportionValue repeat = (ProportionValue) out.get("repeat_attendance");
        assertThat(repeat.vsPrevious()).isEqualTo(Trends.trend(Figures.proportion(60, 100, S),
                Figures.proportion(40, 100, S), "2026-Q2", S));
        assertThat(repeat.vsYearBefore()).isNull();
    }

    @Test
    void anEarlierPeriodGetsTheTwelveMonthsEndingOnItsLastDay() {
        Period q3 = Period.parse("2026-Q3");
        Period outcome = Period.parse("12m:2026-09-30");

        assertThat(Trends.outcomeFor(q3, outcome, q3.previous()))
                .isEqualTo(new Period("12m:2026-06-30", d("2025-07-01"), d("2026-06-30")));
        assertThat(Trends.outcomeFor(q3, outcome, q3.yearBefore()))
                .isEqualTo(new Period("12m:2025-09-30", d("2024-10-01"), d("2025-09-30")));
    }

    @Test
    void anOutcomePeriodOfOtherMonthsKeepsItsLengthAndAnyOtherMovesByDays() {
        Period q3 = Period.parse("2026-Q3");
        // Six whole months ending with the period → six months ending 30 Jun.
        assertThat(Trends.outcomeFor(q3, Period.parse("2026-04-01..2026-09-30"), q3.previous()))
                .isEqualTo(new Period("2026-01-01..2026-06-30", d("2026-01-01"), d("2026-06-30")));
        // Ending elsewhere: moves by the 92 days from 30 Sep back to 30 Jun.
        assertThat(Trends.outcomeFor(q3, Period.parse("2026-01-01..2026-06-30"), q3.previous()))
                .isEqualTo(new Period("2025-10-01..2026-03-30", d("2025-10-01"), d("2026-03-30")));
    }

    @ParameterizedTest(name = "{1} quarters ending with {0}: {2}")
    @CsvSource(delimiter = '|', value = {
            "2026/27-Q2|4|2025/26-Q3, 2025/26-Q4, 2026/27-Q1, 2026/27-Q2",
            "2026-Q3|3|2026-Q1, 2026-Q2, 2026-Q3",
            "2026/27|2|2026/27-Q3, 2026/27-Q4",
            "2026|1|2026-Q4",
            "12m:2026-09-30|2|2026-Q2, 2026-Q3",
            "2026-07-01..2026-08-15|2|2026-Q1, 2026-Q2"})
    void trendQuartersAreOfThePeriodsKindAndEndWithIt(String period, int count, String expected) {
        assertThat(Trends.quarters(Period.parse(period), count)).extracting(Period::label)
                .containsExactly(expected.split(", "));
    }

    @Test
    void financialQuartersRunFromApril() {
        assertThat(Trends.quarters(Period.parse("2026/27-Q1"), 2)).containsExactly(
                new Period("2025/26-Q4", d("2026-01-01"), d("2026-03-31")),
                new Period("2026/27-Q1", d("2026-04-01"), d("2026-06-30")));
        assertThat(Trends.quarters(Period.parse("2026-Q3"), 0)).isEmpty();
    }
}
