package org.recoveryoutcomes.engine.model;

/** How serious a problem with an input row is: an error rejects the row, a warning keeps it. */
public enum Severity implements Code {
    ERROR,
    WARNING;

    @Override
    public String code() {
        return Code.of(this);
    }
}
