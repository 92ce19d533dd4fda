package org.balimodel.core.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A paragraph of a statement: its stable number, its label as printed, its verbatim text, its
 * bullets or lettered items, and the decisions drawn from it.
 *
 * <p>Paragraphs are numbered 1, 2, 3 … through the whole statement in reading order (preamble
 * included), so a number names one paragraph whatever section it is in. The number is bali's; the
 * {@code label} is the statement's ("1.", "12", "(a)", "I.", or none), kept apart because printed
 * labels skip, restart and are missing from preambles. A paragraph that records no act (the list of
 * participants, a purpose paragraph) has no decisions.
 *
 * @param number its number in the statement, from 1
 * @param label its label exactly as printed, absent when the statement prints none
 * @param text the paragraph exactly as the statement prints it, without its sub-items
 * @param items its bullets or lettered items, in order
 * @param decisions the acts it records, in the order the text gives them
 */
@BaliStyle
@Value.Builder
public record Paragraph(
    @Positive int number,
    Optional<@HasText String> label,
    @NotBlank String text,
    List<@Valid SubItem> items,
    List<@Valid Decision> decisions) {

  /** Requires the text; lists are copied, absent optionals are empty. */
  public Paragraph {
    label = Values.optional(label);
    Values.required(text, "Paragraph", "text");
    items = Values.list(items, "Paragraph", "items");
    decisions = Values.list(decisions, "Paragraph", "decisions");
  }

  /** The paragraph's own decisions, then those of its sub-items, in reading order. */
  public List<Decision> allDecisions() {
    if (items.isEmpty()) {
      return decisions;
    }
    List<Decision> all = new ArrayList<>(decisions);
    items.forEach(item -> all.addAll(item.decisions()));
    return List.copyOf(all);
  }

  /** Builds a {@link Paragraph}. */
  public static final class Builder extends ParagraphBuilder {}
}
