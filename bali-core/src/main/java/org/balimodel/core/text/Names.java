package org.balimodel.core.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.balimodel.core.model.Body;
import org.balimodel.core.model.Framework;
import org.balimodel.core.model.Instrument;
import org.balimodel.core.model.Member;
import org.balimodel.core.model.MemberKind;
import org.balimodel.core.model.PartnerKind;
import org.balimodel.core.register.EntityKind;
import org.balimodel.core.register.Register;

/**
 * The names the reader links to entities: every name, acronym and alias the register gives its
 * members, bodies, frameworks and instruments, and a short dictionary of the organisations outside
 * the Bali Process that statements name (ASEAN, the other regional consultative processes, training
 * institutions, UN entities that are not members), which become partners of the draft.
 *
 * <p>A name is found as whole words, the longest first. Acronyms match only as written ("IOM", not
 * "iom") and may carry a possessive or the plural-possessive "s" statements print without an
 * apostrophe ("the WG-TIPs intention"). Names match regardless of case, but must start with a
 * capital in the text, so that "members" is never a member.
 */
final class Names {

  /** One name of one entity. */
  record Name(EntityKind kind, String id, String[] words, boolean exact, PartnerKind partnerKind, String official) {}

  /** A name found in a text, as word positions. */
  record Found(Name name, int from, int to) {}

  /**
   * Outside organisations statements name, as {id, kind, official name, other names…}. The reader
   * makes each a partner of the draft when the text names it; the register holds none, because
   * statements define their partners themselves.
   */
  private static final String[][] PARTNERS = {
    {"ASEAN", "REGIONAL_ORGANISATION", "Association of Southeast Asian Nations", "ASEAN", "Association of South-East Asian Nations"},
    {"BUDAPEST-PROCESS", "REGIONAL_CONSULTATIVE_PROCESS", "Budapest Process"},
    {"COLOMBO-PROCESS", "REGIONAL_CONSULTATIVE_PROCESS", "Colombo Process"},
    {"ABU-DHABI-DIALOGUE", "REGIONAL_CONSULTATIVE_PROCESS", "Abu Dhabi Dialogue"},
    {"ALMATY-PROCESS", "REGIONAL_CONSULTATIVE_PROCESS", "Almaty Process"},
    {"PRAGUE-PROCESS", "REGIONAL_CONSULTATIVE_PROCESS", "Prague Process"},
    {"RABAT-PROCESS", "REGIONAL_CONSULTATIVE_PROCESS", "Rabat Process"},
    {"KHARTOUM-PROCESS", "REGIONAL_CONSULTATIVE_PROCESS", "Khartoum Process"},
    {"PUEBLA-PROCESS", "REGIONAL_CONSULTATIVE_PROCESS", "Puebla Process", "Regional Conference on Migration"},
    {"GFMD", "OTHER", "Global Forum on Migration and Development", "GFMD"},
    {"JCLEC", "TRAINING_INSTITUTION", "Jakarta Centre for Law Enforcement Cooperation", "JCLEC", "Jakarta Center for Law Enforcement Cooperation"},
    {"PPA-VIETNAM", "TRAINING_INSTITUTION", "People's Police Academy of Vietnam", "People's Police Academy of Viet Nam"},
    {"UNITAR-CIFAL-JEJU", "TRAINING_INSTITUTION", "United Nations Institute for Training and Research (UNITAR) CIFAL Jeju",
      "UNITAR CIFAL Jeju", "CIFAL Jeju", "United Nations Institute for Training and Research CIFAL Jeju"},
    {"UNITAR", "TRAINING_INSTITUTION", "United Nations Institute for Training and Research", "UNITAR"},
    {"INTERPOL", "OTHER", "International Criminal Police Organization", "INTERPOL", "Interpol"},
    {"UNDP", "OTHER", "United Nations Development Programme", "UNDP"},
    {"UNICEF", "OTHER", "United Nations Children's Fund", "UNICEF"},
    {"OHCHR", "OTHER", "Office of the United Nations High Commissioner for Human Rights", "OHCHR"},
    {"UN-WOMEN", "OTHER", "UN Women"},
    {"EU", "REGIONAL_ORGANISATION", "European Union", "EU"},
    {"PIF", "REGIONAL_ORGANISATION", "Pacific Islands Forum", "PIF"},
    {"SAARC", "REGIONAL_ORGANISATION", "South Asian Association for Regional Cooperation", "SAARC"},
    {"AAPTIP", "OTHER", "Australia-Asia Program to Combat Trafficking in Persons", "AAPTIP"},
    {"ASEAN-ACT", "OTHER", "ASEAN-Australia Counter Trafficking", "ASEAN-ACT"},
    {"WALK-FREE", "CIVIL_SOCIETY", "Walk Free Foundation", "Walk Free"},
  };

  /** The forum itself: naming it is the setting of every statement, not a reference. */
  static final String FORUM = "BALI-PROCESS";

  private final Map<String, List<Name>> byFirstWord = new HashMap<>();

