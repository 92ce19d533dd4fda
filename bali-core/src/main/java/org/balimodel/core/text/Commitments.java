package org.balimodel.core.text;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.balimodel.core.model.Actor;
import org.balimodel.core.model.Commitment;
import org.balimodel.core.model.CommitmentStatus;
import org.balimodel.core.model.OperativeVerb;
import org.balimodel.core.model.PartialDate;
import org.balimodel.core.model.References;
import org.balimodel.core.register.EntityKind;

/**
 * Reads the forward-looking items of a clause as commitments, in three ways.
 *
 * <ul>
 *   <li>A word of intent: "the intention of the WG-D to initiate … in 2023" (intended), "plans by the
 *       WG-TIP to work alongside the RSO" (planned), "its ongoing commitment to strengthen …"
 *       (ongoing), "the offer of Thailand to host …" and "the proposed forward workplan" (proposed).
 *       The owners are who has the intent: named just before the word or after it with "of" or "by",
 *       "its" as the body acting or the section's body, else the last body named before the word,
 *       else the section's body or the actor.
 *   <li>An act that decides or asks: "agreed to review …", "agreed that the WG-TIP should hold …"
 *       (planned, by the meeting's convening body or the one named), "tasked senior officials to
 *       review …", "requested the RSO to circulate …" (planned, by those tasked), "encouraged members
 *       to …", "recommended that Ministers endorse …", "called on members to …" (proposed, by those
 *       asked).
 *   <li>"looked forward to the Seventh Ministerial Conference, to be held in 2018" (planned, by the
 *       meeting's convening body).
 * </ul>
 *
 * <p>An item whose words begin "continue" is {@link CommitmentStatus#ONGOING}. Bodies the item says
 * the owner will work with or alongside share it. The due date is the first date inside the item
 * after "in", "by", "for" or "during" ("by mid-2017" is 2017), and is taken out of its words.
 */
