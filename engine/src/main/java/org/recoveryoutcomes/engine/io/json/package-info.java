/**
 * JSON arrays of objects and JSON Lines: {@link org.recoveryoutcomes.engine.io.json.JsonTableReader}. Internal
 * to the engine.
 */
package org.recoveryoutcomes.engine.io.json;
