package org.balimodel.core.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.balimodel.core.model.Actor;
import org.balimodel.core.model.Commitment;
import org.balimodel.core.model.Decision;
import org.balimodel.core.model.Meeting;
import org.balimodel.core.model.OperativeVerb;
import org.balimodel.core.model.PartialDate;
import org.balimodel.core.model.Statement;
import org.balimodel.core.register.EntityKind;

/** One comparison being made: the two sides, their alignments, and the differences and counts found. */
final class Comparer {

  /** A difference with the places of its facts in reading order, for sorting. */
  private record Entry(Difference difference, int referenceSeq, int candidateSeq) {}

  private static final Comparator<Entry> READING_ORDER = Comparator
      .comparingInt((Entry e) -> e.referenceSeq() < 0 ? 1 : 0)
      .thenComparingInt(e -> e.referenceSeq() < 0 ? e.candidateSeq() : e.referenceSeq());

  private final Side reference;
  private final Side candidate;
  private final Alignment entities;
  private final List<Entry> entries = new ArrayList<>();
  private final int[] matched = new int[FactKind.values().length];
  private final int[] onlyInReference = new int[FactKind.values().length];
  private final int[] onlyInCandidate = new int[FactKind.values().length];
  /** For each paragraph of a side (by reading-order index), the index of its partner, or -1. */
  private int[] referenceParagraphPartner;
  private int[] candidateParagraphPartner;

  private Comparer(Statement reference, Statement candidate) {
    this.reference = new Side(reference);
    this.candidate = new Side(candidate);
    this.entities = new Alignment(this.reference, this.candidate);
  }

  /** Compares the two statements; the result's differences are in reading order. */
  static Comparison compare(Statement reference, Statement candidate) {
    Comparer comparer = new Comparer(reference, candidate);
    comparer.meeting();
    comparer.participants();
    comparer.sections();
    comparer.paragraphs();
    comparer.items();
    comparer.decisions();
    comparer.references();
    comparer.commitments();
    comparer.entities();
    List<Entry> sorted = new ArrayList<>(comparer.entries);
    sorted.sort(READING_ORDER);
    Map<FactKind, Score> scores = new EnumMap<>(FactKind.class);
    for (FactKind kind : FactKind.values()) {
      int k = kind.ordinal();
      scores.put(kind, new Score(comparer.matched[k], comparer.onlyInReference[k], comparer.onlyInCandidate[k]));
    }
    return new Comparison(sorted.stream().map(Entry::difference).toList(), scores);
  }

  // --- recording ---------------------------------------------------------------------------------

  private void match(FactKind kind) {
    matched[kind.ordinal()]++;
  }

  private void onlyInReference(FactKind kind, String pointer, int seq, String description) {
    onlyInReference[kind.ordinal()]++;
    entries.add(new Entry(
        new Difference(kind, Change.ONLY_IN_REFERENCE, Optional.of(pointer), Optional.empty(), description), seq, -1));
  }

  private void onlyInCandidate(FactKind kind, String pointer, int seq, String description) {
    onlyInCandidate[kind.ordinal()]++;
    entries.add(new Entry(
        new Difference(kind, Change.ONLY_IN_CANDIDATE, Optional.empty(), Optional.of(pointer), description), -1, seq));
  }

  /** Both sides have the fact in one place, but its key differs: counted as unmatched on each side. */
  private void differs(FactKind kind, String referencePointer, int referenceSeq, String candidatePointer, int candidateSeq,
      String description) {
    onlyInReference[kind.ordinal()]++;
    onlyInCandidate[kind.ordinal()]++;
    detail(kind, referencePointer, referenceSeq, candidatePointer, candidateSeq, description);
  }

  /** A matched fact that differs in a detail outside its key: reported, not counted against the scores. */
  private void detail(FactKind kind, String referencePointer, int referenceSeq, String candidatePointer, int candidateSeq,
      String description) {
    entries.add(new Entry(new Difference(kind, Change.DIFFERS, Optional.of(referencePointer), Optional.of(candidatePointer),
        description), referenceSeq, candidateSeq));
  }

  // --- meeting -----------------------------------------------------------------------------------

