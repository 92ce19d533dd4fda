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

      Summarise, validate, render, import and compare statements of the Bali
      Process on People Smuggling, Trafficking in Persons and Related Transnational
      Crime, stored as bali JSON documents (formatVersion 2).

      Commands:
        summary [FILE]                     the facts of a statement on one page;
                                           without FILE, the bundled seed statement
        validate [--json] [--lenient] FILE|DIR...
                                           check documents, one line per issue
        render [FILE]                      the statement's text as Markdown
        import [FILE] [-o OUT] [--json]    a draft document from a statement's
                                           published text (.txt, .md or .pdf)
        diff [--score] [--json] A B        the facts in which two statements differ
        help [COMMAND]                     this text, or a command's

      FILE may be - for standard input.

      Options:
        -h, --help                         show help (also after a command)
        -V, --version                      show the version of bali

      Exit status: 0 valid (warnings allowed), 1 an error in any statement,
      2 usage or I/O error, 3 internal error. diff: 0 the same, 1 different.

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

  static final String IMPORT =
      """
      Usage: bali import [FILE] [-o OUT] [--json]

      Reads the published text of a statement -- plain text or Markdown in UTF-8,
      or a PDF with a text layer -- into a draft statement document for a person
      to review, and writes the draft as JSON to standard output or OUT. A file
      whose first kilobyte holds %PDF- is read as a PDF, whatever its name; any
      other file is text. Without FILE, imports the bundled seed statement's text;
      with -, the text on standard input.

      What the reviewer should check goes to standard error, as validate prints
      it: the importer's issues (with the LINE:COLUMN of the text), then the
      validation of the draft, then the total.

        FILE:LINE:COLUMN: SEVERITY CODE POINTER message

      Refused, with one line on standard error and status 2: a missing or empty
      file, text that is not UTF-8 or holds NUL bytes, text over 3.8 MB, a PDF over
      20 MB or 500 pages, a *.pdf that is not a PDF, an encrypted, damaged or
      scanned PDF (no text layer: run OCR first), and extraction over 30 seconds.

      Options:
        -o, --output OUT   write the draft to OUT instead of standard output
        --json             print the report as one JSON object, as validate --json
        -h, --help         show this text

      Exit status: 0 a draft without errors (warnings allowed), 1 a draft with
      errors or no draft, 2 usage error or an input that cannot be read,
      3 internal error.
      """;

  static final String DIFF =
      """
      Usage: bali diff [--score] [--json] A B

      Compares two statement documents fact by fact -- meeting, participants,
      sections, paragraphs, decisions, references, commitments, entities -- with
      A as the reference (for instance the statement as encoded by hand) and B as
      the candidate (for instance a draft of bali import). Prints one line per
      difference, then the total, or "no differences":

        KIND  CHANGE  POINTER-IN-A  POINTER-IN-B  description

      CHANGE is differs, only-in-A or only-in-B; a pointer is - where the fact is
      missing. - as A or B reads standard input.

      Options:
        --score      print, instead, a table per kind of fact: facts matched, only
                     in A, only in B, and B's precision, recall and F1 against A
        --json       print the differences and the scores as one JSON object
        -h, --help   show this text

      Exit status, as diff(1): 0 no differences, 1 the documents differ, 2 usage
      error or a document that cannot be read as a statement, 3 internal error.
      """;
}
