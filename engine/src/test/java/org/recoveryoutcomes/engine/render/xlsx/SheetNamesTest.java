package org.recoveryoutcomes.engine.render.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SheetNamesTest {

    @Test
    void replacesCharactersExcelForbidsInSheetNames() {
        assertThat(new SheetNames().claim("Housing: work/offending? [all] *\\")).isEqualTo("Housing work offending all");
    }

    @Test
    void cutsNamesToThirtyOneCharacters() {
        assertThat(new SheetNames().claim("Substance use, housing, work and offending"))
                .isEqualTo("Substance use, housing, work an").hasSize(31);
    }

    @Test
    void numbersANameAlreadyTakenIgnoringCase() {
        SheetNames names = new SheetNames();
        assertThat(names.claim("Summary")).isEqualTo("Summary");
        assertThat(names.claim("summary")).isEqualTo("summary (2)");
        assertThat(names.claim("SUMMARY")).isEqualTo("SUMMARY (3)");
    }

    @Test
    void keepsANumberedLongNameWithinThirtyOneCharacters() {
        SheetNames names = new SheetNames();
        String title = "Change from start to follow-up, all";
        assertThat(names.claim(title)).isEqualTo("Change from start to follow-up,");
        assertThat(names.claim(title)).isEqualTo("Change from start to follow (2)").hasSize(31);
    }

    @Test
    void leavesReservedNamesToTheSheetsThatReservedThem() {
        SheetNames names = new SheetNames();
        names.reserve("About");
        assertThat(names.claim("About")).isEqualTo("About (2)");
    }

    @Test
    void neverUsesTheNameExcelReservesForHistory() {
        assertThat(new SheetNames().claim("History")).isEqualTo("History (2)");
    }

    @Test
    void dropsApostrophesAtEitherEndAndNamesAnEmptyTitleSheet() {
        assertThat(new SheetNames().claim("'Clients' views'")).isEqualTo("Clients' views");
        assertThat(new SheetNames().claim(" :: ")).isEqualTo("Sheet");
    }
}
