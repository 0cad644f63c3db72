package org.recoveryoutcomes.engine.model;

/** The shape of a metric's value: which {@link MetricValue} type it has. */
public enum MetricKind implements Code {
    COUNT, AMOUNT, PROPORTION, MEAN, CHANGE, BREAKDOWN;

    @Override
    public String code() {
        return Code.of(this);
    }
}
