package org.balimodel.core.model;

import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a meeting took place: a city (or island, such as Bali) and the country it is in.
 *
 * @param city the city or locality as the statement names it
 * @param country the ISO 3166-1 alpha-3 code of the country or territory
 */
@BaliStyle
@Value.Builder
public record Place(Optional<@HasText String> city, @CountryCode String country) {

  /** Requires a country; an absent city is empty. */
  public Place {
    city = Values.optional(city);
    Values.required(country, "Place", "country");
  }

  /** A place in a city of a country: {@code Place.of("Bali", "IDN")}. */
  public static Place of(String city, String country) {
    return new Place(Optional.of(Values.required(city, "Place", "city")), country);
  }

  /** Builds a {@link Place}. */
  public static final class Builder extends PlaceBuilder {}
}
