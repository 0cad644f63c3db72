package org.recoveryoutcomes.engine.model;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;

/**
 * One TOP interview. Item values are held in {@link TopItem} order; a missing value is {@code NaN} and
 * reads back through {@link #has(TopItem)} as absent. Flags are 1 (yes) or 0 (no). This class is immutable.
 *
 * <p>{@code top.has(TopItem.PSYCH_HEALTH) ? top.value(TopItem.PSYCH_HEALTH) : …}
 */
public record TopRecord(String clientId, String projectId, LocalDate date, TopStage stage, double[] values,
                        SourceLocation source) {

    public TopRecord {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(values, "values");
        if (values.length != TopItem.values().length) {
            throw new IllegalArgumentException(
                    "values must hold one entry per TopItem (" + TopItem.values().length + "), had " + values.length);
        }
        values = values.clone();
    }

    /** A fresh array of {@code NaN} (all missing) sized for {@link TopItem}, for building a record. */
    public static double[] emptyValues() {
        double[] v = new double[TopItem.values().length];
        Arrays.fill(v, Double.NaN);
        return v;
    }

    /** True when the item has a value. */
    public boolean has(TopItem item) {
        return !Double.isNaN(values[item.ordinal()]);
    }

    /** The item's value, or {@code NaN} when missing. */
    public double value(TopItem item) {
        return values[item.ordinal()];
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TopRecord t
                && clientId.equals(t.clientId) && projectId.equals(t.projectId) && date.equals(t.date)
                && stage == t.stage && Arrays.equals(values, t.values) && Objects.equals(source, t.source);
    }

    @Override
    public int hashCode() {
        return Objects.hash(clientId, projectId, date, stage, Arrays.hashCode(values), source);
    }

    @Override
    public String toString() {
        return "TopRecord[" + clientId + ", " + projectId + ", " + date + ", " + stage.code() + ", "
                + Arrays.toString(values) + ", " + source + "]";
    }
}
