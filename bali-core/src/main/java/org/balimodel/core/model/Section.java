package org.balimodel.core.model;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A section of a statement ("Working Group Updates", "I. Decisions and Recommendations on Future
 * Activities"), its paragraphs, and its subsections ("Working Group on Trafficking in Persons").
 *
 * <p>Many statements have no headings at all: such a statement is one section without a heading.
 *
 * @param label the section's label as printed, apart from the heading ("I.", "A."); absent when it has none
 * @param heading the heading exactly as the statement prints it, without typographic markup; absent
 *     when the section has none
 * @param paragraphs the paragraphs that follow the heading, before any subsection
 * @param subsections the sections nested under this one
 */
@BaliStyle
@Value.Builder
public record Section(
    Optional<@HasText String> label,
    Optional<@HasText String> heading,
    List<@Valid Paragraph> paragraphs,
    List<@Valid Section> subsections) {

  /** Lists are copied, absent optionals are empty. */
  public Section {
    label = Values.optional(label);
    heading = Values.optional(heading);
    paragraphs = Values.list(paragraphs, "Section", "paragraphs");
    subsections = Values.list(subsections, "Section", "subsections");
  }

  /** Builds a {@link Section}. */
  public static final class Builder extends SectionBuilder {}
}
