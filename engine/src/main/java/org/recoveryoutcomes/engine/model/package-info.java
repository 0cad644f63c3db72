/**
 * Domain values: input records ({@link org.recoveryoutcomes.engine.model.Contact},
 * {@link org.recoveryoutcomes.engine.model.TopRecord} …), periods and settings, metric results and report
 * templates. Every type here is an immutable record or enum, safe to share between threads, but for the two that
 * every layer meets: {@link org.recoveryoutcomes.engine.model.ReportException}, the one exception a run stops with,
 * and {@link org.recoveryoutcomes.engine.model.Progress}, the callback that hears how far a run has gone. They
 * live here, the package that depends on nothing, so that no package below {@code api} depends on {@code api}.
 */
package org.recoveryoutcomes.engine.model;
