package org.balimodel.examples.cli;

import java.io.InputStream;
import java.io.PrintStream;

/**
 * Where one run of the {@code bali} command reads and writes: standard input (for the operand
 * {@code -}), the report on standard output, and diagnostics on standard error. Every diagnostic
 * of every subcommand is worded here, so that the same error reads the same in each.
 */
final class Console {

  private final InputStream in;
  private final PrintStream out;
  private final PrintStream err;

  Console(InputStream in, PrintStream out, PrintStream err) {
    this.in = in;
    this.out = out;
    this.err = err;
  }

  InputStream in() {
    return in;
  }

  PrintStream out() {
    return out;
  }

  PrintStream err() {
    return err;
  }

  /**
   * A command line bali cannot run: {@code bali COMMAND: message}, then how to get help.
   *
   * @param command the subcommand, or empty for the top command
   */
  int usageError(String command, String message) {
    String prefix = command.isEmpty() ? "bali" : "bali " + command;
    err.println(prefix + ": " + oneLine(message));
    err.println("Try '" + prefix + " --help'.");
    return Bali.USAGE;
  }

  /** An input that cannot be read: {@code bali COMMAND: NAME: reason}. */
  void unreadable(String command, String name, String reason) {
    err.println("bali " + command + ": " + name + ": " + oneLine(reason));
  }

  /** A defect of bali, not of the input: one line, never a stack trace. */
  int internalError(Throwable e) {
    err.println("bali: internal error: " + e.getClass().getSimpleName() + describe(e));
    return Bali.INTERNAL;
  }

  /** Messages may quote user text; keep each diagnostic and each issue on its one line. */
  static String oneLine(String message) {
    return message.replaceAll("[\\r\\n\\t]+", " ");
  }

  static String quote(String value) {
    return "'" + oneLine(value) + "'";
  }

  static String describe(Throwable e) {
    return e.getMessage() == null ? "" : ": " + oneLine(e.getMessage());
  }
}
