package org.recoveryoutcomes.engine.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts split by category, e.g. contacts by type, in a stable category order. This class is immutable.
 */
public record BreakdownValue(Map<String, CountValue> parts) implements MetricValue {

    public BreakdownValue {
        parts = Collections.unmodifiableMap(new LinkedHashMap<>(parts));
    }

    /** True when any part is suppressed. */
    @Override
    public boolean suppressed() {
        return parts.values().stream().anyMatch(CountValue::suppressed);
    }

    /** The sum of all parts. */
    public long total() {
        return parts.values().stream().mapToLong(CountValue::count).sum();
    }
}