final class Commitments {
  private static final Pattern TRIGGER = Pattern.compile(
      "\\b(?:(ongoing|continued|continuing)\\s+)?(intentions?|intent|plans?|commitments?|proposals?|undertaking|offers?)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern PROPOSED = Pattern.compile("\\bthe\\s+proposed\\s+(?=[a-z])", Pattern.CASE_INSENSITIVE);
  private static final Pattern TO = Pattern.compile("^(?:\\s+(?:of|by|from)\\s+(?:the\\s+)?[^,;]*?)?\\s+(to|for)\\s+(?=[a-z])", Pattern.CASE_INSENSITIVE);
  private static final Pattern CUT = Pattern.compile(",\\s+(?:building|which|including|as well|while|following|noting|scheduled|to be)\\b|;|\\s+[–—]\\s+|[.:]$|\\.\\s");
  private static final Pattern DUE = Pattern.compile(
      "\\s+(?:in|by|on|during|before|from|for|scheduled\\s+for|to\\s+be\\s+(?:held|launched|convened)\\s+in)\\s+(?:the\\s+end\\s+of\\s+|mid-|early\\s+|late\\s+|the\\s+first\\s+half\\s+of\\s+|the\\s+second\\s+half\\s+of\\s+)?$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern WORK_BEFORE = Pattern.compile("(?i)\\b(?:work|action|forward|strategic)\\s*$");
  private static final Pattern POSSESSIVE_BEFORE = Pattern.compile("(?i)\\b(?:its|their)\\s+(?:\\w+\\s+)?$");
  /** The longest item read: a clause that runs on without a stop is cut here, at a word's end. */
  private static final int MAX_ITEM = 600;
  private static final Pattern PARTNERING = Pattern.compile("\\b(?:with|alongside|and)\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);
  private static final Pattern SHOULD = Pattern.compile("\\s+that\\s+(.{1,120}?)\\s+(?:should|would|will|shall|could|to)\\s+(?=[a-z])");
  private static final Pattern ADDRESSEE = Pattern.compile("\\s+(?:that\\s+)?(.{1,100}?)(?:\\s+to\\s+|\\s+(?=[a-z]))");

  /** Who is asked, by the words that name them. */
  private static final Map<String, Actor.Group> ADDRESSEES = Map.of(
      "members", Actor.Group.MEMBERS, "all members", Actor.Group.MEMBERS, "member states", Actor.Group.MEMBERS,
      "senior officials", Actor.Group.SENIOR_OFFICIALS, "ministers", Actor.Group.MINISTERS, "the co-chairs", Actor.Group.CO_CHAIRS,
      "co-chairs", Actor.Group.CO_CHAIRS, "participants", Actor.Group.ALL_PARTICIPANTS, "all participants", Actor.Group.ALL_PARTICIPANTS,
      "officials", Actor.Group.OFFICIALS);

  private Commitments() {}

  /** A commitment and where its words are in the clause. */
  record Found(Commitment commitment, int start, int whatStart, int whatEnd) {}

  /** What the reader knows of the clause's setting. */
  record Setting(Optional<String> sectionBody, Optional<String> convenor, Set<String> proposedSeen) {}

  static List<Found> read(String clause, OperativeVerb verb, Actor actor, List<Mention> mentions, Setting setting) {
    List<Found> found = new ArrayList<>();
    Matcher trigger = TRIGGER.matcher(clause);
    while (trigger.find()) {
      String word = trigger.group(2).toLowerCase(Locale.ROOT);
      // Each look is bounded by a few words around the trigger, so a long text costs no more than its length.
      String before = clause.substring(Math.max(0, trigger.start() - 40), trigger.start());
      if ((word.startsWith("plan") || word.startsWith("offer")) && WORK_BEFORE.matcher(before).find()) {
        // A work plan is a document, not a plan to do something.
        continue;
      }
      Matcher to = TO.matcher(clause).region(trigger.end(), Math.min(clause.length(), trigger.end() + 200));
      if (!to.lookingAt()) {
        continue;
      }
      int whatStart = to.end();
      CommitmentStatus status = word.startsWith("intent") ? CommitmentStatus.INTENDED
          : word.startsWith("plan") ? CommitmentStatus.PLANNED
          : word.startsWith("proposal") || word.startsWith("offer") ? CommitmentStatus.PROPOSED
          : trigger.group(1) != null ? CommitmentStatus.ONGOING : CommitmentStatus.INTENDED;
      Set<String> owners = new LinkedHashSet<>();
      for (Mention mention : mentions) {
        // "the WG-TIPs intention", "the WG-D's plans", "the intention of the WG-D", "plans by the WG-TIP".
        if (owner(mention) && mention.end() <= trigger.start() && trigger.start() - mention.end() <= 4
            && clause.substring(mention.end(), trigger.start()).matches("(?:['’]s|['’]|s)?\\s*")) {
          owners.add(mention.id());
        }
        if (owner(mention) && mention.start() >= trigger.end() && mention.end() <= whatStart) {
          owners.add(mention.id());
        }
      }
      if (owners.isEmpty() && POSSESSIVE_BEFORE.matcher(before).find()) {
        actorId(actor).or(setting::sectionBody).ifPresent(owners::add);
      }
      if (owners.isEmpty()) {
        // "welcomed the first year of the Regional Support Office, including plans to hold …".
        int subjectEnd = verbStart(clause, verb);
        mentions.stream().filter(m -> owner(m) && m.start() >= subjectEnd && m.end() <= trigger.start())
            .reduce((a, b) -> b).ifPresent(m -> owners.add(m.id()));
      }
      if (owners.isEmpty()) {
        setting.sectionBody().or(() -> actorId(actor)).ifPresent(owners::add);
      }
      add(found, clause, whatStart, status, owners, groupOf(actor), mentions, trigger.start());
    }
    Matcher proposed = PROPOSED.matcher(clause);
    while (proposed.find()) {
      Optional<Mention> document = mentions.stream()
          .filter(m -> m.kind() == EntityKind.INSTRUMENT && m.start() <= proposed.end() && m.end() > proposed.end()).findFirst();
      String key = document.map(Mention::id).orElse(clause.substring(proposed.end(), Math.min(clause.length(), proposed.end() + 30)));
      if (!setting.proposedSeen().add(key)) {
        // A proposal is one commitment, however often the text names it again ("in the delivery of the proposed workplan").
        continue;
      }
      Set<String> owners = new LinkedHashSet<>();
      int subjectEnd = verbStart(clause, verb);
      mentions.stream().filter(m -> owner(m) && m.start() >= subjectEnd && m.end() <= proposed.start()).reduce((a, b) -> b)
          .ifPresent(m -> owners.add(m.id()));
      if (owners.isEmpty()) {
        actorId(actor).or(setting::sectionBody).ifPresent(owners::add);
      }
      if (!owners.isEmpty()) {
        add(found, clause, proposed.end(), CommitmentStatus.PROPOSED, owners, null, mentions, proposed.start());
      }
    }
    if (found.isEmpty()) {
      byVerb(clause, verb, actor, mentions, setting, found);
    }
    return found;
  }

  /** Commitments an act of deciding, asking or looking forward makes. */
  private static void byVerb(String clause, OperativeVerb verb, Actor actor, List<Mention> mentions, Setting setting, List<Found> found) {
    int at = verbEnd(clause, verb);
    if (at < 0) {
      return;
    }
    String rest = clause.substring(at);
    switch (verb) {
      case AGREED, DECIDED, COMMITTED, PLEDGED, UNDERTOOK, RESOLVED -> {
        CommitmentStatus status = verb == OperativeVerb.AGREED || verb == OperativeVerb.DECIDED || verb == OperativeVerb.RESOLVED
            ? CommitmentStatus.PLANNED : CommitmentStatus.INTENDED;
        Matcher should = SHOULD.matcher(rest);
        if (rest.matches("(?s)\\s+to\\s+[a-z].*")) {
          int whatStart = at + rest.indexOf("to ") + 3;
          Set<String> owners = new LinkedHashSet<>();
          Actor.Group group = null;
          Optional<String> own = actorId(actor).or(() -> actor instanceof Actor.OfGroup g && !partOf(g.group()) ? setting.convenor() : Optional.empty());
          if (own.isPresent()) {
            owners.add(own.get());
          } else {
            group = groupOf(actor);
          }
          add(found, clause, whatStart, status, owners, group, mentions, at);
        } else if (should.lookingAt()) {
          addressed(clause, at + should.start(1), at + should.end(1), at + should.end(), status, mentions, found);
        }
      }
      case TASKED, REQUESTED, DIRECTED, INSTRUCTED, ENCOURAGED, URGED, CALLED_ON, CALLED_UPON, INVITED, RECOMMENDED -> {
        CommitmentStatus status = verb == OperativeVerb.TASKED || verb == OperativeVerb.REQUESTED || verb == OperativeVerb.DIRECTED
            || verb == OperativeVerb.INSTRUCTED ? CommitmentStatus.PLANNED : CommitmentStatus.PROPOSED;
        Matcher addressee = ADDRESSEE.matcher(rest);
        if (addressee.lookingAt()) {
          addressed(clause, at + addressee.start(1), at + addressee.end(1), at + addressee.end(), status, mentions, found);
        }
      }
      case PROPOSED -> {
        if (rest.matches("(?s)\\s+to\\s+[a-z].*")) {
          Set<String> owners = new LinkedHashSet<>();
          actorId(actor).or(setting::convenor).ifPresent(owners::add);
          add(found, clause, at + rest.indexOf("to ") + 3, CommitmentStatus.PROPOSED, owners, owners.isEmpty() ? groupOf(actor) : null, mentions, at);
        }
      }
      case LOOKED_FORWARD -> {
        if (!rest.matches("(?s)\\s+to\\s+.*")) {
          return;
        }
        int whatStart = at + rest.indexOf("to ") + 3;
        Set<String> owners = new LinkedHashSet<>();
        // "looked forward to the Seventh Ministerial Conference, to be held in 2018", "to convening the 18th AHG SOM".
        Optional<Mention> meeting = mentions.stream().filter(m -> m.kind() == EntityKind.MEETING && m.start() >= whatStart).findFirst();
        if (meeting.isEmpty() || !Dates.find(clause.substring(whatStart)).stream().findFirst().isPresent()) {
          return;
        }
        mentions.stream().filter(m -> m.kind() == EntityKind.BODY && m.start() >= meeting.get().start() && m.end() <= meeting.get().end())
            .findFirst().map(Mention::id).or(setting::convenor).ifPresent(owners::add);
        if (!owners.isEmpty()) {
          add(found, clause, whatStart, CommitmentStatus.PLANNED, owners, null, mentions, at);
        }
      }
      default -> {
      }
    }
  }

  /** A commitment of those an act addresses: "members", "the Regional Support Office", "Ministers". */
  private static void addressed(String clause, int from, int to, int whatStart, CommitmentStatus status, List<Mention> mentions, List<Found> found) {
    String who = clause.substring(from, to).strip().toLowerCase(Locale.ROOT);
    Actor.Group group = ADDRESSEES.get(who);
    Set<String> owners = new LinkedHashSet<>();
    if (group == null) {
      for (Mention mention : mentions) {
        if (owner(mention) && mention.start() >= from && mention.end() <= to) {
          owners.add(mention.id());
        }
      }
      if (owners.isEmpty()) {
        return;
      }
    }
    add(found, clause, whatStart, status, owners, group, mentions, from);
  }

  /** Groups that are part of a meeting speak for themselves, not for its convening body. */
  private static boolean partOf(Actor.Group group) {
    return group == Actor.Group.SOME_MEMBERS || group == Actor.Group.SOME_PARTICIPANTS || group == Actor.Group.CO_CHAIRS
        || group == Actor.Group.ALL_PARTICIPANTS;
  }

  private static int verbStart(String clause, OperativeVerb verb) {
    int end = verbEnd(clause, verb);
    return end < 0 ? 0 : end;
  }

  /** Where the clause's verb ends, or -1. */
  private static int verbEnd(String clause, OperativeVerb verb) {
    if (verb == OperativeVerb.OTHER) {
      return -1;
    }
    Matcher m = VERB_FORMS.get(verb).matcher(clause);
    return m.find() ? m.end() : -1;
  }

  /** Each verb's forms as one pattern, with up to two words inside a multi-word form ("expressed its deep concern"). */
  private static final Map<OperativeVerb, Pattern> VERB_FORMS = new EnumMap<>(OperativeVerb.class);

  static {
    for (OperativeVerb verb : OperativeVerb.values()) {
      if (verb != OperativeVerb.OTHER) {
        VERB_FORMS.put(verb, Pattern.compile("\\b(?:" + String.join("|", verb.forms().stream()
            .map(f -> f.replace(" ", "\\s+(?:\\w+\\s+){0,2}?")).toList()) + ")\\b", Pattern.CASE_INSENSITIVE));
      }
    }
  }

  private static boolean owner(Mention mention) {
    return mention.kind() == EntityKind.BODY || mention.kind() == EntityKind.MEMBER;
  }

  private static Optional<String> actorId(Actor actor) {
    if (actor instanceof Actor.OfBody body) {
      return Optional.of(body.body());
    }
    if (actor instanceof Actor.OfMember member) {
      return Optional.of(member.member());
    }
    return Optional.empty();
  }

  private static Actor.Group groupOf(Actor actor) {
    return actor instanceof Actor.OfGroup group ? group.group() : null;
  }

  private static void add(List<Found> found, String clause, int whatStart, CommitmentStatus status, Set<String> owners, Actor.Group fallback,
      List<Mention> mentions, int at) {
    int limit = Math.min(clause.length(), whatStart + MAX_ITEM);
    Matcher cut = CUT.matcher(clause).region(whatStart, limit);
    int whatEnd = limit;
    if (cut.find()) {
      whatEnd = cut.start();
    } else if (limit < clause.length()) {
      int space = clause.lastIndexOf(' ', limit);
      whatEnd = space > whatStart ? space : limit;
    }
    if (whatEnd <= whatStart) {
      return;
    }
    List<Actor.Group> groups = new ArrayList<>();
    if (owners.isEmpty()) {
      if (fallback == null) {
        return;
      }
      groups.add(fallback);
    }
    // "plans by the WG-TIP to work alongside the RSO", "collaboration with the WG-TIP": bodies the
    // item says the owner will work with share it.
    for (Mention mention : mentions) {
      if (mention.kind() == EntityKind.BODY && mention.start() >= whatStart && mention.start() < whatEnd && !owners.isEmpty()
          && PARTNERING.matcher(clause.substring(Math.max(whatStart, mention.start() - 40), mention.start())).find()
          && clause.substring(whatStart, mention.start()).split("\\s+").length <= 8) {
        owners.add(mention.id());
      }
    }
    String what = clause.substring(whatStart, whatEnd);
    // "… to be held in 2018", "… scheduled for 2015": a date just after the item is still its due date.
    String after = clause.substring(whatEnd);
    PartialDate due = null;
    for (Dates.Found date : Dates.find(what + after.substring(0, Math.min(after.length(), 40)))) {
      String before = (what + after).substring(0, date.start());
      Matcher prefix = DUE.matcher(before);
      if (prefix.find()) {
        due = date.date();
        if (date.end() <= what.length()) {
          what = (what.substring(0, prefix.start()) + what.substring(date.end())).strip();
        }
        break;
      }
    }
    what = what.strip().replaceAll("[;,]\\s*(?:and|or)?$", "").strip();
    if (what.isEmpty()) {
      return;
    }
    if (what.toLowerCase(Locale.ROOT).startsWith("continue") && status != CommitmentStatus.PROPOSED) {
      status = CommitmentStatus.ONGOING;
    }
    References.Builder refs = new References.Builder();
    for (Mention mention : mentions) {
      if (mention.start() >= whatStart && mention.end() <= whatEnd && !owners.contains(mention.id())) {
        Decisions.add(refs, mention);
      }
    }
    Commitment.Builder commitment = new Commitment.Builder().addAllOwners(owners).addAllOwnerGroups(groups).what(what)
        .status(status).refersTo(Decisions.distinct(refs.build()));
    if (due != null) {
      commitment.due(due);
    }
    found.add(new Found(commitment.build(), at, whatStart, whatEnd));
  }

  /**
   * The commitments of a list that an act introduces: "Participants agree to: (a) continue …; (b)
   * consider …; (c) report …". Each item is one commitment of the act.
   */
  static Commitment ofItem(String item, OperativeVerb verb, Actor actor, Setting setting, List<Mention> mentions) {
    CommitmentStatus status = verb == OperativeVerb.AGREED || verb == OperativeVerb.DECIDED || verb == OperativeVerb.RESOLVED
        ? CommitmentStatus.PLANNED : CommitmentStatus.INTENDED;
    List<Found> found = new ArrayList<>();
    Set<String> owners = new LinkedHashSet<>();
    actorId(actor).or(() -> actor instanceof Actor.OfGroup g && !partOf(g.group()) ? setting.convenor() : Optional.empty()).ifPresent(owners::add);
    add(found, item, 0, status, owners, owners.isEmpty() ? groupOf(actor) : null, mentions, 0);
    return found.isEmpty() ? null : found.get(0).commitment();
  }
}
