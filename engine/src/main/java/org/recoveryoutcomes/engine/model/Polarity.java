package org.recoveryoutcomes.engine.model;

/** Whether a higher value of a metric is better, worse, or neither. */
public enum Polarity implements Code {
    HIGH_IS_GOOD,
    LOW_IS_GOOD,
    NO_JUDGEMENT;

    @Override
    public String code() {
        return Code.of(this);
    }
}
