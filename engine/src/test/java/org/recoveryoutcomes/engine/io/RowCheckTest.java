package org.recoveryoutcomes.engine.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recoveryoutcomes.engine.io.table.RawRow;
import org.recoveryoutcomes.engine.model.AgeBand;
import org.recoveryoutcomes.engine.model.RecordIssue;
import org.recoveryoutcomes.engine.model.TopStage;

class RowCheckTest {

    /** A check of one row of {@code top.csv}, row 7, with a single column {@code column} holding {@code value}. */
    private static RowCheck check(String column, String value) {
        return new RowCheck(FileKind.TOP, "top.csv", new RawRow(7, Arrays.asList(value)), Map.of(column, 0),
                ColumnMapping.NONE, null);
    }

    private static List<String> messages(RowCheck c) {
        return c.issues().stream().map(RecordIssue::message).toList();
    }

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource({
        "Y, true", "y, true", "yes, true", "YES, true", "true, true", "True, true", "1, true", "' Y ', true",
        "N, false", "n, false", "no, false", "No, false", "false, false", "FALSE, false", "0, false"
    })
    void readsEveryWayOfWritingYesAndNo(String written, boolean expected) {
        RowCheck c = check("attended", written);

        assertThat(c.bool("attended", false)).isEqualTo(expected);
        assertThat(c.hasErrors()).isFalse();
    }

    @ParameterizedTest(name = "''{0}'' is not a boolean")
    @CsvSource({"maybe", "2", "t", "f", "yes please", "-1", "x"})
    void rejectsOtherYesNoValues(String written) {
        RowCheck c = check("attended", written);

        assertThat(c.bool("attended", false)).isNull();
        assertThat(messages(c)).containsExactly("top.csv:7: attended: '" + written
                + "' is not a yes/no value (use Y or N, yes or no, true or false, 1 or 0)");
        assertThat(c.issues().get(0).kind()).isEqualTo("bad_boolean");
    }

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource({
        "2026-04-01, 2026-04-01",
        "01/04/2026, 2026-04-01",
        "1/4/2026, 2026-04-01",
        "29/02/2024, 2024-02-29",
        "2024-02-29, 2024-02-29",
        "' 2026-12-31 ', 2026-12-31"
    })
    void readsIsoAndUkDates(String written, LocalDate expected) {
        RowCheck c = check("top_date", written);

        assertThat(c.date("top_date", true)).isEqualTo(expected);
        assertThat(c.issues()).isEmpty();
    }

    @ParameterizedTest(name = "''{0}'' is read as 2026-04-01")
    @CsvSource({
        "2026-04-01T10:00", "2026-04-01T10:30:00", "2026-04-01T10:30:00.000Z", "2026-04-01T10:30:00+01:00",
        "2026-04-01 10:00:00", "01/04/2026 10:30", "1/4/2026 9:05", "01/04/2026 10:30 am"
    })
    void readsATimestampAsItsDateAndNotesTheTimeDropped(String written) {
        RowCheck c = check("top_date", written);

        assertThat(c.date("top_date", true)).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(c.issues()).isEmpty();
        assertThat(c.timeDropped()).isTrue();
    }

    @ParameterizedTest(name = "''{0}'' is not a date")
    @CsvSource({
        "2026-02-30", "2025-02-29", "31/04/2026", "2026-13-01", "04/31/2026", "2026/04/01", "01-04-2026",
        "2026-4-1", "01/04/26", "1 April 2026", "20260401", "2026-04-01T", "2026-04-01 lunch", "2026-04-01T25:00"
    })
    void rejectsImpossibleAndOtherwiseWrittenDates(String written) {
        RowCheck c = check("top_date", written);

        assertThat(c.date("top_date", true)).isNull();
        assertThat(messages(c)).containsExactly("top.csv:7: top_date: '" + written
                + "' is not a valid date (use yyyy-MM-dd or dd/MM/yyyy)");
        assertThat(c.issues().get(0).kind()).isEqualTo("bad_date");
    }

