package org.balimodel.examples.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.balimodel.core.compare.Change;
import org.balimodel.core.compare.Comparison;
import org.balimodel.core.compare.Difference;
import org.balimodel.core.compare.FactKind;
import org.balimodel.core.compare.Score;
import org.balimodel.core.model.Decision;
import org.balimodel.core.model.Meeting;
import org.balimodel.core.model.OperativeVerb;
import org.balimodel.core.model.Paragraph;
import org.balimodel.core.model.Section;
import org.balimodel.core.model.Statement;
import org.balimodel.examples.Seed;
import org.balimodel.examples.SeedStatement;
import org.balimodel.json.BaliJson;
import org.junit.jupiter.api.Test;

/** The seed statement compared with itself, with a draft that reads one verb otherwise, and with an empty draft. */
class SeedComparisonTest {

  private static final Statement SEED = SeedStatement.statement();
  private static final BaliJson JSON = BaliJson.create();
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void theSeedComparedWithItselfIsIdenticalAndScoresOneForEveryKind() {
    Comparison comparison = Comparison.between(SEED, SEED);
    assertTrue(comparison.identical(), () -> comparison.differences().toString());
    for (FactKind kind : FactKind.values()) {
      Score score = comparison.score(kind);
      assertEquals(1.0, score.f1(), kind::toString);
      assertTrue(score.matched() > 0, kind::toString);
    }
    assertEquals(SEED.decisions().size(), comparison.score(FactKind.DECISIONS).matched());
    assertEquals(SEED.meeting().participants().size(), comparison.score(FactKind.PARTICIPANTS).matched());
  }

  @Test
  void theSeedReadFromItsBundledJsonIsIdenticalToTheJavaStatement() {
    Statement read = JSON.read(Seed.bytes()).statement().orElseThrow();
    assertTrue(Comparison.between(SEED, read).identical());
  }

  @Test
  void aDraftThatReadsOneVerbOtherwiseHasOneDifferenceThatPointsAtThatDecisionInBothDocuments() throws Exception {
    Statement draft = withFirstVerbChanged(SEED);
    Comparison comparison = Comparison.between(SEED, draft);
    assertEquals(1, comparison.differences().size(), () -> comparison.differences().toString());
    Difference difference = comparison.differences().get(0);
    assertEquals(FactKind.DECISIONS, difference.kind());
    assertEquals(Change.DIFFERS, difference.change());
    assertTrue(difference.description().contains("verb differs"), difference.description());
    int decisions = SEED.decisions().size();
    assertEquals(new Score(decisions - 1, 1, 1), comparison.score(FactKind.DECISIONS));
    for (FactKind kind : FactKind.values()) {
      if (kind != FactKind.DECISIONS) {
        assertEquals(1.0, comparison.score(kind).f1(), kind::toString);
      }
    }
    JsonNode seed = MAPPER.readTree(Seed.bytes());
    JsonNode written = MAPPER.readTree(JSON.write(draft));
    JsonNode before = seed.at(difference.referencePointer().orElseThrow());
    JsonNode after = written.at(difference.candidatePointer().orElseThrow());
    assertEquals(before.get("clause"), after.get("clause"));
    assertFalse(before.get("verb").equals(after.get("verb")));
  }

  @Test
  void everyPointerOfAComparisonWithAnEmptyDraftNamesAValueOfTheSeedJson() throws Exception {
    Statement empty = new Statement.Builder().id("draft").kind(SEED.kind()).title("Draft").date(SEED.date())
        .meeting(new Meeting.Builder().id("draft").kind(SEED.meeting().kind()).build()).build();
    Comparison comparison = Comparison.between(SEED, empty);
    JsonNode seed = MAPPER.readTree(Seed.bytes());
    for (Difference difference : comparison.differences()) {
      String pointer = difference.referencePointer().orElseThrow();
      assertFalse(seed.at(pointer).isMissingNode(), difference::toString);
    }
    assertEquals(SEED.decisions().size(), comparison.score(FactKind.DECISIONS).onlyInReference());
    assertEquals(0.0, comparison.score(FactKind.PARAGRAPHS).recall());
  }

  /** The statement with the verb of the first decision of its sections changed (noted becomes welcomed, anything else noted). */
  private static Statement withFirstVerbChanged(Statement s) {
    List<Section> sections = new ArrayList<>(s.sections());
    for (int i = 0; i < sections.size(); i++) {
      Section section = sections.get(i);
      List<Paragraph> paragraphs = new ArrayList<>(section.paragraphs());
      for (int p = 0; p < paragraphs.size(); p++) {
        Paragraph paragraph = paragraphs.get(p);
        if (paragraph.decisions().isEmpty()) {
          continue;
        }
        List<Decision> decisions = new ArrayList<>(paragraph.decisions());
        Decision d = decisions.get(0);
        OperativeVerb other = d.verb() == OperativeVerb.NOTED ? OperativeVerb.WELCOMED : OperativeVerb.NOTED;
        decisions.set(0, new Decision(d.actor(), other, d.clause(), d.refersTo(), d.commitments(), d.verbAsPrinted(), d.capacities(),
            d.madeAt()));
        paragraphs.set(p, new Paragraph(paragraph.number(), paragraph.label(), paragraph.text(), paragraph.items(), decisions));
        sections.set(i, new Section(section.label(), section.heading(), paragraphs, section.subsections()));
        return new Statement(s.id(), s.kind(), s.title(), s.masthead(), s.date(), s.meeting(), sections, s.entities(),
            s.nameVariants(), s.source(), s.issuedBy(), s.excerpt(), s.preamble(), s.attachments());
      }
    }
    throw new AssertionError("the statement has no decision in a section's own paragraphs");
  }
}
