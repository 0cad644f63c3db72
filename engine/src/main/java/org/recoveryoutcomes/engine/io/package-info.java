/**
 * Reading and validating the data directory (data-format.md). Entry: {@link
 * org.recoveryoutcomes.engine.io.DatasetReader#read}. Internal to the engine: use
 * {@link org.recoveryoutcomes.engine.api.ReportEngine}. Depends on {@code model} only (and throws
 * {@link org.recoveryoutcomes.engine.model.ReportException} when a run must stop).
 *
 * <p>Each format is a {@link org.recoveryoutcomes.engine.io.table.TableReader} in its own sub-package ({@code csv},
 * {@code xlsx}, {@code json}) giving raw cells with user-facing row numbers; {@code DatasetReader} picks one by
 * file extension from a single explicit map, then checks headers ({@code Header}, {@code Identifiers}) and rows
 * ({@code Checks}, {@code RowCheck}). Every message it can give is listed in {@code docs/validation.md}.
 */
package org.recoveryoutcomes.engine.io;