  private void meeting() {
    Map<String, Side.Value> candidateValues = new LinkedHashMap<>();
    for (Side.Value value : candidate.values) {
      candidateValues.putIfAbsent(value.field(), value);
    }
    for (Side.Value r : reference.values) {
      Side.Value c = candidateValues.remove(r.field());
      if (c == null) {
        onlyInReference(FactKind.MEETING, r.pointer(), r.seq(), r.field() + " " + r.shown());
      } else if (Objects.equals(r.key(), c.key())) {
        match(FactKind.MEETING);
      } else {
        differs(FactKind.MEETING, r.pointer(), r.seq(), c.pointer(), c.seq(), r.field() + " differs: " + r.shown() + " vs " + c.shown());
      }
    }
    for (Side.Value c : candidateValues.values()) {
      onlyInCandidate(FactKind.MEETING, c.pointer(), c.seq(), c.field() + " " + c.shown());
    }
    ids(reference.conveners, candidate.conveners, EntityKind.BODY, "meeting convened by ");
    ids(reference.coChairs, candidate.coChairs, EntityKind.MEMBER, "meeting co-chaired by ");
  }

  private void ids(List<Side.Id> references, List<Side.Id> candidates, EntityKind kind, String what) {
    Pairing<Side.Id> pairing = Pairing.of(references, candidates,
        r -> entities.token(true, kind, r.id()), c -> entities.token(false, kind, c.id()));
    pairing.pairs().forEach(pair -> match(FactKind.MEETING));
    for (Side.Id r : pairing.referenceLeft()) {
      onlyInReference(FactKind.MEETING, r.pointer(), r.seq(), what + r.id());
    }
    for (Side.Id c : pairing.candidateLeft()) {
      onlyInCandidate(FactKind.MEETING, c.pointer(), c.seq(), what + c.id());
    }
  }

  // --- participants ------------------------------------------------------------------------------

  private void participants() {
    Pairing<Side.Id> exact = Pairing.of(reference.participants, candidate.participants,
        r -> Arrays.asList(entities.tokenOfAny(true, r.id()), r.extra()),
        c -> Arrays.asList(entities.tokenOfAny(false, c.id()), c.extra()));
    exact.pairs().forEach(pair -> match(FactKind.PARTICIPANTS));
    Pairing<Side.Id> sameMember = Pairing.of(exact.referenceLeft(), exact.candidateLeft(),
        r -> entities.tokenOfAny(true, r.id()), c -> entities.tokenOfAny(false, c.id()));
    for (var pair : sameMember.pairs()) {
      Side.Id r = pair.reference();
      Side.Id c = pair.candidate();
      differs(FactKind.PARTICIPANTS, r.pointer(), r.seq(), c.pointer(), c.seq(),
          "participant " + r.id() + ": role differs: " + r.extra() + " vs " + c.extra());
    }
    for (Side.Id r : sameMember.referenceLeft()) {
      onlyInReference(FactKind.PARTICIPANTS, r.pointer(), r.seq(), "participant " + r.id() + " as " + r.extra());
    }
    for (Side.Id c : sameMember.candidateLeft()) {
      onlyInCandidate(FactKind.PARTICIPANTS, c.pointer(), c.seq(), "participant " + c.id() + " as " + c.extra());
    }
  }

  // --- sections ----------------------------------------------------------------------------------

  private void sections() {
    Pairing<Side.Sec> exact = Pairing.of(reference.sections, candidate.sections, Side.Sec::path, Side.Sec::path);
    exact.pairs().forEach(pair -> match(FactKind.SECTIONS));
    Pairing<Side.Sec> samePlace = Pairing.of(exact.referenceLeft(), exact.candidateLeft(), Side.Sec::position, Side.Sec::position);
    for (var pair : samePlace.pairs()) {
      Side.Sec r = pair.reference();
      Side.Sec c = pair.candidate();
      String description = r.shown().equals(c.shown())
          ? "section " + r.shown() + " is under another heading"
          : "section heading differs: " + r.shown() + " vs " + c.shown();
      differs(FactKind.SECTIONS, r.pointer(), r.seq(), c.pointer(), c.seq(), description);
    }
    for (Side.Sec r : samePlace.referenceLeft()) {
      onlyInReference(FactKind.SECTIONS, r.pointer(), r.seq(), "section " + r.shown());
    }
    for (Side.Sec c : samePlace.candidateLeft()) {
      onlyInCandidate(FactKind.SECTIONS, c.pointer(), c.seq(), "section " + c.shown());
    }
  }

