/**
 * The comparison of two statements fact by fact, to review an importer's draft against a
 * hand-made encoding and to measure the importer.
 *
 * <p>{@link org.balimodel.core.compare.Comparison#between} takes a reference statement and a
 * candidate and returns every {@link org.balimodel.core.compare.Difference} (what only one side
 * has, or what differs, with a JSON Pointer into each side) and a {@link
 * org.balimodel.core.compare.Score} (precision, recall, F1) for each {@link
 * org.balimodel.core.compare.FactKind}. Which facts are counted, how paragraphs and entities are
 * aligned, and how the scores treat differences are set out in {@link
 * org.balimodel.core.compare.Comparison}.
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
