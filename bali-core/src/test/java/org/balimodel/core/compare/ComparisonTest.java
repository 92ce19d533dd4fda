package org.balimodel.core.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.balimodel.core.model.Actor;
import org.balimodel.core.model.Body;
import org.balimodel.core.model.BodyKind;
import org.balimodel.core.model.Commitment;
import org.balimodel.core.model.CommitmentStatus;
import org.balimodel.core.model.Decision;
import org.balimodel.core.model.Entities;
import org.balimodel.core.model.Instrument;
import org.balimodel.core.model.Meeting;
import org.balimodel.core.model.MeetingKind;
import org.balimodel.core.model.OperativeVerb;
import org.balimodel.core.model.Paragraph;
import org.balimodel.core.model.PartialDate;
import org.balimodel.core.model.Participant;
import org.balimodel.core.model.ParticipantRole;
import org.balimodel.core.model.References;
import org.balimodel.core.model.Section;
import org.balimodel.core.model.Statement;
import org.junit.jupiter.api.Test;

/** Comparisons of a hand-made statement with drafts that differ from it in one way each. */
class ComparisonTest {

  private static final Statement REFERENCE = Statements.statement().build();
  private static final String WGD = "/sections/0/paragraphs/0";

  private static Difference only(Comparison comparison) {
    assertEquals(1, comparison.differences().size(), () -> comparison.differences().toString());
    return comparison.differences().get(0);
  }

  @Test
  void aStatementComparedWithItselfIsIdenticalAndScoresOneForEveryKind() {
    Comparison comparison = Comparison.between(REFERENCE, REFERENCE);
    assertTrue(comparison.identical(), () -> comparison.differences().toString());
    assertEquals(List.of(FactKind.values()), List.copyOf(comparison.scores().keySet()));
    comparison.scores().forEach((kind, score) -> {
      assertEquals(1.0, score.f1(), kind::toString);
      assertEquals(0, score.onlyInReference() + score.onlyInCandidate(), kind::toString);
    });
    // Counted by hand: 3 paragraphs and a preamble, 2 items; 6 decisions, 2 of them in items; 6 references.
    assertEquals(6, comparison.score(FactKind.PARAGRAPHS).matched());
    assertEquals(6, comparison.score(FactKind.DECISIONS).matched());
    assertEquals(6, comparison.score(FactKind.REFERENCES).matched());
    assertEquals(2, comparison.score(FactKind.COMMITMENTS).matched());
    assertEquals(3, comparison.score(FactKind.SECTIONS).matched());
    assertEquals(4, comparison.score(FactKind.ENTITIES).matched());
  }

  @Test
  void aDecisionWithAnotherActorIsOneDifferenceWithBothPointers() {
    Paragraph p = Statements.wgdParagraph();
    Decision noted = Statements.withActor(p.decisions().get(0), Actor.group(Actor.Group.MEMBERS));
    Statement candidate = Statements.withWgdParagraph(Statements.withDecisions(p, List.of(noted, p.decisions().get(1))));
    Comparison comparison = Comparison.between(REFERENCE, candidate);
    Difference d = only(comparison);
    assertEquals(FactKind.DECISIONS, d.kind());
    assertEquals(Change.DIFFERS, d.change());
    assertEquals(Optional.of(WGD + "/decisions/0"), d.referencePointer());
    assertEquals(Optional.of(WGD + "/decisions/0"), d.candidatePointer());
    assertEquals("decision of paragraph 2: actor differs: meeting vs members", d.description());
    assertEquals(new Score(5, 1, 1), comparison.score(FactKind.DECISIONS));
    // The references of the paragraph are the paragraph's, whoever acted.
    assertEquals(1.0, comparison.score(FactKind.REFERENCES).f1());
  }

  @Test
  void aDecisionWithAnotherVerbIsOneDifference() {
    Paragraph p = Statements.wgdParagraph();
    Decision welcomed = Statements.withVerb(p.decisions().get(1), OperativeVerb.COMMENDED);
    Statement candidate = Statements.withWgdParagraph(Statements.withDecisions(p, List.of(p.decisions().get(0), welcomed)));
    Difference d = only(Comparison.between(REFERENCE, candidate));
    assertEquals(Change.DIFFERS, d.change());
    assertEquals("decision of paragraph 2: verb differs: welcomed vs commended", d.description());
    assertEquals(Optional.of(WGD + "/decisions/1"), d.candidatePointer());
  }

