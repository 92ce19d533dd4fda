package org.balimodel.core.compare;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.balimodel.core.model.Body;
import org.balimodel.core.model.Commitment;
import org.balimodel.core.model.Decision;
import org.balimodel.core.model.Framework;
import org.balimodel.core.model.Initiative;
import org.balimodel.core.model.Instrument;
import org.balimodel.core.model.Meeting;
import org.balimodel.core.model.Member;
import org.balimodel.core.model.Paragraph;
import org.balimodel.core.model.Partner;
import org.balimodel.core.model.References;
import org.balimodel.core.model.Section;
import org.balimodel.core.model.Statement;
import org.balimodel.core.model.SubItem;
import org.balimodel.core.register.EntityKind;

/**
 * One statement of a comparison, flattened once into its facts in reading order, each with its
 * JSON Pointer and its place in reading order ({@code seq}), so that the comparison can match them
 * with hash maps.
 */
final class Side {

  /** A value of the statement or its meeting ("meeting date"), with its value for comparing and for showing. */
  record Value(String field, String pointer, Object key, String shown, int seq) {}

  /** An identifier at a place: a convener, a co-chair, a participant's member. */
  record Id(String id, String pointer, int seq, Object extra) {}

  /** A section and the path of its headings from the top. */
  record Sec(Section section, String pointer, String path, String position, String shown, int seq) {}

  /** A paragraph of the preamble or of a section, its index in reading order among them. */
  record Para(int index, Paragraph paragraph, String pointer, String text, int seq) {}

  /** A bullet or lettered item of a paragraph. */
  record Item(int paragraph, int position, SubItem item, String pointer, String text, int seq) {}

  /** A decision of a paragraph or of one of its items. */
  record Dec(int paragraph, Decision decision, String pointer, int seq) {}

  /** A commitment of a decision. */
  record Com(int paragraph, Commitment commitment, String pointer, int seq) {}

  /** One identifier a decision or commitment refers to. */
  record Mention(int paragraph, EntityKind kind, String id, String pointer, int seq) {}

  /** One entity the statement defines for itself; {@code name} is normalised, empty when it has none. */
  record Ent(EntityKind kind, int position, Object entity, String id, String name, String shown, String pointer, int seq) {}

  /** The kinds of entity a statement defines in lists of their own, in the order of {@code Entities}. */
  static final List<EntityKind> LOCAL_KINDS = List.of(
      EntityKind.MEMBER, EntityKind.BODY, EntityKind.MEETING, EntityKind.FRAMEWORK,
      EntityKind.INSTRUMENT, EntityKind.PARTNER, EntityKind.INITIATIVE);

  final Statement statement;
  final List<Value> values = new ArrayList<>();
  final List<Id> conveners = new ArrayList<>();
  final List<Id> coChairs = new ArrayList<>();
  final List<Id> participants = new ArrayList<>();
  final List<Sec> sections = new ArrayList<>();
  final List<Para> paragraphs = new ArrayList<>();
  final List<Item> items = new ArrayList<>();
  final List<Dec> decisions = new ArrayList<>();
  final List<Com> commitments = new ArrayList<>();
  final List<Mention> mentions = new ArrayList<>();
  final List<Ent> entities = new ArrayList<>();
  private int seq;

  Side(Statement statement) {
    this.statement = statement;
    meeting(statement);
    for (int i = 0; i < statement.preamble().size(); i++) {
      paragraph(statement.preamble().get(i), "/preamble/" + i);
    }
    sections(statement.sections());
    entities(statement);
  }

  private void meeting(Statement statement) {
    value("statement kind", "/kind", statement.kind(), statement.kind().name());
    value("title", "/title", Normal.text(statement.title()), Normal.quote(statement.title()));
    value("statement date", "/date", statement.date().toString(), statement.date().toString());
    Meeting meeting = statement.meeting();
    value("meeting kind", "/meeting/kind", meeting.kind(), meeting.kind().name());
    meeting.name().ifPresent(name -> value("meeting name", "/meeting/name", Normal.text(name), Normal.quote(name)));
    for (int i = 0; i < meeting.convenedBy().size(); i++) {
      conveners.add(new Id(meeting.convenedBy().get(i), "/meeting/convenedBy/" + i, seq++, null));
    }
    meeting.ordinal().ifPresent(n -> value("meeting ordinal", "/meeting/ordinal", n, n.toString()));
    meeting.date().ifPresent(d -> value("meeting date", "/meeting/date", d.toString(), d.toString()));
    meeting.endDate().ifPresent(d -> value("meeting end date", "/meeting/endDate", d.toString(), d.toString()));
    meeting.place().ifPresent(place -> {
      place.city().ifPresent(city -> value("meeting city", "/meeting/place/city", Normal.text(city), Normal.quote(city)));
      value("meeting country", "/meeting/place/country", place.country(), place.country());
    });
    meeting.format().ifPresent(f -> value("meeting format", "/meeting/format", f, f.name()));
    for (int i = 0; i < meeting.coChairs().size(); i++) {
      coChairs.add(new Id(meeting.coChairs().get(i), "/meeting/coChairs/" + i, seq++, null));
    }
    meeting.level().ifPresent(l -> value("meeting level", "/meeting/level", l, l.name()));
    for (int i = 0; i < meeting.participants().size(); i++) {
      var participant = meeting.participants().get(i);
      participants.add(new Id(participant.member(), "/meeting/participants/" + i, seq++, participant.role()));
    }
  }

