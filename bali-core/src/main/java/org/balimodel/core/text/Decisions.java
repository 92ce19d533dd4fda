package org.balimodel.core.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.balimodel.core.internal.ClauseVerbs;
import org.balimodel.core.model.Actor;
import org.balimodel.core.model.Commitment;
import org.balimodel.core.model.Decision;
import org.balimodel.core.model.OperativeVerb;
import org.balimodel.core.model.PartialDate;
import org.balimodel.core.model.References;
import org.balimodel.core.register.EntityKind;
import org.balimodel.core.validation.IssueCode;

/**
 * Reads the decisions of one paragraph or item: its sentences, the acts of each, the entities each
 * clause names and the commitments it holds, with an issue for every guess.
 */
final class Decisions {
  private final Acts acts;
  private final Mentions mentions;
  private final Review review;
  private final Locals locals;
  private final String ownMeeting;
  private final Optional<String> ownConvenor;
  /** The first body that convened the statement's meeting. */
  private final Optional<String> convenor;
  private final Set<String> proposed = new HashSet<>();

  Decisions(Acts acts, Mentions mentions, Review review, Locals locals, String ownMeeting, Optional<String> convenor) {
    // "The Group", "the Conference": too general to stand for the Ad Hoc Group or the Ministerial Conference.
    this.ownConvenor = convenor.filter(id -> !id.equals("AHG") && !id.equals("BPMC"));
    this.convenor = convenor;
    this.acts = acts;
    this.mentions = mentions;
    this.review = review;
    this.locals = locals;
    this.ownMeeting = ownMeeting;
  }

  /** The decisions of a text that starts at {@code offset} of the input; {@code previous} is the actor so far. */
  List<Decision> read(String text, int offset, String pointer, Optional<String> sectionBody, PartialDate date, Actor[] previous) {
    List<Decision> decisions = new ArrayList<>();
    for (Sentences.Span sentence : Sentences.split(text)) {
      String words = text.substring(sentence.start(), sentence.end());
      List<Acts.Act> found = acts.read(words, previous[0], sectionBody.or(() -> ownConvenor).orElse(null), convenor.orElse(null));
      if (found.isEmpty() && words.strip().endsWith(":")) {
        // "The Task Force:", "In particular, senior officials:": the lead-in names who acts in the items.
        Actor lead = acts.leadIn(words.strip().replaceAll(":$", ""), sectionBody.or(() -> ownConvenor).orElse(null), convenor.orElse(null));
        if (lead != null) {
          previous[0] = lead;
          continue;
        }
      }
      if (found.isEmpty() && !decisions.isEmpty()) {
        // "This included virtual Policy Expert Gatherings …": a sentence with no act of its own says more
        // about the act before it, so what it names is what that act concerns.
        continuation(decisions, words, offset + sentence.start(), pointer, sectionBody, date);
        continue;
      }
      for (Acts.Act act : found) {
        int clauseStart = act.clauseStart();
        String clause = words.substring(clauseStart, act.clauseEnd()).strip();
        ClauseVerbs.Found check = clause.isEmpty() ? null : ClauseVerbs.find(clause);
        if (check == null || check.verb() != act.verb()) {
          // The validator reads the clause's verb among its first words: start the clause at the verb.
          clauseStart = act.verbStart();
          clause = words.substring(clauseStart, act.clauseEnd()).strip();
          check = clause.isEmpty() ? null : ClauseVerbs.find(clause);
          if (check == null || check.verb() != act.verb()) {
            continue;
          }
        }
        int clauseOffset = offset + sentence.start() + clauseStart;
        String decisionPointer = pointer + "/decisions/" + decisions.size();
        review.base = clauseOffset;
        review.pointer = decisionPointer;
        Optional<String> actorBody = act.actor() instanceof Actor.OfBody body ? Optional.of(body.body()) : Optional.empty();
        MeetingMentions.Context context = new MeetingMentions.Context(sectionBody, actorBody, date);
        List<Mention> named = mentions.find(clause, context, locals, review);
        // In the passive ("The Task Force was established by senior officials") the subject is what the act concerns.
        int subjectEnd = act.passive() ? 0 : Math.max(0, act.verbStart() - clauseStart);
        List<Commitments.Found> held = Commitments.read(clause, act.verb(), act.actor(), named,
            new Commitments.Setting(sectionBody, convenor, proposed));
        References.Builder refs = new References.Builder();
        int ownStart = -1;
        int ownEnd = -1;
        for (Mention mention : named) {
          if (mention.kind() == EntityKind.MEETING && mention.id().equals(ownMeeting)) {
            // "during the 16th Ad Hoc Group Senior Officials' Meeting": the statement's own meeting.
            ownStart = mention.start();
            ownEnd = mention.end();
          }
        }
        for (Mention mention : named) {
          if (mention.end() <= subjectEnd || mention.start() >= ownStart && mention.end() <= ownEnd) {
            // "Members of the AHG", "The RSO": the subject says who acted, not what the act is about.
            continue;
          }
          reportLocal(mention, clauseOffset + mention.start());
          if (held.stream().anyMatch(c -> c.whatStart() <= mention.start() && mention.end() <= c.whatEnd()
              && !c.commitment().owners().contains(mention.id()))) {
            // What a commitment will do is what the commitment refers to; its owners stay the act's too.
            continue;
          }
          add(refs, mention);
        }
        List<Commitment> commitments = new ArrayList<>();
        for (Commitments.Found commitment : held) {
          review.add(IssueCode.IMPORT_COMMITMENT, decisionPointer + "/commitments/" + commitments.size(),
              clauseOffset + commitment.start(),
              "read as a commitment (" + commitment.commitment().status()
                  + (commitment.commitment().owners().isEmpty() ? "" : " by " + String.join(", ", commitment.commitment().owners()))
                  + commitment.commitment().due().map(d -> ", due " + d).orElse("") + "): \""
                  + shorten(commitment.commitment().what()) + "\"; check its owners, due date and status");
          commitments.add(commitment.commitment());
        }
        Decision.Builder decision = new Decision.Builder().actor(act.actor()).verb(act.verb()).clause(clause)
            .refersTo(distinct(refs.build())).addAllCommitments(commitments);
        if (act.verb() == OperativeVerb.OTHER) {
          decision.verbAsPrinted(act.printed());
        }
        decisions.add(decision.build());
        switch (act.resolution()) {
          case PRONOUN -> review.add(IssueCode.IMPORT_ACTOR_PRONOUN, decisionPointer + "/actor", clauseOffset,
              "\"" + shorten(clause, 40) + "\": the pronoun is read as " + describe(act.actor()) + ", the actor of the sentence before");
          case UNRESOLVED -> review.add(IssueCode.IMPORT_ACTOR_UNRESOLVED, decisionPointer + "/actor", clauseOffset,
              "\"" + shorten(clause, 40) + "\": no known actor is named; read as the meeting");
          default -> {
          }
        }
        previous[0] = act.actor();
      }
    }
    return decisions;
  }