  @Test
  void aParagraphMissingFromTheCandidateLowersTheRecallOfParagraphsAndOfItsDecisions() {
    Statement s = REFERENCE;
    Statement candidate = new Statement(s.id(), s.kind(), s.title(), s.masthead(), s.date(), s.meeting(),
        List.of(new Section(Optional.empty(), Optional.of("Working Group Updates"), List.of(), List.of()), s.sections().get(1)),
        s.entities(), s.nameVariants(), s.source(), s.issuedBy(), s.excerpt(), s.preamble(), s.attachments());
    Comparison comparison = Comparison.between(REFERENCE, candidate);
    assertEquals(new Score(5, 1, 0), comparison.score(FactKind.PARAGRAPHS));
    assertEquals(new Score(4, 2, 0), comparison.score(FactKind.DECISIONS));
    assertEquals(4.0 / 6.0, comparison.score(FactKind.DECISIONS).recall(), 1e-12);
    assertEquals(1.0, comparison.score(FactKind.DECISIONS).precision());
    assertEquals(new Score(1, 1, 0), comparison.score(FactKind.COMMITMENTS));
    assertEquals(new Score(3, 3, 0), comparison.score(FactKind.REFERENCES));
    List<String> pointers = comparison.differences().stream().map(d -> d.referencePointer().orElseThrow()).toList();
    // In reading order: the paragraph, then its decisions, references and commitment.
    assertEquals(List.of(WGD, WGD + "/decisions/0", WGD + "/decisions/0/refersTo/meetings/0", WGD + "/decisions/1",
        WGD + "/decisions/1/refersTo/bodies/0", WGD + "/decisions/1/refersTo/initiatives/0", WGD + "/decisions/1/commitments/0"), pointers);
    assertTrue(comparison.differences().stream().allMatch(d -> d.change() == Change.ONLY_IN_REFERENCE));
  }

  @Test
  void aLocalEntityWithAnotherIdentifierButTheSameNameIsAlignedAndItsReferencesMatch() {
    Entities e = Statements.entities();
    Meeting wgd = e.meetings().get(0);
    Meeting renamed = new Meeting.Builder().id("meeting-1").kind(wgd.kind()).name("Annual  meeting of the WG-D.")
        .convenedBy(wgd.convenedBy()).date(wgd.date()).place(wgd.place()).build();
    Paragraph p = Statements.wgdParagraph();
    Decision d = p.decisions().get(0);
    Decision noted = new Decision(d.actor(), d.verb(), d.clause(), new References.Builder().addMeeting("meeting-1").build(),
        d.commitments(), d.verbAsPrinted(), d.capacities(), d.madeAt());
    Statement candidate = Statements.statement()
        .entities(new Entities(e.members(), e.bodies(), List.of(renamed), e.frameworks(), e.instruments(), e.partners(), e.initiatives()))
        .build();
    candidate = Statements.withWgdParagraph(candidate, Statements.withDecisions(p, List.of(noted, p.decisions().get(1))));
    Comparison comparison = Comparison.between(REFERENCE, candidate);
    assertTrue(comparison.identical(), () -> comparison.differences().toString());
    assertEquals(new Score(4, 0, 0), comparison.score(FactKind.ENTITIES));
  }

  @Test
  void aMeetingWithNeitherTheSameIdentifierNorNameIsAlignedByItsDateAndConvener() {
    Entities e = Statements.entities();
    Meeting wgd = e.meetings().get(0);
    Meeting other = new Meeting.Builder().id("wgd-2022").kind(MeetingKind.WORKING_GROUP_MEETING).addConvenedBy("WG-D")
        .date(PartialDate.of(2022, 10)).build();
    Meeting elsewhere = new Meeting.Builder().id("wgd-2021").kind(MeetingKind.WORKING_GROUP_MEETING).addConvenedBy("WG-TIP")
        .date(wgd.date().orElseThrow()).build();
    Paragraph p = Statements.wgdParagraph();
    Decision d = p.decisions().get(0);
    Decision noted = new Decision(d.actor(), d.verb(), d.clause(), new References.Builder().addMeeting("wgd-2022").build(),
        d.commitments(), d.verbAsPrinted(), d.capacities(), d.madeAt());
    Statement candidate = Statements.withWgdParagraph(Statements.statement()
        .entities(new Entities(e.members(), e.bodies(), List.of(elsewhere, other), e.frameworks(), e.instruments(), e.partners(),
            e.initiatives())).build(), Statements.withDecisions(p, List.of(noted, p.decisions().get(1))));
    Comparison comparison = Comparison.between(REFERENCE, candidate);
    assertEquals(new Score(4, 0, 1), comparison.score(FactKind.ENTITIES));
    assertEquals(1.0, comparison.score(FactKind.REFERENCES).f1());
    Difference extra = only(comparison);
    assertEquals(Change.ONLY_IN_CANDIDATE, extra.change());
    assertEquals(Optional.of("/entities/meetings/0"), extra.candidatePointer());
  }

