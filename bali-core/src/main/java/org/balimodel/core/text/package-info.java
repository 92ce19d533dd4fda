/**
 * Reading the published text of a Bali Process statement into a draft {@link
 * org.balimodel.core.model.Statement} for review.
 *
 * <p>{@link org.balimodel.core.text.StatementImporter} reads plain text or Markdown with the names
 * of a {@link org.balimodel.core.register.Register} and returns a {@link
 * org.balimodel.core.text.Draft}: the draft statement and a report of every choice a reviewer
 * should check, each with the JSON Pointer of the value in the draft and the line and column of the
 * words it came from ({@code import.*} codes of {@link org.balimodel.core.validation.IssueCode}).
 * Paragraph texts are the input's, verbatim. {@code docs/import.md} says what the reader
 * understands and what it does not, and gives its scores against hand-made encodings, measured with
 * {@link org.balimodel.core.compare.Comparison}.
 */
package org.balimodel.core.text;