  private void continuation(List<Decision> decisions, String sentence, int offset, String pointer, Optional<String> sectionBody,
      PartialDate date) {
    Decision last = decisions.get(decisions.size() - 1);
    List<Mention> found = namedIn(sentence, offset, pointer + "/decisions/" + (decisions.size() - 1), sectionBody, date, last.actor());
    if (found.isEmpty()) {
      return;
    }
    References.Builder refs = new References.Builder().from(last.refersTo());
    found.forEach(mention -> add(refs, mention));
    decisions.set(decisions.size() - 1, new Decision.Builder().from(last).refersTo(distinct(refs.build())).build());
  }

  private void reportLocal(Mention mention, int offset) {
    if (mention.kind() == EntityKind.MEETING) {
      return;
    }
    locals.pointer(mention.kind(), mention.id()).ifPresent(pointer -> {
      if (locals.firstReport(mention.id())) {
        String printed = review.words(offset, offset + (mention.end() - mention.start()));
        String named = locals.name(mention.kind(), mention.id()).filter(n -> !n.equalsIgnoreCase(printed)).map(n -> " (" + n + ")").orElse("");
        review.add(IssueCode.IMPORT_ENTITY_LOCAL, pointer, offset,
            "\"" + printed + "\"" + named + " is not in the register: it is " + mention.kind().withArticle() + " of the draft; check its facts");
      }
    });
  }

  /**
   * What a text names that an act concerns (the items of its list, a sentence that says more about
   * it): each name reported once if it is an entity of the draft, the statement's own meeting left out.
   */
  List<Mention> namedIn(String text, int offset, String pointer, Optional<String> sectionBody, PartialDate date, Actor actor) {
    review.base = offset;
    review.pointer = pointer;
    Optional<String> actorBody = actor instanceof Actor.OfBody body ? Optional.of(body.body()) : Optional.empty();
    List<Mention> found = new ArrayList<>();
    for (Mention mention : mentions.find(text, new MeetingMentions.Context(sectionBody, actorBody, date), locals, review)) {
      if (!(mention.kind() == EntityKind.MEETING && mention.id().equals(ownMeeting))) {
        reportLocal(mention, offset + mention.start());
        found.add(mention);
      }
    }
    return found;
  }

  /** The setting commitments of this statement are read in. */
  Commitments.Setting setting(Optional<String> sectionBody) {
    return new Commitments.Setting(sectionBody, convenor, proposed);
  }

  static String describe(Actor actor) {
    if (actor instanceof Actor.OfGroup group) {
      return switch (group.group()) {
        case MEETING -> "the meeting";
        case CO_CHAIRS -> "the co-chairs";
        default -> group.group().name().toLowerCase(Locale.ROOT).replace('_', ' ');
      };
    }
    if (actor instanceof Actor.OfBody body) {
      return body.body();
    }
    if (actor instanceof Actor.OfMember member) {
      return member.member();
    }
    return ((Actor.OfPartner) actor).partner();
  }

  private static String shorten(String text) {
    return shorten(text, 80);
  }

  private static String shorten(String text, int max) {
    return text.length() > max ? text.substring(0, max - 1) + "…" : text;
  }

  static void add(References.Builder refs, Mention mention) {
    switch (mention.kind()) {
      case MEMBER -> refs.addMember(mention.id());
      case BODY -> refs.addBody(mention.id());
      case MEETING -> refs.addMeeting(mention.id());
      case FRAMEWORK -> refs.addFramework(mention.id());
      case PRIORITY -> refs.addPriority(mention.id());
      case INSTRUMENT -> refs.addInstrument(mention.id());
      case PARTNER -> refs.addPartner(mention.id());
      case INITIATIVE -> refs.addInitiative(mention.id());
      default -> {
      }
    }
  }

  /** The references without repeats, in the order first named. */
  static References distinct(References refs) {
    return new References(
        unique(refs.members()), unique(refs.bodies()), unique(refs.meetings()), unique(refs.frameworks()),
        unique(refs.priorities()), unique(refs.instruments()), unique(refs.partners()), unique(refs.initiatives()));
  }

  private static List<String> unique(List<String> ids) {
    return List.copyOf(new LinkedHashSet<>(ids));
  }
}