  @Test
  void aDocumentTitledOtherwiseIsAlignedWhenItIsTheOnlyOneOfItsKindFromItsIssuer() {
    Entities e = Statements.entities();
    Instrument guide = e.instruments().get(0);
    Instrument reference = new Instrument.Builder().from(guide).issuedBy("TEG-RR").build();
    Instrument draft = new Instrument.Builder().id("teg-rr-policy-guide").kind(guide.kind()).title("Policy guide of the TEG-RR")
        .issuedBy("TEG-RR").build();
    Statement withReference = Statements.statement()
        .entities(new Entities(e.members(), e.bodies(), e.meetings(), e.frameworks(), List.of(reference), e.partners(), e.initiatives()))
        .build();
    Statement withDraft = Statements.statement()
        .entities(new Entities(e.members(), e.bodies(), e.meetings(), e.frameworks(), List.of(draft), e.partners(), e.initiatives()))
        .build();
    assertEquals(new Score(4, 0, 0), Comparison.between(withReference, withDraft).score(FactKind.ENTITIES));

    Instrument another = new Instrument.Builder().from(draft).id("teg-rr-policy-guide-2").title("Second guide").build();
    Statement twoDrafts = Statements.statement()
        .entities(new Entities(e.members(), e.bodies(), e.meetings(), e.frameworks(), List.of(draft, another), e.partners(),
            e.initiatives())).build();
    // Two guides of the TEG-RR in the draft: which one the reference means is not a guess to make.
    assertEquals(new Score(3, 1, 2), Comparison.between(withReference, twoDrafts).score(FactKind.ENTITIES));
  }

  @Test
  void anEntityTheCandidateDoesNotDefineIsMissingButReferencesToItStillMatchByIdentifier() {
    Entities e = Statements.entities();
    Statement candidate = Statements.statement()
        .entities(new Entities(e.members(), e.bodies(), e.meetings(), e.frameworks(), List.of(), e.partners(), e.initiatives())).build();
    Comparison comparison = Comparison.between(REFERENCE, candidate);
    assertEquals(new Score(3, 1, 0), comparison.score(FactKind.ENTITIES));
    assertEquals(new Score(6, 0, 0), comparison.score(FactKind.REFERENCES));
    assertEquals(Optional.of("/entities/instruments/0"), only(comparison).referencePointer());
  }

  @Test
  void aMeetingValueThatDiffersIsOneDifferenceCountedOnBothSides() {
    Meeting m = Statements.meeting().date(PartialDate.of(2022, 12)).build();
    Comparison comparison = Comparison.between(REFERENCE, Statements.statement().meeting(m).build());
    Difference d = only(comparison);
    assertEquals(Change.DIFFERS, d.change());
    assertEquals(Optional.of("/meeting/date"), d.referencePointer());
    assertEquals(Optional.of("/meeting/date"), d.candidatePointer());
    assertEquals("meeting date differs: 2022-12-06 vs 2022-12", d.description());
    Score meeting = comparison.score(FactKind.MEETING);
    assertEquals(1, meeting.onlyInReference());
    assertEquals(1, meeting.onlyInCandidate());
  }

