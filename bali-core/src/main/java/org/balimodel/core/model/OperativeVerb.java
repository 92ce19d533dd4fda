package org.balimodel.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The operative verb of a decision — the act a statement records — with its {@link Force}.
 *
 * <p>The vocabulary follows intergovernmental usage, with the UN's lists of operative phrases
 * (adopts, agrees, decides, endorses, requests, urges, encourages, calls upon, recommends …) and
 * preambular phrases (noting, recalling, recognising, acknowledging, bearing in mind …) as the
 * reference for completeness, and the verbs Bali Process statements print.
 *
 * <p>A verb is recognised in every form a statement prints it ({@link #forms()}): past
 * ("welcomed"), present ("welcomes", "agree" after a plural subject), participle ("Noting"), and in
 * British and American spelling ("recognised", "recognized"). Forms that are as often nouns
 * ("support", "report", "note", "briefing") are told apart by their place in the clause (see the
 * clause rule in docs/validation-codes.md): after "the", "its", "a" … they are nouns. Multi-word verbs may carry a possessive or an intensifier inside them ("expressed
 * its concern", "expressed deep concern", "noted with great appreciation"). {@link #phrase()} is the
 * past form, the canonical spelling.
 *
 * <p>A verb outside the vocabulary is {@link #OTHER}: the decision keeps the verb as printed in
 * {@link Decision#verbAsPrinted()} and validation warns ({@code verb.unlisted}); it is never an
 * error and never lost.
 */
public enum OperativeVerb {
  /** "agreed" (agree, agrees, agreeing) — decision. */
  AGREED(Force.DECISION, "agreed", "agree", "agrees", "agreeing"),
  /** "decided" (decide, decides, deciding) — decision. */
  DECIDED(Force.DECISION, "decided", "decide", "decides", "deciding"),
  /** "adopted" (adopt, adopts, adopting) — decision. */
  ADOPTED(Force.DECISION, "adopted", "adopt", "adopts", "adopting"),
  /** "approved" (approve, approves, approving) — decision. */
  APPROVED(Force.DECISION, "approved", "approve", "approves", "approving"),
  /** "resolved" (resolve, resolves, resolving) — decision. */
  RESOLVED(Force.DECISION, "resolved", "resolve", "resolves", "resolving"),
  /** "declared" (declare, declares, declaring) — decision. */
  DECLARED(Force.DECISION, "declared", "declare", "declares", "declaring"),
  /** "established" (establish, establishes, establishing) — decision. */
  ESTABLISHED(Force.DECISION, "established", "establish", "establishes", "establishing"),
  /** "launched" (launch, launches, launching) — decision. */
  LAUNCHED(Force.DECISION, "launched", "launch", "launches", "launching"),
  /** "welcomed" (welcome, welcomes, welcoming) — endorsement. */
  WELCOMED(Force.ENDORSEMENT, "welcomed", "welcome", "welcomes", "welcoming"),
  /** "commended" (commend, commends, commending) — endorsement. */
  COMMENDED(Force.ENDORSEMENT, "commended", "commend", "commends", "commending"),
  /** "affirmed" (affirm, affirms, affirming) — endorsement. */
  AFFIRMED(Force.ENDORSEMENT, "affirmed", "affirm", "affirms", "affirming"),
  /** "supported" (support, supports, supporting) — endorsement. */
  SUPPORTED(Force.ENDORSEMENT, "supported", "support", "supports", "supporting"),
  /** "endorsed" (endorse, endorses, endorsing) — endorsement. */
  ENDORSED(Force.ENDORSEMENT, "endorsed", "endorse", "endorses", "endorsing"),
  /** "applauded" (applaud, applauds, applauding) — endorsement. */
  APPLAUDED(Force.ENDORSEMENT, "applauded", "applaud", "applauds", "applauding"),
  /** "expressed support" (express support, expresses support, expressing support) — endorsement. */
  EXPRESSED_SUPPORT(Force.ENDORSEMENT, "expressed support", "express support", "expresses support", "expressing support"),
  /** "praised" (praise, praises, praising) — endorsement. */
  PRAISED(Force.ENDORSEMENT, "praised", "praise", "praises", "praising"),
  /** "noted with appreciation" (note with appreciation, notes with appreciation, noting with appreciation) — acknowledgement. */
  NOTED_WITH_APPRECIATION(Force.ACKNOWLEDGEMENT, "noted with appreciation", "note with appreciation", "notes with appreciation", "noting with appreciation"),
  /** "noted with satisfaction" (note with satisfaction, notes with satisfaction, noting with satisfaction) — acknowledgement. */
  NOTED_WITH_SATISFACTION(Force.ACKNOWLEDGEMENT, "noted with satisfaction", "note with satisfaction", "notes with satisfaction", "noting with satisfaction"),
  /** "noted" (note, notes, noting) — acknowledgement. */
  NOTED(Force.ACKNOWLEDGEMENT, "noted", "note", "notes", "noting"),
  /** "took note" (take note, takes note, taking note) — acknowledgement. */
  TOOK_NOTE(Force.ACKNOWLEDGEMENT, "took note", "take note", "takes note", "taking note"),
  /** "acknowledged" (acknowledge, acknowledges, acknowledging) — acknowledgement. */
  ACKNOWLEDGED(Force.ACKNOWLEDGEMENT, "acknowledged", "acknowledge", "acknowledges", "acknowledging"),
  /** "recognised" (recognise, recognises, recognising) — acknowledgement. */
  RECOGNISED(Force.ACKNOWLEDGEMENT, "recognised", "recognise", "recognises", "recognising"),
  /** "observed" (observe, observes, observing) — acknowledgement. */
  OBSERVED(Force.ACKNOWLEDGEMENT, "observed", "observe", "observes", "observing"),
  /** "took into account" (take into account, takes into account, taking into account) — acknowledgement. */
  TOOK_INTO_ACCOUNT(Force.ACKNOWLEDGEMENT, "took into account", "take into account", "takes into account", "taking into account"),
  /** "bore in mind" (bear in mind, bears in mind, bearing in mind) — acknowledgement. */
  BORE_IN_MIND(Force.ACKNOWLEDGEMENT, "bore in mind", "bear in mind", "bears in mind", "bearing in mind"),
  /** "was aware" (are aware, is aware, being aware) — acknowledgement. */
  WAS_AWARE(Force.ACKNOWLEDGEMENT, "was aware", "are aware", "is aware", "being aware"),
  /** "confirmed" (confirm, confirms, confirming) — acknowledgement. */
  CONFIRMED(Force.ACKNOWLEDGEMENT, "confirmed", "confirm", "confirms", "confirming"),
  /** "discussed" (discuss, discusses, discussing) — deliberation. */
  DISCUSSED(Force.DELIBERATION, "discussed", "discuss", "discusses", "discussing"),
  /** "reviewed" (review, reviews, reviewing) — deliberation. */
  REVIEWED(Force.DELIBERATION, "reviewed", "review", "reviews", "reviewing"),
  /** "reflected" (reflect, reflects, reflecting) — deliberation. */
  REFLECTED(Force.DELIBERATION, "reflected", "reflect", "reflects", "reflecting"),
  /** "recalled" (recall, recalls, recalling) — deliberation. */
  RECALLED(Force.DELIBERATION, "recalled", "recall", "recalls", "recalling"),
  /** "raised" (raise, raises, raising) — deliberation. */
  RAISED(Force.DELIBERATION, "raised", "raise", "raises", "raising"),
  /** "considered" (consider, considers, considering) — deliberation. */
  CONSIDERED(Force.DELIBERATION, "considered", "consider", "considers", "considering"),
  /** "exchanged views" (exchange views, exchanges views, exchanging views) — deliberation. */
  EXCHANGED_VIEWS(Force.DELIBERATION, "exchanged views", "exchange views", "exchanges views", "exchanging views"),
  /** "examined" (examine, examines, examining) — deliberation. */
  EXAMINED(Force.DELIBERATION, "examined", "examine", "examines", "examining"),
  /** "explored" (explore, explores, exploring) — deliberation. */
  EXPLORED(Force.DELIBERATION, "explored", "explore", "explores", "exploring"),
  /** "shared" (share, shares, sharing) — deliberation. */
  SHARED(Force.DELIBERATION, "shared", "share", "shares", "sharing"),
  /** "assessed" (assess, assesses, assessing) — deliberation. */
  ASSESSED(Force.DELIBERATION, "assessed", "assess", "assesses", "assessing"),
  /** "proposed" (propose, proposes, proposing) — deliberation. */
  PROPOSED(Force.DELIBERATION, "proposed", "propose", "proposes", "proposing"),
  /** "suggested" (suggest, suggests, suggesting) — deliberation. */
  SUGGESTED(Force.DELIBERATION, "suggested", "suggest", "suggests", "suggesting"),
  /** "was briefed" (are briefed, is briefed, being briefed) — information. */
  WAS_BRIEFED(Force.INFORMATION, "was briefed", "are briefed", "is briefed", "being briefed"),
  /** "briefed" (brief, briefs, briefing) — information. */
  BRIEFED(Force.INFORMATION, "briefed", "brief", "briefs", "briefing"),
  /** "highlighted" (highlight, highlights, highlighting) — information. */
  HIGHLIGHTED(Force.INFORMATION, "highlighted", "highlight", "highlights", "highlighting"),
  /** "outlined" (outline, outlines, outlining) — information. */
  OUTLINED(Force.INFORMATION, "outlined", "outline", "outlines", "outlining"),
  /** "presented" (present, presents, presenting) — information. */
  PRESENTED(Force.INFORMATION, "presented", "present", "presents", "presenting"),
  /** "reported" (report, reports, reporting) — information. */
  REPORTED(Force.INFORMATION, "reported", "report", "reports", "reporting"),
  /** "updated" (update, updates, updating) — information. */
  UPDATED(Force.INFORMATION, "updated", "update", "updates", "updating"),
  /** "drew attention" (draw attention, draws attention, drawing attention) — information. */
  DREW_ATTENTION(Force.INFORMATION, "drew attention", "draw attention", "draws attention", "drawing attention"),
  /** "informed" (inform, informs, informing) — information. */
  INFORMED(Force.INFORMATION, "informed", "inform", "informs", "informing"),
  /** "reaffirmed" (reaffirm, reaffirms, reaffirming) — emphasis. */
  REAFFIRMED(Force.EMPHASIS, "reaffirmed", "reaffirm", "reaffirms", "reaffirming"),
  /** "emphasised" (emphasise, emphasises, emphasising) — emphasis. */
  EMPHASISED(Force.EMPHASIS, "emphasised", "emphasise", "emphasises", "emphasising"),
  /** "underlined" (underline, underlines, underlining) — emphasis. */
  UNDERLINED(Force.EMPHASIS, "underlined", "underline", "underlines", "underlining"),
  /** "stressed" (stress, stresses, stressing) — emphasis. */
  STRESSED(Force.EMPHASIS, "stressed", "stress", "stresses", "stressing"),
  /** "underscored" (underscore, underscores, underscoring) — emphasis. */
  UNDERSCORED(Force.EMPHASIS, "underscored", "underscore", "underscores", "underscoring"),
  /** "reiterated" (reiterate, reiterates, reiterating) — emphasis. */
  REITERATED(Force.EMPHASIS, "reiterated", "reiterate", "reiterates", "reiterating"),
  /** "expressed concern" (express concern, expresses concern, expressing concern) — concern. */
  EXPRESSED_CONCERN(Force.CONCERN, "expressed concern", "express concern", "expresses concern", "expressing concern"),
  /** "noted with concern" (note with concern, notes with concern, noting with concern) — concern. */
  NOTED_WITH_CONCERN(Force.CONCERN, "noted with concern", "note with concern", "notes with concern", "noting with concern"),
  /** "deplored" (deplore, deplores, deploring) — concern. */
  DEPLORED(Force.CONCERN, "deplored", "deplore", "deplores", "deploring"),
  /** "condemned" (condemn, condemns, condemning) — concern. */
  CONDEMNED(Force.CONCERN, "condemned", "condemn", "condemns", "condemning"),
  /** "regretted" (regret, regrets, regretting) — concern. */
  REGRETTED(Force.CONCERN, "regretted", "regret", "regrets", "regretting"),
  /** "requested" (request, requests, requesting) — request. */
  REQUESTED(Force.REQUEST, "requested", "request", "requests", "requesting"),
  /** "urged" (urge, urges, urging) — request. */
  URGED(Force.REQUEST, "urged", "urge", "urges", "urging"),
  /** "called for" (call for, calls for, calling for) — request. */
  CALLED_FOR(Force.REQUEST, "called for", "call for", "calls for", "calling for"),
  /** "called upon" (call upon, calls upon, calling upon) — request. */
  CALLED_UPON(Force.REQUEST, "called upon", "call upon", "calls upon", "calling upon"),
  /** "called on" (call on, calls on, calling on) — request. */
  CALLED_ON(Force.REQUEST, "called on", "call on", "calls on", "calling on"),
  /** "invited" (invite, invites, inviting) — request. */
  INVITED(Force.REQUEST, "invited", "invite", "invites", "inviting"),
  /** "encouraged" (encourage, encourages, encouraging) — request. */
  ENCOURAGED(Force.REQUEST, "encouraged", "encourage", "encourages", "encouraging"),
  /** "tasked" (task, tasks, tasking) — request. */
  TASKED(Force.REQUEST, "tasked", "task", "tasks", "tasking"),
  /** "recommended" (recommend, recommends, recommending) — request. */
  RECOMMENDED(Force.REQUEST, "recommended", "recommend", "recommends", "recommending"),
  /** "sought" (seek, seeks, seeking) — request. */
  SOUGHT(Force.REQUEST, "sought", "seek", "seeks", "seeking"),
  /** "directed" (direct, directs, directing) — request. */
  DIRECTED(Force.REQUEST, "directed", "direct", "directs", "directing"),
  /** "instructed" (instruct, instructs, instructing) — request. */
  INSTRUCTED(Force.REQUEST, "instructed", "instruct", "instructs", "instructing"),
  /** "committed" (commit, commits, committing) — commitment. */
  COMMITTED(Force.COMMITMENT, "committed", "commit", "commits", "committing"),
  /** "pledged" (pledge, pledges, pledging) — commitment. */
  PLEDGED(Force.COMMITMENT, "pledged", "pledge", "pledges", "pledging"),
  /** "undertook" (undertake, undertakes, undertaking) — commitment. */
  UNDERTOOK(Force.COMMITMENT, "undertook", "undertake", "undertakes", "undertaking"),
  /** "looked forward" (look forward, looks forward, looking forward) — commitment. */
  LOOKED_FORWARD(Force.COMMITMENT, "looked forward", "look forward", "looks forward", "looking forward"),
  /** "thanked" (thank, thanks, thanking) — courtesy. */
  THANKED(Force.COURTESY, "thanked", "thank", "thanks", "thanking"),
  /** "appreciated" (appreciate, appreciates, appreciating) — courtesy. */
  APPRECIATED(Force.COURTESY, "appreciated", "appreciate", "appreciates", "appreciating"),
  /** "expressed appreciation" (express appreciation, expresses appreciation, expressing appreciation) — courtesy. */
  EXPRESSED_APPRECIATION(Force.COURTESY, "expressed appreciation", "express appreciation", "expresses appreciation", "expressing appreciation"),
  /** "expressed gratitude" (express gratitude, expresses gratitude, expressing gratitude) — courtesy. */
  EXPRESSED_GRATITUDE(Force.COURTESY, "expressed gratitude", "express gratitude", "expresses gratitude", "expressing gratitude"),
  /** "congratulated" (congratulate, congratulates, congratulating) — courtesy. */
  CONGRATULATED(Force.COURTESY, "congratulated", "congratulate", "congratulates", "congratulating"),
  /** "hosted" (host, hosts, hosting) — proceedings. */
  HOSTED(Force.PROCEEDINGS, "hosted", "host", "hosts", "hosting"),
  /** "convened" (convene, convenes, convening) — proceedings. */
  CONVENED(Force.PROCEEDINGS, "convened", "convene", "convenes", "convening"),
  /** "met" (meet, meets; "meeting" is left out: it is the noun of "The meeting welcomed") — proceedings. */
  MET(Force.PROCEEDINGS, "met", "meet", "meets", ""),
  /** A verb outside the vocabulary, kept as printed in {@link Decision#verbAsPrinted()}. */
  OTHER(Force.UNCLASSIFIED);

  private final String phrase;
  private final Force force;
  private final List<String> forms;
  private final List<String> participles;

  /** The forms are the past, the present (plural, then third person), the participle. */
  OperativeVerb(Force force, String... forms) {
    this.phrase = forms.length == 0 ? "" : forms[0];
    this.force = force;
    List<String> all = new ArrayList<>();
    List<String> ing = new ArrayList<>();
    for (int i = 0; i < forms.length; i++) {
      String form = forms[i];
      if (form.isEmpty()) {
        continue;
      }
      List<String> spellings = new ArrayList<>(List.of(form));
      if (form.startsWith("was ")) {
        spellings.add("were " + form.substring(4));
      }
      String american = american(form);
      if (!american.equals(form)) {
        spellings.add(american);
      }
      all.addAll(spellings);
      if (i == forms.length - 1) {
        ing.addAll(spellings);
      }
    }
    this.forms = List.copyOf(all);
    this.participles = List.copyOf(ing);
  }

  /**
   * The participle forms ("noting", "recognising"), which are verbs only at the head of a clause:
   * elsewhere "briefing" or "sharing" is as often a noun.
   */
  public List<String> participles() {
    return participles;
  }

  /** "recognised" → "recognized", "emphasising" → "emphasizing": the -ise verbs in American spelling. */
  private static String american(String form) {
    StringBuilder out = new StringBuilder();
    for (String word : form.split(" ")) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(word.replaceAll("is(e|ed|es|ing)$", "iz$1"));
    }
    return out.toString();
  }

  /** The verb as a clause writes it in the past tense, in lower case: "took note", "was briefed"; empty for {@link #OTHER}. */
  public String phrase() {
    return phrase;
  }

  /** Every form the verb is recognised in, in lower case, the past form first; empty for {@link #OTHER}. */
  public List<String> forms() {
    return forms;
  }

  /** The weight the verb gives to what it acts on. */
  public Force force() {
    return force;
  }

  /** The listed verb one of whose forms is {@code printed} (any case, single spaces), or {@link #OTHER}. */
  public static OperativeVerb ofPrinted(String printed) {
    String wanted = printed.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    for (OperativeVerb verb : values()) {
      if (verb.forms.contains(wanted)) {
        return verb;
      }
    }
    return OTHER;
  }
}
