package org.recoveryoutcomes.engine.model;

/**
 * A quantity that is not a count of people, e.g. volunteer hours. Never suppressed: it identifies nobody.
 * This class is immutable.
 *
 * @param unit what the value measures, e.g. {@code hours}
 */
public record AmountValue(double value, String unit) implements MetricValue {

    @Override
    public boolean suppressed() {
        return false;
    }
}
