package org.recoveryoutcomes.engine.model;

/**
 * Funnel-plot control limits at one denominator around the comparator proportion, in percent, and where the
 * figure falls (PHEindicatormethods' labels: {@code Low (0.001)}, {@code Low (0.025)},
 * {@code Not significant}, {@code High (0.025)}, {@code High (0.001)}). This class is immutable.
 */
public record Funnel(double baseline, double lower95, double upper95, double lower998, double upper998,
                     String significance) {
}
