/**
 * Reading and validating the data directory (data-format.md). Entry: {@link
 * org.recoveryoutcomes.engine.io.DatasetReader#read}. Internal to the engine: use
 * {@link org.recoveryoutcomes.engine.api.ReportEngine}. Depends on {@code model} only (and throws
 * {@link org.recoveryoutcomes.engine.api.ReportException} when a run must stop).
 */
package org.recoveryoutcomes.engine.io;
