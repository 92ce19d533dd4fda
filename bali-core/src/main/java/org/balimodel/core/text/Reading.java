package org.balimodel.core.text;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.balimodel.core.model.Actor;
import org.balimodel.core.model.Attachment;
import org.balimodel.core.model.CoChairTerm;
import org.balimodel.core.model.Commitment;
import org.balimodel.core.model.Decision;
import org.balimodel.core.model.Excerpt;
import org.balimodel.core.model.Issuer;
import org.balimodel.core.model.IssuerKind;
import org.balimodel.core.model.Meeting;
import org.balimodel.core.model.MeetingFormat;
import org.balimodel.core.model.MeetingKind;
import org.balimodel.core.model.Member;
import org.balimodel.core.model.MemberStatus;
import org.balimodel.core.model.OperativeVerb;
import org.balimodel.core.model.Paragraph;
import org.balimodel.core.model.PartialDate;
import org.balimodel.core.model.Participant;
import org.balimodel.core.model.ParticipantRole;
import org.balimodel.core.model.Place;
import org.balimodel.core.model.References;
import org.balimodel.core.model.Section;
import org.balimodel.core.model.Signatory;
import org.balimodel.core.model.Standing;
import org.balimodel.core.model.Statement;
import org.balimodel.core.model.StatementKind;
import org.balimodel.core.model.SubItem;
import org.balimodel.core.register.EntityKind;
import org.balimodel.core.register.Register;
import org.balimodel.core.validation.IssueCode;
import org.balimodel.core.validation.Report;

/** One read of one text: layout, masthead, sections and paragraphs, then the decisions of each. */
final class Reading {
  private static final Pattern TITLE = Pattern.compile(
      "(?i)(?:the\\s+)?(?:(?:co-?\\s?chairs?['’]?s?['’]?|chair['’]?s?['’]?|joint(?:\\s+co-?chairs['’]?)?|ministerial|final|outcome|closing)\\s+)?"
          + "(?:statement|summary|declaration|communiqu[eé]|outcomes?(?:\\s+statement)?)(?:\\s+(?:by|of|on|from)\\s+.*?)?"
          + "(?:\\s*[(\\[](?:excerpts?|extracts?|unofficial|abridged)[)\\]])?");
  private static final Pattern TITLE_NOTE = Pattern.compile("(?i)\\s*[(\\[](excerpts?|extracts?|unofficial|abridged)[)\\]]$");
  private static final Pattern ATTENDANCE = Pattern.compile(
      "(?i)(?:.*?\\b(?:was|were)\\s+attended\\s+by\\s+"
          + "|^(?:participants|attendees|members\\s+present|participating\\s+(?:members|countries|states)|in\\s+attendance)\\s*(?:were|are)?\\s*[:\\-–]\\s*)(.*)");
  private static final Pattern OBSERVERS = Pattern.compile("(?i)^observers?\\s*(?:were|attending)?\\s*[:\\-–]\\s*(.*)");
  private static final Pattern AS_OBSERVERS = Pattern.compile("(?i)^(.*?)\\s+(?:attended|participated|took part)\\s+as\\s+observers?\\b.*");
  private static final Pattern WHO = Pattern.compile(
      "(?i)^(?:(?:ministers|senior\\s+officials|officials|representatives|delegations|delegates|heads\\s+of\\s+delegation)\\s+(?:and\\s+)?)+(?:of|from)\\s*:?\\s*(?:the\\s+)?(?:following\\s+)?(?:members\\s*)?:?\\s*");
  private static final Pattern CO_CHAIRED = Pattern.compile(
      "(?i)\\bco-?\\s?chaired\\s+by\\s+(?:the\\s+)?(.{3,200}?)(?=\\s+(?:in|at|on|from)\\s|,\\s+(?:in|at|on)\\s|[.;(]|$)");
  private static final Pattern CO_CHAIRS_LINE = Pattern.compile("(?i)^co-?\\s?chairs?\\s*[:\\-–]\\s*(.+)$");
  /** A masthead line that names the meeting: "16th Ad Hoc Group Senior Officials' Meeting". */
  private static final Pattern MEETING_LINE = Pattern.compile("(?i)\\b" + Ordinals.PATTERN + "\\b.*\\b(?:meeting|conference|som)\\b");
  private static final Pattern EXCERPT = Pattern.compile("(?i)^[\\[(]?\\s*(?:excerpt|extract)\\b[^a-z]*(.*?)[\\])]?\\s*$");
  /** An editor's note in brackets that says the text is an excerpt: "[This excerpt reproduces paragraphs 4 to 13 …]". */
  private static final Pattern EXCERPT_NOTE = Pattern.compile("(?is)^\\[(.*\\b(?:excerpts?|extracts?|not reproduced|omitted)\\b.*)\\]$");
  private static final Pattern STOPS_AFTER = Pattern.compile("(?i)the known text stops after (.+?)\\.?");
  private static final Pattern ISSUED = Pattern.compile("(?i)\\b(?:issued|released)\\s+(?:on\\s+)?");
  /** An attachment's heading: "Attachment A", "Annex 1: Work Plan 2014-2015". */
  private static final Pattern ATTACHMENT = Pattern.compile("((?:Attachment|Annex|Appendix)\\s+[A-Z0-9]{1,3})\\s*[:.–-]?\\s*(.*)");
  /** An elision mark: "[...]", "[…]", "…". */
  private static final Pattern ELISION = Pattern.compile("^[\\[(]?\\s*(?:\\.\\s*\\.\\s*\\.|…)\\s*[\\])]?$");

