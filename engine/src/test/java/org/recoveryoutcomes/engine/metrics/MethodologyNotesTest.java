package org.recoveryoutcomes.engine.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.recoveryoutcomes.engine.model.Settings;

class MethodologyNotesTest {

    @Test
    void theNotesQuoteTheSettingsActuallyUsed() {
        Settings s = Settings.builder().followUpWindowDays(28, 300).followUpTargetDays(150).representationDays(90)
                .build();
        assertThat(MethodologyNotes.notes(s))
                .anySatisfy(n -> assertThat(n).contains("outside the 28 to 300 day window", "equally close to 150 days"))
                .anySatisfy(n -> assertThat(n).contains("to 90 days later is a re-presentation"));
    }

    @Test
    void everyNoteIsASentenceAndTheyCoverTheChoicesMade() {
        assertThat(MethodologyNotes.notes(Settings.DEFAULTS)).allSatisfy(n -> assertThat(n).endsWith("."))
                .extracting(n -> n.substring(0, n.indexOf(':') > 0 && n.indexOf(':') < 25 ? n.indexOf(':') : 10))
                .contains("Outcome pairs", "Reliable change", "Paired tests", "Engagement", "Coverage", "Completions",
                        "Comparisons");
    }
}
