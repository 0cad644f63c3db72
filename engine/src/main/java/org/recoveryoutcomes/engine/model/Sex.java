package org.recoveryoutcomes.engine.model;

/** Sex as recorded (clients.sex). */
public enum Sex implements Code {
    MALE,
    FEMALE,
    OTHER,
    NOT_STATED;

    @Override
    public String code() {
        return Code.of(this);
    }
}
