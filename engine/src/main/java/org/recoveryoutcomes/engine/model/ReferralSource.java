package org.recoveryoutcomes.engine.model;

/** Where the client was referred from (clients.referral_source). */
public enum ReferralSource implements Code {
    SELF,
    TREATMENT_SERVICE,
    CRIMINAL_JUSTICE,
    GP,
    OTHER;

    @Override
    public String code() {
        return Code.of(this);
    }
}