  private final Register register;
  private final Names names;
  private final Places places;
  private final Mentions mentions;
  private Acts acts;
  /** Whether the paragraphs are numbered as their labels say: those of an excerpt, labelled 4, 5, … 13. */
  private boolean numberByLabel;
  private final Review review;
  private final Input input;

  Reading(Register register, Names names, Input input) {
    this.register = register;
    this.names = names;
    this.places = new Places(register);
    this.mentions = new Mentions(register, names, places);
    this.input = input;
    this.review = new Review(input);
  }

  /** A section as it is read, before it is built. */
  private static final class SectionDraft {
    Optional<String> label = Optional.empty();
    Optional<String> heading = Optional.empty();
    int level;
    Optional<String> body = Optional.empty();
    final List<ParagraphDraft> paragraphs = new ArrayList<>();
    final List<SectionDraft> subsections = new ArrayList<>();
  }

  private static final class ParagraphDraft {
    Block block;
    Optional<String> label;
    String text;
    int offset;
    final List<Block> items = new ArrayList<>();
  }

  /** The lines above the title (and the short ones just below it), the title, and where the body begins. */
  private record Masthead(List<String> lines, Optional<String> title, boolean excerptTitle, int bodyStart) {}

  /** The body as it is read: preamble, sections, the paragraphs that list who attended, and what closes it. */
  private static final class Body {
    final List<ParagraphDraft> preamble = new ArrayList<>();
    final List<SectionDraft> roots = new ArrayList<>();
    final List<ParagraphDraft> attendance = new ArrayList<>();
    final List<ParagraphDraft> observers = new ArrayList<>();
    final List<Attachment> attachments = new ArrayList<>();
    Optional<String> excerptNote = Optional.empty();
    boolean elided;

    boolean isExcerpt() {
      return excerptNote.isPresent() || elided;
    }
  }

  Draft read() {
    List<Block> blocks = Layout.blocks(input.text);
    if (blocks.isEmpty()) {
      return refuse(IssueCode.IMPORT_NO_STATEMENT, 0, "the text is empty");
    }
    Masthead masthead = masthead(blocks);
    Body body = body(blocks, masthead.bodyStart());
    if (masthead.excerptTitle() && body.excerptNote.isEmpty()) {
      body.excerptNote = Optional.of("");
    }
    List<Signatory> signatories = signatories(body.roots);
    List<ParagraphDraft> all = new ArrayList<>(body.preamble);
    collect(body.roots, all);
    if (all.isEmpty()) {
      return refuse(IssueCode.IMPORT_NO_STATEMENT, blocks.get(0).offset(), "the text has no paragraph: it does not read as a statement");
    }
    numberByLabel = body.isExcerpt() && ascending(all);
    // The meeting and the statement's date.
    String mastheadText = String.join("; ", masthead.lines()) + body.excerptNote.map(n -> "; " + n).orElse("");
    MeetingFacts facts = meetingFacts(mastheadText, masthead.title().orElse(null), all);
    if (facts.date == null) {
      return refuse(IssueCode.IMPORT_NO_STATEMENT, 0, "the text gives no date: a statement carries the date of its meeting");
    }
    // Entities the text names get identifiers unlike the register's and the meeting's.
    Set<String> taken = new HashSet<>();
    for (EntityKind kind : EntityKind.values()) {
      for (Object entry : kind.entries(register.contents())) {
        taken.add(kind.id(entry));
      }
    }
    taken.add(facts.id);
    Locals locals = new Locals(taken);
    mentions.own(facts.kind, facts.convenedBy, facts.ordinal, facts.date, facts.id);
    review.locals = locals;
    StatementKind kind = kind(masthead.title().orElse(null), facts.kind);
    acts = new Acts(names, kind == StatementKind.MINISTERIAL_DECLARATION || kind == StatementKind.DECLARATION
        || facts.kind == MeetingKind.MINISTERIAL_CONFERENCE);
    Decisions decisions = new Decisions(acts, mentions, review, locals, facts.id, facts.convenedBy.stream().findFirst());
    Actor[] previous = {null};
    int[] number = {1};
    List<Paragraph> preamble = new ArrayList<>();
    for (int p = 0; p < body.preamble.size(); p++) {
      preamble.add(paragraph(body.preamble.get(p), "/preamble/" + p, Optional.empty(), facts.date, decisions, previous, number));
    }
    List<Section> sections = new ArrayList<>();
    for (int s = 0; s < body.roots.size(); s++) {
      sections.add(section(body.roots.get(s), "/sections/" + s, facts.date, decisions, previous, number));
    }
    Meeting meeting = facts.build(body.attendance, body.observers);
    String title = masthead.title().orElseGet(() -> {
      String used = kind == StatementKind.CO_CHAIRS_STATEMENT ? "Co-Chairs' Statement" : "Statement";
      review.add(IssueCode.IMPORT_MASTHEAD, "/title", 0, "no title found; \"" + used + "\" is used");
      return used;
    });
    Statement.Builder statement = new Statement.Builder()
        .id(facts.id + "-" + slug(kind))
        .kind(kind)
        .title(title)
        .addAllMasthead(masthead.lines())
        .date(facts.statementDate)
        .meeting(meeting)
        .addAllSections(sections)
        .addAllPreamble(preamble)
        .entities(locals.build(facts.statementDate))
        .addAllAttachments(body.attachments);
    if (!signatories.isEmpty() || facts.issued != null) {
      // "Joint Statement by the Foreign Ministers …, Issued 23 October 2017", signed at its foot.
      statement.issuedBy(new Issuer(signatories.isEmpty() ? IssuerKind.CO_CHAIRS
          : IssuerKind.NAMED_PEOPLE, signatories, Optional.ofNullable(facts.issued)));
    }
    if (body.isExcerpt()) {
      statement.excerpt(excerpt(body.excerptNote, all));
    }
    return new Draft(Optional.of(statement.build()), new Report(review.issues()));
  }

