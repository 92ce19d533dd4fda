package org.balimodel.core.compare;

/**
 * A kind of fact that a statement records, as {@link Comparison} counts them: the facts of the
 * meeting, its participants, the sections and paragraphs of the text, the decisions drawn from the
 * paragraphs with their references and commitments, and the statement's own entities.
 *
 * <p>The constants are in reading order of a statement; {@link Comparison#scores()} lists them in
 * this order. What one fact of each kind is, and when two facts match, is set out in {@link
 * Comparison}.
 */
public enum FactKind {
  /** One value of the statement or of its meeting: kind, title, date, place, each convener and co-chair … */
  MEETING,
  /** One participant of the meeting in its role. */
  PARTICIPANTS,
  /** One section or subsection, by its path of headings. */
  SECTIONS,
  /** One paragraph (preamble included) or one bullet or lettered item of a paragraph, by its text. */
  PARAGRAPHS,
  /** One decision: its paragraph, actor and operative verb. */
  DECISIONS,
  /** One entity that a paragraph's decisions or commitments refer to, by kind of entity. */
  REFERENCES,
  /** One commitment: its paragraph, owners and due date. */
  COMMITMENTS,
  /** One entity the statement defines for itself: a meeting, an instrument, a partner … */
  ENTITIES
}
