package org.balimodel.json;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.balimodel.core.model.Paragraph;
import org.balimodel.core.model.Statement;
import org.balimodel.core.register.Register;
import org.balimodel.core.text.Draft;
import org.balimodel.core.text.StatementImporter;
import org.balimodel.core.validation.IssueCode;
import org.balimodel.core.validation.StatementValidator;

/**
 * Fuzzes the text importer: whatever text it is given, it returns a well-formed report (see {@link
 * WellFormed}), never {@code import.internal}, and either a draft or an error that says why not; a
 * draft's paragraphs have text, and its validation is a well-formed report too.
 *
 * <p>Half the inputs are the fuzzer's bytes as text; the other half are built from fragments of
 * statements (mastheads, labels, bullets, verbs, names, dates, markup), so that the fuzzer reaches
 * the reader's rules rather than only its refusals. It lives beside the JSON reader's fuzz tests
 * because Jazzer is set up here; the importer itself is in bali-core.
 *
 * <p>Under {@code mvn verify} Jazzer replays the kept inputs in {@code
 * src/test/resources/org/balimodel/json/ImporterFuzzTestInputs/}; {@code JAZZER_FUZZ=1} fuzzes for
 * real, for at most {@code maxDuration}.
 */
class ImporterFuzzTest {

  private static final StatementImporter IMPORTER = StatementImporter.of(Register.baliProcess());
  private static final StatementValidator VALIDATOR = StatementValidator.create();
  private static final int MAX_ISSUES = 1000;

  private static final String[] FRAGMENTS = {
    "The Bali Process\n", "on People Smuggling, Trafficking in Persons and Related Transnational Crime\n",
    "16<sup>th</sup> Ad Hoc Group Senior Officials' Meeting\n", "6 December 2022\n", "Bali, Indonesia, 4-5 March 2014\n",
    "### Co-Chairs' Statement\n", "Joint Statement by the Foreign Ministers\n", "#### **Opening**\n", "## I. Decisions\n",
    "\n\n", "\n", " ", ", ", ". ", ": ", "; ", "1. ", "12) ", "(a) ", "• ", "- ", "* ", "**", "_", "[...]", "[This excerpt reproduces paragraphs 4 to 9.]",
    "The meeting ", "Members of the AHG ", "Senior officials ", "The Co-Chairs ", "They ", "We, the Ministers, ", "Some participants ",
    "The RSO ", "UNHCR ", "ASEAN ", "Noting the anniversary, ", "In particular, senior officials:", "As agreed by all participants, ",
    "welcomed ", "noted with appreciation ", "took note of ", "was briefed on ", "commending ", "and acknowledged ", "agreed to ",
    "encouraged members to ", "looked forward to ", "was established by senior officials ", "which expressed concern ",
    "the report from the WG-TIP", "the WG-TIPs intention to research ", "plans by the WG-D to initiate ", "the proposed forward workplan",
    "Priorities Two, Six and Seven", "the 2018 Strategy for Cooperation", "the 8th Bali Process Ministerial Conference",
    "the Annual Meeting of the WG-D held in Bangkok in October 2022", "the next meeting of the Ad Hoc Group", "in 2023",
    "the Smuggling of Migrant's Protocol", "Joint Periods of Action in 2018 and 2019", "its Regional Webinar on the use of Technology",
    "The meeting was attended by representatives of: Australia, Indonesia, Viet Nam, IOM and UNHCR.",
    "Canada and Norway attended as observers.", "co-chaired by Indonesia and Australia", "in hybrid format",
  };

  @FuzzTest(maxDuration = "50s")
  void noTextMakesTheImporterThrowOrReportBadly(FuzzedDataProvider data) {
    String text;
    if (data.consumeBoolean()) {
      StringBuilder composed = new StringBuilder();
      int pieces = data.consumeInt(0, 300);
      for (int i = 0; i < pieces && data.remainingBytes() > 0; i++) {
        composed.append(data.consumeBoolean() ? FRAGMENTS[data.consumeInt(0, FRAGMENTS.length - 1)] : data.consumeString(12));
      }
      text = composed.toString();
    } else {
      text = data.consumeRemainingAsString();
    }
    Draft draft = IMPORTER.read(text);
    WellFormed.report(draft.report(), MAX_ISSUES);
    assertFalse(draft.report().issues().stream().anyMatch(i -> i.code().equals(IssueCode.IMPORT_INTERNAL.code())),
        draft.report()::toString);
    if (draft.statement().isEmpty()) {
      assertFalse(draft.report().errors().isEmpty(), draft.report()::toString);
      return;
    }
    Statement statement = draft.statement().get();
    for (Paragraph paragraph : statement.paragraphs()) {
      assertFalse(paragraph.text().isBlank(), paragraph::toString);
    }
    WellFormed.report(VALIDATOR.validate(statement), StatementValidator.DEFAULT_MAX_ISSUES);
  }
}
