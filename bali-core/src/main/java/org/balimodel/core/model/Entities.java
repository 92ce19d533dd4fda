package org.balimodel.core.model;

import jakarta.validation.Valid;
import java.util.List;
import org.immutables.value.Value;

/**
 * The entities a statement defines for itself, beyond those of the register: most meetings it
 * mentions, the documents, partners and initiatives it names, and any member or body the register
 * does not (yet) hold.
 *
 * <p>Identifiers here must not redefine an entry of the register.
 *
 * @param members members not in the register (a new member, a guest state)
 * @param bodies bodies not in the register (a new working group)
 * @param meetings meetings the statement mentions
 * @param frameworks frameworks not in the register
 * @param instruments documents the statement mentions
 * @param partners organisations outside the Bali Process
 * @param initiatives pieces of practical work
 */
@BaliStyle
@Value.Builder
public record Entities(
    List<@Valid Member> members,
    List<@Valid Body> bodies,
    List<@Valid Meeting> meetings,
    List<@Valid Framework> frameworks,
    List<@Valid Instrument> instruments,
    List<@Valid Partner> partners,
    List<@Valid Initiative> initiatives) {

  private static final Entities NONE = new Entities(null, null, null, null, null, null, null);

  /** Copies every list; null reads as empty. */
  public Entities {
    members = Values.list(members, "Entities", "members");
    bodies = Values.list(bodies, "Entities", "bodies");
    meetings = Values.list(meetings, "Entities", "meetings");
    frameworks = Values.list(frameworks, "Entities", "frameworks");
    instruments = Values.list(instruments, "Entities", "instruments");
    partners = Values.list(partners, "Entities", "partners");
    initiatives = Values.list(initiatives, "Entities", "initiatives");
  }

  /** No entities of the statement's own. */
  public static Entities none() {
    return NONE;
  }

  /** Builds {@link Entities}. */
  public static final class Builder extends EntitiesBuilder {}
}
