package org.recoveryoutcomes.engine.metrics;

import java.util.List;
import org.recoveryoutcomes.engine.model.IdDictionary;

/**
 * Outcome pairs with their clients' ordinals beside them, so that a pass over pairs can mark or bucket clients
 * without looking ids up.
 *
 * @param clients {@code clients[i]} is the ordinal of {@code pairs.get(i).clientId()}
 */
record PairList(List<OutcomePair> pairs, int[] clients) {

    /** {@code pairs} with their ordinals looked up in {@code ids}. */
    static PairList of(List<OutcomePair> pairs, IdDictionary ids) {
        int[] clients = new int[pairs.size()];
        for (int i = 0; i < clients.length; i++) {
            clients[i] = ids.ordinal(pairs.get(i).clientId());
        }
        return new PairList(List.copyOf(pairs), clients);
    }
}
