/**
 * CSV: {@link org.recoveryoutcomes.engine.io.csv.CsvTableReader} reads input files (RFC 4180, UTF-8, physical
 * line numbers) and {@link org.recoveryoutcomes.engine.io.csv.QuarantineWriter} writes rejected rows back out.
 * Internal to the engine.
 */
package org.recoveryoutcomes.engine.io.csv;
