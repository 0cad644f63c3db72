package org.recoveryoutcomes.engine.render.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SheetWriterTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\",\"y\")", "+44 20", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd",
        "\uFF1D1+1"})
    void treatsTextStartingAsAFormulaWouldAsFormulaLike(String text) {
        assertThat(SheetWriter.looksLikeFormula(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ealing", "BAT", "", " =1", "A=B", "*", "contacts.csv"})
    void leavesOrdinaryTextAlone(String text) {
        assertThat(SheetWriter.looksLikeFormula(text)).isFalse();
    }

    @Test
    void wrapsTextAtSpacesWithinTheWidth() {
        assertThat(SheetWriter.wrap("one two three four", 9)).containsExactly("one two", "three", "four");
        assertThat(SheetWriter.wrap("a\nb", 9)).containsExactly("a", "b");
        assertThat(SheetWriter.wrap("unbreakableword x", 5)).containsExactly("unbreakableword", "x");
    }

    @Test
    void countsWrappedLinesAllowingForTextNarrowerThanDigits() {
        // A 10-digit-wide column holds 11 characters of text: "aaaa bbbbbb" (11) is one line, not two.
        assertThat(SheetWriter.wrappedLines("aaaa bbbbbb", 10)).isEqualTo(1);
        assertThat(SheetWriter.wrappedLines("aaaa bbbbbb cc", 10)).isEqualTo(2);
    }

    @Test
    void escapesAmpersandsAndShortensLongTitlesForThePageHeader() {
        assertThat(SheetWriter.escapeHeader("Drugs & alcohol")).isEqualTo("Drugs && alcohol");
        assertThat(SheetWriter.escapeHeader("x".repeat(150))).isEqualTo("x".repeat(99) + "\u2026");
    }
}
