/**
 * The metric catalogue and the statistics behind it (metrics.md). Entry: {@link
 * org.recoveryoutcomes.engine.metrics.MetricsEngine}. Internal to the engine; depends on {@code model} only.
 */
package org.recoveryoutcomes.engine.metrics;
