package org.balimodel.core.validation;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Keeps the validation library quiet: a library prints nothing its caller did not ask for. */
final class Quiet {
  private Quiet() {}

  /**
   * The logger Hibernate Validator announces its version with ({@code HV000001}, at INFO) when
   * its first factory is built. Held here because JUL keeps loggers only weakly: a level set on a
   * logger nobody references is forgotten.
   */
  private static final Logger VERSION = Logger.getLogger("org.hibernate.validator.internal.util.Version");

  /**
   * Raises the version logger to WARNING, unless the application configured it itself. It only
   * works where Hibernate Validator logs through JUL (its default without SLF4J or Log4j on the
   * path); an application with another backend configures that logger there.
   */
  static void hibernateValidatorVersionNotice() {
    if (VERSION.getLevel() == null) {
      VERSION.setLevel(Level.WARNING);
    }
  }
}
