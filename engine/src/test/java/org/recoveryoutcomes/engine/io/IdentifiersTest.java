package org.recoveryoutcomes.engine.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifiersTest {

    @ParameterizedTest(name = "{0} is a {1}")
    @CsvSource({
        "name, name", "First Name, name", "surname, name", "Last-Name, name", "full_name, name",
        "CLIENT NAME, name",
        "nhs_number, NHS number", "NHS Number, NHS number", "nhs-no, NHS number", "NHS, NHS number",
        "dob, date of birth", "Date of Birth, date of birth", "birth_date, date of birth",
        "address, address", "Address Line 1, address", "street, address",
        "postcode, postcode", "Post Code, postcode", "ZIP, postcode", "' postcode ', postcode",
        "D.O.B., date of birth", "NHS No., NHS number", "Forename, name", "Postal Code, postcode",
        "Address 1, address",
        "Email Address, e-mail address", "E-mail, e-mail address", "email, e-mail address",
        "Mobile Phone, phone number", "Phone Number, phone number", "Telephone, phone number",
        "Tel. No., phone number", "Home Phone, phone number", "Mobile, phone number", "Contact Number, phone number"
    })
    void recognisesDirectIdentifiersHoweverTheyAreWritten(String header, String category) {
        assertThat(Identifiers.category(FileKind.CLIENTS, header)).isEqualTo(category);
    }

    @ParameterizedTest
    @ValueSource(strings = {"client_id", "birth_year", "age_band", "borough", "names", "nhs_trust", "address_type",
        "volunteer_id", "project_name"})
    void letsOrdinaryColumnsThrough(String header) {
        assertThat(Identifiers.category(FileKind.CLIENTS, header)).isNull();
    }

    @Test
    void allowsNameOnlyInProjects() {
        assertThat(Identifiers.category(FileKind.PROJECTS, "Name")).isNull();
        assertThat(Identifiers.category(FileKind.PROJECTS, "full_name")).isEqualTo("name");
        assertThat(Identifiers.category(FileKind.PROJECTS, "postcode")).isEqualTo("postcode");
        assertThat(Identifiers.category(FileKind.VOLUNTEERS, "name")).isEqualTo("name");
    }

    // NHS numbers: the first nine digits weighted 10 down to 2; the check digit is 11 - (sum mod 11), 11 → 0.
    // 943 476 5919: 9·10 + 4·9 + 3·8 + 4·7 + 7·6 + 6·5 + 5·4 + 9·3 + 1·2 = 299; 299 mod 11 = 2; 11 - 2 = 9 ✓
    // 401 023 2137: 4·10 + 0 + 1·8 + 0 + 2·6 + 3·5 + 2·4 + 1·3 + 3·2 = 92; 92 mod 11 = 4; 11 - 4 = 7 ✓
    // 100 000 0001: 1·10 = 10; 10 mod 11 = 10; 11 - 10 = 1 ✓
    // 000 000 0060: 6·2 = 12; 12 mod 11 = 1; 11 - 1 = 10, which no NHS number has ✗
    @ParameterizedTest(name = "{0} passes the check: {1}")
    @CsvSource({
        "9434765919, true", "4010232137, true", "1000000001, true",
        "9434765918, false", "4010232138, false", "0000000060, false", "943476591, false"
    })
    void checksTheNhsNumbersCheckDigit(String digits, boolean valid) {
        assertThat(Identifiers.isNhsNumber(digits)).isEqualTo(valid);
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', value = {
        "9434765919|this value looks like an NHS number; anonymised data must not hold one",
        "943 476 5919|this value looks like an NHS number; anonymised data must not hold one",
        "943-476-5919|this value looks like an NHS number; anonymised data must not hold one",
        "seen with 401 023 2137 today|this value holds what looks like an NHS number; anonymised data must not hold one",
        "SW1A 1AA|this value looks like a UK postcode; anonymised data must not hold one",
        "W6 9HR|this value looks like a UK postcode; anonymised data must not hold one",
        "ec1a 1bb|this value looks like a UK postcode; anonymised data must not hold one",
        "M1 1AE|this value looks like a UK postcode; anonymised data must not hold one",
        "Hope Café, B33 8TH|this value holds what looks like a UK postcode; anonymised data must not hold one",
        "jo.bloggs@example.org|this value looks like an e-mail address; anonymised data must not hold one",
        "Asked us to e-mail her at jo.bloggs@example.org|this value holds what looks like an e-mail address; "
            + "anonymised data must not hold one",
        "07700 900123|this value looks like a phone number; anonymised data must not hold one",
        "07700900123|this value looks like a phone number; anonymised data must not hold one",
        "+44 7700 900123|this value looks like a phone number; anonymised data must not hold one",
        "+44 (0)20 7946 0958|this value looks like a phone number; anonymised data must not hold one",
        "020 7946 0958|this value looks like a phone number; anonymised data must not hold one",
        "(020) 7946 0958|this value looks like a phone number; anonymised data must not hold one",
        "0161-496-0000|this value looks like a phone number; anonymised data must not hold one",
        "Call back on 07700 900123 after 5|this value holds what looks like a phone number; anonymised data must "
            + "not hold one"
    })
    void warnsAboutValuesThatLookLikeNhsNumbersOrPostcodes(String value, String warning) {
        assertThat(Identifiers.valueWarning(value)).isEqualTo(warning);
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"9434765918", "94347659190", "0943476591 9", "C000753", "BAT-000001", "P001AB",
        "SW1A1AA", "Ealing DAAT", "Battling Addiction Together", "2026-04-01", "QA1 1AA", "Room 12 3rd floor",
        "01/04/2026", "2026-04-16T10:30:00", "L0001", "CR-101", "0900 123 4567", "077009001234 5", "12.5",
        "team@", "@home", "see notes @ 10", "Ext 0161", "ref 0123-456", "1:1 session"})
    void letsOrdinaryValuesThrough(String value) {
        assertThat(Identifiers.valueWarning(value)).isNull();
    }
}
