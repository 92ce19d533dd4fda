package org.balimodel.core.model;

import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A statement known only in part: many public copies of Bali Process statements are excerpts
 * (a press release quoting some paragraphs, a web page that stops before the attendance list).
 *
 * <p>The rules that need the whole text stand down for an excerpt: paragraph numbers may start
 * anywhere and skip, and nothing is inferred from what the excerpt does not say.
 *
 * @param stopsAfter where the known text stops, in words a reader can find ("paragraph 12",
 *     "before the list of participants")
 * @param note how the excerpt came to be, or what is known of the rest
 */
@BaliStyle
@Value.Builder
public record Excerpt(@NotBlank String stopsAfter, Optional<@HasText String> note) {

  /** Requires where it stops; absent optionals are empty. */
  public Excerpt {
    Values.required(stopsAfter, "Excerpt", "stopsAfter");
    note = Values.optional(note);
  }

  /** Builds an {@link Excerpt}. */
  public static final class Builder extends ExcerptBuilder {}
}