  @Test
  void aCoChairAndAParticipantInAnotherRoleAreDifferences() {
    Meeting.Builder m = new Meeting.Builder().id("ahg-som-16").kind(MeetingKind.SENIOR_OFFICIALS_MEETING).addConvenedBy("AHG").ordinal(16)
        .date(PartialDate.of(2022, 12, 6)).place(REFERENCE.meeting().place()).format(REFERENCE.meeting().format()).addCoChairs("IDN");
    for (Participant p : REFERENCE.meeting().participants()) {
      m.addParticipant(p.member().equals("IOM") ? new Participant("IOM", ParticipantRole.OBSERVER, Optional.empty()) : p);
    }
    Comparison comparison = Comparison.between(REFERENCE, Statements.statement().meeting(m.build()).build());
    assertEquals(List.of(
            "MEETING ONLY_IN_REFERENCE /meeting/coChairs/1 -: meeting co-chaired by AUS",
            "PARTICIPANTS DIFFERS /meeting/participants/4 /meeting/participants/4: participant IOM: role differs: MEMBER vs OBSERVER"),
        comparison.differences().stream().map(Difference::toString).toList());
    assertEquals(new Score(4, 1, 1), comparison.score(FactKind.PARTICIPANTS));
  }

  @Test
  void typographyAndWhiteSpaceDoNotMakeATextDiffer() {
    Paragraph p = Statements.wgdParagraph();
    String typeset = "The meeting noted updates from the Annual Meeting of the WG‑D  held in Bangkok in October 2022.\n"
        + "The meeting welcomed the intention of the WG–D to initiate another Joint Period of Action in 2023.";
    assertEquals(List.of(), Comparison.between(REFERENCE, Statements.withWgdParagraph(Statements.withText(p, typeset))).differences());
    assertFalse(Comparison.between(REFERENCE,
        Statements.withWgdParagraph(Statements.withText(p, typeset.replace("meeting noted", "Meeting noted")))).identical());
  }

  @Test
  void aParagraphWithAnotherTextIsAlignedByItsNumberAndItsDecisionsStillMatch() {
    Paragraph p = Statements.wgdParagraph();
    Statement candidate = Statements.withWgdParagraph(Statements.withText(p, p.text().replace("in Bangkok", "in Bali")));
    Comparison comparison = Comparison.between(REFERENCE, candidate);
    Difference d = only(comparison);
    assertEquals(FactKind.PARAGRAPHS, d.kind());
    assertEquals(Change.DIFFERS, d.change());
    assertTrue(d.description().startsWith("paragraph 2: text differs: "), d.description());
    assertTrue(d.description().contains("Bangkok") && d.description().contains("Bali in October"), d.description());
    assertEquals(new Score(5, 1, 1), comparison.score(FactKind.PARAGRAPHS));
    assertEquals(new Score(6, 0, 0), comparison.score(FactKind.DECISIONS));
  }

  @Test
  void paragraphsAreAlignedByTheirTextWhateverTheirNumbers() {
    // A draft that numbers from 11 has every paragraph and every decision in its place.
    Statement s = REFERENCE;
    List<Section> sections = new ArrayList<>();
    for (Section section : s.sections()) {
      sections.add(renumber(section));
    }
    Statement candidate = new Statement(s.id(), s.kind(), s.title(), s.masthead(), s.date(), s.meeting(), sections, s.entities(),
        s.nameVariants(), s.source(), s.issuedBy(), s.excerpt(), List.of(renumber(s.preamble().get(0))), s.attachments());
    assertTrue(Comparison.between(REFERENCE, candidate).identical());
  }

  private static Section renumber(Section s) {
    return new Section(s.label(), s.heading(), s.paragraphs().stream().map(ComparisonTest::renumber).toList(),
        s.subsections().stream().map(ComparisonTest::renumber).toList());
  }

  private static Paragraph renumber(Paragraph p) {
    return new Paragraph(p.number() + 10, Optional.empty(), p.text(), p.items(), p.decisions());
  }

  @Test
  void twoLikeDecisionsOfOneParagraphAreTwoFacts() {
    Paragraph p = Statements.wgdParagraph();
    Decision noted = p.decisions().get(0);
    Statement twice = Statements.withWgdParagraph(Statements.withDecisions(p, List.of(noted, noted, p.decisions().get(1))));
    Comparison comparison = Comparison.between(twice, REFERENCE);
    assertEquals(new Score(6, 1, 0), comparison.score(FactKind.DECISIONS));
    assertEquals(Optional.of(WGD + "/decisions/1"), only(comparison).referencePointer());
  }