  // --- paragraphs --------------------------------------------------------------------------------

  /** Aligns the paragraphs, by their text first and then by their number, and reports them. */
  private void paragraphs() {
    referenceParagraphPartner = new int[reference.paragraphs.size()];
    candidateParagraphPartner = new int[candidate.paragraphs.size()];
    Arrays.fill(referenceParagraphPartner, -1);
    Arrays.fill(candidateParagraphPartner, -1);
    Pairing<Side.Para> byText = Pairing.of(reference.paragraphs, candidate.paragraphs, Side.Para::text, Side.Para::text);
    for (var pair : byText.pairs()) {
      link(pair);
      match(FactKind.PARAGRAPHS);
    }
    Function<Side.Para, Object> number = p -> p.paragraph().number();
    Pairing<Side.Para> byNumber = Pairing.of(byText.referenceLeft(), byText.candidateLeft(), number, number);
    for (var pair : byNumber.pairs()) {
      link(pair);
      Side.Para r = pair.reference();
      Side.Para c = pair.candidate();
      differs(FactKind.PARAGRAPHS, r.pointer(), r.seq(), c.pointer(), c.seq(),
          "paragraph " + r.paragraph().number() + ": text differs: " + Normal.whereDiffers(r.text(), c.text()));
    }
    for (Side.Para r : byNumber.referenceLeft()) {
      onlyInReference(FactKind.PARAGRAPHS, r.pointer(), r.seq(), "paragraph " + r.paragraph().number() + " " + Normal.quote(r.text()));
    }
    for (Side.Para c : byNumber.candidateLeft()) {
      onlyInCandidate(FactKind.PARAGRAPHS, c.pointer(), c.seq(), "paragraph " + c.paragraph().number() + " " + Normal.quote(c.text()));
    }
  }

  private void link(Pairing.Pair<Side.Para> pair) {
    referenceParagraphPartner[pair.reference().index()] = pair.candidate().index();
    candidateParagraphPartner[pair.candidate().index()] = pair.reference().index();
  }

  /**
   * The token of a paragraph: aligned paragraphs share the reference's index; a paragraph without a
   * partner has a token of its own side that nothing else has.
   */
  private int paragraph(boolean ofReference, int index) {
    if (ofReference) {
      return referenceParagraphPartner[index] < 0 ? -1 - 2 * index : index;
    }
    int partner = candidateParagraphPartner[index];
    return partner < 0 ? -2 - 2 * index : partner;
  }

  private String paragraphName(Side side, int index) {
    return "paragraph " + side.paragraphs.get(index).paragraph().number();
  }

  private void items() {
    Pairing<Side.Item> exact = Pairing.of(reference.items, candidate.items,
        r -> Arrays.asList(paragraph(true, r.paragraph()), r.text()), c -> Arrays.asList(paragraph(false, c.paragraph()), c.text()));
    exact.pairs().forEach(pair -> match(FactKind.PARAGRAPHS));
    Pairing<Side.Item> samePlace = Pairing.of(exact.referenceLeft(), exact.candidateLeft(),
        r -> Arrays.asList(paragraph(true, r.paragraph()), r.position()), c -> Arrays.asList(paragraph(false, c.paragraph()), c.position()));
    for (var pair : samePlace.pairs()) {
      Side.Item r = pair.reference();
      Side.Item c = pair.candidate();
      differs(FactKind.PARAGRAPHS, r.pointer(), r.seq(), c.pointer(), c.seq(),
          itemName(reference, r) + ": text differs: " + Normal.whereDiffers(r.text(), c.text()));
    }
    for (Side.Item r : samePlace.referenceLeft()) {
      onlyInReference(FactKind.PARAGRAPHS, r.pointer(), r.seq(), itemName(reference, r) + " " + Normal.quote(r.text()));
    }
    for (Side.Item c : samePlace.candidateLeft()) {
      onlyInCandidate(FactKind.PARAGRAPHS, c.pointer(), c.seq(), itemName(candidate, c) + " " + Normal.quote(c.text()));
    }
  }

