package org.balimodel.core.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.Set;
import org.balimodel.core.model.Paragraph;
import org.balimodel.core.model.SubItem;
import org.balimodel.core.register.Register;
import org.balimodel.core.validation.Issue;
import org.balimodel.core.validation.IssueCode;
import org.balimodel.core.validation.Severity;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Properties of the importer over arbitrary texts (QuickTheories inside JUnit 5): texts of any
 * characters, and texts put together from the pieces statements are made of, in any order.
 */
class ArbitraryTextPropertiesTest {
  private static final StatementImporter IMPORTER = StatementImporter.of(Register.baliProcess());
  private static final Set<String> REFUSALS = Set.of(IssueCode.IMPORT_LIMIT_SIZE.code(), IssueCode.IMPORT_NOT_TEXT.code(),
      IssueCode.IMPORT_NO_STATEMENT.code());

  /** Pieces of statements, of their layout and markup, and of what a reader's patterns look for. */
  private static final List<String> FRAGMENTS = List.of("The meeting welcomed", "Members noted", "Senior officials",
      "The Co-Chairs", "Some participants", "The RSO", "the WG-TIP", "WG-D", "TEG-RR", "the Ad Hoc Group", "Noting", "and",
      "1.", "2)", "(a)", "(iv)", "I.", "A.", "•", "–", "-", "*", "**", "_", "#", "##", "######", "---", "===", ">", "\\", "[", "](",
      ")", "<sup>th</sup>", "&amp;", "16th", "Sixth", "6 December 2022", "February 2023", "2023", "5–6 December", "99 December 99999",
      "Priorities One, Two and Seven", "the intention of the WG-D to hold", "in Bali, Indonesia", "was attended by", "Australia",
      "IOM", "as observers", "Co-Chairs' Statement", "Excerpt", "[...]", "Attachment A", "Mr.", "e.g.", ".", ",", ";", ":", "\u00A0",
      " ", "  ", "\t", "\n", "\n\n", "\r\n", "\f", "\u2028", "\uFEFF", "\uD83D\uDE00");

  @Test
  void readingAnyStringNeverFailsAndADraftHasNoBlankParagraph() {
    qt().withFixedSeed(20221206L).withExamples(1500).forAll(SourceDSL.strings().allPossible().ofLengthBetween(0, 200))
        .checkAssert(ArbitraryTextPropertiesTest::assertReads);
  }

  @Test
  void readingAnyArrangementOfStatementFragmentsNeverFailsAndADraftHasNoBlankParagraph() {
    qt().withFixedSeed(20221206L).withExamples(1500).forAll(arrangements()).checkAssert(ArbitraryTextPropertiesTest::assertReads);
  }

  private static Gen<String> arrangements() {
    Gen<String> fragment = SourceDSL.integers().between(0, FRAGMENTS.size() - 1).map(FRAGMENTS::get);
    Gen<String> any = SourceDSL.strings().basicLatinAlphabet().ofLengthBetween(0, 6);
    Gen<String> piece = SourceDSL.integers().between(0, 9).zip(fragment, any, (choice, f, a) -> choice < 8 ? f : a);
    Gen<String> separator = SourceDSL.integers().between(0, 5).map(n -> n < 3 ? " " : n == 3 ? "\n" : n == 4 ? "\n\n" : "");
    return SourceDSL.lists().of(piece.zip(separator, String::concat)).ofSizeBetween(0, 80).map(pieces -> String.join("", pieces));
  }

  private static void assertReads(String text) {
    Draft draft = IMPORTER.read(text);
    for (Issue issue : draft.report().issues()) {
      // The importer reports a fault of its own rather than throw it: for the property that is still a failure.
      assertFalse(issue.message().contains("the reader failed"), () -> issue + " for " + quoted(text));
    }
    if (draft.statement().isEmpty()) {
      assertTrue(draft.report().issues().stream().anyMatch(i -> i.severity() == Severity.ERROR && REFUSALS.contains(i.code())),
          () -> "no draft and no import error for " + quoted(text) + ": " + draft.report());
      return;
    }
    for (Paragraph paragraph : draft.statement().get().paragraphs()) {
      assertFalse(paragraph.text().isBlank(), () -> "blank paragraph " + paragraph.number() + " of " + quoted(text));
      for (SubItem item : paragraph.items()) {
        assertFalse(item.text().isBlank(), () -> "blank item of paragraph " + paragraph.number() + " of " + quoted(text));
      }
    }
  }

  private static String quoted(String text) {
    StringBuilder out = new StringBuilder("\"");
    text.codePoints().forEach(c -> out.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' ? Character.toString(c) : String.format("\\u%04X", c)));
    return out.append('"').toString();
  }
}
