package org.recoveryoutcomes.engine.metrics;

/**
 * Per-thread stamp arrays for "seen in this pass" marks by ordinal, so that a pass over a group costs what the
 * group holds, not the size of a dictionary: a mark is {@code stamp[i] == current}, and a new pass just takes a
 * new stamp.
 */
final class Scratch {

    private static final ThreadLocal<Scratch> LOCAL = ThreadLocal.withInitial(Scratch::new);

    private int[] marks = new int[0];
    private int current;

    /** This thread's scratch for marks of ordinals below {@code size}. */
    static Scratch marks(int size) {
        Scratch s = LOCAL.get();
        if (s.marks.length < size) {
            s.marks = new int[size];
            s.current = 0;
        }
        return s;
    }

    /** Starts a new pass: nothing is marked. */
    Scratch clear() {
        if (++current == Integer.MAX_VALUE) {
            java.util.Arrays.fill(marks, 0);
            current = 1;
        }
        return this;
    }

    /** Marks {@code i}; true when it was not marked in this pass. */
    boolean mark(int i) {
        if (marks[i] == current) {
            return false;
        }
        marks[i] = current;
        return true;
    }

    boolean marked(int i) {
        return marks[i] == current;
    }
}
