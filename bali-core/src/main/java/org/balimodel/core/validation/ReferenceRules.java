package org.balimodel.core.validation;

import static org.balimodel.core.validation.Messages.quote;
import static org.balimodel.core.validation.RuleContext.at;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.balimodel.core.register.EntityKind;
import org.balimodel.core.model.Actor;
import org.balimodel.core.model.Attachment;
import org.balimodel.core.model.Body;
import org.balimodel.core.model.CoChairTerm;
import org.balimodel.core.model.Entities;
import org.balimodel.core.model.Framework;
import org.balimodel.core.model.Initiative;
import org.balimodel.core.model.Instrument;
import org.balimodel.core.model.Member;
import org.balimodel.core.model.MemberKind;
import org.balimodel.core.model.NameVariant;
import org.balimodel.core.model.NamedCapacity;
import org.balimodel.core.model.PartialDate;
import org.balimodel.core.model.Partner;
import org.balimodel.core.model.Priority;
import org.balimodel.core.model.References;
import org.balimodel.core.model.Signatory;
import org.balimodel.core.model.Statement;
import org.balimodel.core.validation.RuleGuard.Rule;

/**
 * The rules of references and identifiers: every reference resolves to an entity of the kind its
 * place requires; identifiers the statement defines are unique and do not redefine the register;
 * states are identified by ISO 3166-1 alpha-3 codes; printed names that differ from official ones
 * are remarked.
 */
