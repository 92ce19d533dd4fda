package org.balimodel.core.text;

import java.util.Objects;
import org.balimodel.core.register.Register;

/**
 * Reads the published text of a Bali Process statement, plain or Markdown, into a draft {@link
 * org.balimodel.core.model.Statement} for review.
 *
 * <p>Placeholder of the API while the reader is written; see {@code docs/import.md}.
 */
public final class StatementImporter {

  /**
   * The longest text read, in characters, by default: 1,000,000. The longest published statements
   * (ministerial declarations with their attachments) are under 100,000 characters, so ten times
   * that leaves room and still bounds the time and memory of one read.
   */
  public static final int DEFAULT_MAX_CHARACTERS = 1_000_000;

  private final Register register;
  private final int maxCharacters;

  private StatementImporter(Register register, int maxCharacters) {
    this.register = Objects.requireNonNull(register, "register");
    this.maxCharacters = maxCharacters;
  }

  /** A reader that links names to the entities of {@code register}. */
  public static StatementImporter of(Register register) {
    return new StatementImporter(register, DEFAULT_MAX_CHARACTERS);
  }

  /** The same reader with another limit on the length of the text. */
  public StatementImporter withMaxCharacters(int maxCharacters) {
    if (maxCharacters < 1) {
      throw new IllegalArgumentException("maxCharacters must be positive: " + maxCharacters);
    }
    return new StatementImporter(register, maxCharacters);
  }

  /** Reads the text of a statement; never throws for any text. */
  public Draft read(CharSequence text) {
    throw new UnsupportedOperationException("being written");
  }
}
