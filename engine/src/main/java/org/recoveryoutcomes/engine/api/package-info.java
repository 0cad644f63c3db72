/**
 * The engine's public API: one entry point, {@link org.recoveryoutcomes.engine.api.ReportEngine#run}, taking an
 * immutable {@link org.recoveryoutcomes.engine.api.ReportRequest} and giving a
 * {@link org.recoveryoutcomes.engine.api.RunResult}; every failure that stops a run is a
 * {@link org.recoveryoutcomes.engine.model.ReportException} whose kind says whose problem it is.
 *
 * <pre>{@code
 * RunResult r = ReportEngine.run(ReportRequest.builder()
 *         .dataDir(Path.of("my-export"))
 *         .period("2026/27-Q2")
 *         .template("borough-comparison")
 *         .outDir(Path.of("reports"))
 *         .build());
 * }</pre>
 */
package org.recoveryoutcomes.engine.api;
