package org.balimodel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.balimodel.core.validation.Issue;
import org.balimodel.core.validation.IssueCode;
import org.balimodel.core.validation.Location;
import org.junit.jupiter.api.Test;

/** Inputs a hostile or careless writer sends are reported the same way however they arrive. */
class HostileInputTest {
  private static final BaliJson STRICT = BaliJson.create();
  private static final BaliJson LENIENT = BaliJson.builder().lenient(true).build();

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static Issue first(List<Issue> issues, IssueCode code) {
    return issues.stream().filter(i -> i.code().equals(code.code())).findFirst().orElseThrow(
        () -> new AssertionError("no " + code.code() + " in " + issues));
  }

  @Test
  void lenientReadingStillRefusesADuplicateKeyInsideAnUnknownProperty() {
    String document = Documents.setRaw("/extra", "{\"a\": [1, {\"b\": 1, \"b\": 2}], \"c\": 3}");

    ReadResult result = LENIENT.read(document);

    assertFalse(result.isValid());
    Issue duplicate = first(result.report().issues(), IssueCode.JSON_DUPLICATE_PROPERTY);
    assertEquals("/extra/a/1/b", duplicate.pointer());
    assertTrue(LENIENT.read(Documents.setRaw("/extra", "{\"a\": {\"b\": 1}, \"b\": {\"b\": 2}}")).isValid());
  }

  @Test
  void lenientReadingStillRefusesALoneSurrogateInsideAnUnknownProperty() {
    ReadResult result = LENIENT.read(Documents.setRaw("/extra", "[\"\\udc00\"]"));

    assertFalse(result.isValid());
    first(result.report().issues(), IssueCode.JSON_SYNTAX_ENCODING);
  }

  @Test
  void aVeryLongNumberIsANumberLimitAtOneColumnWhetherReadFromBytesOrText() {
    String document = Documents.setRaw("/meeting/ordinal", "1".repeat(200_000));
    Set<Location> locations = new HashSet<>();
    for (int i = 0; i < 6; i++) {
      for (List<Issue> issues :
          List.of(STRICT.read(utf8(document)).report().issues(), STRICT.read(document).report().issues())) {
        assertEquals(IssueCode.JSON_LIMIT_NUMBER.code(), issues.get(0).code(), issues.toString());
        locations.add(issues.get(0).location().orElseThrow());
      }
    }
    assertEquals(1, locations.size(), locations.toString());
    int column = document.indexOf("1".repeat(100)) + 1;
    assertEquals(column, locations.iterator().next().column());
  }

  @Test
  void columnsCountCharactersAfterANoBreakSpaceAndAnEmojiInBytesAsInText() {
    for (String before : List.of("\u00a0", "\ud83d\ude00", "\u00e9\u20ac")) {
      String document = "{\"title\": \"" + before + "\", \"x\": ?}";
      int column = document.codePointCount(0, document.indexOf('?')) + 1;
      Issue fromBytes = STRICT.read(utf8(document)).report().issues().get(0);
      Issue fromText = STRICT.read(document).report().issues().get(0);
      assertEquals(new Location(1, column), fromBytes.location().orElseThrow(), before);
      assertEquals(fromBytes, fromText, before);
    }
  }

  @Test
  void anUnexpectedEmojiIsNamedByItsCodePoint() {
    String document = "{\"a\": \ud83d\ude00}";
    for (Issue issue :
        List.of(STRICT.read(utf8(document)).report().issues().get(0), STRICT.read(document).report().issues().get(0))) {
      assertTrue(issue.message().contains("U+1F600"), issue.message());
      assertFalse(issue.message().contains("0xf600") || issue.message().contains("0xd83d"), issue.message());
      assertEquals(new Location(1, 7), issue.location().orElseThrow());
    }
  }

  @Test
  void aByteOrderMarkIsSkippedInBytesAndTextAndShiftsNoColumn() {
    String document = Documents.example();
    assertTrue(STRICT.read(utf8("\ufeff" + document)).isValid());
    assertTrue(STRICT.read("\ufeff" + document).isValid());

    String broken = "{\"a\": x}";
    Location plain = STRICT.read(broken).report().issues().get(0).location().orElseThrow();
    assertEquals(plain, STRICT.read(utf8("\ufeff" + broken)).report().issues().get(0).location().orElseThrow());
    assertEquals(plain, STRICT.read("\ufeff" + broken).report().issues().get(0).location().orElseThrow());
  }

  @Test
  void aDuplicateKeyInsideAnActorIsADuplicateProperty() {
    String document = Documents.example();
    int actor = document.indexOf("\"actor\":{");
    assertTrue(actor > 0, "the example has an actor");
    int open = document.indexOf('{', actor);
    int close = document.indexOf('}', open);
    String inside = document.substring(open + 1, close);
    String twice = document.substring(0, open + 1) + inside + "," + inside + document.substring(close);

    List<Issue> issues = STRICT.read(twice).report().issues();

    assertEquals(IssueCode.JSON_DUPLICATE_PROPERTY.code(), issues.get(0).code(), issues.toString());
    assertTrue(issues.stream().noneMatch(i -> i.code().equals(IssueCode.JSON_ACTOR.code())), issues.toString());
  }

  @Test
  void anEscapedLoneSurrogateIsRefusedInValuesAndInPropertyNamesAlike() {
    Issue inValue = STRICT.read(Documents.setRaw("/title", "\"a\\ud800b\"")).report().issues().get(0);
    Issue inName = STRICT.read("{\"\\ud800\": 1}").report().issues().get(0);

    assertEquals(IssueCode.JSON_SYNTAX_ENCODING.code(), inValue.code());
    assertEquals("/title", inValue.pointer());
    assertEquals(IssueCode.JSON_SYNTAX_ENCODING.code(), inName.code());
    assertTrue(STRICT.read(Documents.setRaw("/title", "\"a\\ud83d\\ude00b\"")).isValid());
  }
}
