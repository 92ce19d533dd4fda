package org.balimodel.core.validation;

/**
 * A position in a source text, for issues found in a document that was read from text.
 *
 * @param line the line, from 1
 * @param column the column, from 1
 */
public record Location(int line, int column) {
  /** Checks both are at least 1. */
  public Location {
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column start at 1: " + line + ":" + column);
    }
  }

  @Override
  public String toString() {
    return line + ":" + column;
  }
}