  /** Where the known text of an excerpt stops: after its last paragraph, or where its note says. */
  private static Excerpt excerpt(Optional<String> excerptNote, List<ParagraphDraft> all) {
    ParagraphDraft lastRead = all.get(all.size() - 1);
    String stops = "paragraph " + lastRead.label.map(l -> l.replaceAll("[.)]$", "")).orElse(Integer.toString(all.size()));
    Optional<String> note = excerptNote.filter(n -> !n.isEmpty());
    Matcher said = STOPS_AFTER.matcher(note.orElse(""));
    if (said.matches()) {
      // "Excerpt: the known text stops after paragraph 9.": the note says where, and is no more than that.
      stops = said.group(1);
      note = Optional.empty();
    }
    return new Excerpt(stops, note);
  }

  /** The masthead: the blocks before the title, the title's own block, and short dated lines after it. */
  private Masthead masthead(List<Block> blocks) {
    int[] title = findTitle(blocks);
    List<String> lines = new ArrayList<>();
    int bodyStart;
    if (title == null) {
      bodyStart = 0;
      while (bodyStart < blocks.size() && bodyStart < 8 && isMastheadLine(blocks.get(bodyStart))) {
        lines.addAll(lines(blocks.get(bodyStart)));
        bodyStart++;
      }
      return new Masthead(lines, Optional.empty(), false, bodyStart);
    }
    for (int b = 0; b < title[0]; b++) {
      lines.addAll(lines(blocks.get(b)));
    }
    List<String> titleBlock = lines(blocks.get(title[0]));
    lines.addAll(titleBlock.subList(0, title[1]));
    String titleText = titleBlock.get(title[1]);
    boolean excerpt = false;
    Matcher note = TITLE_NOTE.matcher(titleText);
    if (note.find()) {
      // "Co-Chairs' Statement (excerpt)": the title is the statement's; the note says only part is known.
      titleText = titleText.substring(0, note.start()).strip();
      excerpt = true;
    }
    lines.addAll(titleBlock.subList(title[1] + 1, titleBlock.size()));
    bodyStart = title[0] + 1;
    while (bodyStart < blocks.size() && isMastheadLine(blocks.get(bodyStart))) {
      lines.addAll(lines(blocks.get(bodyStart)));
      bodyStart++;
    }
    return new Masthead(lines, Optional.of(titleText), excerpt, bodyStart);
  }

  /** The body from block {@code from}: attachments, excerpt notes, headings, paragraphs and their items. */
  private Body body(List<Block> blocks, int from) {
    Body body = new Body();
    List<SectionDraft> stack = new ArrayList<>();
    ParagraphDraft last = null;
    boolean labelledLater = blocks.stream().skip(from).anyMatch(b -> b.kind() == Block.Kind.PARAGRAPH && b.label().isPresent()
        && !Layout.looksLikeHeading(b.text()));
    boolean headingSeen = false;
    for (int b = from; b < blocks.size(); b++) {
      Block block = blocks.get(b);
      Matcher attachment = ATTACHMENT.matcher(block.text());
      if (block.kind() != Block.Kind.ITEM && attachment.matches()) {
        b = attachment(blocks, b, attachment, body.attachments);
        continue;
      }
      Matcher excerptLine = EXCERPT.matcher(block.text());
      Matcher bracketed = EXCERPT_NOTE.matcher(block.text());
      if (block.kind() != Block.Kind.ITEM && block.text().length() < 600 && (excerptLine.matches() || bracketed.matches())) {
        body.excerptNote = Optional.of((bracketed.matches() ? bracketed.group(1) : excerptLine.group(1)).strip());
        continue;
      }
      if (ELISION.matcher(block.text()).matches()) {
        body.elided = true;
        continue;
      }
      if (isHeading(blocks, b)) {
        headingSeen = true;
        open(heading(block), stack, body.roots);
        last = null;
        continue;
      }
      if (block.kind() == Block.Kind.ITEM && last != null) {
        last.items.add(block);
        continue;
      }
      ParagraphDraft paragraph = new ParagraphDraft();
      paragraph.block = block;
      paragraph.label = block.label();
      paragraph.text = block.text();
      paragraph.offset = block.offset();
      if (!headingSeen && stack.isEmpty() && labelledLater && block.label().isEmpty() && body.roots.isEmpty()) {
        body.preamble.add(paragraph);
      } else {
        if (stack.isEmpty()) {
          SectionDraft untitled = new SectionDraft();
          untitled.level = Integer.MAX_VALUE;
          body.roots.add(untitled);
          stack.add(untitled);
        }
        stack.get(stack.size() - 1).paragraphs.add(paragraph);
      }
      if (ATTENDANCE.matcher(paragraph.text).matches()) {
        body.attendance.add(paragraph);
      } else if (OBSERVERS.matcher(paragraph.text).matches()) {
        body.observers.add(paragraph);
      }
      last = paragraph;
    }
    return body;
  }

