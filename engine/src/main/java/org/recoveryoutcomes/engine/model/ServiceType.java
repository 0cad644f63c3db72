package org.recoveryoutcomes.engine.model;

/** The kind of service a project runs (projects.service_type). */
public enum ServiceType implements Code {
    PEER_AFTERCARE,
    DROP_IN,
    PEER_MENTORING,
    SOCIAL_CLUB,
    VOCATIONAL,
    ARTS,
    STRUCTURED_TREATMENT,
    OTHER;

    @Override
    public String code() {
        return Code.of(this);
    }
}
