package org.recoveryoutcomes.engine.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class CodeTest {

    @Test
    void theDefaultCodeIsTheLowerCaseNameWhateverTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr"));
            assertThat(ContactType.ONE_TO_ONE.code()).isEqualTo("one_to_one");
            assertThat(TopItem.QUALITY_OF_LIFE.code()).isEqualTo("quality_of_life");
            assertThat(ServiceType.DROP_IN.code()).isEqualTo("drop_in");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void parsesCodesIgnoringCaseAndBlanks() {
        assertThat(Code.parse(Sex.class, " Female ")).contains(Sex.FEMALE);
        assertThat(Code.parse(Sex.class, "f")).isEmpty();
        assertThat(Code.list(TopStage.class)).isEqualTo("start, review, exit, post_exit");
    }
}
