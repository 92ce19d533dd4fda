package org.balimodel.core.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.immutables.value.Value;

/**
 * A headed section of a statement ("Working Group Updates"), its paragraphs, and its subsections
 * ("Working Group on Trafficking in Persons").
 *
 * @param heading the heading exactly as the statement prints it, without typographic markup
 * @param paragraphs the paragraphs that follow the heading, before any subsection
 * @param subsections the sections nested under this one
 */
@BaliStyle
@Value.Builder
public record Section(
    @NotBlank String heading, List<@Valid Paragraph> paragraphs, List<@Valid Section> subsections) {

  /** Requires a heading; lists are copied. */
  public Section {
    Values.required(heading, "Section", "heading");
    paragraphs = Values.list(paragraphs, "Section", "paragraphs");
    subsections = Values.list(subsections, "Section", "subsections");
  }

  /** Builds a {@link Section}. */
  public static final class Builder extends SectionBuilder {}
}
