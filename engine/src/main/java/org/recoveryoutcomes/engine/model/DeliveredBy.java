package org.recoveryoutcomes.engine.model;

/** Who delivered a contact (contacts.delivered_by). */
public enum DeliveredBy implements Code {
    PEER_VOLUNTEER,
    PEER_WORKER,
    STAFF;

    @Override
    public String code() {
        return Code.of(this);
    }
}