  /**
   * "Attachment A: Ad Hoc Group Work Plan 2014-2015", or "Attachment A" over its title: the
   * attachments close the statement, and what follows them is theirs, not the statement's. Returns
   * the last block the attachment takes.
   */
  private int attachment(List<Block> blocks, int at, Matcher attachment, List<Attachment> into) {
    int b = at;
    String named = attachment.group(2).strip();
    if (named.isEmpty() && b + 1 < blocks.size() && blocks.get(b + 1).isHeading()) {
      named = blocks.get(++b).text();
    }
    Attachment.Builder found = new Attachment.Builder().label(attachment.group(1));
    if (!named.isEmpty()) {
      found.title(named);
      Words words = new Words(named);
      Names.Found name = words.count == 0 ? null : names.longestAt(words, 0);
      if (name != null && name.name().kind() == EntityKind.INSTRUMENT) {
        found.instrument(name.name().id());
      } else if (name != null && name.name().kind() == EntityKind.FRAMEWORK) {
        found.framework(name.name().id());
      }
    }
    into.add(found.build());
    while (b + 1 < blocks.size() && !ATTACHMENT.matcher(blocks.get(b + 1).text()).matches()) {
      b++;
    }
    return b;
  }

  /**
   * Whether block {@code b} is a heading: marked as one, or, in plain text, one short line (or a
   * long one a PDF wrapped over two) with no closing punctuation that something follows.
   */
  private static boolean isHeading(List<Block> blocks, int b) {
    Block block = blocks.get(b);
    if (block.isHeading()) {
      return true;
    }
    boolean shaped = block.lines() == 1 ? Layout.looksLikeHeading(block.text())
        : block.lines() == 2 && Layout.looksLikeWrappedHeading(block.text()) && b + 1 < blocks.size() && opensSection(blocks.get(b + 1));
    return block.kind() == Block.Kind.PARAGRAPH && shaped && b + 1 < blocks.size()
        && !ATTENDANCE.matcher(block.text()).matches() && !block.text().contains(":");
  }

  /** A section for a heading: its label, its words, its level, and the body it is about. */
  private SectionDraft heading(Block block) {
    SectionDraft section = new SectionDraft();
    String words = block.text();
    Optional<String> label = block.label();
    Matcher labelled = Layout.HEADING_LABEL.matcher(words);
    if (label.isEmpty() && labelled.lookingAt() && labelled.end() < words.length()) {
      label = Optional.of(labelled.group(1));
      words = words.substring(labelled.end()).strip();
    }
    section.label = label;
    section.heading = Optional.of(words);
    section.level = block.isHeading() ? block.level() : Layout.PLAIN_LEVEL + labelRank(label);
    section.body = names.find(new Words(words)).stream().filter(f -> f.name().kind() == EntityKind.BODY)
        .map(f -> f.name().id()).findFirst();
    return section;
  }

  /** Opens a section under the nearest open one of a higher level; it inherits that one's body. */
  private static void open(SectionDraft section, List<SectionDraft> stack, List<SectionDraft> roots) {
    while (!stack.isEmpty() && stack.get(stack.size() - 1).level >= section.level) {
      stack.remove(stack.size() - 1);
    }
    if (section.body.isEmpty() && !stack.isEmpty()) {
      section.body = stack.get(stack.size() - 1).body;
    }
    if (stack.isEmpty()) {
      roots.add(section);
    } else {
      stack.get(stack.size() - 1).subsections.add(section);
    }
    stack.add(section);
  }

  private Draft refuse(IssueCode code, int offset, String message) {
    // A refused text has no draft to review: the refusal is the whole report.
    return new Draft(Optional.empty(), new Report(List.of(code.issue("", Optional.of(input.locate(offset)), message))));
  }

  private static final Pattern HONORIFIC = Pattern.compile("^(?:The\\s+)?(?:Hon\\.?|Honourable|H\\.\\s?E\\.|His Excellency|Her Excellency|Dr\\.?|Mr\\.?|Ms\\.?|Mrs\\.?)\\s+");
  private static final Pattern POST_NOMINAL = Pattern.compile("(?:\\s+(?:MP|AO|AC|AM|PhD|QC|KC))+$");

  /**
   * The people who sign a statement at its foot: blocks of two unpunctuated lines, a name over an
   * office that names a member ("The Hon Julie Bishop MP / Minister for Foreign Affairs of
   * Australia"). They are taken off the last section, where they are no paragraphs.
   */
  private List<Signatory> signatories(List<SectionDraft> roots) {
    List<Signatory> found = new ArrayList<>();
    if (roots.isEmpty()) {
      return found;
    }
    SectionDraft last = roots.get(roots.size() - 1);
    while (!last.subsections.isEmpty()) {
      last = last.subsections.get(last.subsections.size() - 1);
    }
    while (!last.paragraphs.isEmpty()) {
      ParagraphDraft paragraph = last.paragraphs.get(last.paragraphs.size() - 1);
      String[] lines = paragraph.block.raw().split("\n");
      if (lines.length != 2 || !paragraph.items.isEmpty() || paragraph.label.isPresent()) {
        break;
      }
      String name = POST_NOMINAL.matcher(HONORIFIC.matcher(Markup.clean(lines[0])).replaceFirst("")).replaceFirst("").strip();
      String office = Markup.clean(lines[1]);
      Optional<String> member = names.find(new Words(office)).stream().filter(f -> f.name().kind() == EntityKind.MEMBER)
          .map(f -> f.name().id()).reduce((a, b) -> b);
      char end = office.isEmpty() ? '.' : office.charAt(office.length() - 1);
      if (name.isEmpty() || member.isEmpty() || end == '.' || end == ';' || end == ':') {
        break;
      }
      found.add(0, new Signatory(name, Optional.of(office), member));
      last.paragraphs.remove(last.paragraphs.size() - 1);
    }
    return found;
  }