  @Test
  void aClauseThatDiffersIsReportedButTheDecisionStillMatches() {
    Paragraph p = Statements.wgdParagraph();
    Decision d = p.decisions().get(0);
    Decision longer = new Decision(d.actor(), d.verb(), d.clause() + " held in Bangkok", d.refersTo(), d.commitments(),
        d.verbAsPrinted(), d.capacities(), d.madeAt());
    Comparison comparison =
        Comparison.between(REFERENCE, Statements.withWgdParagraph(Statements.withDecisions(p, List.of(longer, p.decisions().get(1)))));
    Difference difference = only(comparison);
    assertEquals(Change.DIFFERS, difference.change());
    assertTrue(difference.description().startsWith("decision of paragraph 2 (meeting noted): clause differs: "), difference.description());
    assertEquals(new Score(6, 0, 0), comparison.score(FactKind.DECISIONS));
    assertFalse(comparison.identical());
  }

  @Test
  void aCommitmentDueAnotherYearDiffersAndOneOfAnotherStatusIsADetail() {
    Paragraph p = Statements.wgdParagraph();
    Decision d = p.decisions().get(1);
    Commitment c = d.commitments().get(0);
    Commitment later = new Commitment(c.owners(), c.ownerGroups(), c.what(), Optional.of(PartialDate.of(2024)), c.status(), c.refersTo(),
        c.fulfilledBy());
    Commitment planned = new Commitment(c.owners(), c.ownerGroups(), c.what(), c.due(), CommitmentStatus.PLANNED, c.refersTo(), c.fulfilledBy());
    Comparison due = Comparison.between(REFERENCE, withCommitment(p, d, later));
    assertEquals("commitment of paragraph 2 (WG-D): due differs: 2023 vs 2024", only(due).description());
    assertEquals(new Score(1, 1, 1), due.score(FactKind.COMMITMENTS));
    Comparison status = Comparison.between(REFERENCE, withCommitment(p, d, planned));
    assertEquals("commitment of paragraph 2 (WG-D): status differs: INTENDED vs PLANNED", only(status).description());
    assertEquals(Optional.of(WGD + "/decisions/1/commitments/0"), only(status).candidatePointer());
    assertEquals(new Score(2, 0, 0), status.score(FactKind.COMMITMENTS));
  }

  private static Statement withCommitment(Paragraph p, Decision d, Commitment c) {
    Decision changed = new Decision(d.actor(), d.verb(), d.clause(), d.refersTo(), List.of(c), d.verbAsPrinted(), d.capacities(), d.madeAt());
    return Statements.withWgdParagraph(Statements.withDecisions(p, List.of(p.decisions().get(0), changed)));
  }

  @Test
  void aDecisionOfAnItemIsPointedAtInsideTheItem() {
    Statement s = REFERENCE;
    Section keyThemes = s.sections().get(1);
    Paragraph items = keyThemes.paragraphs().get(0);
    var item = items.items().get(1);
    var changedItem = new org.balimodel.core.model.SubItem(item.label(), item.text(),
        List.of(Statements.withActor(item.decisions().get(0), Actor.member("IDN"))));
    Paragraph changed = new Paragraph(items.number(), items.label(), items.text(), List.of(items.items().get(0), changedItem), items.decisions());
    Statement candidate = Statements.statement().sections(List.of(s.sections().get(0),
        new Section(keyThemes.label(), keyThemes.heading(), List.of(changed), keyThemes.subsections()))).build();
    Difference d = only(Comparison.between(REFERENCE, candidate));
    assertEquals(Optional.of("/sections/1/paragraphs/0/items/1/decisions/0"), d.referencePointer());
    assertEquals("decision of paragraph 3: actor differs: partner ASEAN vs member IDN", d.description());
  }

  @Test
  void aHeadingThatDiffersUnmatchesItsSectionAndTheSectionsUnderIt() {
    Statement s = REFERENCE;
    Section keyThemes = s.sections().get(1);
    Statement candidate = Statements.statement().sections(List.of(s.sections().get(0),
        new Section(Optional.empty(), keyThemes.heading(), keyThemes.paragraphs(), keyThemes.subsections()))).build();
    Comparison comparison = Comparison.between(REFERENCE, candidate);
    assertEquals(new Score(1, 2, 2), comparison.score(FactKind.SECTIONS));
    assertEquals(List.of("section heading differs: \"II. Key Themes\" vs \"Key Themes\"",
        "section \"Regional Support Office\" is under another heading"), comparison.differences().stream().map(Difference::description).toList());
    assertEquals(Optional.of("/sections/1/subsections/0"), comparison.differences().get(1).candidatePointer());
    assertEquals(1.0, comparison.score(FactKind.PARAGRAPHS).f1());
  }

