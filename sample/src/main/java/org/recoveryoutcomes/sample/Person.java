package org.recoveryoutcomes.sample;

import org.recoveryoutcomes.engine.model.Substance;

/**
 * A synthetic client: the profile row that is written, and the substance that drives their TOPs even where
 * the profile leaves {@code primary_substance} empty.
 */
record Person(String clientId, String borough, Substance substance, Rows.ClientRow row) {
}
