/**
 * Excel workbooks (first sheet): {@link org.recoveryoutcomes.engine.io.xlsx.XlsxTableReader}. Internal to the
 * engine.
 */
package org.recoveryoutcomes.engine.io.xlsx;
