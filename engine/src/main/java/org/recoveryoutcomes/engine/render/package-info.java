/**
 * Rendering reports from a template and computed metrics: {@code render.xlsx} and {@code render.pdf}
 * implement {@link org.recoveryoutcomes.engine.render.ReportWriter}. Internal to the engine; depends on
 * {@code model} only.
 */
package org.recoveryoutcomes.engine.render;
