package org.recoveryoutcomes.engine.model;

/** The level of a reporting group: the whole data, one borough or one project. */
public enum GroupLevel implements Code {
    ALL,
    BOROUGH,
    PROJECT;

    @Override
    public String code() {
        return Code.of(this);
    }
}
