package org.balimodel.core.compare;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.balimodel.core.model.Statement;

/**
 * A comparison of two statements fact by fact: a reference (a hand-made encoding) and a candidate
 * (a draft that a text importer produced, or another encoding), with every fact that only one side
 * has or that differs, and the candidate's precision, recall and F1 for each {@link FactKind}.
 *
 * <p>{@code Comparison.between(reference, candidate)} never throws for two statements (it requires
 * both), whatever they hold (empty sections, excerpts, preambles, sub-items, repeated identifiers, dangling
 * references); it runs in time about linear in the size of the statements, with hash maps.
 *
 * <h2>Facts</h2>
 *
 * <p>Each kind of fact, and what makes two facts one (their key):
 *
 * <ul>
 *   <li>{@link FactKind#MEETING}: each value of the statement and its meeting: the statement's
 *       kind, title and date; the meeting's kind, name, ordinal, date, end date, city, country,
 *       format and level; and each convening body and each co-chair, by identifier. A value the
 *       two sides both have and that differs is one {@link Change#DIFFERS}; a convener or co-chair
 *       that one side lacks is only on the other side. Titles, names and
 *       cities compare as normalised text (below); dates compare exactly, precision included
 *       ({@code 2022-12} is not {@code 2022-12-06}).
 *   <li>{@link FactKind#PARTICIPANTS}: each participant by (member, role). A participant both
 *       sides list in another role is one {@code DIFFERS}.
 *   <li>{@link FactKind#SECTIONS}: each section and subsection by its heading path: the label and
 *       heading of it and of every section above it, as normalised text. A section whose path
 *       differs from the section at the same position of the other side ({@code /sections/1},
 *       {@code /sections/1/subsections/0}) is one {@code DIFFERS}; so a changed heading also
 *       unmatches the sections below it. A section without label or heading is a fact too.
 *   <li>{@link FactKind#PARAGRAPHS}: each paragraph (the preamble's included) by its text, and each
 *       bullet or lettered item by its paragraph and its text. Paragraphs are aligned by normalised
 *       text first (the i-th paragraph of a text with the i-th of the same text), then the rest by
 *       number; a pair aligned by number is one {@code DIFFERS} ("text differs"), and the
 *       description shows where the texts part. Items of aligned paragraphs pair by text, then by
 *       position. Numbers and labels are not facts: a paragraph aligned by its text matches
 *       whatever its number.
 *   <li>{@link FactKind#DECISIONS}: each decision by (aligned paragraph, actor, verb), as a
 *       multiset: two like decisions of one paragraph are two facts. A decision of a sub-item
 *       belongs to its paragraph. A verb outside the vocabulary ({@code OTHER}) is told apart by
 *       its printed words. Of the decisions left unmatched, one with the same paragraph and verb
 *       but another actor is one {@code DIFFERS} ("actor differs: meeting vs members"); then one
 *       with the same paragraph and actor but another verb ("verb differs: noted vs welcomed").
 *   <li>{@link FactKind#REFERENCES}: for each aligned paragraph, the set of (kind of entity,
 *       identifier) that its decisions and their commitments refer to ({@code refersTo}); a
 *       reference repeated within one paragraph is one fact.
 *   <li>{@link FactKind#COMMITMENTS}: each commitment by (aligned paragraph, owners, owner groups,
 *       due date), as a multiset; the order of owners and of groups does not count. Of those left, one with
 *       the same paragraph and owners is one {@code DIFFERS} ("due differs"), then one with the same
 *       paragraph and due date ("owners differ").
 *   <li>{@link FactKind#ENTITIES}: each entity the statement defines for itself ({@link
 *       Statement#entities()}: members, bodies, meetings, frameworks, instruments, partners,
 *       initiatives), by alignment (below). The register's entities are not facts of a statement.
 * </ul>
 *
 * <p>Identifiers of members, bodies, partners, frameworks and the other entities of the register
 * ({@code WG-D}, {@code IDN}, {@code soc-2018-priority-2}) match by identifier; priorities always
 * do. The statement's own identifiers, in a participant, a co-chair, a convener, an actor, an owner
 * or a reference, match through the alignment of entities.
 *
 * <h2>Alignment of entities</h2>
 *
 * <p>The candidate's own entities are aligned one to one with the reference's, in five passes:
 * same kind and same identifier; else same kind and same name or title, folded as names are
 * (below); else, for meetings, the same date and at least one convening body in common, nearest in
 * position first; else the same description, when it is the only one of its side still unaligned
 * (a meeting's kind and convening bodies, an instrument's kind and issuer, an initiative's leads
 * and date: "the report from the WG-TIP" is one report whatever either side titles it); else, on
 * the same terms, the same sort (a meeting's or an instrument's kind). Wherever either statement refers to an aligned entity it stands for the pair, so
 * a candidate that calls the WG-D's 2022 annual meeting {@code meeting-3} where the reference
 * calls it {@code wg-d-annual-meeting-2022} has the same references, commitments and decisions. An
 * identifier that differs within an aligned pair is not a difference; an entity left without a
 * partner is one fact only its side has. Any other identifier compares as itself: a reference to
 * an entity that one side defines and the other does not still matches a reference with the same
 * identifier.
 *
 * <h2>Matches, differences and details</h2>
 *
 * <p>The facts of a kind are paired as multisets by their key (the i-th fact of a key with the i-th
 * of the other side), so the comparison reads the same from either side. A pair with the same key
 * is a match. The facts left are paired by the looser keys named above; each such pair is one
 * {@code DIFFERS} with a pointer into each side, and counts as one fact only in the reference and
 * one only in the candidate. What is left after that is {@link Change#ONLY_IN_REFERENCE} or
 * {@link Change#ONLY_IN_CANDIDATE}.
 *
 * <p>A matched fact may still differ in a detail outside its key; each such detail is a {@code
 * DIFFERS} that leaves the scores alone, since the scores measure the facts an importer finds: a
 * decision's clause (as normalised text); a commitment's status and what it commits to; an entity
 * aligned by identifier whose name or title differs; an aligned meeting's kind and date. Its
 * description names the detail ("clause differs", "status differs"). Participants' capacities,
 * verbs as printed (beyond telling {@code OTHER} verbs apart), the capacities and {@code madeAt} of
 * decisions, a commitment's {@code fulfilledBy}, related meetings, identifiers, numbers and labels,
 * the masthead, source, issuer, excerpt, name variants and attachments are not compared.
 *
 * <h2>Normalised text</h2>
 *
 * <p>Texts (paragraphs, items, headings, titles, clauses) compare after Unicode compatibility
 * folding (NFKC), with typographic quotes, apostrophes and dashes folded to {@code ' " -}, soft
 * hyphens and zero-width characters dropped, and white space collapsed and trimmed; case counts.
 * Names of entities are folded further: lower case, apostrophes dropped, other punctuation read as
 * space ("The Smuggling of Migrant's Protocol" is "the smuggling of migrants protocol").
 *
 * <h2>Scores</h2>
 *
 * <p>For each kind, {@link Score} counts the matched facts and those only in either side (see
 * above for {@code DIFFERS}): precision is {@code matched / (matched + onlyInCandidate)}, recall
 * {@code matched / (matched + onlyInReference)}, F1 their harmonic mean. When neither side has a
 * fact of a kind, all three are 1.0; otherwise a ratio over nothing is 0.0. Swapping the sides
 * swaps {@code onlyInReference} and {@code onlyInCandidate} and keeps {@code matched}.
 *
 * <h2>Order of the differences</h2>
 *
 * <p>{@link #differences()} lists the differences that have a reference pointer in the reference's
 * reading order (the meeting's values, its participants, then the preamble and the sections depth
 * first, each section's heading before its paragraphs and each paragraph before its items,
 * decisions, references and commitments, then the entities), then those only in the candidate in
 * the candidate's reading order.
 */
