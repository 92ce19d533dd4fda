package org.balimodel.core.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An outcome document of a Bali Process meeting — a co-chairs' statement, a joint statement, a
 * declaration — as typed data: the meeting it records, its sections and verbatim paragraphs, the
 * decisions drawn from each paragraph, the entities it names, and where it came from.
 *
 * @param id a slug ({@code ahg-som-16-co-chairs-statement})
 * @param kind what kind of document it is
 * @param title its title ("Co-Chairs' Statement")
 * @param masthead the lines printed above the title, verbatim ("The Bali Process", "on People
 *     Smuggling, …", "16th Ad Hoc Group Senior Officials' Meeting", "6 December 2022")
 * @param date the date the statement carries
 * @param meeting the meeting it records
 * @param sections its sections, in reading order
 * @param entities the entities it defines for itself
 * @param nameVariants names it prints that differ from official names
 * @param source where the text was read
 */
@BaliStyle
@Value.Builder
public record Statement(
    @Slug String id,
    StatementKind kind,
    @NotBlank String title,
    List<@NotBlank String> masthead,
    PartialDate date,
    @Valid Meeting meeting,
    List<@Valid Section> sections,
    @Valid Entities entities,
    List<@Valid NameVariant> nameVariants,
    Optional<@Valid Source> source) {

  /** Requires id, kind, title, date and meeting; lists are copied, absent optionals are empty. */
  public Statement {
    Values.required(id, "Statement", "id");
    Values.required(kind, "Statement", "kind");
    Values.required(title, "Statement", "title");
    masthead = Values.list(masthead, "Statement", "masthead");
    Values.required(date, "Statement", "date");
    Values.required(meeting, "Statement", "meeting");
    sections = Values.list(sections, "Statement", "sections");
    entities = entities == null ? Entities.none() : entities;
    nameVariants = Values.list(nameVariants, "Statement", "nameVariants");
    source = Values.optional(source);
  }

  /** Every paragraph of the statement in reading order, subsections included. */
  public List<Paragraph> paragraphs() {
    List<Paragraph> all = new ArrayList<>();
    collect(sections, all);
    return List.copyOf(all);
  }

  /** Every decision of the statement in reading order. */
  public List<Decision> decisions() {
    return paragraphs().stream().flatMap(p -> p.decisions().stream()).toList();
  }

  private static void collect(List<Section> sections, List<Paragraph> into) {
    for (Section section : sections) {
      into.addAll(section.paragraphs());
      collect(section.subsections(), into);
    }
  }

  /** Builds a {@link Statement}. */
  public static final class Builder extends StatementBuilder {
    /** A builder whose {@code entities} defaults to no entities of its own. */
    public Builder() {
      entities(Entities.none());
    }
  }
}
