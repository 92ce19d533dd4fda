/**
 * The comparison of two statements fact by fact, to review an importer's draft against a
 * hand-made encoding and to measure the importer.
 *
 * <p>{@link org.balimodel.core.compare.Comparison#between} takes a reference statement and a
 * candidate and returns every {@link org.balimodel.core.compare.Difference} (what only one side
 * has, or what differs, with a JSON Pointer into each side) and a {@link
 * org.balimodel.core.compare.Score} (precision, recall, F1) for each {@link
 * org.balimodel.core.compare.FactKind}. It serves two uses: a reviewer reads the differences of
 * an importer's draft with pointers into both documents, and a measurement of the importer adds up
 * the scores over a corpus of hand-encoded statements ({@link
 * org.balimodel.core.compare.Score#plus}).
 *
 * <p>In brief (the rules in full are in {@link org.balimodel.core.compare.Comparison}):
 *
 * <ul>
 *   <li><b>Facts.</b> The meeting's values (kind, title, dates, place, format, level, conveners,
 *       co-chairs); participants by member and role; sections by heading path; paragraphs and
 *       items by text; decisions by paragraph, actor and verb; references by paragraph, kind and
 *       identifier; commitments by paragraph, owners and due date; the statement's own entities.
 *   <li><b>Alignment.</b> Paragraphs align by normalised text, then by number. The candidate's
 *       own entities align with the reference's by identifier, then by name, then (meetings) by
 *       date and a common convener, then by what they are (kind and convener or issuer) and by
 *       their sort when that is unique on each side; identifiers of aligned entities then compare as one, so a
 *       draft's invented identifiers cost nothing.
 *   <li><b>Scores.</b> Facts pair as multisets by their key. A pair found only by a looser key (a
 *       decision with another actor, a paragraph with another text) is a {@code DIFFERS} and
 *       counts against both precision and recall; a matched fact that differs in a detail (a
 *       clause, a commitment's status) is reported and not counted. With nothing on either side a
 *       score is 1.0; a ratio over nothing otherwise is 0.0.
 * </ul>
 *
 * <pre>{@code
 * Comparison comparison = Comparison.between(handMade, draft);
 * double decisionsF1 = comparison.score(FactKind.DECISIONS).f1();
 * for (Difference difference : comparison.differences()) {
 *   System.out.println(difference);   // DECISIONS DIFFERS /sections/2/paragraphs/0/decisions/1 ...
 * }
 * }</pre>
 */
package org.balimodel.core.compare;
