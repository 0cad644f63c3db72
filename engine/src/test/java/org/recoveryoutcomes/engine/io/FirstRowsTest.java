package org.recoveryoutcomes.engine.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FirstRowsTest {

    @Test
    void givesMinusOneForANewIdAndTheFirstRowForARepeat() {
        FirstRows rows = new FirstRows();

        assertThat(rows.putIfAbsent("C1", 2)).isEqualTo(-1);
        assertThat(rows.putIfAbsent("C2", 3)).isEqualTo(-1);
        assertThat(rows.putIfAbsent("C1", 4)).isEqualTo(2);
        assertThat(rows.putIfAbsent("C1", 5)).isEqualTo(2);
        assertThat(rows.size()).isEqualTo(2);
    }

    @Test
    void tellsApartIdsThatArePrefixesOfEachOtherOrDifferOnlyInCase() {
        FirstRows rows = new FirstRows(2);

        assertThat(rows.putIfAbsent("C1", 2)).isEqualTo(-1);
        assertThat(rows.putIfAbsent("C10", 3)).isEqualTo(-1);
        assertThat(rows.putIfAbsent("c1", 4)).isEqualTo(-1);
        assertThat(rows.putIfAbsent("", 5)).isEqualTo(-1);
        assertThat(rows.putIfAbsent("C10", 6)).isEqualTo(3);
        assertThat(rows.putIfAbsent("", 7)).isEqualTo(5);
    }

    @Test
    void comparesNonAsciiIdsByTheirUtf8Bytes() {
        FirstRows rows = new FirstRows(2);

        assertThat(rows.putIfAbsent("Zoë", 2)).isEqualTo(-1);
        assertThat(rows.putIfAbsent("Zoe", 3)).isEqualTo(-1);
        assertThat(rows.putIfAbsent("Zo\u00eb", 4)).isEqualTo(2);
        assertThat(rows.putIfAbsent("客户7", 5)).isEqualTo(-1);
        assertThat(rows.putIfAbsent("客户7", 6)).isEqualTo(5);
        assertThat(rows.putIfAbsent("Zoe", 7)).isEqualTo(3);
    }

    @Test
    void findsEveryRepeatAmongManyIdsStartingFromATinyTable() {
        // Two slots to start with: every insert probes past collisions and the table grows many times; 300,000
        // ids of up to ~20 bytes also fill more than one page of the arena.
        FirstRows rows = new FirstRows(2);
        int n = 300_000;
        for (int i = 0; i < n; i++) {
            assertThat(rows.putIfAbsent("contact-" + i + "-" + (i * 7919 % 1000), i + 2)).isEqualTo(-1);
        }
        for (int i = 0; i < n; i += 997) {
            assertThat(rows.putIfAbsent("contact-" + i + "-" + (i * 7919 % 1000), n + 10)).isEqualTo(i + 2);
        }
        assertThat(rows.putIfAbsent("contact-" + n, 1)).isEqualTo(-1);
        assertThat(rows.size()).isEqualTo(n + 1);
    }

    @Test
    void keepsRowNumbersOfEveryMagnitude() {
        FirstRows rows = new FirstRows();
        rows.putIfAbsent("a", Integer.MAX_VALUE);
        rows.putIfAbsent("b", 255);
        rows.putIfAbsent("c", 65_536);

        assertThat(rows.putIfAbsent("a", 1)).isEqualTo(Integer.MAX_VALUE);
        assertThat(rows.putIfAbsent("b", 1)).isEqualTo(255);
        assertThat(rows.putIfAbsent("c", 1)).isEqualTo(65_536);
    }

    @Test
    void keepsTheLineOfARowThatStartsOnAnotherLineThanItsNumber() {
        FirstRows rows = new FirstRows(2);
        rows.putIfAbsent("a", 4, 6);
        rows.putIfAbsent("b", 5, 5);
        rows.putIfAbsent("c", Integer.MAX_VALUE - 1, Integer.MAX_VALUE);

        long a = rows.putIfAbsent("a", 9, 9);
        long b = rows.putIfAbsent("b", 9, 12);
        long c = rows.putIfAbsent("c", 9, 9);
        assertThat(FirstRows.row(a)).isEqualTo(4);
        assertThat(FirstRows.line(a)).isEqualTo(6);
        assertThat(FirstRows.row(b)).isEqualTo(5);
        assertThat(FirstRows.line(b)).isEqualTo(5);
        assertThat(FirstRows.row(c)).isEqualTo(Integer.MAX_VALUE - 1);
        assertThat(FirstRows.line(c)).isEqualTo(Integer.MAX_VALUE);
        assertThat(rows.putIfAbsent("a", 10)).isEqualTo(4);
        assertThat(rows.putIfAbsent("d", 3, 7)).isEqualTo(-1);
    }

    @Test
    void refusesATableSizeThatIsNotAPowerOfTwo() {
        assertThatThrownBy(() -> new FirstRows(3)).isInstanceOf(IllegalArgumentException.class);
    }
}
