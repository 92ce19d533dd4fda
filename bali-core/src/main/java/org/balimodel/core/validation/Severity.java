package org.balimodel.core.validation;

/** How serious an {@link Issue} is. */
public enum Severity {
  /** The data is wrong: a statement with an error is not valid. */
  ERROR,
  /** The data is doubtful but usable: a statement with only warnings is valid. */
  WARNING,
  /** Worth knowing, nothing wrong: a name that differs from the official one, for instance. */
  INFO
}
