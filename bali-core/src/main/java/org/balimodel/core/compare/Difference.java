package org.balimodel.core.compare;

import java.util.Objects;
import java.util.Optional;

/**
 * One place where two statements disagree on a fact: what kind of fact, which side has it (or
 * that both have it and it differs), where it is in each statement, and what it says.
 *
 * <p>The pointers are RFC 6901 JSON Pointers into each statement's JSON form, as bali-json writes
 * it ({@code /meeting/date}, {@code /meeting/participants/3}, {@code /preamble/0},
 * {@code /sections/2/subsections/0/paragraphs/1/decisions/0},
 * {@code /sections/0/paragraphs/0/items/1/decisions/0/commitments/0},
 * {@code /entities/meetings/4}); a side that does not have the fact has no pointer.
 *
 * @param kind the kind of fact
 * @param change which side has it, or that both have it and it differs
 * @param referencePointer where the fact is in the reference statement; present unless the change
 *     is {@link Change#ONLY_IN_CANDIDATE}
 * @param candidatePointer where the fact is in the candidate statement; present unless the change
 *     is {@link Change#ONLY_IN_REFERENCE}
 * @param description what the fact is and, for {@link Change#DIFFERS}, what differs, in words for a
 *     reviewer ("decision of paragraph 12: actor differs: meeting vs members")
 */
public record Difference(
    FactKind kind, Change change, Optional<String> referencePointer, Optional<String> candidatePointer, String description) {

  /** Requires every component. */
  public Difference {
    Objects.requireNonNull(kind, "Difference.kind is required");
    Objects.requireNonNull(change, "Difference.change is required");
    Objects.requireNonNull(referencePointer, "Difference.referencePointer is required");
    Objects.requireNonNull(candidatePointer, "Difference.candidatePointer is required");
    Objects.requireNonNull(description, "Difference.description is required");
  }

  @Override
  public String toString() {
    return kind + " " + change + " " + referencePointer.orElse("-") + " " + candidatePointer.orElse("-") + ": " + description;
  }
}