  /** Whether every paragraph has a numeric label, in ascending order. */
  private static boolean ascending(List<ParagraphDraft> paragraphs) {
    int last = 0;
    for (ParagraphDraft paragraph : paragraphs) {
      String label = paragraph.label.orElse("");
      if (!label.matches("\\(?\\d{1,4}[.)]?")) {
        return false;
      }
      int number = Integer.parseInt(label.replaceAll("\\D", ""));
      if (number <= last) {
        return false;
      }
      last = number;
    }
    return true;
  }

  private static void collect(List<SectionDraft> sections, List<ParagraphDraft> into) {
    for (SectionDraft section : sections) {
      into.addAll(section.paragraphs);
      collect(section.subsections, into);
    }
  }

  private static int labelRank(Optional<String> label) {
    if (label.isEmpty()) {
      return 0;
    }
    String l = label.get();
    if (l.matches("[IVXL]+[.)]?")) {
      return 0;
    }
    if (l.matches("[A-Z][.)]?")) {
      return 1;
    }
    return 2;
  }

  private Section section(SectionDraft draft, String pointer, PartialDate date, Decisions decisions, Actor[] previous, int[] number) {
    Section.Builder section = new Section.Builder();
    draft.label.ifPresent(section::label);
    draft.heading.ifPresent(section::heading);
    for (int p = 0; p < draft.paragraphs.size(); p++) {
      section.addParagraph(paragraph(draft.paragraphs.get(p), pointer + "/paragraphs/" + p, draft.body, date, decisions, previous, number));
    }
    for (int s = 0; s < draft.subsections.size(); s++) {
      section.addSubsection(section(draft.subsections.get(s), pointer + "/subsections/" + s, date, decisions, previous, number));
    }
    return section.build();
  }

  private Paragraph paragraph(ParagraphDraft draft, String pointer, Optional<String> body, PartialDate date, Decisions decisions,
      Actor[] previous, int[] number) {
    // An excerpt keeps the numbers its paragraphs have in the whole statement, which their labels give.
    int printed = numberByLabel ? Integer.parseInt(draft.label.orElseThrow().replaceAll("\\D", "")) : number[0]++;
    Paragraph.Builder paragraph = new Paragraph.Builder().number(printed).text(draft.text);
    draft.label.ifPresent(paragraph::label);
    List<Decision> found = new ArrayList<>(decisions.read(draft.text, draft.offset, pointer, body, date, previous));
    int itemDecisions = 0;
    Decision lead = found.isEmpty() ? null : found.get(found.size() - 1);
    // "Participants agree to: (a) continue …; (b) consider …": the items are what the act commits to.
    boolean commitsToItems = lead != null && !draft.items.isEmpty() && lead.clause().matches("(?s).*\\bto\\s*:\\s*$")
        && EnumSet.of(OperativeVerb.AGREED, OperativeVerb.DECIDED,
            OperativeVerb.COMMITTED, OperativeVerb.PLEDGED,
            OperativeVerb.UNDERTOOK, OperativeVerb.RESOLVED).contains(lead.verb());
    if (commitsToItems) {
      Decision.Builder withItems = new Decision.Builder().from(lead);
      References.Builder refs = new References.Builder().from(lead.refersTo());
      for (int i = 0; i < draft.items.size(); i++) {
        Block item = draft.items.get(i);
        List<Mention> named = decisions.namedIn(item.text(), item.offset(), pointer + "/decisions/" + (found.size() - 1), body, date, lead.actor());
        named.forEach(m -> Decisions.add(refs, m));
        Commitment commitment = Commitments.ofItem(item.text(), lead.verb(), lead.actor(), decisions.setting(body), named);
        if (commitment != null) {
          review.add(IssueCode.IMPORT_COMMITMENT, pointer + "/decisions/" + (found.size() - 1) + "/commitments/" + (lead.commitments().size() + i),
              draft.items.get(i).offset(), "item read as a commitment of the act before the list; check its owners, due date and status");
          withItems.addCommitment(commitment);
        }
      }
      found.set(found.size() - 1, withItems.refersTo(Decisions.distinct(refs.build())).build());
      itemDecisions = draft.items.size();
    }
    paragraph.addAllDecisions(found);
    for (int i = 0; i < draft.items.size(); i++) {
      Block item = draft.items.get(i);
      SubItem.Builder subItem = new SubItem.Builder().text(item.text());
      item.label().ifPresent(subItem::label);
      if (!commitsToItems) {
        var fromItem = decisions.read(item.text(), item.offset(), pointer + "/items/" + i, body, date, previous);
        itemDecisions += fromItem.size();
        subItem.addAllDecisions(fromItem);
      }
      paragraph.addItem(subItem.build());
    }
    if (found.isEmpty() && itemDecisions == 0 && !ATTENDANCE.matcher(draft.text).matches() && !OBSERVERS.matcher(draft.text).matches()) {
      review.add(IssueCode.IMPORT_NO_DECISION, pointer, draft.offset,
          "\"" + review.words(draft.offset, draft.offset + 60) + "\": no operative verb with a known actor was found");
    }
    return paragraph.build();
  }

  /** The block and line of the title, or null: a line such as "Co-Chairs' Statement" among the first blocks. */
  private static int[] findTitle(List<Block> blocks) {
    for (int b = 0; b < Math.min(blocks.size(), 12); b++) {
      Block block = blocks.get(b);
      if (block.kind() == Block.Kind.PARAGRAPH && block.text().split(" ").length > 40) {
        return null;
      }
      List<String> lines = lines(block);
      for (int l = 0; l < lines.size(); l++) {
        String line = lines.get(l);
        if (line.split(" ").length <= 16 && TITLE.matcher(line).matches()) {
          return new int[] {b, l};
        }
      }
    }
    return null;
  }

