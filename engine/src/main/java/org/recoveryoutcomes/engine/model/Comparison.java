package org.recoveryoutcomes.engine.model;

/** The result of comparing a figure with its comparator (metrics.md, Statistics). */
public enum Comparison implements Code {
    BETTER,
    SIMILAR,
    WORSE,
    NOT_COMPARED;

    @Override
    public String code() {
        return Code.of(this);
    }
}
