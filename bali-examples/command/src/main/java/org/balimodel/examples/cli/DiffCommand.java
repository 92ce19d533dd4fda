package org.balimodel.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.balimodel.core.compare.Change;
import org.balimodel.core.compare.Comparison;
import org.balimodel.core.compare.Difference;
import org.balimodel.core.compare.FactKind;
import org.balimodel.core.compare.Score;
import org.balimodel.core.model.Statement;
import org.balimodel.examples.cli.Documents.Document;
import org.balimodel.json.BaliJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code bali diff A B [--score] [--json]}: the facts in which two statement documents differ —
 * meeting, participants, sections, paragraphs, decisions, references, commitments, entities — one
 * line each with the JSON Pointer of the fact in both, or, with {@code --score}, how well B
 * recovers the facts of A as precision, recall and F1 per kind of fact (A is the reference: a
 * statement as published, B for instance a draft of {@code bali import}). As diff(1), the exit
 * status is 0 when they do not differ and 1 when they do.
 */
@Command(name = "diff")
final class DiffCommand implements Callable<Integer> {

  /** The two documents do not differ. */
  static final int SAME = Bali.OK;

  /** The two documents differ. */
  static final int DIFFERENT = Bali.INVALID;

  /** What a missing pointer prints as: an empty field would shift the columns of the line. */
  private static final String NO_POINTER = "-";

  private final Console console;

  @Option(names = {"-h", "--help"}, usageHelp = true)
  private boolean help;

  @Option(names = "--json")
  private boolean json;

  @Option(names = "--score")
  private boolean score;

  @Parameters(arity = "0..*")
  private List<String> operands = List.of();

  DiffCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() {
    if (operands.size() != 2) {
      return console.usageError("diff", "needs two FILEs, A and B, not " + operands.size());
    }
    if (operands.stream().filter(Documents.STANDARD_INPUT::equals).count() > 1) {
      return console.usageError("diff", "reads standard input (-) only once");
    }
    BaliJson reader = BaliJson.create();
    Optional<Statement> reference = statement(reader, operands.get(0));
    Optional<Statement> candidate = statement(reader, operands.get(1));
    if (reference.isEmpty() || candidate.isEmpty()) {
      return Bali.USAGE;
    }

    Comparison comparison = Comparison.between(reference.get(), candidate.get());
    if (json) {
      console.out().println(JsonReport.write(json(comparison)));
    } else if (score) {
      printScores(console.out(), comparison.scores());
    } else {
      printDifferences(console.out(), comparison.differences());
    }
    return comparison.identical() ? SAME : DIFFERENT;
  }

  /**
   * The statement of one operand; empty, after its issues or why it cannot be read are printed on
   * standard error, when there is none to compare. A statement with errors is still compared:
   * diff says how two documents differ, validate whether each is right.
   */
  private Optional<Statement> statement(BaliJson reader, String operand) {
    Documents.Outcome outcome = Documents.read(reader, operand, console);
    outcome.unreadable().ifPresent(u -> console.unreadable("diff", u.name(), u.reason()));
    if (outcome.document().isEmpty()) {
      return Optional.empty();
    }
    Document document = outcome.document().get();
    if (document.result().statement().isEmpty()) {
      TextReport.printIssues(console.err(), document.name(), document.result().report());
      console.unreadable("diff", document.name(), "cannot be read as a statement");
    }
    return document.result().statement();
  }

