package org.balimodel.core.model;

import java.util.List;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * What a decision or commitment acts on, by identifier and by kind of entity.
 *
 * <p>Each list names entities of one kind, so a reference says both what it points at and what it
 * must resolve to: {@code bodies: [WG-D]}, {@code meetings: [wg-d-annual-meeting-2022]},
 * {@code priorities: [soc-2018-priority-2]}. Identifiers resolve through the register and the
 * statement's own entities.
 *
 * @param members members (states, territories, organisations)
 * @param bodies bodies of the Bali Process
 * @param meetings meetings
 * @param frameworks strategies, work plans, recommendations
 * @param priorities priorities of frameworks
 * @param instruments documents
 * @param partners organisations outside the Bali Process
 * @param initiatives pieces of practical work
 */
@BaliStyle
@Value.Builder
public record References(
    List<String> members,
    List<String> bodies,
    List<String> meetings,
    List<String> frameworks,
    List<String> priorities,
    List<String> instruments,
    List<String> partners,
    List<String> initiatives) {

  private static final References NONE =
      new References(null, null, null, null, null, null, null, null);

  /** Copies every list; null reads as empty. */
  public References {
    members = Values.list(members, "References", "members");
    bodies = Values.list(bodies, "References", "bodies");
    meetings = Values.list(meetings, "References", "meetings");
    frameworks = Values.list(frameworks, "References", "frameworks");
    priorities = Values.list(priorities, "References", "priorities");
    instruments = Values.list(instruments, "References", "instruments");
    partners = Values.list(partners, "References", "partners");
    initiatives = Values.list(initiatives, "References", "initiatives");
  }

  /** No references. */
  public static References none() {
    return NONE;
  }

  /** Whether nothing is referenced. */
  public boolean isEmpty() {
    return Stream.of(members, bodies, meetings, frameworks, priorities, instruments, partners, initiatives)
        .allMatch(List::isEmpty);
  }

  /** Builds {@link References}. */
  public static final class Builder extends ReferencesBuilder {}
}
