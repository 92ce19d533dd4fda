package org.balimodel.core.text;

import java.util.Optional;

/**
 * One block of the text's layout: a heading, a paragraph, or a bullet or lettered item, with its
 * printed label kept apart from its text.
 *
 * @param kind what the block is
 * @param level for a heading, how deep it is (smaller is higher); 0 otherwise
 * @param label the label as printed ("12.", "(a)", "I.", "•"), when there is one
 * @param text the block's words with line breaks joined and markup removed
 * @param offset where the block's text starts in the input
 * @param lines how many lines of the input the block spans
 * @param raw the block as the input has it, with its line breaks and markup
 */
record Block(Kind kind, int level, Optional<String> label, String text, int offset, int lines, String raw) {

  enum Kind {
    HEADING,
    PARAGRAPH,
    ITEM
  }

  boolean isHeading() {
    return kind == Kind.HEADING;
  }

  Block as(Kind kind, int level) {
    return new Block(kind, level, label, text, offset, lines, raw);
  }
}
