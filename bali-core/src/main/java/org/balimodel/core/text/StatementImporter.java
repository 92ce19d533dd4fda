package org.balimodel.core.text;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.balimodel.core.register.Register;
import org.balimodel.core.validation.IssueCode;
import org.balimodel.core.validation.Location;
import org.balimodel.core.validation.Report;

/**
 * Reads the published text of a Bali Process statement, plain or Markdown, into a draft {@link
 * org.balimodel.core.model.Statement} for a person to review.
 *
 * <p>It works like an event coder over the register: it splits the masthead, headings, paragraphs,
 * items and sentences; finds each operative verb in any form with its actor; links names, acronyms
 * and aliases to the register and makes the draft's own entities (meetings, documents, partners,
 * initiatives) for the rest; reads dates with their precision; and reads "the intention of X to do
 * Y in 2023" as a commitment. Paragraph texts are the input's, verbatim, with line breaks joined and
 * markup removed. Every choice it is unsure of is an issue of the draft's report ({@code import.*}
 * codes, with a JSON Pointer into the draft and the line and column of the text). {@code
 * docs/import.md} says what it understands, what it does not, and how well it does.
 *
 * <p>An importer is immutable and thread-safe; one may serve any number of reads.
 *
 * <pre>{@code
 * Draft draft = StatementImporter.of(Register.baliProcess()).read(text);
 * draft.report().issues().forEach(System.out::println);
 * draft.statement().ifPresent(statement -> ...);
 * }</pre>
 */
public final class StatementImporter {

  /**
   * The longest text read, in characters, by default: 1,000,000. The longest published statements
   * (ministerial declarations with their attachments) are under 100,000 characters, so ten times
   * that leaves room and still bounds the time and memory of one read.
   */
  public static final int DEFAULT_MAX_CHARACTERS = 1_000_000;

  private final Register register;
  private final Names names;
  private final int maxCharacters;

  private StatementImporter(Register register, Names names, int maxCharacters) {
    this.register = register;
    this.names = names;
    this.maxCharacters = maxCharacters;
  }

  /** A reader that links names to the entities of {@code register}. */
  public static StatementImporter of(Register register) {
    Objects.requireNonNull(register, "register");
    return new StatementImporter(register, new Names(register), DEFAULT_MAX_CHARACTERS);
  }

  /** The same reader with another limit on the length of the text, in characters. */
  public StatementImporter withMaxCharacters(int maxCharacters) {
    if (maxCharacters < 1) {
      throw new IllegalArgumentException("maxCharacters must be positive: " + maxCharacters);
    }
    return new StatementImporter(register, names, maxCharacters);
  }

  /**
   * Reads the text of a statement. Never throws for any text: a text it cannot read as a statement
   * gives a draft with no statement and a report that says why.
   */
  public Draft read(CharSequence text) {
    Objects.requireNonNull(text, "text");
    if (text.length() > maxCharacters) {
      return refused(IssueCode.IMPORT_LIMIT_SIZE, null,
          "the text has " + text.length() + " characters, more than the limit of " + maxCharacters);
    }
    int binary = Input.firstBinary(text);
    if (binary >= 0) {
      Input input = new Input(text.toString());
      return refused(IssueCode.IMPORT_NOT_TEXT, input.locate(binary),
          String.format("U+%04X at this place is no character of a statement's text: the input is binary, or not UTF-8",
              (int) text.charAt(binary)));
    }
    try {
      return new Reading(register, names, new Input(Input.normalise(text))).read();
    } catch (RuntimeException | StackOverflowError e) {
      // A fault of the reader must not become the caller's: it is reported, with what failed.
      return refused(IssueCode.IMPORT_INTERNAL, null, "the reader failed on this text (" + e + "); please report it");
    }
  }

  private static Draft refused(IssueCode code, Location location, String message) {
    return new Draft(Optional.empty(), new Report(List.of(
        code.issue("", Optional.ofNullable(location), message))));
  }
}
