package org.recoveryoutcomes.engine.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recoveryoutcomes.engine.model.AmountValue;
import org.recoveryoutcomes.engine.model.BreakdownValue;
import org.recoveryoutcomes.engine.model.ChangeValue;
import org.recoveryoutcomes.engine.model.CountValue;
import org.recoveryoutcomes.engine.model.MeanValue;
import org.recoveryoutcomes.engine.model.Period;
import org.recoveryoutcomes.engine.model.ProportionValue;

class FormatsTest {

    @ParameterizedTest
    @CsvSource({"0, 0", "7, 7", "1234, '1,234'", "1234567, '1,234,567'", "-12, −12"})
    void writesCountsWithThousandsSeparators(long n, String expected) {
        assertThat(Formats.count(n)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "41.07, 0, 41%",
        "41.2, 1, 41.2%",
        // 40.45 is 40.4499999… in binary; its shortest decimal form rounds half up to 40.5.
        "40.45, 1, 40.5%",
        "40.5, 0, 41%",
        "99.96, 1, 100.0%",
        "0, 0, 0%",
        "100, 1, 100.0%"})
    void writesPercentagesRoundedHalfUp(double value, int decimals, String expected) {
        assertThat(Formats.percent(value, decimals)).isEqualTo(expected);
    }

    @Test
    void writesAMissingPercentageAsADash() {
        assertThat(Formats.percent(null, 0)).isEqualTo("–");
    }

    @Test
    void writesAPercentageCiWithAnEnDash() {
        assertThat(Formats.percentCi(31.6, 50.2, 0)).isEqualTo("95% CI 32%–50%");
        assertThat(Formats.percentRange(31.64, 50.25, 1)).isEqualTo("31.6%–50.3%");
        assertThat(Formats.percentCi(null, 50.2, 0)).isEqualTo("95% CI –");
    }

    @Test
    void writesANumberCiWithToSoNegativeEndsStayReadable() {
        assertThat(Formats.interval(2.14, 4.26, 1)).isEqualTo("95% CI 2.1 to 4.3");
        assertThat(Formats.interval(-0.34, 1.1, 1)).isEqualTo("95% CI −0.3 to 1.1");
    }

    @Test
    void writesPointsWithOneDecimal() {
        assertThat(Formats.points(3.24)).isEqualTo("3.2 points");
        assertThat(Formats.points(3)).isEqualTo("3.0 points");
    }

    @ParameterizedTest
    @CsvSource({"0.0004, p < 0.001", "0.000999, p < 0.001", "0.001, p = 0.001", "0.0421, p = 0.042",
        "0.27, p = 0.270", "1, p = 1.000"})
    void writesPValuesToThreeDecimalsOrAsBelowOneInAThousand(double p, String expected) {
        assertThat(Formats.pValue(p)).isEqualTo(expected);
    }

    @Test
    void signsChangesButNeverARoundedZero() {
        assertThat(Formats.signed(3.24, 1)).isEqualTo("+3.2");
        assertThat(Formats.signed(-0.34, 1)).isEqualTo("−0.3");
        assertThat(Formats.signed(-0.04, 1)).isEqualTo("0.0");
        assertThat(Formats.number(-0.04, 1)).isEqualTo("0.0");
        assertThat(Formats.number(-1234.56, 1)).isEqualTo("−1,234.6");
    }

    @Test
    void doesNotDependOnTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(Formats.number(1234.5, 1)).isEqualTo("1,234.5");
            assertThat(Formats.date(LocalDate.of(2026, 9, 30))).isEqualTo("30 September 2026");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void writesDatesAndPeriodsInWords() {
        assertThat(Formats.date(LocalDate.of(2026, 7, 1))).isEqualTo("1 July 2026");
        assertThat(Formats.period(Period.parse("2026/27-Q2")))
                .isEqualTo("2026/27-Q2 (1 July 2026 to 30 September 2026)");
        assertThat(Formats.period(Period.parse("12m:2026-09-30"))).isEqualTo("the 12 months to 30 September 2026");
        assertThat(Formats.period(Period.parse("2026-07-01..2026-09-30")))
                .isEqualTo("1 July 2026 to 30 September 2026");
    }

    @Test
    void showsEachKindOfValueAsATableCell() {
        Map<String, CountValue> parts = new LinkedHashMap<>();
        parts.put("drop_in", new CountValue(1000, false));
        parts.put("group", new CountValue(234, false));
        assertThat(Formats.value(new CountValue(1234, false), false)).isEqualTo("1,234");
        assertThat(Formats.value(new AmountValue(312.46, "hours"), false)).isEqualTo("312.5");
        assertThat(Formats.value(ProportionValue.of(46, 112, 32.4, 50.3, false), false)).isEqualTo("41.1%");
        assertThat(Formats.value(ProportionValue.of(46, 112, 32.4, 50.3, false), false, 0)).isEqualTo("41%");
        assertThat(Formats.value(new MeanValue(40, 4.14, 3.0, 3.8, 4.4, false), false)).isEqualTo("4.1");
        assertThat(Formats.value(new ChangeValue(112, 8.1, 11.3, 3.2, 2.1, 4.3, 0.0001, 0.6, false), false))
                .isEqualTo("+3.2");
        assertThat(Formats.value(new BreakdownValue(parts), false)).isEqualTo("1,234");
    }

    @Test
    void showsAHiddenValueAsAnAsteriskAndAMissingOneAsADash() {
        assertThat(Formats.value(new CountValue(3, true), true)).isEqualTo("*");
        assertThat(Formats.ciCell(ProportionValue.of(3, 12, 8.9, 53.2, true), true, 1)).isEqualTo("*");
        assertThat(Formats.value(ProportionValue.of(0, 0, null, null, false), false)).isEqualTo("–");
        assertThat(Formats.ciCell(ProportionValue.of(0, 0, null, null, false), false, 1)).isEqualTo("–");
        assertThat(Formats.value(null, false)).isEqualTo("–");
    }

    @Test
    void showsTheCiColumnOfEachKindOfValue() {
        assertThat(Formats.ciCell(ProportionValue.of(46, 112, 32.44, 50.35, false), false, 1))
                .isEqualTo("32.4%–50.4%");
        assertThat(Formats.ciCell(new MeanValue(40, 4.14, 3.0, 3.81, 4.46, false), false, 1)).isEqualTo("3.8 to 4.5");
        assertThat(Formats.ciCell(new CountValue(12, false), false, 1)).isEmpty();
    }

    @Test
    void showsAValueThatIsNotAFiniteNumberAsMissing() {
        assertThat(Formats.number(Double.NaN, 1)).isEqualTo("–");
        assertThat(Formats.signed(Double.POSITIVE_INFINITY, 1)).isEqualTo("–");
        assertThat(Formats.percent(Double.NaN, 0)).isEqualTo("–");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "12m:2026-09-30 | 12 months to 30 September 2026",
        "2026/27-Q2 | July to September 2026 (2026/27 Q2)",
        "2026/27-Q4 | January to March 2027 (2026/27 Q4)",
        "2026-Q3 | July to September 2026",
        "2026/27 | April 2026 to March 2027 (2026/27)",
        "2026 | January to December 2026",
        "2026-05-01..2026-08-31 | May to August 2026",
        "2026-05-03..2026-08-09 | 3 May 2026 to 9 August 2026",
        "not a period | not a period",
    })
    void namesAPeriodInWords(String label, String words) {
        assertThat(Formats.periodName(label)).isEqualTo(words);
    }
}
