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
        "postcode, postcode", "Post Code, postcode", "ZIP, postcode", "' postcode ', postcode"
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
}
