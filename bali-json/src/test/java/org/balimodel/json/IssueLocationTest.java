package org.balimodel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.balimodel.core.validation.Issue;
import org.balimodel.core.validation.Location;
import org.junit.jupiter.api.Test;

/**
 * Issues found by validation, after the document was bound, are located where a full scan of the
 * text finds their values: in compact and pretty text, read from characters and from bytes.
 */
class IssueLocationTest {

  private static final BaliJson JSON = BaliJson.create();

  @Test
  void validationIssuesAreLocatedAtTheirValuesWhereverTheyStand() throws IOException {
    for (String doc : List.of(JSON.write(Fixtures.example()), JSON.writePretty(Fixtures.example()))) {
      // An unknown body wherever WG-D is referred to, and a co-chair who is no member.
      String damaged = doc.replace("\"WG-D\"", "\"WG-ZZ\"").replace("\"AUS\"", "\"ATA\"");
      Map<String, Location> expected = scan(damaged);
      for (List<Issue> issues : List.of(
          JSON.read(damaged).report().issues(),
          JSON.read(damaged.getBytes(StandardCharsets.UTF_8)).report().issues())) {
        List<Issue> validation = issues.stream().filter(i -> !i.code().startsWith("json.")).toList();
        assertTrue(validation.size() >= 4, validation::toString);
        for (Issue issue : validation) {
          assertEquals(Optional.of(nearest(expected, issue.pointer())), issue.location(), issue::toString);
        }
      }
    }
  }

  /** Where each value begins, by pointer, as a plain scan that builds every pointer finds it. */
  private static Map<String, Location> scan(String doc) throws IOException {
    Map<String, Location> at = new HashMap<>();
    try (JsonParser p = new JsonFactory().createParser(doc)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t != JsonToken.FIELD_NAME && t != JsonToken.END_OBJECT && t != JsonToken.END_ARRAY) {
          at.putIfAbsent(p.getParsingContext().pathAsPointer().toString(),
              new Location(p.currentTokenLocation().getLineNr(), p.currentTokenLocation().getColumnNr()));
        }
      }
    }
    return at;
  }

  private static Location nearest(Map<String, Location> at, String pointer) {
    for (String p = pointer; ; p = p.substring(0, p.lastIndexOf('/'))) {
      if (at.containsKey(p)) {
        return at.get(p);
      }
    }
  }
}
