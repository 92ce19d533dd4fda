package org.balimodel.examples.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.balimodel.core.model.Actor;
import org.balimodel.core.model.Body;
import org.balimodel.core.model.Decision;
import org.balimodel.core.model.Meeting;
import org.balimodel.core.model.MeetingKind;
import org.balimodel.core.model.OperativeVerb;
import org.balimodel.core.model.Paragraph;
import org.balimodel.core.model.PartialDate;
import org.balimodel.core.model.Place;
import org.balimodel.core.model.Section;
import org.balimodel.core.model.Statement;
import org.balimodel.core.model.StatementKind;
import org.balimodel.core.model.SubItem;
import org.balimodel.core.register.Register;
import org.balimodel.core.text.Draft;
import org.balimodel.core.text.StatementImporter;
import org.balimodel.examples.SeedStatement;
import org.balimodel.examples.render.MarkdownRenderer;
import org.balimodel.json.BaliJson;
import org.balimodel.json.ReadResult;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * The law of the text importer (issue 9): for every statement of the test corpus and for generated
 * ones, rendering the statement to text and importing that text gives back the same sections,
 * paragraphs and decisions.
 *
 * <p>Sections, paragraphs and items are the layout, which the rendering prints verbatim, so they
 * must come back exactly. Decisions are a reading of the text: a hand encoding may read a clause
 * differently from the reader, so for the corpus the law is that the reader's decisions are a
 * fixed point (reading the rendering of a draft gives the draft's decisions again); for generated
 * statements, whose every sentence states one act in the plainest form the reader documents, the
 * decisions must be those the sentences state.
 */
class RenderImportLawTest {
  private static final Register REGISTER = Register.baliProcess();
  private static final StatementImporter IMPORTER = StatementImporter.of(REGISTER);
  private static final BaliJson JSON = BaliJson.create();

  static Stream<Named<Statement>> corpus() throws IOException {
    List<Named<Statement>> statements = new ArrayList<>();
    statements.add(Named.of("seed (SeedStatement)", SeedStatement.statement()));
    for (String dir : List.of("src/test/resources/corpus/valid", "src/test/resources/import")) {
      try (Stream<Path> files = Files.list(Path.of(dir))) {
        for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
          ReadResult result = JSON.read(Files.readAllBytes(file));
          Statement statement = result.statement().orElseThrow(() -> new AssertionError(file + ": " + result.report()));
          statements.add(Named.of(Path.of(dir).getFileName() + "/" + file.getFileName(), statement));
        }
      }
    }
    return statements.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void importingARenderedStatementGivesBackItsPreambleSectionsParagraphsAndItems(Statement statement) {
    String text = MarkdownRenderer.render(statement);
    Statement imported = imported(text);
    assertSame("layout", layout(statement), layout(imported), text);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void theDecisionsOfAnImportedStatementAreAFixedPointOfRenderingAndImporting(Statement statement) {
    Statement draft = imported(MarkdownRenderer.render(statement));
    String text = MarkdownRenderer.render(draft);
    Statement again = imported(text);
    assertSame("decisions", decisions(draft, true), decisions(again, true), text);
  }

  @Test
  void aGeneratedStatementComesBackWithItsSectionsParagraphsAndTheDecisionsItsSentencesState() {
    qt().withFixedSeed(20221206L).withExamples(250).forAll(statements()).checkAssert(statement -> {
      String text = MarkdownRenderer.render(statement);
      Statement imported = imported(text);
      assertSame("layout", layout(statement), layout(imported), text);
      assertSame("decisions", decisions(statement, false), decisions(imported, false), text);
    });
  }

  @Test
  void theGeneratorUsesEveryOperativeVerbItKeepsAndEveryActorPhrase() {
    // The law above is only as wide as its generator: it must not quietly lose verbs or actors.
    assertTrue(VERBS.size() >= OperativeVerb.values().length - 1 - SKIPPED_VERBS.size(), VERBS::toString);
    assertTrue(ACTORS.size() >= 7 + REGISTER.bodies().size() - 1, ACTORS::toString);
    for (String word : OBJECT_WORDS) {
      assertTrue(!VERB_WORDS.contains(word), () -> "object word is a verb form: " + word);
    }
  }

  // ---------------------------------------------------------------- the smallest texts that break the law

  private static final String MASTHEAD = "# The Bali Process\n\n6 December 2022\n\n## Co-Chairs' Statement\n\n";

  @Test
  void aBodyNamedInFullIsTheActorHoweverLongItsName() {
    String sentence = "The Working Group on the Disruption of People Smuggling and Trafficking in Persons Networks welcomed progress.";
    Statement imported = imported(MASTHEAD + "1. " + sentence + "\n");
    assertEquals(List.of("paragraph 1: body WG-D WELCOMED \"" + sentence + "\""), decisions(imported, false),
        "reader bug: a subject of more than 12 words (Acts.MAX_SUBJECT_WORDS) is not read, so a body's full name"
            + " of 13 words is no actor and the sentence no decision");
  }

  @Test
  void theForumNamedInFullActsAsTheMeetingAsItDoesNamedShort() {
    String full = "The Bali Process on People Smuggling, Trafficking in Persons and Related Transnational Crime agreed progress.";
    String both = MASTHEAD + "1. The Bali Process agreed progress.\n\n2. " + full + "\n";
    assertEquals(List.of("paragraph 1: MEETING AGREED \"The Bali Process agreed progress.\"", "paragraph 2: MEETING AGREED \"" + full + "\""),
        decisions(imported(both), false),
        "reader bug: the forum's full name, which holds a comma, is no subject, so the sentence has no decision;"
            + " named short, the forum acting is read as the meeting");
  }

  @Test
  void anOpeningLeadInThatBeginsWithTheForumsNameIsAParagraphNotAMastheadLine() {
    String lead = "The Bali Process Ministerial Conference agreed progress in these areas:";
    Statement imported = imported(MASTHEAD + lead + "\n\n* (a) regional cooperation on returns;\n* (b) the protection of victims.\n");
    assertEquals(List.of("section label=(none) heading=(none)", "  paragraph 1 label=(none) text=" + lead,
        "    item label=(a) text=regional cooperation on returns;", "    item label=(b) text=the protection of victims."),
        layout(imported), "reader bug: a first paragraph that begins \"The Bali Process\", is under about 110 characters and"
            + " does not end in a full stop is read as a masthead line (Reading.isMastheadLine), so its items become paragraphs");
  }

  @Test
  void anExcerptKeepsTheNumbersItsParagraphsHaveInTheWholeStatement() {
    Statement imported = imported(MASTHEAD + "5. The meeting welcomed progress.\n\n9. Members noted the Strategy.\n\n"
        + "*Excerpt: the known text stops after paragraph 9.*\n");
    assertEquals(List.of("section label=(none) heading=(none)", "  paragraph 5 label=5. text=The meeting welcomed progress.",
        "  paragraph 9 label=9. text=Members noted the Strategy."), layout(imported),
        "reader bug: the paragraphs of an excerpt are numbered from 1, not by the numbers they have in the whole"
            + " statement, which their labels give (as the corpus encodes them)");
  }

  @Test
  void anAttachmentListedAfterTheBodyIsNoParagraph() {
    Statement imported = imported(MASTHEAD + "1. The meeting welcomed progress.\n\n---\n\nAttachment A: Ad Hoc Group Work Plan\n");
    assertEquals(List.of("section label=(none) heading=(none)", "  paragraph 1 label=1. text=The meeting welcomed progress."),
        layout(imported), "reader bug: the reader does not read attachments; \"Attachment A: …\" after the body becomes a paragraph");
  }

  // ---------------------------------------------------------------- comparison

  private static Statement imported(String text) {
    Draft draft = IMPORTER.read(text);
    return draft.statement().orElseThrow(() -> new AssertionError("the rendered text imports to no statement: "
        + draft.report() + "\n--- text:\n" + text));
  }

  /** The preamble, the sections with their nesting, the paragraphs and their items, one line each. */
  static List<String> layout(Statement statement) {
    List<String> lines = new ArrayList<>();
    for (Paragraph paragraph : statement.preamble()) {
      paragraph(lines, "preamble ", paragraph);
    }
    for (Section section : statement.sections()) {
      section(lines, "", section);
    }
    return lines;
  }

  private static void section(List<String> lines, String indent, Section section) {
    lines.add(indent + "section label=" + section.label().orElse("(none)") + " heading=" + section.heading().orElse("(none)"));
    for (Paragraph paragraph : section.paragraphs()) {
      paragraph(lines, indent + "  ", paragraph);
    }
    for (Section subsection : section.subsections()) {
      section(lines, indent + "  ", subsection);
    }
  }

  private static void paragraph(List<String> lines, String indent, Paragraph paragraph) {
    lines.add(indent + "paragraph " + paragraph.number() + " label=" + paragraph.label().orElse("(none)") + " text=" + paragraph.text());
    for (SubItem item : paragraph.items()) {
      lines.add(indent + "  item label=" + item.label().orElse("(none)") + " text=" + item.text());
    }
  }

  /**
   * Every decision with the number of its paragraph, its actor, verb and clause, and, when {@code
   * full}, its references and commitments.
   */
  static List<String> decisions(Statement statement, boolean full) {
    List<String> lines = new ArrayList<>();
    for (Paragraph paragraph : statement.paragraphs()) {
      for (Decision decision : paragraph.allDecisions()) {
        lines.add("paragraph " + paragraph.number() + ": " + actor(decision.actor()) + " " + decision.verb() + " \""
            + decision.clause() + "\"" + (full ? " refersTo=" + decision.refersTo() + " commitments=" + decision.commitments() : ""));
      }
    }
    return lines;
  }

  private static String actor(Actor actor) {
    if (actor instanceof Actor.OfGroup group) {
      return group.group().name();
    } else if (actor instanceof Actor.OfBody body) {
      return "body " + body.body();
    } else if (actor instanceof Actor.OfMember member) {
      return "member " + member.member();
    }
    return "partner " + ((Actor.OfPartner) actor).partner();
  }

  /** Fails at the first line that differs, with both lines and the text that was imported. */
  private static void assertSame(String what, List<String> expected, List<String> actual, String text) {
    int n = Math.max(expected.size(), actual.size());
    for (int i = 0; i < n; i++) {
      String e = i < expected.size() ? expected.get(i) : "(nothing)";
      String a = i < actual.size() ? actual.get(i) : "(nothing)";
      if (!e.equals(a)) {
        fail(what + " differ at line " + (i + 1) + " of " + n + "\n  expected: " + e + "\n  imported: " + a
            + "\n--- rendered text:\n" + text);
      }
    }
  }

  // ---------------------------------------------------------------- generated statements

  /**
   * Verbs left out of the generator, with why. Each is a real limit of the reader, reported; the
   * generator does not hide any other.
   */
  static final Set<OperativeVerb> SKIPPED_VERBS = EnumSet.noneOf(OperativeVerb.class);

  static final List<OperativeVerb> VERBS = Stream.of(OperativeVerb.values())
      .filter(v -> v != OperativeVerb.OTHER && !SKIPPED_VERBS.contains(v)).toList();

  /** The first word of every printed form of every verb: none may be an object word. */
  static final Set<String> VERB_WORDS = verbWords();

  private static Set<String> verbWords() {
    Set<String> words = new HashSet<>();
    for (OperativeVerb verb : OperativeVerb.values()) {
      for (String form : verb.forms()) {
        words.add(form.split(" ")[0]);
      }
    }
    return words;
  }

  /** An actor phrase that opens a sentence, and the actor it names. */
  record ActorPhrase(String words, Actor actor) {}

  private static final String FORUM = "BALI-PROCESS";

  static final List<ActorPhrase> ACTORS = actors();

  private static List<ActorPhrase> actors() {
    List<ActorPhrase> actors = new ArrayList<>(List.of(
        new ActorPhrase("The meeting", Actor.meeting()),
        new ActorPhrase("Members", Actor.group(Actor.Group.MEMBERS)),
        new ActorPhrase("Senior officials", Actor.group(Actor.Group.SENIOR_OFFICIALS)),
        new ActorPhrase("The Co-Chairs", Actor.group(Actor.Group.CO_CHAIRS)),
        new ActorPhrase("Some participants", Actor.group(Actor.Group.SOME_PARTICIPANTS)),
        new ActorPhrase("Some members", Actor.group(Actor.Group.SOME_MEMBERS)),
        new ActorPhrase("Ministers", Actor.group(Actor.Group.MINISTERS))));
    for (Body body : REGISTER.bodies()) {
      if (body.id().equals(FORUM)) {
        // The reader reads the forum acting ("The Bali Process agreed …") as the meeting, by design
        // (Names leaves the forum out of the bodies it links): the forum is no body actor to it.
        continue;
      }
      actors.add(new ActorPhrase("The " + body.name(), Actor.body(body.id())));
      body.acronym().ifPresent(acronym -> actors.add(new ActorPhrase("The " + acronym, Actor.body(body.id()))));
    }
    return List.copyOf(actors);
  }

  /** Lower-case words of the objects of acts: no verb form, no name, no punctuation. */
  static final List<String> OBJECT_WORDS = List.of("progress", "of", "regional", "cooperation", "on", "irregular", "migration",
      "the", "efforts", "to", "combat", "trafficking", "in", "persons", "people", "smuggling", "victims", "protection",
      "returns", "and", "reintegration", "region", "ongoing", "work", "practical", "law", "enforcement", "capacity",
      "building", "information", "flows", "between", "agencies", "at", "sea", "border", "management", "new", "partnerships",
      "with", "business", "civil", "society", "data", "online", "scams", "safe", "orderly", "pathways", "its", "their");

  static final List<String> HEADINGS = List.of("Key Themes", "Regional Cooperation", "Looking Ahead", "Strategic Priorities",
      "Working Group Updates", "Preparations for the Next Meeting", "Trafficking in Persons", "Returns and Reintegration",
      "Other Matters", "Irregular Migration");

  private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  /** One sentence: "The meeting welcomed progress of regional cooperation." and the act it states. */
  record Sentence(String text, Actor actor, OperativeVerb verb) {}

  static Gen<Sentence> sentences() {
    Gen<ActorPhrase> actor = SourceDSL.integers().between(0, ACTORS.size() - 1).map(ACTORS::get);
    Gen<OperativeVerb> verb = SourceDSL.integers().between(0, VERBS.size() - 1).map(VERBS::get);
    Gen<String> object = SourceDSL.lists().of(SourceDSL.integers().between(0, OBJECT_WORDS.size() - 1).map(OBJECT_WORDS::get))
        .ofSizeBetween(1, 12).map(words -> String.join(" ", words));
    return actor.zip(verb, object, (a, v, o) -> new Sentence(a.words() + " " + v.forms().get(0) + " " + o + ".", a.actor(), v));
  }

  /** A paragraph's sentences, whether it has items and how many. */
  record ParagraphPlan(List<Sentence> sentences, int items, int itemStyle) {}

  static Gen<ParagraphPlan> paragraphs() {
    return SourceDSL.lists().of(sentences()).ofSizeBetween(1, 3)
        .zip(SourceDSL.integers().between(0, 3).map(n -> n < 2 ? 0 : n), SourceDSL.integers().between(0, 2), ParagraphPlan::new);
  }

  /** A section: its heading (or none, -1), how many subsections, and its paragraphs'. */
  record SectionPlan(int heading, List<ParagraphPlan> paragraphs, List<List<ParagraphPlan>> subsections) {}

  static Gen<SectionPlan> sectionPlans() {
    Gen<List<ParagraphPlan>> paragraphs = SourceDSL.lists().of(paragraphs()).ofSizeBetween(1, 4);
    Gen<List<List<ParagraphPlan>>> subsections = SourceDSL.lists().of(SourceDSL.lists().of(paragraphs()).ofSizeBetween(1, 2))
        .ofSizeBetween(0, 2);
    return SourceDSL.integers().between(0, HEADINGS.size() - 1).zip(paragraphs, subsections, SectionPlan::new);
  }

  /** The shape of a statement: its sections, whether the first has no heading, labels, preamble, attendance. */
  record StatementPlan(List<SectionPlan> sections, int style, List<ParagraphPlan> preamble, LocalDate date) {}

  static Gen<Statement> statements() {
    Gen<LocalDate> dates = SourceDSL.integers().between(0, 365 * 15).map(d -> LocalDate.of(2009, 1, 1).plusDays(d));
    return SourceDSL.lists().of(sectionPlans()).ofSizeBetween(1, 4)
        .zip(SourceDSL.integers().between(0, 15), SourceDSL.lists().of(paragraphs()).ofSizeBetween(0, 2), dates, StatementPlan::new)
        .map(RenderImportLawTest::build);
  }

  /**
   * Builds the statement a plan describes. The style's bits: 1, paragraphs are labelled "1.", "2." …;
   * 2, the first section has no heading; 4, sections are labelled "I.", "II." and subsections "A.",
   * "B."; 8, the statement opens with an attendance paragraph.
   */
  static Statement build(StatementPlan plan) {
    boolean labelled = (plan.style() & 1) != 0;
    boolean untitledFirst = (plan.style() & 2) != 0;
    boolean sectionLabels = (plan.style() & 4) != 0;
    boolean attendance = (plan.style() & 8) != 0;
    int[] number = {1};
    int[] label = {1};
    Statement.Builder statement = new Statement.Builder()
        .id("generated-co-chairs-statement")
        .kind(StatementKind.CO_CHAIRS_STATEMENT)
        .title("Co-Chairs' Statement")
        .addMasthead("The Bali Process", "Ad Hoc Group Senior Officials' Meeting", "Bali, Indonesia, " + DAY.format(plan.date()))
        .date(PartialDate.of(plan.date()))
        .meeting(new Meeting.Builder().id("ahg-som").kind(MeetingKind.SENIOR_OFFICIALS_MEETING).addConvenedBy("AHG")
            .date(PartialDate.of(plan.date())).place(Place.of("Bali", "IDN")).build());
    // A preamble is what precedes the first numbered paragraph: it exists only where paragraphs are numbered.
    if (labelled) {
      for (ParagraphPlan paragraph : plan.preamble()) {
        statement.addPreamble(paragraph(paragraph, number, Optional.empty()));
      }
    }
    for (int s = 0; s < plan.sections().size(); s++) {
      SectionPlan section = plan.sections().get(s);
      Section.Builder built = new Section.Builder();
      if (!(s == 0 && untitledFirst)) {
        built.heading(HEADINGS.get((section.heading() + s) % HEADINGS.size()));
        if (sectionLabels) {
          built.label(ROMAN[s] + ".");
        }
      }
      if (s == 0 && attendance) {
        built.addParagraph(new Paragraph.Builder().number(number[0]++).label(labelled ? Optional.of(label[0]++ + ".") : Optional.empty())
            .text("The meeting was attended by Australia, Indonesia, Malaysia, New Zealand, Thailand, IOM and UNHCR.").build());
      }
      for (ParagraphPlan paragraph : section.paragraphs()) {
        built.addParagraph(paragraph(paragraph, number, labelled ? Optional.of(label[0]++ + ".") : Optional.empty()));
      }
      // A section with no heading can only be the first: any later one would read as part of the section before.
      if (!(s == 0 && untitledFirst)) {
        for (int u = 0; u < section.subsections().size(); u++) {
          Section.Builder sub = new Section.Builder().heading(HEADINGS.get((section.heading() + s + u + 1) % HEADINGS.size()));
          if (sectionLabels) {
            sub.label((char) ('A' + u) + ".");
          }
          for (ParagraphPlan paragraph : section.subsections().get(u)) {
            sub.addParagraph(paragraph(paragraph, number, labelled ? Optional.of(label[0]++ + ".") : Optional.empty()));
          }
          built.addSubsection(sub.build());
        }
      }
      statement.addSection(built.build());
    }
    return statement.build();
  }

  private static final List<String> ITEMS = List.of("regional cooperation on returns", "the protection of victims",
      "information exchange between agencies", "practical work with business", "border management at sea");

  private static Paragraph paragraph(ParagraphPlan plan, int[] number, Optional<String> label) {
    Paragraph.Builder paragraph = new Paragraph.Builder().number(number[0]++).label(label);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < plan.sentences().size(); i++) {
      Sentence sentence = plan.sentences().get(i);
      String text = sentence.text();
      if (i == plan.sentences().size() - 1 && plan.items() > 0) {
        // A lead-in: the list that follows is what the act concerns.
        text = text.substring(0, text.length() - 1) + " in these areas:";
      }
      texts.add(text);
      paragraph.addDecision(new Decision.Builder().actor(sentence.actor()).verb(sentence.verb()).clause(text).build());
    }
    paragraph.text(String.join(" ", texts));
    for (int i = 0; i < plan.items(); i++) {
      Optional<String> itemLabel = switch (plan.itemStyle()) {
        case 0 -> Optional.of("(" + (char) ('a' + i) + ")");
        case 1 -> Optional.of("•");
        default -> Optional.empty();
      };
      paragraph.addItem(new SubItem.Builder().label(itemLabel).text(ITEMS.get(i % ITEMS.size()) + (i == plan.items() - 1 ? "." : ";")).build());
    }
    return paragraph.build();
  }
}
