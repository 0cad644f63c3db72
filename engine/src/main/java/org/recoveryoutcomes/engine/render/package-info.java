/**
 * Disclosure control over a publication, and rendering reports from a template and computed metrics:
 * {@code render.xlsx}, {@code render.pdf}, {@code render.html} and {@code render.json} ({@code metrics.json})
 * implement {@link org.recoveryoutcomes.engine.render.ReportWriter}. Internal to the engine; depends on
 * {@code model} only.
 */
package org.recoveryoutcomes.engine.render;
