package org.balimodel.examples.cli;

/**
 * The help of the {@code bali} command and of each subcommand, written by hand so that each reads
 * as a page of a manual in 80 columns; picocli prints them in place of its generated usage.
 */
final class HelpText {

  private HelpText() {}

  static final String BALI =
      """
      Usage: bali COMMAND [OPTIONS] [ARGUMENTS]

      Summarise, validate and render statements of the Bali Process on People
      Smuggling, Trafficking in Persons and Related Transnational Crime, stored as
      bali JSON documents (formatVersion 1).

      Commands:
        summary [FILE]                     the facts of a statement on one page;
                                           without FILE, the bundled seed statement
        validate [--json] [--lenient] FILE|DIR...
                                           check documents, one line per issue
        render [FILE]                      the statement's text as Markdown
        help [COMMAND]                     this text, or a command's

      FILE may be - for standard input.

      Options:
        -h, --help                         show help (also after a command)
        -V, --version                      show the version of bali

      Exit status: 0 valid (warnings allowed), 1 an error in any statement,
      2 usage or I/O error, 3 internal error.

      The bundled seed is the Co-Chairs' Statement of the 16th Ad Hoc Group Senior
      Officials' Meeting (Bali, 6 December 2022).
      """;

  static final String SUMMARY =
      """
      Usage: bali summary [FILE]

      Prints the facts of a statement, readable in 80 columns: the meeting (kind,
      ordinal, date, place, format), its co-chairs and participants (states and
      organisations), the decisions grouped by force and operative verb, the
      commitments with owners and target dates, the priorities referenced, and the
      validation result. Names come from the canonical register of the Bali
      Process; identifiers it does not hold are printed as they are.

      Without FILE, summarises the bundled seed statement (the 16th AHG SOM,
      6 December 2022); with -, the statement on standard input.

      Exit status: 0 valid, 1 the statement has errors (or cannot be read as a
      statement; its issues go to standard error), 2 usage or I/O error,
      3 internal error.
      """;

  static final String VALIDATE =
      """
      Usage: bali validate [--json] [--lenient] FILE|DIR...

      Reads each statement document, checks it against the JSON format, the
      constraints of the model and the rules of the Bali Process, and prints one
      line per issue:

        FILE:LINE:COLUMN: SEVERITY CODE POINTER message

      then a one-line total. SEVERITY is ERROR, WARNING or INFO; CODE is a stable
      code such as reference.unresolved; POINTER is the JSON Pointer of the value
      ("/" for the whole document). A directory stands for every *.json file in
      it and its subdirectories, in name order; an entry that cannot be read is
      reported and the others are still validated. - reads standard input.

      Options:
        --json       print one machine-readable JSON report instead
        --lenient    report unknown properties as warnings, not errors
        -h, --help   show this text

      Exit status: 0 every file valid (warnings allowed), 1 any file has an
      error, 2 usage error or a file that cannot be read, 3 internal error.
      """;

  static final String RENDER =
      """
      Usage: bali render [FILE]

      Prints the statement's masthead, title, headings and paragraphs as Markdown,
      verbatim, in reading order. Without FILE, renders the bundled seed statement;
      with -, the statement on standard input.

      Exit status: 0 rendered, 1 the document cannot be read as a statement (its
      issues go to standard error), 2 usage or I/O error, 3 internal error.
      """;
}