  /** {@code KIND  CHANGE  POINTER-IN-A  POINTER-IN-B  description}, columns aligned; the total. */
  static void printDifferences(PrintStream to, List<Difference> differences) {
    if (differences.isEmpty()) {
      to.println("no differences");
      return;
    }
    List<String[]> rows = new ArrayList<>();
    for (Difference d : differences) {
      rows.add(new String[] {
        kind(d.kind()),
        change(d.change()),
        d.referencePointer().map(DiffCommand::pointer).orElse(NO_POINTER),
        d.candidatePointer().map(DiffCommand::pointer).orElse(NO_POINTER),
        Console.oneLine(d.description())
      });
    }
    int[] widths = new int[4];
    for (String[] row : rows) {
      for (int column = 0; column < widths.length; column++) {
        widths[column] = Math.max(widths[column], row[column].length());
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int column = 0; column < widths.length; column++) {
        line.append(row[column]).append(" ".repeat(widths[column] - row[column].length() + 2));
      }
      to.println(line.append(row[4]));
    }
    to.println(differences.size() + (differences.size() == 1 ? " difference" : " differences"));
  }

  /**
   * One row per kind of fact and a total over all: the facts matched, only in A, only in B, and
   * precision, recall and F1 of B against A, to three decimals.
   */
  static void printScores(PrintStream to, Map<FactKind, Score> scores) {
    String format = "%-12s  %7s  %9s  %9s  %9s  %6s  %5s%n";
    to.printf(Locale.ROOT, format, "kind", "matched", "only-in-A", "only-in-B", "precision", "recall", "F1");
    int matched = 0;
    int onlyInReference = 0;
    int onlyInCandidate = 0;
    for (FactKind kind : FactKind.values()) {
      Score s = scores.get(kind);
      if (s == null) {
        continue;
      }
      row(to, format, kind(kind), s);
      matched += s.matched();
      onlyInReference += s.onlyInReference();
      onlyInCandidate += s.onlyInCandidate();
    }
    // The total counts every fact once, whatever its kind (a micro average).
    row(to, format, "all", new Score(matched, onlyInReference, onlyInCandidate));
  }

  private static void row(PrintStream to, String format, String name, Score s) {
    to.printf(Locale.ROOT, format, name, s.matched(), s.onlyInReference(), s.onlyInCandidate(),
        decimal(s.precision()), decimal(s.recall()), decimal(s.f1()));
  }

  private static String decimal(double value) {
    return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.3f", value);
  }

  /** The comparison as the JSON object documented in docs/cli.md. */
  static ObjectNode json(Comparison comparison) {
    ObjectNode root = JsonReport.MAPPER.createObjectNode();
    root.put("identical", comparison.identical());
    ArrayNode differences = root.putArray("differences");
    for (Difference d : comparison.differences()) {
      ObjectNode entry = differences.addObject();
      entry.put("kind", kind(d.kind()));
      entry.put("change", change(d.change()));
      d.referencePointer().ifPresent(p -> entry.put("pointerInA", p));
      d.candidatePointer().ifPresent(p -> entry.put("pointerInB", p));
      entry.put("description", d.description());
    }
    ObjectNode scores = root.putObject("scores");
    for (FactKind kind : FactKind.values()) {
      Score s = comparison.scores().get(kind);
      if (s == null) {
        continue;
      }
      ObjectNode entry = scores.putObject(kind(kind));
      entry.put("matched", s.matched());
      entry.put("onlyInA", s.onlyInReference());
      entry.put("onlyInB", s.onlyInCandidate());
      ratio(entry, "precision", s.precision());
      ratio(entry, "recall", s.recall());
      ratio(entry, "f1", s.f1());
    }
    return root;
  }

  /** A ratio, or null when it is undefined (no facts on either side). */
  private static void ratio(ObjectNode entry, String name, double value) {
    if (Double.isNaN(value)) {
      entry.putNull(name);
    } else {
      entry.put(name, value);
    }
  }

  /** {@code decisions}: the kind as a word of the line. */
  static String kind(FactKind kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }

  /** {@code differs}, {@code only-in-A}, {@code only-in-B}: A is the reference, B the candidate. */
  static String change(Change change) {
    return switch (change) {
      case DIFFERS -> "differs";
      case ONLY_IN_REFERENCE -> "only-in-A";
      case ONLY_IN_CANDIDATE -> "only-in-B";
    };
  }

  private static String pointer(String pointer) {
    return pointer.isEmpty() ? "/" : pointer;
  }
}
