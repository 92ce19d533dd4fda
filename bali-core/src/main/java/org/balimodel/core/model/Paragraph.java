package org.balimodel.core.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.util.List;
import org.immutables.value.Value;

/**
 * A paragraph of a statement: its stable number, its verbatim text, and the decisions drawn from it.
 *
 * <p>Paragraphs are numbered 1, 2, 3 … through the whole statement in reading order, so a number
 * names one paragraph whatever section it is in. A paragraph that records no act (the list of
 * participants, for instance) has no decisions.
 *
 * @param number its number in the statement, from 1
 * @param text the paragraph exactly as the statement prints it
 * @param decisions the acts it records, in the order the text gives them
 */
@BaliStyle
@Value.Builder
public record Paragraph(@Positive int number, @NotBlank String text, List<@Valid Decision> decisions) {

  /** Requires the text; the list is copied. */
  public Paragraph {
    Values.required(text, "Paragraph", "text");
    decisions = Values.list(decisions, "Paragraph", "decisions");
  }

  /** Builds a {@link Paragraph}. */
  public static final class Builder extends ParagraphBuilder {}
}