  /** The lines of a block, markup removed. */
  private static List<String> lines(Block block) {
    List<String> lines = new ArrayList<>();
    if (block.isHeading() || block.lines() <= 1) {
      lines.add(block.text());
      return lines;
    }
    for (String line : block.raw().split("\n")) {
      String clean = Markup.clean(line);
      if (!clean.isEmpty()) {
        lines.add(clean);
      }
    }
    return lines;
  }

  /**
   * Whether a block can follow a heading: a heading, an item, or a paragraph closed like a sentence.
   * Two unpunctuated lines followed by two more are a signature block, not a heading.
   */
  private static boolean opensSection(Block next) {
    if (next.kind() != Block.Kind.PARAGRAPH) {
      return true;
    }
    char last = next.text().charAt(next.text().length() - 1);
    return last == '.' || last == ':' || last == ';' || last == ')' || last == '"' || last == '”';
  }

  /** A short block after the title that still belongs to the masthead: the meeting's name, its place, its date. */
  private static boolean isMastheadLine(Block block) {
    if (block.kind() == Block.Kind.ITEM || block.text().length() > 200) {
      return false;
    }
    String text = block.text();
    // "Colombo, Sri Lanka, 4 March 2019", "Issued on 23 October 2017": a date, and no sentence.
    boolean dated = !Dates.find(text).isEmpty() && text.split(" ").length <= 12 && !text.endsWith(".");
    boolean meetingName = MEETING_LINE.matcher(text).find()
        && text.split(" ").length <= 16 && !text.endsWith(".");
    // "The Bali Process", "on People Smuggling, …": the forum's name over the meeting's, not a lead-in ("…:").
    boolean forum = text.matches("(?i)(?:the\\s+)?bali process.{0,100}") && !text.endsWith(".") && !text.endsWith(":")
        && !text.endsWith(";");
    return dated || meetingName || forum;
  }

  private static StatementKind kind(String title, MeetingKind meetingKind) {
    if (title == null) {
      return StatementKind.CO_CHAIRS_STATEMENT;
    }
    String t = title.toLowerCase(Locale.ROOT);
    if (t.contains("joint")) {
      return StatementKind.JOINT_STATEMENT;
    }
    if (t.contains("declaration")) {
      return t.contains("ministerial") || meetingKind == MeetingKind.MINISTERIAL_CONFERENCE
          ? StatementKind.MINISTERIAL_DECLARATION : StatementKind.DECLARATION;
    }
    if (t.contains("summary")) {
      return StatementKind.SUMMARY;
    }
    if (t.contains("chair")) {
      return StatementKind.CO_CHAIRS_STATEMENT;
    }
    return StatementKind.BODY_STATEMENT;
  }

  private static String slug(StatementKind kind) {
    return switch (kind) {
      case CO_CHAIRS_STATEMENT -> "co-chairs-statement";
      case JOINT_STATEMENT -> "joint-statement";
      case DECLARATION -> "declaration";
      case MINISTERIAL_DECLARATION -> "ministerial-declaration";
      case SUMMARY -> "summary";
      default -> "statement";
    };
  }

  /** What the masthead and the opening paragraphs say about the meeting. */
  private final class MeetingFacts {
    String id;
    MeetingKind kind;
    Set<String> convenedBy = new LinkedHashSet<>();
    Integer ordinal;
    PartialDate date;
    PartialDate endDate;
    PartialDate statementDate;
    PartialDate issued;
    Place place;
    MeetingFormat format;
    final List<String> coChairs = new ArrayList<>();

    Meeting build(List<ParagraphDraft> attendance, List<ParagraphDraft> observers) {
      Meeting.Builder meeting = new Meeting.Builder().id(id).kind(kind).addAllConvenedBy(convenedBy).addAllCoChairs(coChairs);
      if (ordinal != null) {
        meeting.ordinal(ordinal);
      }
      meeting.date(date);
      if (endDate != null) {
        meeting.endDate(endDate);
      }
      if (place != null) {
        meeting.place(place);
      }
      if (format != null) {
        meeting.format(format);
      }
      Set<String> seen = new HashSet<>();
      for (ParagraphDraft paragraph : attendance) {
        participants(meeting, paragraph, ATTENDANCE, seen, false);
      }
      for (ParagraphDraft paragraph : observers) {
        participants(meeting, paragraph, OBSERVERS, seen, true);
      }
      return meeting.build();
    }

    private void participants(Meeting.Builder meeting, ParagraphDraft paragraph, Pattern pattern, Set<String> seen, boolean observer) {
      // Sentence by sentence: "The meeting was attended by A, B and C. D and E attended as observers."
      for (Sentences.Span sentence : Sentences.split(paragraph.text)) {
        String text = paragraph.text.substring(sentence.start(), sentence.end());
        Matcher asObservers = AS_OBSERVERS.matcher(text);
        Matcher m = pattern.matcher(text);
        String list;
        boolean observing = observer;
        int listStart;
        if (asObservers.matches()) {
          list = asObservers.group(1);
          listStart = sentence.start();
          observing = true;
        } else if (m.matches()) {
          list = m.group(1);
          listStart = sentence.start() + m.start(1);
        } else {
          continue;
        }
        Matcher who = WHO.matcher(list);
        if (who.lookingAt()) {
          listStart += who.end();
          list = list.substring(who.end());
        }
        // A lower-case word ends the list: "…, UNHCR and UNODC, and was supported by the RSO".
        Matcher tail = Pattern.compile(",?\\s+(?:and\\s+)?(?:was|were|is|are|with|which|who|hosted|supported|as\\s+well)\\b").matcher(list);
        if (tail.find()) {
          list = list.substring(0, tail.start());
        }
        addNames(meeting, list, paragraph.offset + listStart, seen, observing);
        for (Block item : paragraph.items) {
          addNames(meeting, item.text(), item.offset(), seen, observing);
        }
      }
    }