  @Test
  void anEmptyDraftFindsNothingAndTheDifferencesPointIntoTheReferenceOnly() {
    Statement empty = new Statement.Builder().id("draft").kind(REFERENCE.kind()).title("Co-Chairs’ Statement").date(REFERENCE.date())
        .meeting(new Meeting.Builder().id("draft-meeting").kind(MeetingKind.SENIOR_OFFICIALS_MEETING).build()).build();
    Comparison comparison = Comparison.between(REFERENCE, empty);
    assertEquals(0.0, comparison.score(FactKind.DECISIONS).recall());
    assertEquals(0.0, comparison.score(FactKind.DECISIONS).precision());
    assertEquals(new Score(4, 8, 0), comparison.score(FactKind.MEETING));
    for (Difference d : comparison.differences()) {
      assertEquals(Change.ONLY_IN_REFERENCE, d.change(), d::toString);
      assertTrue(Statements.resolve(REFERENCE, d.referencePointer().orElseThrow()).isPresent(), d::toString);
    }
  }

  @Test
  void differencesOnlyInTheCandidateComeAfterTheOthers() {
    Paragraph extra = new Paragraph.Builder().number(5).text("The meeting thanked Indonesia.")
        .addDecision(Statements.decision(Actor.meeting(), OperativeVerb.THANKED, "The meeting thanked Indonesia.").build()).build();
    Statement s = REFERENCE;
    Statement candidate = Statements.statement().preamble(List.of()).addSection(new Section.Builder().addParagraph(extra).build()).build();
    List<String> changes = Comparison.between(s, candidate).differences().stream()
        .map(d -> d.change() + " " + d.referencePointer().or(d::candidatePointer).orElseThrow()).toList();
    assertEquals(List.of("ONLY_IN_REFERENCE /preamble/0", "ONLY_IN_REFERENCE /preamble/0/decisions/0",
        "ONLY_IN_REFERENCE /preamble/0/decisions/0/refersTo/bodies/0", "ONLY_IN_CANDIDATE /sections/2",
        "ONLY_IN_CANDIDATE /sections/2/paragraphs/0", "ONLY_IN_CANDIDATE /sections/2/paragraphs/0/decisions/0"), changes);
  }

  @Test
  void verbsOutsideTheVocabularyAreToldApartByTheirPrintedWords() {
    Paragraph p = Statements.rsoParagraph();
    Decision d = p.decisions().get(0);
    Decision stressed = new Decision(d.actor(), OperativeVerb.OTHER, d.clause(), d.refersTo(), d.commitments(), Optional.of("stressed"),
        d.capacities(), d.madeAt());
    Decision capitalised = new Decision(d.actor(), OperativeVerb.OTHER, d.clause(), d.refersTo(), d.commitments(),
        Optional.of("Stressed"), d.capacities(), d.madeAt());
    Decision pointedOut = new Decision(d.actor(), OperativeVerb.OTHER, d.clause(), d.refersTo(), d.commitments(), Optional.of("pointed out"),
        d.capacities(), d.madeAt());
    Statement a = withRso(Statements.withDecisions(p, List.of(stressed)));
    assertTrue(Comparison.between(a, withRso(Statements.withDecisions(p, List.of(capitalised)))).identical());
    Difference difference = only(Comparison.between(a, withRso(Statements.withDecisions(p, List.of(pointedOut)))));
    assertEquals("decision of paragraph 4: verb differs: \"stressed\" vs \"pointed out\"", difference.description());
  }

  private static Statement withRso(Paragraph rso) {
    Section keyThemes = REFERENCE.sections().get(1);
    Section office = keyThemes.subsections().get(0);
    return Statements.statement().sections(List.of(REFERENCE.sections().get(0), new Section(keyThemes.label(), keyThemes.heading(),
        keyThemes.paragraphs(), List.of(new Section(office.label(), office.heading(), List.of(rso), List.of()))))).build();
  }

