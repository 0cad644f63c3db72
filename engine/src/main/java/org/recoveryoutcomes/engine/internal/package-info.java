/**
 * Internal classes of the engine. They are public only so that the engine's own packages can share them:
 * do not depend on them, they may change without notice. (The same goes for the {@code io}, {@code metrics}
 * and {@code render} packages: use {@link org.recoveryoutcomes.engine.api.ReportEngine}.)
 */
package org.recoveryoutcomes.engine.internal;
