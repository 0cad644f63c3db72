package org.recoveryoutcomes.engine.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.recoveryoutcomes.engine.io.table.RawRow;
import org.recoveryoutcomes.engine.model.ContactType;
import org.recoveryoutcomes.engine.model.RecordIssue;

/**
 * The fast paths for clean values give exactly what the general paths give: dates read by hand as the formatter
 * reads them, whole numbers and amounts as BigDecimal reads them, codes as Code.parse reads them, and the
 * identifier prefilter never hides a match of the patterns.
 */
class FastPathTest {

    private static LocalDate byFormatter(String v) {
        try {
            return LocalDate.parse(v, RowCheck.ISO_DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @Test
    void readsEveryIsoDateOfTwoCenturiesAsTheFormatterDoes() {
        for (int year : new int[] {0, 1899, 1900, 1999, 2000, 2024, 2025, 2026, 2028, 2099, 2100, 9999}) {
            for (int month = 0; month <= 13; month++) {
                for (int day = 0; day <= 32; day++) {
                    String v = String.format("%04d-%02d-%02d", year, month, day);
                    assertThat(RowCheck.isoDate(v)).as(v).isEqualTo(byFormatter(v));
                    assertThat(RowCheck.parseDate(v)).as(v).isEqualTo(byFormatter(v));
                }
            }
        }
    }

    @Test
    void leavesOtherShapesToTheFormatters() {
        assertThat(RowCheck.isoDate("2026-02-29")).isNull();
        assertThat(RowCheck.parseDate("2026-02-29")).isNull();
        assertThat(RowCheck.parseDate("2028-02-29")).isEqualTo(LocalDate.of(2028, 2, 29));
        for (String v : List.of("2026-4-01", "26-04-01", "2026/04/01", "2026-04-1 ", "+2026-04-01", "2026-0a-01",
                "２０２６-04-01", "20260401", "2026-04-01T00:00")) {
            assertThat(RowCheck.isoDate(v)).as(v).isNull();
            assertThat(RowCheck.parseDate(v)).as(v).isEqualTo(byFormatter(v));
        }
        assertThat(RowCheck.parseDate("01/04/2026")).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(RowCheck.parseDate("29/02/2026")).isNull();
    }

    private static RowCheck check(String value) {
        return new RowCheck(FileKind.TOP, "top.csv", new RawRow(7, List.of(value)), Map.of("x", 0),
                ColumnMapping.NONE, null);
    }

    /** What the general path says of {@code v} as a whole number: its value, or its one issue's message. */
    private static Object slowWhole(String v, int min, int max) {
        if (v.length() > RowCheck.MAX_NUMBER_CHARS || !Pattern.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)", v)) {
            return "not a number";
        }
        BigDecimal n = new BigDecimal(v);
        if (n.stripTrailingZeros().scale() > 0) {
            return "not whole";
        }
        if (n.compareTo(BigDecimal.valueOf(min)) < 0 || n.compareTo(BigDecimal.valueOf(max)) > 0) {
            return "top.csv:7: x: " + v + " is outside " + min + "–" + max;
        }
        return n.intValueExact();
    }

    @Test
    void readsWholeNumbersAsBigDecimalDoes() {
        for (String v : List.of("0", "7", "007", "28", "29", "1440", "1441", "999999999", "99999999999", "-1",
                "+3", "3.0", "3.5", "1e3", "٣")) {
            RowCheck c = check(v);
            Integer got = c.whole("x", 0, 28, true);
            Object expected = slowWhole(v, 0, 28);
            if (expected instanceof Integer i) {
                assertThat(got).as(v).isEqualTo(i);
                assertThat(c.issues()).as(v).isEmpty();
            } else {
                assertThat(got).as(v).isNull();
                if (((String) expected).startsWith("top.csv")) {
                    assertThat(c.issues()).extracting(RecordIssue::message).as(v).containsExactly((String) expected);
                }
            }
        }
    }

    @Test
    void readsAmountsToTheSameDoubleAsBigDecimal() {
        Random random = new Random(42);
        List<String> values = new ArrayList<>(List.of("0", "0.1", "12.", "12.50", "123456789012345",
                "1234567890.12345", "0.000000000000001", "9007199254740993", "99999999999999.99"));
        for (int i = 0; i < 2000; i++) {
            values.add(random.nextInt(100000) + "." + random.nextInt(100000));
        }
        for (String v : values) {
            RowCheck c = check(v);
            assertThat(c.amount("x", true)).as(v).isEqualTo(new BigDecimal(v).doubleValue());
            assertThat(c.issues()).as(v).isEmpty();
        }
    }

    @Test
    void readsCodesInAnyCaseAsCodeParseDoes() {
        assertThat(check("group").code("x", ContactType.class, true)).isEqualTo(ContactType.GROUP);
        assertThat(check("GROUP").code("x", ContactType.class, true)).isEqualTo(ContactType.GROUP);
        assertThat(check("One_To_One").code("x", ContactType.class, true)).isEqualTo(ContactType.ONE_TO_ONE);
        RowCheck bad = check("visit");
        assertThat(bad.code("x", ContactType.class, true)).isNull();
        assertThat(bad.issues()).extracting(RecordIssue::message).singleElement().asString()
                .startsWith("top.csv:7: x: 'visit' is not a known code (");
    }

    @Test
    void readsYesAndNoInAnyCase() {
        for (String v : List.of("Y", "y", "yes", "YES", "True", "1")) {
            assertThat(RowCheck.parseBoolean(v)).as(v).isTrue();
        }
        for (String v : List.of("N", "n", "no", "No", "FALSE", "0")) {
            assertThat(RowCheck.parseBoolean(v)).as(v).isFalse();
        }
        assertThat(RowCheck.parseBoolean("maybe")).isNull();
    }

    private static final Pattern NHS = Pattern.compile("(?<![0-9])([0-9]{3})[ -]?([0-9]{3})[ -]?([0-9]{4})(?![0-9])");
    private static final Pattern POSTCODE_SHAPE = Pattern.compile("[A-Za-z][A-Za-z0-9]{1,3}[ \\t]+[0-9][A-Za-z]{2}");

    @Test
    void thePrefilterPassesEveryValueThePatternsCouldMatch() {
        // An NHS match is whole digit runs of 10, 3+7, 6+4 or 3+3+4 joined by single spaces or dashes; a postcode
        // match has a space or tab between its halves. So a value with neither can match no pattern, and the
        // warning of such a value is null. Random values of digits, dashes and blanks check it.
        Random random = new Random(7);
        String alphabet = "0123456789012345678901234567890123456789----- \tABCDEFGHIJKLMNOPRSTUWYZabcx_./é";
        int flagged = 0;
        for (int i = 0; i < 200_000; i++) {
            int n = 1 + random.nextInt(20);
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < n; k++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String v = sb.toString();
            boolean patterns = NHS.matcher(v).find() || POSTCODE_SHAPE.matcher(v).find();
            if (patterns) {
                flagged++;
                assertThat(Identifiers.mayHoldIdentifier(v)).as(v).isTrue();
            }
            if (!Identifiers.mayHoldIdentifier(v)) {
                assertThat(Identifiers.valueWarning(v)).as(v).isNull();
            }
        }
        assertThat(flagged).isPositive();
    }

    @Test
    void thePrefilterKeepsRealIdentifiersAndDropsPlainIds() {
        assertThat(Identifiers.mayHoldIdentifier("9434765919")).isTrue();
        assertThat(Identifiers.mayHoldIdentifier("943-476-5919")).isTrue();
        assertThat(Identifiers.mayHoldIdentifier("W6 9HR")).isTrue();
        assertThat(Identifiers.mayHoldIdentifier("W6\t9HR")).isTrue();
        assertThat(Identifiers.valueWarning("9434765919")).isNotNull();
        assertThat(Identifiers.valueWarning("moved to W6 9HR")).isNotNull();
        assertThat(Identifiers.mayHoldIdentifier("BAT-000001")).isFalse();
        assertThat(Identifiers.mayHoldIdentifier("C166568")).isFalse();
        assertThat(Identifiers.mayHoldIdentifier("943476591")).isFalse();
        assertThat(Identifiers.mayHoldIdentifier("W69HR")).isFalse();
        assertThat(Identifiers.mayHoldIdentifier("HDC-62-62-001549")).isFalse();
        assertThat(Identifiers.mayHoldIdentifier("X-943-476-5919-Y")).isTrue();
        assertThat(Identifiers.mayHoldIdentifier("943476-5919")).isTrue();
        assertThat(Identifiers.mayHoldIdentifier("943-4765919")).isTrue();
        assertThat(Identifiers.mayHoldIdentifier("943--476-5919")).isFalse();
        assertThat(Identifiers.mayHoldIdentifier("12-943-476-5919")).isTrue();
    }
}