  @Test
  void theOrderOfOwnersDoesNotCountButAnotherOwnerDoes() {
    Paragraph p = Statements.rsoParagraph();
    Decision d = p.decisions().get(0);
    Commitment c = d.commitments().get(0);
    Commitment both = new Commitment(List.of("RSO", "IOM"), c.ownerGroups(), c.what(), c.due(), c.status(), c.refersTo(), c.fulfilledBy());
    Commitment reversed = new Commitment(List.of("IOM", "RSO"), c.ownerGroups(), c.what(), c.due(), c.status(), c.refersTo(), c.fulfilledBy());
    Commitment other = new Commitment(List.of("IOM"), c.ownerGroups(), c.what(), c.due(), c.status(), c.refersTo(), c.fulfilledBy());
    Statement a = withRso(Statements.withDecisions(p, List.of(withCommitments(d, both))));
    assertTrue(Comparison.between(a, withRso(Statements.withDecisions(p, List.of(withCommitments(d, reversed))))).identical());
    Comparison comparison = Comparison.between(a, withRso(Statements.withDecisions(p, List.of(withCommitments(d, other)))));
    assertEquals("commitment of paragraph 4: owners differ: RSO, IOM, members vs IOM, members", only(comparison).description());
    assertEquals(new Score(1, 1, 1), comparison.score(FactKind.COMMITMENTS));
  }

  private static Decision withCommitments(Decision d, Commitment... commitments) {
    return new Decision(d.actor(), d.verb(), d.clause(), d.refersTo(), List.of(commitments), d.verbAsPrinted(), d.capacities(), d.madeAt());
  }

  @Test
  void aLocalBodyUnderAnotherIdentifierIsTheSameActorAndOwnerOnceAligned() {
    Body office = new Body.Builder().id("RSO-NEW").kind(BodyKind.SUPPORT_OFFICE).name("Regional Support Office").build();
    Body renamed = new Body.Builder().id("rso-2").kind(BodyKind.SUPPORT_OFFICE).name("Regional  support office").build();
    Paragraph p = Statements.rsoParagraph();
    Decision d = p.decisions().get(0);
    Commitment c = d.commitments().get(0);
    Decision byOffice = withCommitments(Statements.withActor(d, Actor.body("RSO-NEW")),
        new Commitment(List.of("RSO-NEW"), c.ownerGroups(), c.what(), c.due(), c.status(), c.refersTo(), c.fulfilledBy()));
    Decision byRenamed = withCommitments(Statements.withActor(d, Actor.body("rso-2")),
        new Commitment(List.of("rso-2"), c.ownerGroups(), c.what(), c.due(), c.status(), c.refersTo(), c.fulfilledBy()));
    Statement reference = withEntities(withRso(Statements.withDecisions(p, List.of(byOffice))), office);
    Statement candidate = withEntities(withRso(Statements.withDecisions(p, List.of(byRenamed))), renamed);
    Comparison comparison = Comparison.between(reference, candidate);
    assertTrue(comparison.identical(), () -> comparison.differences().toString());
    // Without the body of its own, the candidate's rso-2 is another actor and another owner.
    Comparison unaligned = Comparison.between(reference, withEntities(withRso(Statements.withDecisions(p, List.of(byRenamed)))));
    assertEquals(new Score(5, 1, 1), unaligned.score(FactKind.DECISIONS));
    assertEquals(new Score(1, 1, 1), unaligned.score(FactKind.COMMITMENTS));
    assertEquals(new Score(4, 1, 0), unaligned.score(FactKind.ENTITIES));
  }

  private static Statement withEntities(Statement s, Body... bodies) {
    Entities e = s.entities();
    Entities with = new Entities(e.members(), List.of(bodies), e.meetings(), e.frameworks(), e.instruments(), e.partners(), e.initiatives());
    return new Statement(s.id(), s.kind(), s.title(), s.masthead(), s.date(), s.meeting(), s.sections(), with, s.nameVariants(),
        s.source(), s.issuedBy(), s.excerpt(), s.preamble(), s.attachments());
  }

  @Test
  void anEntityAlignedByItsIdentifierWhoseNameDiffersIsADetail() {
    Entities e = Statements.entities();
    Instrument guide = e.instruments().get(0);
    Instrument retitled = new Instrument.Builder().id(guide.id()).kind(guide.kind()).title("Returns Policy Guide").build();
    Statement candidate = Statements.statement()
        .entities(new Entities(e.members(), e.bodies(), e.meetings(), e.frameworks(), List.of(retitled), e.partners(), e.initiatives()))
        .build();
    Comparison comparison = Comparison.between(REFERENCE, candidate);
    assertEquals("instrument policy-guide-returns: name differs: \"Policy Guide on Returns and Reintegration\" vs \"Returns Policy Guide\"",
        only(comparison).description());
    assertEquals(new Score(4, 0, 0), comparison.score(FactKind.ENTITIES));
  }
}