  private String itemName(Side side, Side.Item item) {
    return "item " + item.item().label().orElse("#" + (item.position() + 1)) + " of " + paragraphName(side, item.paragraph());
  }

  // --- decisions ---------------------------------------------------------------------------------

  private void decisions() {
    Function<Side.Dec, Object> referenceKey =
        r -> Arrays.asList(paragraph(true, r.paragraph()), entities.token(true, r.decision().actor()), verb(r.decision()));
    Function<Side.Dec, Object> candidateKey =
        c -> Arrays.asList(paragraph(false, c.paragraph()), entities.token(false, c.decision().actor()), verb(c.decision()));
    Pairing<Side.Dec> exact = Pairing.of(reference.decisions, candidate.decisions, referenceKey, candidateKey);
    for (var pair : exact.pairs()) {
      match(FactKind.DECISIONS);
      Side.Dec r = pair.reference();
      Side.Dec c = pair.candidate();
      String rc = Normal.text(r.decision().clause());
      String cc = Normal.text(c.decision().clause());
      if (!rc.equals(cc)) {
        detail(FactKind.DECISIONS, r.pointer(), r.seq(), c.pointer(), c.seq(),
            decisionName(reference, r) + " (" + act(r.decision()) + "): clause differs: " + Normal.whereDiffers(rc, cc));
      }
    }
    Pairing<Side.Dec> sameVerb = Pairing.of(exact.referenceLeft(), exact.candidateLeft(),
        r -> Arrays.asList(paragraph(true, r.paragraph()), verb(r.decision())),
        c -> Arrays.asList(paragraph(false, c.paragraph()), verb(c.decision())));
    for (var pair : sameVerb.pairs()) {
      Side.Dec r = pair.reference();
      Side.Dec c = pair.candidate();
      differs(FactKind.DECISIONS, r.pointer(), r.seq(), c.pointer(), c.seq(), decisionName(reference, r) + ": actor differs: "
          + actor(r.decision().actor()) + " vs " + actor(c.decision().actor()));
    }
    Pairing<Side.Dec> sameActor = Pairing.of(sameVerb.referenceLeft(), sameVerb.candidateLeft(),
        r -> Arrays.asList(paragraph(true, r.paragraph()), entities.token(true, r.decision().actor())),
        c -> Arrays.asList(paragraph(false, c.paragraph()), entities.token(false, c.decision().actor())));
    for (var pair : sameActor.pairs()) {
      Side.Dec r = pair.reference();
      Side.Dec c = pair.candidate();
      differs(FactKind.DECISIONS, r.pointer(), r.seq(), c.pointer(), c.seq(), decisionName(reference, r) + ": verb differs: "
          + verbName(r.decision()) + " vs " + verbName(c.decision()));
    }
    for (Side.Dec r : sameActor.referenceLeft()) {
      onlyInReference(FactKind.DECISIONS, r.pointer(), r.seq(),
          decisionName(reference, r) + ": " + act(r.decision()) + " " + Normal.quote(r.decision().clause()));
    }
    for (Side.Dec c : sameActor.candidateLeft()) {
      onlyInCandidate(FactKind.DECISIONS, c.pointer(), c.seq(),
          decisionName(candidate, c) + ": " + act(c.decision()) + " " + Normal.quote(c.decision().clause()));
    }
  }

  /** The verb as a key: a verb outside the vocabulary is told apart by the words it prints. */
  private static Object verb(Decision decision) {
    if (decision.verb() != OperativeVerb.OTHER) {
      return decision.verb();
    }
    return "other " + decision.verbAsPrinted().map(v -> Normal.name(v)).orElse("");
  }

  private static String verbName(Decision decision) {
    if (decision.verb() == OperativeVerb.OTHER) {
      return decision.verbAsPrinted().map(Normal::quote).orElse("another verb");
    }
    return decision.verb().phrase();
  }

  private static String act(Decision decision) {
    return actor(decision.actor()) + " " + verbName(decision);
  }

