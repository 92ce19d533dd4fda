package org.balimodel.core.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.balimodel.core.model.Actor;
import org.balimodel.core.model.Meeting;
import org.balimodel.core.register.EntityKind;

/**
 * Which of the candidate's own entities stand for which of the reference's, and the tokens in which
 * identifiers of either side are compared once the alignment is known.
 *
 * <p>An identifier compares as itself, unless it names an entity its side defines and that entity
 * is aligned: it then compares as the aligned pair, so that a candidate's {@code meeting-1} and the
 * reference's {@code wg-d-annual-meeting-2022} are one meeting wherever either is referred to. The
 * same rule holds for both sides, so the comparison does not depend on which side is the reference.
 */
final class Alignment {

  /** The kinds tried, in order, for an identifier whose kind the model does not say (an owner, a participant). */
  private static final List<EntityKind> ANY = List.of(
      EntityKind.MEMBER, EntityKind.BODY, EntityKind.PARTNER, EntityKind.MEETING,
      EntityKind.FRAMEWORK, EntityKind.INSTRUMENT, EntityKind.INITIATIVE);

  private final Side reference;
  private final Side candidate;
  /** For each entity of a side (by its index in {@code Side.entities}), the index of its partner, or -1. */
  private final int[] referencePartner;
  private final int[] candidatePartner;
  /** How each aligned pair was found, by reference index: by identifier or by name (and date). */
  private final boolean[] byId;
  private final Map<String, Integer> referenceFirst;
  private final Map<String, Integer> candidateFirst;

  Alignment(Side reference, Side candidate) {
    this.reference = reference;
    this.candidate = candidate;
    referencePartner = new int[reference.entities.size()];
    candidatePartner = new int[candidate.entities.size()];
    byId = new boolean[reference.entities.size()];
    Arrays.fill(referencePartner, -1);
    Arrays.fill(candidatePartner, -1);
    referenceFirst = firsts(reference);
    candidateFirst = firsts(candidate);
    align(e -> e.kind() + "\u0000" + e.id(), true);
    align(e -> e.name().isEmpty() ? null : e.kind() + "\u0000" + e.name(), false);
    meetingsByDateAndConvener();
  }

  private static Map<String, Integer> firsts(Side side) {
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < side.entities.size(); i++) {
      Side.Ent e = side.entities.get(i);
      first.putIfAbsent(e.kind() + "\u0000" + e.id(), i);
    }
    return first;
  }

  private void align(java.util.function.Function<Side.Ent, String> key, boolean viaId) {
    List<Integer> left = unaligned(referencePartner);
    List<Integer> right = unaligned(candidatePartner);
    // A fact without a key (an entity with no name) pairs with nothing: the key is made unique.
    Pairing<Integer> pairing = Pairing.of(left, right,
        i -> keyOr(key.apply(reference.entities.get(i)), "r" + i),
        j -> keyOr(key.apply(candidate.entities.get(j)), "c" + j));
    for (Pairing.Pair<Integer> pair : pairing.pairs()) {
      link(pair.reference(), pair.candidate(), viaId);
    }
  }

  private static Object keyOr(String key, String unique) {
    return key == null ? List.of(unique) : key;
  }

  private static List<Integer> unaligned(int[] partner) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < partner.length; i++) {
      if (partner[i] < 0) {
        out.add(i);
      }
    }
    return out;
  }

  private void link(int r, int c, boolean viaId) {
    referencePartner[r] = c;
    candidatePartner[c] = r;
    byId[r] = viaId;
  }

  /**
   * Meetings still unaligned pair when they have the same date and share a convening body. Pairs
   * are taken nearest in position first (by the sum of positions, then their distance), a rule that
   * reads the same from either side.
   */
  private void meetingsByDateAndConvener() {
    Map<String, List<Integer>> referenceByDate = new HashMap<>();
    for (int i : unaligned(referencePartner)) {
      Side.Ent e = reference.entities.get(i);
      if (e.entity() instanceof Meeting m && m.date().isPresent() && !m.convenedBy().isEmpty()) {
        referenceByDate.computeIfAbsent(m.date().get().toString(), k -> new ArrayList<>()).add(i);
      }
    }
    if (referenceByDate.isEmpty()) {
      return;
    }
    record Edge(int r, int c, int sum, int distance) {}
    List<Edge> edges = new ArrayList<>();
    for (int j : unaligned(candidatePartner)) {
      Side.Ent e = candidate.entities.get(j);
      if (!(e.entity() instanceof Meeting m) || m.date().isEmpty()) {
        continue;
      }
      List<Integer> sameDate = referenceByDate.get(m.date().get().toString());
      if (sameDate == null) {
        continue;
      }
      Set<String> conveners = new HashSet<>();
      for (String body : m.convenedBy()) {
        conveners.add(token(false, EntityKind.BODY, body));
      }
      for (int i : sameDate) {
        Side.Ent r = reference.entities.get(i);
        for (String body : ((Meeting) r.entity()).convenedBy()) {
          if (conveners.contains(token(true, EntityKind.BODY, body))) {
            edges.add(new Edge(i, j, r.position() + e.position(), Math.abs(r.position() - e.position())));
            break;
          }
        }
      }
    }
    edges.sort(Comparator.comparingInt(Edge::sum).thenComparingInt(Edge::distance));
    for (Edge edge : edges) {
      if (referencePartner[edge.r()] < 0 && candidatePartner[edge.c()] < 0) {
        link(edge.r(), edge.c(), false);
      }
    }
  }

  /** The candidate entity aligned with the reference entity at {@code index}, or -1. */
  int partnerOfReference(int index) {
    return referencePartner[index];
  }

  /** The reference entity aligned with the candidate entity at {@code index}, or -1. */
  int partnerOfCandidate(int index) {
    return candidatePartner[index];
  }

  /** Whether the reference entity at {@code index} was aligned by its identifier. */
  boolean alignedById(int index) {
    return byId[index];
  }

  /** The token in which an identifier of one side compares, for an entity of a known kind. */
  String token(boolean ofReference, EntityKind kind, String id) {
    Integer at = (ofReference ? referenceFirst : candidateFirst).get(kind + "\u0000" + id);
    if (at == null) {
      return id;
    }
    int pair = ofReference ? (referencePartner[at] < 0 ? -1 : at) : candidatePartner[at];
    // A pair is named by its reference entity, in a form no identifier has.
    return pair < 0 ? id : "\u0000" + pair;
  }

  /** The token of an identifier that may name an entity of any kind: an owner, a participant. */
  String tokenOfAny(boolean ofReference, String id) {
    Map<String, Integer> first = ofReference ? referenceFirst : candidateFirst;
    for (EntityKind kind : ANY) {
      if (first.containsKey(kind + "\u0000" + id)) {
        return token(ofReference, kind, id);
      }
    }
    return id;
  }

  /** The token of an actor: its group, or its kind and the token of its identifier. */
  String token(boolean ofReference, Actor actor) {
    if (actor instanceof Actor.OfGroup g) {
      return "group " + g.group().name();
    }
    if (actor instanceof Actor.OfBody b) {
      return "body " + token(ofReference, EntityKind.BODY, b.body());
    }
    if (actor instanceof Actor.OfPartner p) {
      return "partner " + token(ofReference, EntityKind.PARTNER, p.partner());
    }
    return "member " + token(ofReference, EntityKind.MEMBER, ((Actor.OfMember) actor).member());
  }
}
