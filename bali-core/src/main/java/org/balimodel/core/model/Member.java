package org.balimodel.core.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A participant in the Bali Process: a state or territory, or an international organisation,
 * with its standing (member or observer) over time.
 *
 * <p>States and territories are identified by their ISO 3166-1 alpha-3 code ({@code AUS},
 * {@code IDN}, {@code HKG}); organisations by their acronym ({@code IOM}, {@code UNHCR}).
 * {@code aliases} holds the other names statements print ("UAE", "USA", "Vietnam").
 *
 * @param id the identifier: alpha-3 code or acronym
 * @param kind state or territory, or international organisation
 * @param name the name as the Bali Process writes it ("Viet Nam", "Hong Kong SAR (China)")
 * @param aliases other names statements use for it
 * @param standings its standings in chronological order; the last one begun on a date applies
 * @param note what is uncertain or remarkable about the entry
 * @param sources where the entry was read
 */
@BaliStyle
@Value.Builder
public record Member(
    @Acronym String id,
    MemberKind kind,
    @NotBlank String name,
    List<@NotBlank String> aliases,
    List<Standing> standings,
    Optional<String> note,
    List<@Valid Source> sources) {

  /** Requires id, kind and name; lists are copied, absent optionals are empty. */
  public Member {
    Values.required(id, "Member", "id");
    Values.required(kind, "Member", "kind");
    Values.required(name, "Member", "name");
    aliases = Values.list(aliases, "Member", "aliases");
    standings = Values.list(standings, "Member", "standings");
    note = Values.optional(note);
    sources = Values.list(sources, "Member", "sources");
  }

  /**
   * The standing this participant held on {@code date}: the last of its standings that had begun
   * by then, or empty when it had not yet joined the forum in any capacity.
   */
  public Optional<MemberStatus> statusOn(PartialDate date) {
    MemberStatus status = null;
    for (Standing standing : standings) {
      if (standing.begunBy(date)) {
        status = standing.status();
      }
    }
    return Optional.ofNullable(status);
  }

  /** Builds a {@link Member}. */
  public static final class Builder extends MemberBuilder {}
}
