package org.balimodel.examples.cli;

import static org.balimodel.examples.cli.BaliCommandTest.bali;
import static org.balimodel.examples.cli.BaliCommandTest.baliWithInput;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.balimodel.core.compare.Comparison;
import org.balimodel.core.compare.FactKind;
import org.balimodel.core.compare.Score;
import org.balimodel.core.model.Statement;
import org.balimodel.examples.Seed;
import org.balimodel.examples.cli.BaliCommandTest.Run;
import org.balimodel.json.BaliJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bali diff}: the facts in which two statement documents differ, and how much. */
class DiffCommandTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** A decision of the seed whose actor is the meeting: "The meeting recognised …". */
  private static final String MEETING_DECISION = "/sections/1/paragraphs/1/decisions/0";

  @TempDir Path dir;

  private Path seed() throws IOException {
    return Files.writeString(dir.resolve("seed.json"), Seed.json(), StandardCharsets.UTF_8);
  }

  /** A copy of the seed with one edit, written as the seed is. */
  private Path edited(String name, java.util.function.Consumer<ObjectNode> edit) throws IOException {
    ObjectNode root = (ObjectNode) JSON.readTree(Seed.json());
    edit.accept(root);
    return Files.writeString(dir.resolve(name), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root));
  }

  private static ObjectNode at(ObjectNode root, String pointer) {
    return (ObjectNode) root.at(pointer);
  }

  private static Statement statement(Path file) {
    return BaliJson.create().read(file).statement().orElseThrow();
  }

  @Test
  void aStatementDoesNotDifferFromItself() throws IOException {
    Path seed = seed();

    Run run = bali("diff", seed.toString(), seed.toString());

    assertEquals(Bali.OK, run.status());
    assertEquals("no differences\n", run.out());
    assertEquals("", run.err());
  }

  @Test
  void aDecisionWithAnotherActorIsOneDifferenceAtTheDecisionInBoth() throws IOException {
    Path seed = seed();
    Path other = edited("other.json", root -> at(root, MEETING_DECISION + "/actor").put("group", "MEMBERS"));

    Run run = bali("diff", seed.toString(), other.toString());

    assertEquals(Bali.INVALID, run.status());
    List<String> lines = run.out().lines().toList();
    assertEquals(List.of("decisions", "differs", MEETING_DECISION, MEETING_DECISION),
        List.of(lines.get(0).split("\\s+")).subList(0, 4), run.out());
    assertEquals("1 difference", lines.get(lines.size() - 1));
    assertEquals(2, lines.size(), run.out());
  }

  @Test
  void aParticipantLeftOutIsOnlyInTheReferenceAndHasNoPointerInTheCandidate() throws IOException {
    Path seed = seed();
    Path fewer = edited("fewer.json", root -> {
      ArrayNode participants = (ArrayNode) root.at("/meeting/participants");
      participants.remove(participants.size() - 1);
    });

    Run forward = bali("diff", seed.toString(), fewer.toString());
    Run backward = bali("diff", fewer.toString(), seed.toString());

    assertEquals(Bali.INVALID, forward.status());
    Pattern onlyInA = Pattern.compile("participants\\s+only-in-A\\s+/meeting/participants/\\S+\\s+-\\s+\\S.*");
    Pattern onlyInB = Pattern.compile("participants\\s+only-in-B\\s+-\\s+/meeting/participants/\\S+\\s+\\S.*");
    assertTrue(forward.out().lines().anyMatch(onlyInA.asMatchPredicate()), forward.out());
    assertTrue(backward.out().lines().anyMatch(onlyInB.asMatchPredicate()), backward.out());
  }

  @Test
  void theScoreTableHasARowPerKindOfFactAndTheTotalWithTheComparisonsFigures() throws IOException {
    Path seed = seed();
    Path other = edited("other.json", root -> {
      at(root, MEETING_DECISION + "/actor").put("group", "MEMBERS");
      ArrayNode participants = (ArrayNode) root.at("/meeting/participants");
      participants.remove(participants.size() - 1);
    });

    Run run = bali("diff", "--score", seed.toString(), other.toString());

    assertEquals(Bali.INVALID, run.status());
    List<String> lines = run.out().lines().toList();
    assertEquals(List.of("kind", "matched", "only-in-A", "only-in-B", "precision", "recall", "F1"),
        List.of(lines.get(0).split("\\s+")));
    Comparison comparison = Comparison.between(statement(seed), statement(other));
    int row = 1;
    int matched = 0;
    int onlyInA = 0;
    int onlyInB = 0;
    for (FactKind kind : FactKind.values()) {
      Score score = comparison.score(kind);
      assertEquals(cells(kind.name().toLowerCase(Locale.ROOT), score), List.of(lines.get(row++).split("\\s+")));
      matched += score.matched();
      onlyInA += score.onlyInReference();
      onlyInB += score.onlyInCandidate();
    }
    assertEquals(cells("all", new Score(matched, onlyInA, onlyInB)), List.of(lines.get(row++).split("\\s+")));
    assertEquals(row, lines.size());
  }

  private static List<String> cells(String name, Score score) {
    return List.of(name, "" + score.matched(), "" + score.onlyInReference(), "" + score.onlyInCandidate(),
        String.format(Locale.ROOT, "%.3f", score.precision()),
        String.format(Locale.ROOT, "%.3f", score.recall()),
        String.format(Locale.ROOT, "%.3f", score.f1()));
  }

  @Test
  void theJsonComparisonCarriesEveryDifferenceAndEveryScore() throws IOException {
    Path seed = seed();
    Path other = edited("other.json", root -> at(root, MEETING_DECISION + "/actor").put("group", "MEMBERS"));

    Run run = bali("diff", "--json", seed.toString(), other.toString());

    JsonNode json = JSON.readTree(run.out());
    Comparison comparison = Comparison.between(statement(seed), statement(other));
    assertEquals(comparison.identical(), json.get("identical").asBoolean());
    assertEquals(comparison.differences().size(), json.get("differences").size());
    JsonNode first = json.get("differences").get(0);
    assertEquals("decisions", first.get("kind").asText());
    assertEquals("differs", first.get("change").asText());
    assertEquals(MEETING_DECISION, first.get("pointerInA").asText());
    assertEquals(MEETING_DECISION, first.get("pointerInB").asText());
    assertEquals(comparison.differences().get(0).description(), first.get("description").asText());
    assertEquals(FactKind.values().length, json.get("scores").size());
    assertEquals(comparison.score(FactKind.DECISIONS).matched(),
        json.get("scores").get("decisions").get("matched").asInt());
  }

  @Test
  void aDocumentThatCannotBeReadIsReportedAndNothingIsCompared() throws IOException {
    Path seed = seed();
    Path broken = Files.writeString(dir.resolve("broken.json"), "{\"formatVersion\": 2,");
    Path missing = dir.resolve("missing.json");

    Run unreadable = bali("diff", seed.toString(), missing.toString());
    Run syntax = bali("diff", broken.toString(), seed.toString());

    assertEquals(Bali.USAGE, unreadable.status());
    assertEquals("", unreadable.out());
    assertEquals("bali diff: " + missing + ": there is no such file or directory\n", unreadable.err());
    assertEquals(Bali.USAGE, syntax.status());
    assertEquals("", syntax.out());
    List<String> lines = syntax.err().lines().toList();
    assertTrue(lines.get(0).startsWith(broken + ":1:"), syntax.err());
    assertTrue(lines.get(0).contains(" ERROR json."), syntax.err());
    assertEquals("bali diff: " + broken + ": cannot be read as a statement", lines.get(lines.size() - 1));
  }

  @Test
  void aDashReadsOneOfTheTwoFromStandardInput() throws IOException {
    Path seed = seed();

    Run run = baliWithInput(Seed.json(), "diff", "-", seed.toString());

    assertEquals(Bali.OK, run.status(), run.err());
    assertEquals("no differences\n", run.out());
  }

  @Test
  void diffTakesExactlyTwoDocumentsAndReadsStandardInputOnce() {
    assertEquals("bali diff: needs two FILEs, A and B, not 1\nTry 'bali diff --help'.\n",
        bali("diff", "a.json").err());
    assertEquals(Bali.USAGE, bali("diff", "a.json", "b.json", "c.json").status());
    assertEquals("bali diff: reads standard input (-) only once\nTry 'bali diff --help'.\n",
        bali("diff", "-", "-").err());
    assertEquals("bali diff: unknown option '--bogus'\nTry 'bali diff --help'.\n",
        bali("diff", "--bogus").err());
  }

  @Test
  void diffHasHelpThatFitsInEightyColumns() {
    assertEquals(Bali.DIFF_HELP, bali("diff", "--help").out());
    assertEquals(Bali.DIFF_HELP, bali("help", "diff").out());
    assertTrue(Bali.DIFF_HELP.startsWith("Usage: bali diff "));
    Bali.DIFF_HELP.lines().forEach(line -> assertTrue(line.length() <= 80, line));
    Bali.HELP.lines().forEach(line -> assertTrue(line.length() <= 80, line));
  }
}
