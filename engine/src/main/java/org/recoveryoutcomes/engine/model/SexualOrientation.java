package org.recoveryoutcomes.engine.model;

/** Sexual orientation as recorded (clients.sexual_orientation). */
public enum SexualOrientation implements Code {
    HETEROSEXUAL,
    GAY_LESBIAN,
    BISEXUAL,
    OTHER,
    NOT_STATED;

    @Override
    public String code() {
        return Code.of(this);
    }
}
