package org.balimodel.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.balimodel.core.model.Statement;
import org.junit.jupiter.api.Test;

/** Writing and reading are inverse, and writing is deterministic. */
class RoundTripPropertiesTest {

  private final BaliJson json = BaliJson.create();

  @Test
  void everyStatementReadsBackEqualFromWhatItWrites() {
    qt().withExamples(300)
        .forAll(StatementGenerator.statements())
        .checkAssert(
            statement -> {
              ReadResult compact = json.read(json.writeBytes(statement));
              assertEquals(statement, compact.statement().orElseThrow(() -> new AssertionError(compact.report())));
              ReadResult pretty = json.read(json.writePretty(statement));
              assertEquals(statement, pretty.statement().orElseThrow(() -> new AssertionError(pretty.report())));
            });
  }

  @Test
  void canonicalJsonReadAndWrittenAgainIsByteIdentical() {
    qt().withExamples(300)
        .forAll(StatementGenerator.statements())
        .checkAssert(
            statement -> {
              byte[] canonical = json.writeBytes(statement);
              Statement read = json.read(canonical).statement().orElseThrow();
              assertArrayEquals(canonical, json.writeBytes(read));
              byte[] pretty = json.writePrettyBytes(statement);
              assertArrayEquals(pretty, json.writePrettyBytes(json.read(pretty).statement().orElseThrow()));
            });
  }

  @Test
  void aMapperWithTheModuleAgreesWithTheFacadeOnEveryStatement() {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    qt().withExamples(100)
        .forAll(StatementGenerator.statements())
        .checkAssert(
            statement -> {
              try {
                String text = mapper.writeValueAsString(statement);
                String expected = json.write(statement);
                int i = 0;
                while (i < Math.min(expected.length(), text.length()) && expected.charAt(i) == text.charAt(i)) {
                  i++;
                }
                assertEquals(expected, text, "first difference at " + i + ": facade …"
                    + expected.substring(Math.max(0, i - 60), Math.min(expected.length(), i + 60))
                    + "… mapper …" + text.substring(Math.max(0, i - 60), Math.min(text.length(), i + 60)));
                assertEquals(statement, mapper.readValue(text, Statement.class));
              } catch (Exception e) {
                throw new AssertionError(e);
              }
            });
  }
}
