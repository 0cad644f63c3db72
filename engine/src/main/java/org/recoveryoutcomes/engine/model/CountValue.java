package org.recoveryoutcomes.engine.model;

/**
 * A count of people or events. This class is immutable.
 *
 * @param suppressed true when the count is from 1 to the suppression threshold − 1
 */
public record CountValue(long count, boolean suppressed) implements MetricValue {

    public CountValue {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative, was " + count);
        }
    }
}