    @ParameterizedTest(name = "''{0}'' gives {1}")
    @CsvSource(delimiter = '|', value = {
        "0|0|",
        "28|28|",
        "' 7 '|7|",
        "+3|3|",
        "7.0|7|",
        "29|-1|top.csv:7: opiates_days: 29 is outside 0–28",
        "-1|-1|top.csv:7: opiates_days: -1 is outside 0–28",
        "2.5|-1|top.csv:7: opiates_days: '2.5' is not a whole number",
        "seven|-1|top.csv:7: opiates_days: 'seven' is not a number",
        "1,000|-1|top.csv:7: opiates_days: '1,000' is not a number",
        "1e1|-1|top.csv:7: opiates_days: '1e1' is not a number",
        "NaN|-1|top.csv:7: opiates_days: 'NaN' is not a number",
        "٣|-1|top.csv:7: opiates_days: '٣' is not a number"
    })
    void readsWholeNumbersInRange(String written, int expected, String message) {
        RowCheck c = check("opiates_days", written);

        Integer v = c.whole("opiates_days", 0, 28, false);

        if (message == null) {
            assertThat(v).isEqualTo(expected);
            assertThat(c.issues()).isEmpty();
        } else {
            assertThat(v).isNull();
            assertThat(messages(c)).containsExactly(message);
        }
    }

    @Test
    void readsAmountsOfZeroOrMore() {
        assertThat(check("alcohol_units", "12.25").amount("alcohol_units", false)).isEqualTo(12.25);
        assertThat(check("alcohol_units", "0").amount("alcohol_units", false)).isEqualTo(0.0);
        RowCheck negative = check("alcohol_units", "-0.5");
        assertThat(negative.amount("alcohol_units", false)).isNull();
        assertThat(messages(negative)).containsExactly("top.csv:7: alcohol_units: -0.5 is below 0");
        assertThat(negative.issues().get(0).kind()).isEqualTo("out_of_range");
    }

    @Test
    void treatsAnEmptyOrBlankCellAsMissing() {
        RowCheck optional = check("psych_health", "   ");
        assertThat(optional.whole("psych_health", 0, 20, false)).isNull();
        assertThat(optional.issues()).isEmpty();

        RowCheck required = check("stage", "");
        assertThat(required.code("stage", TopStage.class, true)).isNull();
        assertThat(messages(required)).containsExactly("top.csv:7: stage: a value is required");
        assertThat(required.issues().get(0).kind()).isEqualTo("missing_value");
    }

    @Test
    void readsCodesIgnoringCaseAndSpaces() {
        assertThat(check("stage", " Post_Exit ").code("stage", TopStage.class, true)).isEqualTo(TopStage.POST_EXIT);
        assertThat(check("age_band", "65+").code("age_band", AgeBand.class, false)).isEqualTo(AgeBand.AGE_65_PLUS);
    }

    @Test
    void reportsAnUnknownCodeWithTheCodesItCouldBe() {
        RowCheck c = check("stage", "S");

        assertThat(c.code("stage", TopStage.class, true)).isNull();
        assertThat(messages(c)).containsExactly(
                "top.csv:7: stage: 'S' is not a known code (start, review, exit, post_exit)");
    }

    @Test
    void rejectsDatesAfterTheLatestDateAllowed() {
        RowCheck c = new RowCheck(FileKind.TOP, "top.csv", new RawRow(7, List.of("2026-10-02")),
                Map.of("top_date", 0), ColumnMapping.NONE, LocalDate.of(2026, 10, 1));

        assertThat(c.date("top_date", true)).isNull();
        assertThat(messages(c)).containsExactly("top.csv:7: top_date: 2026-10-02 is in the future (after 2026-10-01)");
    }

    @Test
    void showsAValueOnOneLineAndCutsItWhenLong() {
        assertThat(RowCheck.shown("a\nb\tc")).isEqualTo("'a\\nb\\tc'");
        assertThat(RowCheck.shown("x".repeat(100))).isEqualTo("'" + "x".repeat(59) + "…'");
        assertThat(RowCheck.shown("x".repeat(60))).isEqualTo("'" + "x".repeat(60) + "'");
    }

