package org.recoveryoutcomes.engine.model;

/** The kind of contact (contacts.contact_type). */
public enum ContactType implements Code {
    DROP_IN,
    ONE_TO_ONE,
    GROUP,
    ACTIVITY,
    PHONE,
    OUTREACH,
    OTHER;

    @Override
    public String code() {
        return Code.of(this);
    }
}
