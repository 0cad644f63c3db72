package org.recoveryoutcomes.engine.model;

/** Why an episode ended (episodes.exit_reason). */
public enum ExitReason implements Code {
    COMPLETED_DRUG_FREE,
    COMPLETED_OCCASIONAL_USER,
    TRANSFERRED,
    DROPPED_OUT,
    DECLINED,
    PRISON,
    DIED,
    OTHER;

    /** True for the two reasons NDTMS counts as a successful completion. */
    public boolean isSuccessful() {
        return this == COMPLETED_DRUG_FREE || this == COMPLETED_OCCASIONAL_USER;
    }

    @Override
    public String code() {
        return Code.of(this);
    }
}
