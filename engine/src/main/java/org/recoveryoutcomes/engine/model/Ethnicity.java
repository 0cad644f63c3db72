package org.recoveryoutcomes.engine.model;

/** ONS 2021 high-level ethnic group (clients.ethnicity). */
public enum Ethnicity implements Code {
    WHITE,
    MIXED,
    ASIAN,
    BLACK,
    OTHER,
    NOT_STATED;

    @Override
    public String code() {
        return Code.of(this);
    }
}