public final class Comparison {

  private final List<Difference> differences;
  private final Map<FactKind, Score> scores;

  Comparison(List<Difference> differences, Map<FactKind, Score> scores) {
    this.differences = List.copyOf(differences);
    this.scores = Collections.unmodifiableMap(new EnumMap<>(scores));
  }

  /**
   * Compares a candidate statement with a reference statement.
   *
   * @param reference the statement taken as right, such as a hand-made encoding
   * @param candidate the statement measured against it, such as an importer's draft
   * @return the comparison
   */
  public static Comparison between(Statement reference, Statement candidate) {
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(candidate, "candidate");
    return Comparer.compare(reference, candidate);
  }

  /** Every difference, in reading order of the reference, then those only in the candidate. */
  public List<Difference> differences() {
    return differences;
  }

  /** The differences of one kind of fact, in the order of {@link #differences()}. */
  public List<Difference> differences(FactKind kind) {
    return differences.stream().filter(d -> d.kind() == kind).toList();
  }

  /** The score of every kind of fact, in the order of {@link FactKind}; every kind is present. */
  public Map<FactKind, Score> scores() {
    return scores;
  }

  /** The score of one kind of fact. */
  public Score score(FactKind kind) {
    return scores.get(Objects.requireNonNull(kind, "kind"));
  }

  /**
   * Whether the two statements have the same facts with no difference at all, details included.
   * Values that are not facts (identifiers, numbers, labels, the masthead, the source …) may still
   * differ.
   */
  public boolean identical() {
    return differences.isEmpty();
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("Comparison");
    scores.forEach((kind, score) -> out.append(' ').append(kind).append(' ').append(score.matched()).append('/')
        .append(score.onlyInReference()).append('/').append(score.onlyInCandidate()));
    return out.append(", ").append(differences.size()).append(" differences").toString();
  }
}
