package org.recoveryoutcomes.engine.model;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a publication has published so far: every figure part it showed, with its value, and every one it hid
 * (without a value), keyed as {@code <start>..<end>|<group>|<metric>[|<category>]|<part>}; and which borough each
 * project it reported on belongs to. A report run reads the ledger of its output folder, keeps every figure hidden
 * there hidden, treats every figure shown there as known to a reader, and adds its own figures. This class is
 * immutable.
 *
 * @param shown figure part key → the value published
 * @param hidden figure part keys published as hidden
 * @param boroughOf project group key → its borough's group key
 */
public record Ledger(Map<String, Long> shown, Set<String> hidden, Map<String, String> boroughOf) {

    /** A publication that has published nothing yet. */
    public static final Ledger EMPTY = new Ledger(Map.of(), Set.of(), Map.of());

    public Ledger {
        shown = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(shown, "shown")));
        hidden = Collections.unmodifiableSet(new TreeSet<>(Objects.requireNonNull(hidden, "hidden")));
        boroughOf = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(boroughOf, "boroughOf")));
    }

    /** True when nothing has been published. */
    public boolean isEmpty() {
        return shown.isEmpty() && hidden.isEmpty();
    }

    /** Both ledgers together; a part hidden in either stays hidden. */
    public Ledger merge(Ledger other) {
        Map<String, Long> s = new TreeMap<>(shown);
        s.putAll(other.shown);
        Set<String> h = new TreeSet<>(hidden);
        h.addAll(other.hidden);
        h.forEach(s::remove);
        Map<String, String> b = new TreeMap<>(boroughOf);
        b.putAll(other.boroughOf);
        return new Ledger(s, h, b);
    }
}
