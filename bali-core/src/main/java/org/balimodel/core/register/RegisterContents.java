package org.balimodel.core.register;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.List;
import org.balimodel.core.model.BaliStyle;
import org.balimodel.core.model.Body;
import org.balimodel.core.model.Framework;
import org.balimodel.core.model.Instrument;
import org.balimodel.core.model.Meeting;
import org.balimodel.core.model.Member;
import org.balimodel.core.model.Partner;
import org.balimodel.core.model.Source;
import org.immutables.value.Value;

/**
 * The entries of a {@link Register}, as data: what the register holds as of one date.
 *
 * @param asOf the date the contents describe; facts after it are not included
 * @param description what the contents are and how far they can be trusted
 * @param members member and observer states, territories and organisations
 * @param bodies the organs of the forum
 * @param meetings the meetings every statement may refer to (the ministerial conferences)
 * @param frameworks strategies, work plans and recommendations, with their priorities
 * @param instruments declarations and other documents every statement may refer to
 * @param partners organisations outside the forum every statement may refer to
 * @param sources the sources the contents as a whole were built from
 */
@BaliStyle
@Value.Builder
public record RegisterContents(
    LocalDate asOf,
    @NotBlank String description,
    List<@Valid Member> members,
    List<@Valid Body> bodies,
    List<@Valid Meeting> meetings,
    List<@Valid Framework> frameworks,
    List<@Valid Instrument> instruments,
    List<@Valid Partner> partners,
    List<@Valid Source> sources) {

  /** Requires the date and description; lists are copied. */
  public RegisterContents {
    java.util.Objects.requireNonNull(asOf, "RegisterContents.asOf is required");
    java.util.Objects.requireNonNull(description, "RegisterContents.description is required");
    members = copy(members);
    bodies = copy(bodies);
    meetings = copy(meetings);
    frameworks = copy(frameworks);
    instruments = copy(instruments);
    partners = copy(partners);
    sources = copy(sources);
  }

  private static <T> List<T> copy(List<T> values) {
    return values == null ? List.of() : List.copyOf(values);
  }

  /** Builds {@link RegisterContents}. */
  public static final class Builder extends RegisterContentsBuilder {}
}