  Names(Register register) {
    for (Member member : register.members()) {
      add(EntityKind.MEMBER, member.id(), member.name(), member.name());
      member.aliases().forEach(alias -> add(EntityKind.MEMBER, member.id(), alias, member.name()));
      if (member.kind() == MemberKind.INTERNATIONAL_ORGANISATION) {
        add(EntityKind.MEMBER, member.id(), member.id(), member.name());
      }
    }
    for (Body body : register.bodies()) {
      if (body.id().equals(FORUM)) {
        continue;
      }
      add(EntityKind.BODY, body.id(), body.name(), body.name());
      body.acronym().ifPresent(acronym -> add(EntityKind.BODY, body.id(), acronym, body.name()));
      body.aliases().forEach(alias -> add(EntityKind.BODY, body.id(), alias, body.name()));
      add(EntityKind.BODY, body.id(), "Bali Process " + body.name(), body.name());
    }
    for (Framework framework : register.frameworks()) {
      add(EntityKind.FRAMEWORK, framework.id(), framework.name(), framework.name());
      framework.aliases().forEach(alias -> add(EntityKind.FRAMEWORK, framework.id(), alias, framework.name()));
    }
    for (Instrument instrument : register.instruments()) {
      add(EntityKind.INSTRUMENT, instrument.id(), instrument.title(), instrument.title());
      instrument.aliases().forEach(alias -> add(EntityKind.INSTRUMENT, instrument.id(), alias, instrument.title()));
    }
    for (String[] partner : PARTNERS) {
      PartnerKind kind = PartnerKind.valueOf(partner[1]);
      for (int i = 2; i < partner.length; i++) {
        Name name = name(EntityKind.PARTNER, partner[0], partner[i], kind, partner[2]);
        if (name != null) {
          byFirstWord.computeIfAbsent(key(name.words()[0]), k -> new ArrayList<>()).add(name);
        }
      }
    }
  }

  private void add(EntityKind kind, String id, String text, String official) {
    Name name = name(kind, id, text, null, official);
    if (name != null) {
      byFirstWord.computeIfAbsent(key(name.words()[0]), k -> new ArrayList<>()).add(name);
    }
  }

  private static Name name(EntityKind kind, String id, String text, PartnerKind partnerKind, String official) {
    Words words = new Words(text);
    if (words.count == 0) {
      return null;
    }
    String[] parts = new String[words.count];
    for (int i = 0; i < words.count; i++) {
      parts[i] = words.word(i);
    }
    // An acronym is one word of capitals ("IOM", "WG-TIP"); it matches only as written.
    boolean exact = parts.length == 1 && parts[0].equals(parts[0].toUpperCase(Locale.ROOT)) && parts[0].length() <= 12;
    return new Name(kind, id, parts, exact, partnerKind, official);
  }

  private static String key(String word) {
    return word.toLowerCase(Locale.ROOT);
  }

  /** Every name found in the words, longest first where they overlap, in reading order. */
  List<Found> find(Words words) {
    List<Found> found = new ArrayList<>();
    int w = 0;
    while (w < words.count) {
      Found best = longestAt(words, w);
      if (best != null) {
        found.add(best);
        w = best.to();
      } else {
        w++;
      }
    }
    return found;
  }

  /** The longest name that starts at word {@code w}, or null. */
  Found longestAt(Words words, int w) {
    List<Name> candidates = byFirstWord.get(words.lower(w));
    List<Name> bare = words.bare(w).equals(words.word(w)) ? null : byFirstWord.get(key(words.bare(w)));
    List<Name> plural = null;
    String word = words.word(w);
    if (word.length() > 2 && word.endsWith("s") && Character.isUpperCase(word.charAt(word.length() - 2))) {
      plural = byFirstWord.get(key(word.substring(0, word.length() - 1)));
    }
    Found best = null;
    for (List<Name> list : Arrays.asList(candidates, bare, plural)) {
      if (list == null) {
        continue;
      }
      for (Name name : list) {
        int end = matchEnd(words, w, name);
        if (end > 0 && (best == null || end > best.to())) {
          best = new Found(name, w, end);
        }
      }
    }
    return best;
  }

  private static int matchEnd(Words words, int w, Name name) {
    String[] expected = name.words();
    if (w + expected.length > words.count) {
      return -1;
    }
    if (!words.capitalised(w) && Character.isUpperCase(expected[0].charAt(0))) {
      return -1;
    }
    for (int i = 0; i < expected.length; i++) {
      boolean last = i == expected.length - 1;
      String actual = words.word(w + i);
      if (last) {
        if (same(actual, expected[i], name.exact())) {
          continue;
        }
        String bare = words.bare(w + i);
        if (!bare.equals(actual) && same(bare, expected[i], name.exact())) {
          continue;
        }
        // Acronyms take an "s" for the possessive in some statements ("the TFPPs unique role").
        if (name.exact() && actual.equals(expected[i] + "s")) {
          continue;
        }
        return -1;
      }
      if (!same(actual, expected[i], name.exact())) {
        return -1;
      }
    }
    return w + expected.length;
  }

  private static boolean same(String actual, String expected, boolean exact) {
    return exact ? actual.equals(expected) : actual.equalsIgnoreCase(expected) || folded(actual).equalsIgnoreCase(folded(expected));
  }

  private static String folded(String word) {
    return word.replace('\u2019', '\'');
  }
}