final class ReferenceRules {
  /** ISO 3166-1 alpha-3 codes, as the JDK knows them. */
  private static final Set<String> ALPHA3 =
      Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));

  private final RuleContext context;
  private final DateRules dates;

  ReferenceRules(RuleContext context, DateRules dates) {
    this.context = context;
    this.dates = dates;
  }

  /** The references of a decision or commitment, with the dates of what they name checked against {@code date}. */
  void references(References refs, String base, PartialDate date) {
    for (EntityKind kind : EntityKind.values()) {
      String field = kind.plural();
      List<String> ids = kind.ids(refs);
      for (int i = 0; i < ids.size(); i++) {
        String id = ids.get(i);
        if (!context.resolves(base, field, i, id, Kinds.only(kind))) {
          continue;
        }
        switch (kind) {
          case BODY -> dates.bodyEstablished(id, date, base, field, i);
          case FRAMEWORK -> dates.frameworkInForce(context.index.framework(id), date, base, field, i);
          case PRIORITY -> {
            Framework framework = context.index.frameworkOfPriority(id);
            if (framework != null) {
              dates.frameworkInForce(framework, date, base, field, i);
            }
          }
          default -> { }
        }
      }
    }
  }

  /** The actor of a decision names an entity of its kind; a body existed on the date. */
  void actor(Actor actor, String base, PartialDate date) {
    if (actor instanceof Actor.OfBody body) {
      if (context.resolves(base, "body", -1, body.body(), Kinds.BODIES)) {
        dates.bodyEstablished(body.body(), date, base, "body", -1);
      }
    } else if (actor instanceof Actor.OfMember member) {
      context.resolves(base, "member", -1, member.member(), Kinds.MEMBERS);
    } else if (actor instanceof Actor.OfPartner partner) {
      context.resolves(base, "partner", -1, partner.partner(), Kinds.PARTNERS);
    }
  }

  /** The entities named in a capacity, and what the capacity is held in, resolve. */
  void capacities(List<NamedCapacity> capacities, String base) {
    for (int i = 0; i < capacities.size(); i++) {
      NamedCapacity capacity = capacities.get(i);
      String entry = at(base, "capacities", i);
      context.resolves(entry, "entity", -1, capacity.entity(), Kinds.ANY);
      capacity.of().ifPresent(of -> context.resolves(entry, "of", -1, of, Kinds.ANY));
    }
  }

  /** Who issued the statement, and what it attaches, resolve. */
  void masthead(Statement statement) {
    statement.issuedBy().ifPresent(issuer -> {
      List<Signatory> signatories = issuer.signatories();
      for (int i = 0; i < signatories.size(); i++) {
        String entry = at("/issuedBy", "signatories", i);
        signatories.get(i).member().ifPresent(id -> context.resolves(entry, "member", -1, id, Kinds.MEMBERS));
      }
    });
    List<Attachment> attachments = statement.attachments();
    for (int i = 0; i < attachments.size(); i++) {
      Attachment attachment = attachments.get(i);
      String entry = at("", "attachments", i);
      attachment.instrument().ifPresent(id -> context.resolves(entry, "instrument", -1, id, Kinds.INSTRUMENTS));
      attachment.framework().ifPresent(id -> context.resolves(entry, "framework", -1, id, Kinds.FRAMEWORKS));
    }
  }

  /** The statement's own entities, except its meetings, which {@link MeetingRules} checks. */
  void entities(Entities entities) {
    String base = "/entities";
    List<Member> members = entities.members();
    for (int i = 0; i < members.size(); i++) {
      Member member = members.get(i);
      String entry = at(base, "members", i);
      define(member.id(), entry + "/id", false);
      context.guarded(Rule.STATE_CODES, entry, () -> {
        if (member.kind() == MemberKind.STATE_OR_TERRITORY && !ALPHA3.contains(member.id())) {
          context.report(
              IssueCode.IDENTIFIER_NOT_ALPHA3,
              entry + "/id",
              "the state or territory " + quote(member.id()) + " is not identified by an ISO 3166-1 alpha-3 code");
        }
        return true;
      });
    }
    List<Body> bodies = entities.bodies();
    for (int i = 0; i < bodies.size(); i++) {
      Body body = bodies.get(i);
      String entry = at(base, "bodies", i);
      define(body.id(), entry + "/id", false);
      body.parent().ifPresent(parent -> context.resolves(entry, "parent", -1, parent, Kinds.BODIES));
      List<CoChairTerm> terms = body.coChairs();
      for (int t = 0; t < terms.size(); t++) {
        List<String> ids = terms.get(t).members();
        String term = at(entry, "coChairs", t);
        for (int m = 0; m < ids.size(); m++) {
          context.resolves(term, "members", m, ids.get(m), Kinds.MEMBERS);
        }
      }
    }
  }

  /** The statement's frameworks, instruments, partners and initiatives. */
  void laterEntities(Entities entities) {
    String base = "/entities";
    List<Framework> frameworks = entities.frameworks();
    for (int i = 0; i < frameworks.size(); i++) {
      framework(frameworks.get(i), at(base, "frameworks", i));
    }
    List<Instrument> instruments = entities.instruments();
    for (int i = 0; i < instruments.size(); i++) {
      Instrument instrument = instruments.get(i);
      String entry = at(base, "instruments", i);
      define(instrument.id(), entry + "/id", false);
      instrument.issuedBy().ifPresent(id -> context.resolves(entry, "issuedBy", -1, id, Kinds.BODIES));
      instrument.adoptedAt().ifPresent(id -> context.resolves(entry, "adoptedAt", -1, id, Kinds.MEETINGS));
    }
    List<Partner> partners = entities.partners();
    for (int i = 0; i < partners.size(); i++) {
      define(partners.get(i).id(), at(base, "partners", i) + "/id", false);
    }
    List<Initiative> initiatives = entities.initiatives();
    for (int i = 0; i < initiatives.size(); i++) {
      Initiative initiative = initiatives.get(i);
      String entry = at(base, "initiatives", i);
      define(initiative.id(), entry + "/id", false);
      List<String> leads = initiative.leads();
      for (int l = 0; l < leads.size(); l++) {
        context.resolves(entry, "leads", l, leads.get(l), Kinds.LEADS);
      }
    }
  }

  private void framework(Framework framework, String entry) {
    define(framework.id(), entry + "/id", false);
    framework.owner().ifPresent(id -> context.resolves(entry, "owner", -1, id, Kinds.BODIES));
    framework.adoptedAt().ifPresent(id -> context.resolves(entry, "adoptedAt", -1, id, Kinds.MEETINGS));
    dates.frameworkSpan(framework, entry);
    framework.supersededBy().ifPresent(id -> context.resolves(entry, "supersededBy", -1, id, Kinds.FRAMEWORKS));
    framework.draftOf().ifPresent(id -> context.resolves(entry, "draftOf", -1, id, Kinds.FRAMEWORKS));
    framework.supersedes().ifPresent(id -> context.resolves(entry, "supersedes", -1, id, Kinds.FRAMEWORKS));
    List<Priority> priorities = framework.priorities();
    for (int p = 0; p < priorities.size(); p++) {
      define(priorities.get(p).id(), at(entry, "priorities", p) + "/id", false);
    }
  }

  /**
   * An identifier the statement defines is defined once in the document and is not a register
   * entry. The meeting the statement records may be a register meeting (a statement of the 8th
   * Ministerial Conference records {@code bpmc-8}): that is the same meeting, not a redefinition.
   */
  void define(String id, String pointer, boolean recordedMeeting) {
    context.guarded(Rule.IDENTIFIERS, pointer, () -> {
      String first = context.definedAt.putIfAbsent(id, pointer);
      if (first != null) {
        context.report(IssueCode.IDENTIFIER_DUPLICATE, pointer, quote(id) + " is already defined at " + first);
        return true;
      }
      EntityKind inRegister = context.index.registerKindOf(id);
      if (inRegister != null && !(recordedMeeting && inRegister == EntityKind.MEETING)) {
        context.report(
            IssueCode.IDENTIFIER_REDEFINES_REGISTER,
            pointer,
            quote(id) + " is already " + inRegister.withArticle() + " of the register; refer to it instead of defining it");
      }
      return true;
    });
  }

  void nameVariants(List<NameVariant> variants) {
    for (int i = 0; i < variants.size(); i++) {
      NameVariant variant = variants.get(i);
      String entry = "/nameVariants/" + i;
      if (!context.resolves(entry, "entity", -1, variant.entity(), Kinds.ANY)) {
        continue;
      }
      context.guarded(Rule.NAME_VARIANTS, entry, () -> {
        Object entity = context.index.find(context.index.kindOf(variant.entity()), variant.entity());
        String official = EntityIndex.officialName(entity);
        context.report(
            IssueCode.NAME_VARIANT,
            entry + "/asWritten",
            "the statement prints " + quote(variant.asWritten()) + " for " + quote(variant.entity())
                + (official == null ? ", which has no official name in the register" : ", officially " + quote(official)));
        return true;
      });
    }
  }
}