    @ParameterizedTest(name = "{0} is implausible")
    @CsvSource({"3026-01-01, 3026-01-01", "1899-12-31, 1899-12-31", "2100-01-01, 2100-01-01", "01/01/1026, 1026-01-01"})
    void rejectsDatesBefore1900OrAfter2099WhateverTheLatestDate(String written, String shown) {
        RowCheck c = check("top_date", written);

        assertThat(c.date("top_date", true)).isNull();
        assertThat(messages(c)).containsExactly("top.csv:7: top_date: " + shown
                + " is implausible (before 1900 or after 2099)");
        assertThat(c.issues().get(0).kind()).isEqualTo("implausible_date");
    }

    @ParameterizedTest(name = "{0} is plausible")
    @CsvSource({"1900-01-01", "2099-12-31"})
    void acceptsTheFirstAndLastPlausibleDays(LocalDate date) {
        assertThat(check("top_date", date.toString()).date("top_date", true)).isEqualTo(date);
    }

    @Test
    void rejectsTextLongerThanAThousandCharactersWithoutRepeatingIt() {
        RowCheck c = check("client_id", "x".repeat(1001));

        assertThat(c.text("client_id", true)).isNull();
        assertThat(messages(c)).containsExactly("top.csv:7: client_id: the value has 1001 characters; at most 1000 are "
                + "allowed");
        assertThat(c.issues().get(0).kind()).isEqualTo("too_long");
        assertThat(check("client_id", "x".repeat(1000)).text("client_id", true)).hasSize(1000);
    }

    @Test
    void rejectsANumberOfMoreThanThirtyCharactersBeforeParsingIt() {
        // two million digits would take BigDecimal minutes to parse
        RowCheck c = check("psych_health", "1".repeat(2_000_000));

        assertThat(c.whole("psych_health", 0, 20, false)).isNull();
        assertThat(messages(c)).containsExactly("top.csv:7: psych_health: '" + "1".repeat(59)
                + "…' is too long for a number (more than 30 characters)");
        assertThat(check("alcohol_units", "0".repeat(29) + "5").amount("alcohol_units", false)).isEqualTo(5.0);
    }

    @Test
    void warnsWhenATextValueLooksLikeAnNhsNumberAndKeepsIt() {
        RowCheck c = check("client_id", "943 476 5919");

        assertThat(c.text("client_id", true)).isEqualTo("943 476 5919");
        assertThat(c.hasErrors()).isFalse();
        assertThat(c.issues()).extracting(RecordIssue::kind, RecordIssue::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("possible_identifier",
                        "top.csv:7: client_id: this value looks like an NHS number; anonymised data must not hold one"));
    }

    @Test
    void searchesIgnoredColumnsForIdentifierValues() {
        RowCheck c = new RowCheck(FileKind.TOP, "top.csv", new RawRow(7, List.of("P1", "moved to W6 9HR", "fine")),
                Map.of("client_id", 0), ColumnMapping.NONE, null);

        c.ignoredColumns(new java.util.TreeMap<>(Map.of(1, "Notes", 2, "column 3", 5, "beyond the row")));

        assertThat(messages(c)).containsExactly("top.csv:7: Notes: this value holds what looks like a UK postcode; "
                + "anonymised data must not hold one");
    }

    @Test
    void readsNoCodeDateOrNumberAsAnIdentifier() {
        // a postcode-like code or a ten-digit number is a bad code or out of range, never an identifier warning
        RowCheck stage = check("stage", "SW1A 1AA");
        stage.code("stage", TopStage.class, true);
        assertThat(stage.issues()).extracting(RecordIssue::kind).containsExactly("bad_code");
        RowCheck units = check("alcohol_units", "9434765919");
        assertThat(units.amount("alcohol_units", false)).isEqualTo(9434765919.0);
        assertThat(units.issues()).isEmpty();
    }
}
