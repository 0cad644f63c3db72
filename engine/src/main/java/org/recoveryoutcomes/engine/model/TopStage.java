package org.recoveryoutcomes.engine.model;

/** The stage of a TOP interview (top.stage). */
public enum TopStage implements Code {
    START,
    REVIEW,
    EXIT,
    POST_EXIT;

    @Override
    public String code() {
        return Code.of(this);
    }
}