  /** An actor in words: "meeting", "co-chairs", "body WG-D". */
  static String actor(Actor actor) {
    if (actor instanceof Actor.OfGroup g) {
      return g.group() == Actor.Group.CO_CHAIRS ? "co-chairs" : g.group().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
    if (actor instanceof Actor.OfBody b) {
      return "body " + b.body();
    }
    if (actor instanceof Actor.OfPartner p) {
      return "partner " + p.partner();
    }
    return "member " + ((Actor.OfMember) actor).member();
  }

  private String decisionName(Side side, Side.Dec decision) {
    return "decision of " + paragraphName(side, decision.paragraph());
  }

  // --- references --------------------------------------------------------------------------------

  private void references() {
    Map<Object, Side.Mention> referenceSet = mentions(reference, true);
    Map<Object, Side.Mention> candidateSet = mentions(candidate, false);
    for (var entry : referenceSet.entrySet()) {
      Side.Mention r = entry.getValue();
      if (candidateSet.remove(entry.getKey()) != null) {
        match(FactKind.REFERENCES);
      } else {
        onlyInReference(FactKind.REFERENCES, r.pointer(), r.seq(), mentionName(reference, r));
      }
    }
    for (Side.Mention c : candidateSet.values()) {
      onlyInCandidate(FactKind.REFERENCES, c.pointer(), c.seq(), mentionName(candidate, c));
    }
  }

  /** The distinct references of each paragraph, each with its first mention. */
  private Map<Object, Side.Mention> mentions(Side side, boolean ofReference) {
    Map<Object, Side.Mention> set = new LinkedHashMap<>();
    for (Side.Mention m : side.mentions) {
      set.putIfAbsent(Arrays.asList(paragraph(ofReference, m.paragraph()), m.kind(), entities.token(ofReference, m.kind(), m.id())), m);
    }
    return set;
  }

  private String mentionName(Side side, Side.Mention mention) {
    return paragraphName(side, mention.paragraph()) + " refers to " + mention.kind().noun() + " " + mention.id();
  }

  // --- commitments -------------------------------------------------------------------------------

  private void commitments() {
    Pairing<Side.Com> exact = Pairing.of(reference.commitments, candidate.commitments,
        r -> Arrays.asList(paragraph(true, r.paragraph()), owners(true, r.commitment()), due(r.commitment())),
        c -> Arrays.asList(paragraph(false, c.paragraph()), owners(false, c.commitment()), due(c.commitment())));
    for (var pair : exact.pairs()) {
      match(FactKind.COMMITMENTS);
      Side.Com r = pair.reference();
      Side.Com c = pair.candidate();
      Commitment rc = r.commitment();
      Commitment cc = c.commitment();
      if (rc.status() != cc.status()) {
        detail(FactKind.COMMITMENTS, r.pointer(), r.seq(), c.pointer(), c.seq(),
            commitmentName(reference, r) + ": status differs: " + rc.status() + " vs " + cc.status());
      }
      String rw = Normal.text(rc.what());
      String cw = Normal.text(cc.what());
      if (!rw.equals(cw)) {
        detail(FactKind.COMMITMENTS, r.pointer(), r.seq(), c.pointer(), c.seq(),
            commitmentName(reference, r) + ": what differs: " + Normal.whereDiffers(rw, cw));
      }
    }
    Pairing<Side.Com> sameOwners = Pairing.of(exact.referenceLeft(), exact.candidateLeft(),
        r -> Arrays.asList(paragraph(true, r.paragraph()), owners(true, r.commitment())),
        c -> Arrays.asList(paragraph(false, c.paragraph()), owners(false, c.commitment())));
    for (var pair : sameOwners.pairs()) {
      Side.Com r = pair.reference();
      Side.Com c = pair.candidate();
      differs(FactKind.COMMITMENTS, r.pointer(), r.seq(), c.pointer(), c.seq(), commitmentName(reference, r) + ": due differs: "
          + dueName(r.commitment()) + " vs " + dueName(c.commitment()));
    }
    Pairing<Side.Com> sameDue = Pairing.of(sameOwners.referenceLeft(), sameOwners.candidateLeft(),
        r -> Arrays.asList(paragraph(true, r.paragraph()), due(r.commitment())),
        c -> Arrays.asList(paragraph(false, c.paragraph()), due(c.commitment())));
    for (var pair : sameDue.pairs()) {
      Side.Com r = pair.reference();
      Side.Com c = pair.candidate();
      differs(FactKind.COMMITMENTS, r.pointer(), r.seq(), c.pointer(), c.seq(), "commitment of "
          + paragraphName(reference, r.paragraph()) + ": owners differ: " + ownersName(r.commitment()) + " vs " + ownersName(c.commitment()));
    }
    for (Side.Com r : sameDue.referenceLeft()) {
      onlyInReference(FactKind.COMMITMENTS, r.pointer(), r.seq(),
          commitmentName(reference, r) + ", due " + dueName(r.commitment()) + ": " + Normal.quote(r.commitment().what()));
    }
    for (Side.Com c : sameDue.candidateLeft()) {
      onlyInCandidate(FactKind.COMMITMENTS, c.pointer(), c.seq(),
          commitmentName(candidate, c) + ", due " + dueName(c.commitment()) + ": " + Normal.quote(c.commitment().what()));
    }
  }

  /** The owners as a key: the tokens of the owners and the groups, each sorted. */
  private List<Object> owners(boolean ofReference, Commitment commitment) {
    List<String> owners = new ArrayList<>(commitment.owners().size());
    for (String owner : commitment.owners()) {
      owners.add(entities.tokenOfAny(ofReference, owner));
    }
    owners.sort(null);
    List<String> groups = new ArrayList<>(commitment.ownerGroups().size());
    for (Actor.Group group : commitment.ownerGroups()) {
      groups.add(group.name());
    }
    groups.sort(null);
    return Arrays.asList(owners, groups);
  }

  private static String due(Commitment commitment) {
    return commitment.due().map(PartialDate::toString).orElse("");
  }

  private static String dueName(Commitment commitment) {
    return commitment.due().map(PartialDate::toString).orElse("none");
  }

  private static String ownersName(Commitment commitment) {
    List<String> names = new ArrayList<>(commitment.owners());
    for (Actor.Group group : commitment.ownerGroups()) {
      names.add(actor(Actor.group(group)));
    }
    return names.isEmpty() ? "none" : String.join(", ", names);
  }

  private String commitmentName(Side side, Side.Com commitment) {
    return "commitment of " + paragraphName(side, commitment.paragraph()) + " (" + ownersName(commitment.commitment()) + ")";
  }

  // --- entities ----------------------------------------------------------------------------------

  private void entities() {
    for (int i = 0; i < reference.entities.size(); i++) {
      Side.Ent r = reference.entities.get(i);
      int partner = entities.partnerOfReference(i);
      if (partner < 0) {
        onlyInReference(FactKind.ENTITIES, r.pointer(), r.seq(), r.shown());
        continue;
      }
      match(FactKind.ENTITIES);
      Side.Ent c = candidate.entities.get(partner);
      if (entities.alignedById(i) && !r.name().equals(c.name())) {
        detail(FactKind.ENTITIES, r.pointer(), r.seq(), c.pointer(), c.seq(), r.kind().noun() + " " + r.id() + ": name differs: "
            + Side.name(r.entity()).map(Normal::quote).orElse("none") + " vs " + Side.name(c.entity()).map(Normal::quote).orElse("none"));
      }
      if (r.entity() instanceof Meeting rm && c.entity() instanceof Meeting cm) {
        if (rm.kind() != cm.kind()) {
          detail(FactKind.ENTITIES, r.pointer(), r.seq(), c.pointer(), c.seq(),
              "meeting " + r.id() + ": kind differs: " + rm.kind() + " vs " + cm.kind());
        }
        if (!rm.date().equals(cm.date())) {
          detail(FactKind.ENTITIES, r.pointer(), r.seq(), c.pointer(), c.seq(), "meeting " + r.id() + ": date differs: "
              + rm.date().map(PartialDate::toString).orElse("none") + " vs " + cm.date().map(PartialDate::toString).orElse("none"));
        }
      }
    }
    for (int j = 0; j < candidate.entities.size(); j++) {
      if (entities.partnerOfCandidate(j) < 0) {
        Side.Ent c = candidate.entities.get(j);
        onlyInCandidate(FactKind.ENTITIES, c.pointer(), c.seq(), c.shown());
      }
    }
  }
}