    /**
     * The members a list names, in order, with the capacity a group of them attends in ("Indonesia and
     * Australia as Co-Chairs"); the words between names that name no member are reported.
     */
    private void addNames(Meeting.Builder meeting, String list, int offset, Set<String> seen, boolean observing) {
      Words words = new Words(list);
      int covered = 0;
      int capacityFrom = Integer.MAX_VALUE;
      for (Names.Found found : Reading.this.names.find(words)) {
        int start = words.starts[found.from()];
        int end = words.ends[found.to() - 1];
        unresolved(list, covered, start, offset);
        covered = end;
        if (found.name().kind() != EntityKind.MEMBER) {
          if (start >= capacityFrom && end <= covered) {
            // "… as Steering Group members": the capacity names a body, not a participant.
            continue;
          }
          review.add(IssueCode.IMPORT_PARTICIPANT_UNRESOLVED, "/meeting/participants", offset + start,
              "\"" + list.substring(start, end) + "\" attended, but is " + found.name().kind().withArticle()
                  + ", not a member; participants are members, so it is left out");
          continue;
        }
        Optional<Member> member = register.member(found.name().id());
        int groupEnd = list.indexOf(',', end);
        int semicolon = list.indexOf(';', end);
        groupEnd = groupEnd < 0 ? (semicolon < 0 ? list.length() : semicolon) : semicolon < 0 ? groupEnd : Math.min(groupEnd, semicolon);
        Matcher as = Pattern.compile("\\bas\\s+(.+)$").matcher(list.substring(end, groupEnd));
        String capacity = as.find() ? as.group(1).replaceAll("[.:;]+$", "").strip() : null;
        if (capacity != null) {
          capacityFrom = end;
          covered = Math.max(covered, groupEnd);
        }
        if (member.isPresent() && seen.add(member.get().id())) {
          meeting.addParticipant(new Participant(member.get().id(), role(member.get(), observing), Optional.ofNullable(capacity)));
        }
      }
      unresolved(list, covered, list.length(), offset);
    }

    /** Reports capitalised words between the names of a list: a participant the register does not know. */
    private void unresolved(String list, int from, int to, int offset) {
      if (to <= from) {
        return;
      }
      String between = list.substring(from, to).replaceAll("^[\\s,;:.]*(?:and\\s+|&\\s+)?(?:the\\s+)?", "").replaceAll("[\\s,;:.]*(?:and|&)?[\\s,;:.]*$", "");
      if (!between.isEmpty() && Character.isUpperCase(between.charAt(0))) {
        int at = list.indexOf(between, from);
        review.add(IssueCode.IMPORT_PARTICIPANT_UNRESOLVED, "/meeting/participants", offset + Math.max(at, from),
            "\"" + between + "\" in the attendance list is no member or observer the register knows; it is left out");
      }
    }

    private ParticipantRole role(Member member, boolean observer) {
      boolean everMember = false;
      boolean everObserver = false;
      for (Standing standing : member.standings()) {
        boolean begun = standing.since().map(s -> !s.isAfter(date)).orElse(true);
        if (begun && standing.status() == MemberStatus.MEMBER) {
          everMember = true;
        }
        if (begun && standing.status() == MemberStatus.OBSERVER) {
          everObserver = true;
        }
      }
      if (everMember && !observer) {
        return ParticipantRole.MEMBER;
      }
      return everObserver || everMember ? ParticipantRole.OBSERVER : ParticipantRole.GUEST;
    }
  }

