package org.balimodel.core.compare;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Facts of the two sides paired by equal keys as multisets: the first fact of the reference with a
 * key pairs with the first of the candidate with that key, the second with the second, and so on;
 * what finds no partner is left over, in its side's order, for a looser pass.
 *
 * <p>Pairing the i-th occurrence with the i-th makes the result the same whichever side is the
 * reference, and one hash map keeps it linear.
 *
 * @param <T> the type of fact
 * @param pairs the pairs, reference first, in the candidate's order
 * @param referenceLeft the reference's facts without a partner, in order
 * @param candidateLeft the candidate's facts without a partner, in order
 */
record Pairing<T>(List<Pair<T>> pairs, List<T> referenceLeft, List<T> candidateLeft) {

  /** A fact of the reference and the fact of the candidate it pairs with. */
  record Pair<T>(T reference, T candidate) {}

  static <T> Pairing<T> of(List<T> reference, List<T> candidate, Function<T, ?> referenceKey, Function<T, ?> candidateKey) {
    Map<Object, ArrayDeque<T>> byKey = new HashMap<>();
    for (T fact : reference) {
      byKey.computeIfAbsent(referenceKey.apply(fact), k -> new ArrayDeque<>()).add(fact);
    }
    List<Pair<T>> pairs = new ArrayList<>();
    List<T> candidateLeft = new ArrayList<>();
    Set<T> paired = Collections.newSetFromMap(new IdentityHashMap<>());
    for (T fact : candidate) {
      ArrayDeque<T> waiting = byKey.get(candidateKey.apply(fact));
      T partner = waiting == null ? null : waiting.poll();
      if (partner == null) {
        candidateLeft.add(fact);
      } else {
        paired.add(partner);
        pairs.add(new Pair<>(partner, fact));
      }
    }
    List<T> referenceLeft = new ArrayList<>();
    for (T fact : reference) {
      if (!paired.contains(fact)) {
        referenceLeft.add(fact);
      }
    }
    return new Pairing<>(pairs, referenceLeft, candidateLeft);
  }
}
