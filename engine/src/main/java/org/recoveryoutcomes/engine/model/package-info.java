/**
 * Domain values: input records ({@link org.recoveryoutcomes.engine.model.Contact},
 * {@link org.recoveryoutcomes.engine.model.TopRecord} …), periods and settings, metric results and report
 * templates. Every type here is an immutable record or enum, safe to share between threads.
 */
package org.recoveryoutcomes.engine.model;