  private MeetingFacts meetingFacts(String masthead, String title, List<ParagraphDraft> paragraphs) {
    MeetingFacts facts = new MeetingFacts();
    String opening = paragraphs.stream().limit(2).map(p -> p.text).reduce((a, b) -> a + " " + b).orElse("");
    MeetingMentions meetings = mentions.meetings();
    MeetingMentions.Context context = new MeetingMentions.Context(Optional.empty(), Optional.empty(), PartialDate.of(2000));
    MeetingMentions.Found found = null;
    for (String text : new String[] {masthead, title == null ? "" : title, opening}) {
      Words words = new Words(text);
      for (MeetingMentions.Found candidate : meetings.find(text, words, names.find(words), places, context)) {
        if (candidate.ordinal() != null || candidate.date() != null && text != opening) {
          found = candidate;
          break;
        }
      }
      if (found != null) {
        break;
      }
    }
    if (found != null) {
      facts.kind = found.kind();
      facts.convenedBy.addAll(found.convenedBy());
      facts.ordinal = found.ordinal();
      Optional<Meeting> known = meetings.inRegister(found, null);
      facts.id = known.isPresent() ? known.get().id() : meetingId(found);
    } else {
      facts.kind = MeetingKind.SENIOR_OFFICIALS_MEETING;
      facts.id = "meeting";
      review.add(IssueCode.IMPORT_MASTHEAD, "/meeting/kind", 0,
          "the masthead names no meeting the reader knows; read as a senior officials' meeting");
    }
    // The date: the masthead's, else the opening paragraph's, else the latest the text gives.
    Dates.Found date = first(Dates.find(masthead), PartialDate.Precision.DAY);
    if (date == null && found != null && found.date() != null) {
      date = new Dates.Found(0, 0, found.date(), Optional.ofNullable(found.endDate()));
    }
    if (date == null) {
      date = first(Dates.find(opening), PartialDate.Precision.DAY);
    }
    if (date == null) {
      date = first(Dates.find(masthead), PartialDate.Precision.MONTH);
    }
    if (date == null) {
      PartialDate latest = null;
      for (ParagraphDraft paragraph : paragraphs) {
        for (Dates.Found d : Dates.find(paragraph.text)) {
          if (latest == null || d.date().isAfter(latest)) {
            latest = d.date();
          }
        }
      }
      if (latest != null) {
        date = new Dates.Found(0, 0, latest, Optional.empty());
        review.add(IssueCode.IMPORT_MASTHEAD, "/date", 0,
            "the masthead gives no date; the latest date in the text, " + latest + ", is used for the statement and its meeting");
      }
    }
    if (date == null) {
      return facts;
    }
    facts.date = date.date();
    facts.endDate = date.endDate().orElse(null);
    facts.statementDate = facts.endDate != null ? facts.endDate : facts.date;
    Matcher issued = ISSUED.matcher(masthead);
    if (issued.find()) {
      // "Issued 23 October 2017": a statement issued after its meeting carries the date of issue.
      Dates.Found on = first(Dates.find(masthead.substring(issued.end())), PartialDate.Precision.DAY);
      if (on != null && on.start() == 0 && !on.date().isBefore(facts.statementDate)) {
        facts.issued = on.date();
        facts.statementDate = on.date();
      }
    }
    if (facts.id.equals("meeting")) {
      facts.id = "meeting-" + facts.date.toString();
    }
    // The place: "Bali, Indonesia" in the masthead, else "in Bali, Indonesia" in the opening paragraph.
    facts.place = places.first(masthead, 0).or(() -> places.first(opening, 0)).map(Places.Found::place).orElse(null);
    if (facts.place == null) {
      review.add(IssueCode.IMPORT_MASTHEAD, "/meeting/place", 0, "no place of the meeting was found");
    }
    String lower = (masthead + " " + (paragraphs.isEmpty() ? "" : paragraphs.get(0).text)).toLowerCase(Locale.ROOT);
    if (lower.contains("hybrid")) {
      facts.format = MeetingFormat.HYBRID;
    } else if (lower.matches("(?s).*\\b(?:virtual(?:ly)?|online|by video ?conference)\\b.*")) {
      facts.format = MeetingFormat.VIRTUAL;
    } else if (lower.matches("(?s).*\\bin[- ]person\\b.*")) {
      facts.format = MeetingFormat.IN_PERSON;
    }
    coChairs(facts, masthead, opening);
    return facts;
  }

  private void coChairs(MeetingFacts facts, String masthead, String opening) {
    for (String text : new String[] {masthead, opening}) {
      Matcher m = CO_CHAIRED.matcher(text);
      Matcher line = CO_CHAIRS_LINE.matcher(text);
      String list = m.find() ? m.group(1) : line.find() ? line.group(1) : null;
      if (list == null) {
        continue;
      }
      // "co-chaired by Indonesia and Australia and hosted by Thailand": the list ends where another role begins.
      Matcher other = Pattern.compile("(?i),?\\s+(?:and\\s+)?(?:hosted|attended|supported|organised|organized|held|with)\\b").matcher(list);
      if (other.find()) {
        list = list.substring(0, other.start());
      }
      for (Names.Found found : names.find(new Words(list))) {
        if (found.name().kind() == EntityKind.MEMBER && !facts.coChairs.contains(found.name().id())) {
          facts.coChairs.add(found.name().id());
        }
      }
      if (!facts.coChairs.isEmpty()) {
        return;
      }
    }
    // The text names no co-chairs: those the register records for the convening body, flagged for review.
    for (String convenor : facts.convenedBy) {
      Optional<CoChairTerm> term = register.body(convenor).flatMap(body -> body.coChairs().stream()
          .filter(t -> t.asOf().map(a -> !a.isAfter(facts.date)).orElse(true)).reduce((a, b) -> b));
      if (term.isPresent() && !term.get().members().isEmpty()) {
        facts.coChairs.addAll(term.get().members());
        review.add(IssueCode.IMPORT_MASTHEAD, "/meeting/coChairs", -1, "the text names no co-chairs; those the register records for "
            + convenor + " (" + String.join(", ", term.get().members()) + ") are used");
        return;
      }
    }
  }

  private static Dates.Found first(List<Dates.Found> dates, PartialDate.Precision precision) {
    return dates.stream().filter(d -> d.date().precision() == precision).findFirst().orElse(null);
  }

  private static String meetingId(MeetingMentions.Found found) {
    String ordinal = found.ordinal() == null ? "" : "-" + found.ordinal();
    return switch (found.kind()) {
      case SENIOR_OFFICIALS_MEETING -> (found.convenedBy().contains("AHG") ? "ahg-som" : "som") + ordinal;
      case MINISTERIAL_CONFERENCE -> "bpmc" + ordinal;
      case STEERING_GROUP_MEETING -> "sg-meeting" + ordinal;
      default -> (found.convenedBy().isEmpty() ? Locals.slug(found.kind().name()) : Locals.slug(String.join(" ", found.convenedBy())) + "-meeting") + ordinal;
    } + (found.ordinal() == null && found.date() != null ? "-" + found.date().toString() : "");
  }
}
