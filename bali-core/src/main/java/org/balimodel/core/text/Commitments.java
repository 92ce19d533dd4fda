package org.balimodel.core.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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
 * Reads the forward-looking items of a clause as commitments: "the intention of the WG-D to
 * initiate another Joint Period of Action in 2023" (owner WG-D, due 2023, intended), "plans by the
 * WG-TIP to work alongside the RSO …" (owners WG-TIP and RSO, planned), "its ongoing commitment to
 * strengthen …" (ongoing), "the proposed forward workplan" (proposed), "Members agreed to convene …"
 * (planned, by the members).
 *
 * <p>The status follows the word: intention is {@link CommitmentStatus#INTENDED}, plan {@link
 * CommitmentStatus#PLANNED}, proposal or "proposed" {@link CommitmentStatus#PROPOSED}, an ongoing or
 * continuing commitment {@link CommitmentStatus#ONGOING}. Owners are the bodies or members named as
 * having the intention (before the word, or after it with "of" or "by"), "its" as the body acting
 * or the body of the section, and bodies the item says they will work with or alongside; failing
 * those, the actor. The due date is the first date inside the item, which is taken out of its words.
 */
final class Commitments {
  private static final Pattern TRIGGER = Pattern.compile(
      "\\b(?:(ongoing|continued|continuing)\\s+)?(intentions?|intent|plans?|commitments?|proposals?|undertaking)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern PROPOSED = Pattern.compile("\\bthe\\s+proposed\\s+", Pattern.CASE_INSENSITIVE);
  private static final Pattern TO = Pattern.compile("^(?:\\s+(?:of|by|from)\\s+(?:the\\s+)?[^,;]*?)?\\s+(to|for)\\s+(?=\\S)", Pattern.CASE_INSENSITIVE);
  private static final Pattern CUT = Pattern.compile(",\\s+(?:building|which|including|as well|while|following|noting)\\b|;|\\s+[–—]\\s+|\\.$");
  private static final Pattern DUE = Pattern.compile("\\s+(?:in|by|during|before|from)\\s+$", Pattern.CASE_INSENSITIVE);
  private static final Pattern PARTNERING = Pattern.compile("\\b(?:with|alongside|and)\\s+(?:the\\s+)?$", Pattern.CASE_INSENSITIVE);

  private Commitments() {}

  /** A commitment and where its words are in the clause. */
  record Found(Commitment commitment, int start, int whatStart, int whatEnd) {}

  static List<Found> read(String clause, OperativeVerb verb, Actor actor, List<Mention> mentions, Optional<String> sectionBody,
      Set<String> proposedSeen) {
    List<Found> found = new ArrayList<>();
    Matcher trigger = TRIGGER.matcher(clause);
    while (trigger.find()) {
      String word = trigger.group(2).toLowerCase(Locale.ROOT);
      if (word.startsWith("plan") && clause.substring(0, trigger.start()).matches("(?is).*\\b(?:work|action|forward|strategic)\\s*$")) {
        // A work plan is a document, not a plan to do something.
        continue;
      }
      Matcher to = TO.matcher(clause.substring(trigger.end()));
      if (!to.lookingAt() || trigger.end() + to.end() >= clause.length() || !Character.isLowerCase(clause.charAt(trigger.end() + to.end()))) {
        continue;
      }
      CommitmentStatus status = word.startsWith("intent") ? CommitmentStatus.INTENDED
          : word.startsWith("plan") ? CommitmentStatus.PLANNED
          : word.startsWith("proposal") ? CommitmentStatus.PROPOSED
          : trigger.group(1) != null ? CommitmentStatus.ONGOING : CommitmentStatus.INTENDED;
      int whatStart = trigger.end() + to.end();
      Set<String> owners = new LinkedHashSet<>();
      // "the WG-TIPs intention", "the WG-D's plans": the owner is named just before the word.
      for (Mention mention : mentions) {
        if (owner(mention) && mention.end() <= trigger.start() && clause.substring(mention.end(), trigger.start()).matches("(?:['’]s|['’]|s)?\\s*")) {
          owners.add(mention.id());
        }
        if (owner(mention) && mention.start() >= trigger.end() && mention.end() <= trigger.end() + to.end()) {
          owners.add(mention.id());
        }
      }
      if (owners.isEmpty() && clause.substring(0, trigger.start()).toLowerCase(Locale.ROOT).matches("(?s).*\\b(?:its|their)\\s+(?:\\w+\\s+)?$")) {
        actorId(actor).or(() -> sectionBody).ifPresent(owners::add);
      }
      found.add(commitment(clause, whatStart, status, owners, actor, mentions, sectionBody, trigger.start()));
    }
    Matcher proposed = PROPOSED.matcher(clause);
    while (proposed.find()) {
      Set<String> owners = new LinkedHashSet<>();
      boolean again = false;
      for (Mention mention : mentions) {
        if (mention.kind() == EntityKind.INSTRUMENT && mention.start() <= proposed.end() && mention.end() > proposed.end()) {
          // A proposal is one commitment, however often the text names it again ("in the delivery of the proposed workplan").
          again |= !proposedSeen.add(mention.id());
          mentions.stream().filter(m -> owner(m) && m.end() <= proposed.start()).reduce((a, b) -> b).ifPresent(m -> owners.add(m.id()));
        }
      }
      if (!again && mentions.stream().anyMatch(m -> m.kind() == EntityKind.INSTRUMENT && m.start() <= proposed.end() && m.end() > proposed.end())) {
        found.add(commitment(clause, proposed.end(), CommitmentStatus.PROPOSED, owners, actor, mentions, sectionBody, proposed.start()));
      }
    }
    if (found.isEmpty() && (verb == OperativeVerb.AGREED || verb == OperativeVerb.DECIDED || verb == OperativeVerb.COMMITTED
        || verb == OperativeVerb.PLEDGED || verb == OperativeVerb.UNDERTOOK)) {
      Matcher to = Pattern.compile("\\b(?:" + verb.phrase() + "|" + String.join("|", verb.forms()) + ")\\s+to\\s+(?=[a-z])", Pattern.CASE_INSENSITIVE).matcher(clause);
      if (to.find()) {
        CommitmentStatus status = verb == OperativeVerb.AGREED || verb == OperativeVerb.DECIDED ? CommitmentStatus.PLANNED : CommitmentStatus.INTENDED;
        found.add(commitment(clause, to.end(), status, new LinkedHashSet<>(), actor, mentions, Optional.empty(), to.start()));
      }
    }
    found.removeIf(f -> f == null);
    return found;
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

  private static Found commitment(String clause, int whatStart, CommitmentStatus status, Set<String> owners, Actor actor,
      List<Mention> mentions, Optional<String> sectionBody, int at) {
    Matcher cut = CUT.matcher(clause);
    int whatEnd = clause.length();
    if (cut.find(whatStart)) {
      whatEnd = cut.start();
    }
    if (whatEnd <= whatStart) {
      return null;
    }
    List<Actor.Group> groups = new ArrayList<>();
    if (owners.isEmpty()) {
      Optional<String> own = sectionBody.isPresent() ? sectionBody : actorId(actor);
      if (own.isPresent()) {
        owners.add(own.get());
      } else if (actor instanceof Actor.OfGroup group) {
        groups.add(group.group());
      } else {
        return null;
      }
    }
    // "plans by the WG-TIP to work alongside the RSO", "collaboration with the WG-TIP": bodies the
    // item says the owner will work with share it.
    for (Mention mention : mentions) {
      if (mention.kind() == EntityKind.BODY && mention.start() >= whatStart && mention.start() < whatEnd
          && PARTNERING.matcher(clause.substring(Math.max(whatStart, mention.start() - 40), mention.start())).find()
          && clause.substring(whatStart, mention.start()).split("\\s+").length <= 8) {
        owners.add(mention.id());
      }
    }
    String what = clause.substring(whatStart, whatEnd);
    PartialDate due = null;
    for (Dates.Found date : Dates.find(what)) {
      Matcher before = DUE.matcher(what.substring(0, date.start()));
      if (before.find()) {
        due = date.date();
        what = (what.substring(0, before.start()) + what.substring(date.end())).strip();
        break;
      }
    }
    what = what.strip();
    if (what.isEmpty()) {
      return null;
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
    return new Found(commitment.build(), at, whatStart, whatEnd);
  }
}