  private void value(String field, String pointer, Object key, String shown) {
    values.add(new Value(field, pointer, key, shown, seq++));
  }

  /** Depth first, a section before its paragraphs and its paragraphs before its subsections. */
  private void sections(List<Section> top) {
    // An explicit stack: sections nest as deep as a document makes them, the call stack does not.
    record Pending(Section section, String pointer, String path, String position) {}
    Deque<Pending> pending = new ArrayDeque<>();
    for (int i = top.size() - 1; i >= 0; i--) {
      pending.push(new Pending(top.get(i), "/sections/" + i, "", Integer.toString(i)));
    }
    while (!pending.isEmpty()) {
      Pending next = pending.pop();
      Section section = next.section();
      String heading = (section.label().map(Normal::text).orElse("") + " " + section.heading().map(Normal::text).orElse("")).trim();
      String path = next.path() + "\u0000" + heading;
      sections.add(new Sec(section, next.pointer(), path, next.position(), heading.isEmpty() ? "(no heading)" : Normal.quote(heading), seq++));
      for (int p = 0; p < section.paragraphs().size(); p++) {
        paragraph(section.paragraphs().get(p), next.pointer() + "/paragraphs/" + p);
      }
      List<Section> subsections = section.subsections();
      for (int i = subsections.size() - 1; i >= 0; i--) {
        pending.push(new Pending(subsections.get(i), next.pointer() + "/subsections/" + i, path, next.position() + "." + i));
      }
    }
  }

  private void paragraph(Paragraph paragraph, String pointer) {
    int index = paragraphs.size();
    paragraphs.add(new Para(index, paragraph, pointer, Normal.text(paragraph.text()), seq++));
    for (int i = 0; i < paragraph.items().size(); i++) {
      SubItem item = paragraph.items().get(i);
      items.add(new Item(index, i, item, pointer + "/items/" + i, Normal.text(item.text()), seq++));
    }
    decisions(index, paragraph.decisions(), pointer);
    for (int i = 0; i < paragraph.items().size(); i++) {
      decisions(index, paragraph.items().get(i).decisions(), pointer + "/items/" + i);
    }
  }

  private void decisions(int paragraph, List<Decision> list, String base) {
    for (int d = 0; d < list.size(); d++) {
      Decision decision = list.get(d);
      String pointer = base + "/decisions/" + d;
      decisions.add(new Dec(paragraph, decision, pointer, seq++));
      mentions(paragraph, decision.refersTo(), pointer);
      for (int c = 0; c < decision.commitments().size(); c++) {
        Commitment commitment = decision.commitments().get(c);
        String at = pointer + "/commitments/" + c;
        commitments.add(new Com(paragraph, commitment, at, seq++));
        mentions(paragraph, commitment.refersTo(), at);
      }
    }
  }

  private void mentions(int paragraph, References references, String base) {
    if (references.isEmpty()) {
      return;
    }
    for (EntityKind kind : EntityKind.values()) {
      List<String> ids = kind.ids(references);
      for (int i = 0; i < ids.size(); i++) {
        mentions.add(new Mention(paragraph, kind, ids.get(i), base + "/refersTo/" + kind.plural() + "/" + i, seq++));
      }
    }
  }

  private void entities(Statement statement) {
    for (EntityKind kind : LOCAL_KINDS) {
      List<?> list = kind.entries(statement.entities());
      for (int i = 0; i < list.size(); i++) {
        Object entity = list.get(i);
        String id = kind.id(entity);
        Optional<String> name = name(entity);
        String shown = kind.noun() + " " + id + name.map(n -> " " + Normal.quote(n)).orElse("");
        entities.add(new Ent(kind, i, entity, id, name.map(Normal::name).orElse(""), shown,
            "/entities/" + kind.plural() + "/" + i, seq++));
      }
    }
  }

  /** The name or title of an entity, as it prints it. */
  static Optional<String> name(Object entity) {
    if (entity instanceof Member m) {
      return Optional.of(m.name());
    }
    if (entity instanceof Body b) {
      return Optional.of(b.name());
    }
    if (entity instanceof Meeting m) {
      return m.name();
    }
    if (entity instanceof Framework f) {
      return Optional.of(f.name());
    }
    if (entity instanceof Instrument i) {
      return Optional.of(i.title());
    }
    if (entity instanceof Partner p) {
      return Optional.of(p.name());
    }
    if (entity instanceof Initiative i) {
      return Optional.of(i.name());
    }
    return Optional.empty();
  }
}
