package org.balimodel.core.model;

import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a fact was read: a publication, web page or document, cited so that a reader can check it.
 *
 * @param title what the source is, as a reader would cite it ("baliprocess.net, About the Bali Process")
 * @param url its address, where it has one
 * @param published when it was published, to the precision known
 * @param retrieved the day it was read, for web pages that change
 */
@BaliStyle
@Value.Builder
public record Source(
    @NotBlank String title,
    Optional<String> url,
    Optional<PartialDate> published,
    Optional<LocalDate> retrieved) {

  /** Requires a title; absent optionals are empty. */
  public Source {
    Values.required(title, "Source", "title");
    url = Values.optional(url);
    published = Values.optional(published);
    retrieved = Values.optional(retrieved);
  }

  /** A source known by its title alone. */
  public static Source of(String title) {
    return new Source(title, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** A source with a title and an address. */
  public static Source of(String title, String url) {
    return new Source(title, Optional.of(Values.required(url, "Source", "url")), Optional.empty(), Optional.empty());
  }

  /** Builds a {@link Source}: {@code new Source.Builder().title(..).url(..).build()}. */
  public static final class Builder extends SourceBuilder {}
}
