package org.balimodel.core.text;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.balimodel.core.model.Member;
import org.balimodel.core.model.MemberKind;
import org.balimodel.core.model.Place;
import org.balimodel.core.register.Register;

/**
 * Places as statements print them: "Bali, Indonesia", or a city alone where the city is one where
 * Bali Process meetings are held ("in Bangkok").
 */
final class Places {
  /** Cities that host the forum's meetings, with their country: a city alone names its country. */
  private static final Map<String, String> CITIES = Map.ofEntries(
      Map.entry("Bali", "IDN"), Map.entry("Nusa Dua", "IDN"), Map.entry("Denpasar", "IDN"), Map.entry("Jakarta", "IDN"),
      Map.entry("Yogyakarta", "IDN"), Map.entry("Semarang", "IDN"), Map.entry("Bandung", "IDN"),
      Map.entry("Canberra", "AUS"), Map.entry("Sydney", "AUS"), Map.entry("Melbourne", "AUS"), Map.entry("Brisbane", "AUS"),
      Map.entry("Perth", "AUS"), Map.entry("Adelaide", "AUS"), Map.entry("Darwin", "AUS"),
      Map.entry("Bangkok", "THA"), Map.entry("Kuala Lumpur", "MYS"), Map.entry("Manila", "PHL"), Map.entry("Hanoi", "VNM"),
      Map.entry("Ho Chi Minh City", "VNM"), Map.entry("Phnom Penh", "KHM"), Map.entry("Vientiane", "LAO"),
      Map.entry("Yangon", "MMR"), Map.entry("Nay Pyi Taw", "MMR"), Map.entry("Colombo", "LKA"), Map.entry("Dhaka", "BGD"),
      Map.entry("Islamabad", "PAK"), Map.entry("Kabul", "AFG"), Map.entry("Kathmandu", "NPL"), Map.entry("New Delhi", "IND"),
      Map.entry("Tehran", "IRN"), Map.entry("Amman", "JOR"), Map.entry("Abu Dhabi", "ARE"), Map.entry("Dubai", "ARE"),
      Map.entry("Wellington", "NZL"), Map.entry("Auckland", "NZL"), Map.entry("Suva", "FJI"), Map.entry("Port Moresby", "PNG"),
      Map.entry("Singapore", "SGP"), Map.entry("Tokyo", "JPN"), Map.entry("Seoul", "KOR"), Map.entry("Jeju", "KOR"),
      Map.entry("Beijing", "CHN"), Map.entry("Hong Kong", "HKG"), Map.entry("Macau", "MAC"), Map.entry("Dili", "TLS"),
      Map.entry("Geneva", "CHE"), Map.entry("Vienna", "AUT"), Map.entry("New York", "USA"), Map.entry("Washington", "USA"),
      Map.entry("Paris", "FRA"), Map.entry("London", "GBR"), Map.entry("Brussels", "BEL"), Map.entry("Ottawa", "CAN"));

  private static final Pattern CITY_COUNTRY = Pattern.compile(
      "\\b([A-Z][\\p{L}'-]+(?: [A-Z][\\p{L}'-]+){0,2}),\\s+(?:the\\s+)?([A-Z][\\p{L}'-]+(?: [A-Z][\\p{L}'-]+){0,3})");
  private static final Pattern CITY = Pattern.compile(
      "\\b(" + String.join("|", CITIES.keySet().stream().sorted((a, b) -> b.length() - a.length()).toList()) + ")\\b(?! Process| Declaration| Dialogue| Centre| Center)");

  /** A place found in a text. */
  record Found(int start, int end, Place place) {}

  private final Register register;

  Places(Register register) {
    this.register = register;
  }

  /** The first place named in the text at or after {@code from}, or empty. */
  Optional<Found> first(String text, int from) {
    Matcher pair = CITY_COUNTRY.matcher(text);
    Found best = null;
    if (pair.find(from)) {
      do {
        Optional<Member> country = register.findMember(pair.group(2));
        if (country.isPresent() && country.get().kind() == MemberKind.STATE_OR_TERRITORY && country.get().id().length() == 3
            && register.findMember(pair.group(1)).isEmpty()) {
          best = new Found(pair.start(), pair.end(), Place.of(pair.group(1), country.get().id()));
          break;
        }
      } while (pair.find());
    }
    Matcher city = CITY.matcher(text);
    if (city.find(from) && (best == null || city.start() < best.start())) {
      best = new Found(city.start(), city.end(), Place.of(city.group(1), CITIES.get(city.group(1))));
    }
    return Optional.ofNullable(best);
  }
}
