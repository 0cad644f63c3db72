package org.recoveryoutcomes.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ColumnarTablesTest {

    private static final LocalDate D = LocalDate.of(2026, 4, 1);

    @Test
    void numbersIdsInSortOrderWhateverOrderTheyAreMet() {
        IdDictionary.Builder b = new IdDictionary.Builder();
        assertThat(b.intern("C3")).isZero();
        assertThat(b.intern("C10")).isEqualTo(1);
        assertThat(b.intern("C3")).isZero();
        assertThat(b.intern("B7")).isEqualTo(2);
        assertThat(b.find("nobody")).isEqualTo(-1);

        IdDictionary.Sorted sorted = b.build();

        // String order: "B7" < "C10" < "C3"
        assertThat(sorted.dictionary().ids()).containsExactly("B7", "C10", "C3");
        assertThat(sorted.remap()).containsExactly(2, 1, 0);
        assertThat(sorted.dictionary().ordinal("C3")).isEqualTo(2);
        assertThat(sorted.dictionary().ordinal("C4")).isEqualTo(-1);
    }

    @Test
    void recordsShareTheDictionarysOwnCopyOfAnId() {
        IdDictionary.Builder b = new IdDictionary.Builder();
        String first = new String("C1".toCharArray());
        b.intern(first);

        String later = new String("C1".toCharArray());

        assertThat(b.canonical(later)).isSameAs(first);
        assertThat(b.canonical("C2")).isEqualTo("C2");
        assertThat(b.size()).isEqualTo(2);
    }

    @Test
    void findsEveryIdOfALargeDictionary() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            ids.add("C" + Integer.toString(i * 7919 % 100_003, 36));
        }
        IdDictionary dict = IdDictionary.of(ids);

        assertThat(dict.size()).isEqualTo(50_000);
        for (String id : ids) {
            assertThat(dict.id(dict.ordinal(id))).isEqualTo(id);
        }
        for (int i = 1; i < dict.size(); i++) {
            assertThat(dict.id(i - 1).compareTo(dict.id(i))).isNegative();
        }
        assertThat(dict.ordinal("not there")).isEqualTo(-1);
    }

    @Test
    void aContactTableGivesBackTheContactsItWasBuiltFrom() {
        List<Contact> contacts = List.of(
                new Contact("C2", "BAT", D, ContactType.GROUP, 90, DeliveredBy.PEER_VOLUNTEER, "V9", true),
                new Contact("C1", "WR", D.plusDays(1), ContactType.PHONE, null, null, null, null),
                new Contact("C2", "WR", D.minusDays(3), ContactType.OTHER, 0, DeliveredBy.STAFF, "V1", false));
        IdDictionary.Builder ids = new IdDictionary.Builder();
        ContactTable.Builder b = new ContactTable.Builder(ids);
        contacts.forEach(b::add);

        ContactTable table = b.build(ids.build());

        // By project (BAT before WR), then date: the WR contact of 3 days earlier comes before the later one.
        assertThat(table).containsExactly(contacts.get(0), contacts.get(2), contacts.get(1));
        assertThat(table.clientIds().ids()).containsExactly("C1", "C2");
        assertThat(table.client(0)).isEqualTo(1);
        assertThat(table.project(1)).isEqualTo(table.projectIds().ordinal("WR"));
        assertThat(table.day(1)).isEqualTo(D.minusDays(3).toEpochDay());
        assertThat(table.duration(2)).isEqualTo(-1);
        assertThat(table.volunteer(2)).isEqualTo(-1);
        assertThat(table.volunteerIds().id(table.volunteer(0))).isEqualTo("V9");
        assertThat(table.attendedCode(2)).isEqualTo(-1);
        assertThat(table.isAttended(2)).isTrue();
        assertThat(table.isAttended(1)).isFalse();
        assertThat(table.deliveredBy(2)).isNull();
    }

    @Test
    void contactsOfAProjectOnOneDayKeepTheOrderTheyWereRead() {
        IdDictionary.Builder ids = new IdDictionary.Builder();
        ContactTable.Builder b = new ContactTable.Builder(ids);
        b.add(new Contact("C9", "WR", D, ContactType.GROUP, 1, null, null, null));
        b.add(new Contact("C1", "BAT", D.plusDays(2), ContactType.GROUP, 2, null, null, null));
        b.add(new Contact("C5", "WR", D, ContactType.GROUP, 3, null, null, null));
        b.add(new Contact("C3", "BAT", D, ContactType.GROUP, 4, null, null, null));

        ContactTable table = b.build(ids.build());

        assertThat(table).extracting(Contact::durationMinutes).containsExactly(4, 2, 1, 3);
    }

    @Test
    void aTopTableKeepsMissingItemsMissingAndAmountsExact() {
        double[] values = TopRecord.emptyValues();
        values[TopItem.OPIATES_DAYS.ordinal()] = 28;
        values[TopItem.ALCOHOL_UNITS.ordinal()] = 12.3;
        values[TopItem.SHARED_EQUIPMENT.ordinal()] = 0;
        TopRecord top = new TopRecord("C1", "BAT", D, TopStage.START, values, new SourceLocation("top.csv", 7));
        TopRecord bare = new TopRecord("C0", "BAT", D.plusDays(90), TopStage.EXIT, TopRecord.emptyValues(), null);
        IdDictionary.Builder ids = new IdDictionary.Builder();

        TopTable.Builder builder = new TopTable.Builder(ids);
        builder.add(top).add(bare);
        TopTable table = builder.build(ids.build());

        assertThat(table).containsExactly(top, bare);
        assertThat(table.value(0, TopItem.ALCOHOL_UNITS)).isEqualTo(12.3);
        assertThat(table.value(0, TopItem.OPIATES_DAYS)).isEqualTo(28.0);
        assertThat(table.has(0, TopItem.PSYCH_HEALTH)).isFalse();
        assertThat(table.has(0, TopItem.SHARED_EQUIPMENT)).isTrue();
        assertThat(table.source(1)).isNull();
        assertThat(table.client(1)).isZero(); // "C0" sorts first
    }

    @Test
    void aTopTableKeepsTheLineOfARowThatStartsOnAnotherLineThanItsNumber() {
        TopRecord first = new TopRecord("C1", "BAT", D, TopStage.START, TopRecord.emptyValues(),
                new SourceLocation("top.csv", 2));
        TopRecord later = new TopRecord("C2", "BAT", D, TopStage.START, TopRecord.emptyValues(),
                new SourceLocation("top.csv", 3, 5));
        IdDictionary.Builder ids = new IdDictionary.Builder();

        TopTable table = new TopTable.Builder(ids).add(first).add(later).build(ids.build());

        assertThat(table).containsExactly(first, later);
        assertThat(table.source(1)).hasToString("top.csv: row 3 (line 5)");
        assertThat(table.source(0)).hasToString("top.csv:2");
    }

    @Test
    void refusesTopItemsThatAColumnOfBytesCannotHold() {
        double[] values = TopRecord.emptyValues();
        values[TopItem.PSYCH_HEALTH.ordinal()] = 2.5;
        TopTable.Builder b = new TopTable.Builder(new IdDictionary.Builder());

        assertThatThrownBy(() -> b.add("C1", "BAT", 0, TopStage.START, values, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("psych_health must be a whole number in 0–20, was 2.5");
    }

    @Test
    void aDatasetNumbersEveryClientOnceAcrossItsTables() {
        Dataset data = Dataset.of(List.of(),
                List.of(new Contact("C2", "BAT", D, ContactType.GROUP, null, null, null, null)),
                List.of(new Client("C9", null, null, null, null, null, null, null, null, null)),
                List.of(new TopRecord("C1", "BAT", D, TopStage.START, TopRecord.emptyValues(), null)),
                List.of(new Episode("C5", "BAT", D, null, null, null)), List.of(), List.of(), Map.of());

        assertThat(data.clientIds().ids()).containsExactly("C1", "C2", "C5", "C9");
        assertThat(data.contacts().clientIds()).isSameAs(data.tops().clientIds());
        assertThat(data.contacts().client(0)).isEqualTo(1);
        assertThat(data.tops().client(0)).isZero();
    }

    @Test
    void refusesAClientProfileMissingFromTheDictionary() {
        IdDictionary.Builder ids = new IdDictionary.Builder();
        ContactTable.Builder c = new ContactTable.Builder(ids);
        c.add(new Contact("C1", "BAT", D, ContactType.GROUP, null, null, null, null));
        TopTable.Builder t = new TopTable.Builder(ids);
        IdDictionary.Sorted sorted = ids.build();
        ContactTable contacts = c.build(sorted);
        TopTable tops = t.build(sorted);

        assertThatThrownBy(() -> new Dataset(List.of(), contacts,
                List.of(new Client("C7", null, null, null, null, null, null, null, null, null)), tops, List.of(),
                List.of(), List.of(), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("client C7 is not in the client dictionary");
    }
}
