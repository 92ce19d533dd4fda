package org.balimodel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.balimodel.core.model.Statement;
import org.balimodel.core.validation.Issue;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.junit.jupiter.api.Test;

/**
 * Mutations of valid documents — bytes deleted, duplicated, retyped, truncated, spliced — never
 * make an exception escape the reader: every result is a statement with its report, or no
 * statement and a report with at least one error.
 */
public class MutationPropertyTest {

  private static final BaliJson STRICT = BaliJson.create();
  private static final BaliJson LENIENT = BaliJson.builder().lenient(true).build();
  private static final BaliJson SMALL =
      BaliJson.builder().limits(Limits.builder().maxDepth(8).maxStringLength(40).maxTokenCount(400).build()).build();

  /** A mutation of a document: what was done, and the bytes. */
  public record Mutant(String how, byte[] bytes) {
    @Override
    public String toString() {
      return how + ": " + new String(bytes, StandardCharsets.UTF_8);
    }
  }

  public static Gen<Mutant> mutants() {
    Gen<byte[]> documents =
        StatementGenerator.statements()
            .map(s -> STRICT.writeBytes(s))
            .mix(Generate.constant(() -> Fixtures.exampleDocument().getBytes(StandardCharsets.UTF_8)));
    return in -> {
      byte[] doc = documents.generate(in);
      byte[] other = STRICT.writeBytes(StatementGenerator.statements().generate(in));
      int kind = Generate.range(0, 5).generate(in);
      int a = Generate.range(0, doc.length - 1).generate(in);
      int b = Generate.range(a, Math.min(doc.length, a + 40)).generate(in);
      return switch (kind) {
        case 0 -> new Mutant("delete " + a + ".." + b, concat(slice(doc, 0, a), slice(doc, b, doc.length)));
        case 1 -> new Mutant("duplicate " + a + ".." + b, concat(slice(doc, 0, b), slice(doc, a, doc.length)));
        case 2 -> new Mutant("truncate at " + a, slice(doc, 0, a));
        case 3 -> {
          byte[] noise = new byte[Generate.range(1, 6).generate(in)];
          for (int i = 0; i < noise.length; i++) {
            noise[i] = (byte) (int) Generate.range(0, 255).generate(in);
          }
          yield new Mutant("splice noise at " + a, concat(slice(doc, 0, a), noise, slice(doc, a, doc.length)));
        }
        case 4 -> {
          int c = Generate.range(0, other.length - 1).generate(in);
          int d = Generate.range(c, Math.min(other.length, c + 60)).generate(in);
          yield new Mutant("splice another document at " + a, concat(slice(doc, 0, a), slice(other, c, d), slice(doc, b, doc.length)));
        }
        default -> new Mutant("retype at " + a, retype(doc, a, Generate.range(0, 7).generate(in)));
      };
    };
  }

  /** Replaces the value starting at or after {@code at} with a value of another JSON type. */
  private static byte[] retype(byte[] doc, int at, int choice) {
    String text = new String(doc, StandardCharsets.UTF_8);
    int colon = text.indexOf(':', Math.min(at, text.length()));
    if (colon < 0) {
      return doc;
    }
    int end = colon + 1;
    int depth = 0;
    boolean inString = false;
    for (; end < text.length(); end++) {
      char c = text.charAt(end);
      if (inString) {
        if (c == '\\') {
          end++;
        } else if (c == '"') {
          inString = false;
          if (depth == 0) {
            end++;
            break;
          }
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '{' || c == '[') {
        depth++;
      } else if (c == '}' || c == ']') {
        if (depth == 0) {
          break;
        }
        depth--;
        if (depth == 0) {
          end++;
          break;
        }
      } else if (c == ',' && depth == 0) {
        break;
      }
    }
    String[] values = {"1", "-0.5e3", "true", "null", "\"16\"", "[]", "{}", "\"\""};
    return (text.substring(0, colon + 1) + values[choice] + text.substring(end)).getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] slice(byte[] bytes, int from, int to) {
    return Arrays.copyOfRange(bytes, Math.max(0, Math.min(from, bytes.length)), Math.max(0, Math.min(to, bytes.length)));
  }

  private static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    byte[] out = new byte[n];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, out, at, p.length);
      at += p.length;
    }
    return out;
  }

  @Test
  void noMutationOfAValidDocumentMakesTheReaderThrow() {
    qt().withExamples(1500)
        .forAll(mutants())
        .checkAssert(
            mutant -> {
              for (BaliJson json : new BaliJson[] {STRICT, LENIENT, SMALL}) {
                check(json.read(mutant.bytes()));
                check(json.read(new ByteArrayInputStream(mutant.bytes())));
                check(json.read(new String(mutant.bytes(), StandardCharsets.UTF_8)));
              }
            });
  }

  private static void check(ReadResult result) {
    if (result.statement().isEmpty()) {
      assertFalse(result.report().errors().isEmpty(), "no statement and no error");
    } else {
      Statement statement = result.statement().get();
      assertEquals(statement, STRICT.read(STRICT.writeBytes(statement)).statement().orElseThrow());
    }
    for (Issue issue : result.report().issues()) {
      assertTrue(issue.pointer().isEmpty() || issue.pointer().startsWith("/"), issue.toString());
      assertTrue(!issue.code().equals("json.internal"), issue.toString());
      assertFalse(issue.message().isBlank(), issue.toString());
    }
  }
}
