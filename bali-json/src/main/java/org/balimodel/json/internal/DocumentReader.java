package org.balimodel.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.balimodel.core.model.Statement;
import org.balimodel.json.Limits;
import org.balimodel.json.ReadResult;
import org.balimodel.core.validation.Issue;
import org.balimodel.core.validation.IssueCode;
import org.balimodel.core.validation.Location;
import org.balimodel.core.validation.Report;
import org.balimodel.core.validation.StatementValidator;

import org.balimodel.core.wire.Shape;
import org.balimodel.core.wire.Strings;

/**
 * The reading procedure behind {@code BaliJson.read}: refuses input over the limits without reading
 * it whole, checks the bytes are UTF-8, binds the document in one pass with {@link Binder}, turns
 * parser failures into issues with stable codes, validates a statement that could be built, and
 * locates every issue by line and column.
 *
 * <p>Immutable and thread-safe, like the {@code BaliJson} that owns it.
 */
public final class DocumentReader {

  private static final Shape.Obj STATEMENT = Shape.of(Statement.class);

  private static final String TRAILING = "content follows the root value; a document holds one JSON value";

  private final boolean lenient;
  private final Limits limits;
  private final StatementValidator validator;
  private final JsonFactory factory;

  /** A reader with these settings, parsing with {@code factory} (which enforces the limits). */
  public DocumentReader(boolean lenient, Limits limits, StatementValidator validator, JsonFactory factory) {
    this.lenient = lenient;
    this.limits = limits;
    this.validator = validator;
    this.factory = factory;
  }

  /** Reads a statement document from UTF-8 bytes. */
  public ReadResult read(byte[] json) {
    Objects.requireNonNull(json, "json");
    return readBytes(json, json.length);
  }

  /** Reads a statement document from text; the size limit counts characters. */
  public ReadResult read(String json) {
    Objects.requireNonNull(json, "json");
    if (json.length() > limits.maxDocumentBytes()) {
      return tooLarge(json.length() + " characters");
    }
    return readChars(json.toCharArray(), json.length());
  }

  /**
   * Reads a statement document from a stream of UTF-8 bytes, reading at most one byte more than
   * the size limit; the stream is not closed.
   */
  public ReadResult read(InputStream json) {
    Objects.requireNonNull(json, "json");
    long max = limits.maxDocumentBytes();
    byte[] bytes;
    try {
      // readNBytes grows its buffer as bytes arrive, so a short stream costs little and a long one
      // is cut off one byte past the limit, never read whole.
      bytes = json.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 8));
    } catch (IOException | RuntimeException e) {
      return failed(IssueCode.JSON_IO, "the stream could not be read: " + describe(e));
    }
    if (bytes.length > max) {
      return tooLarge("more than " + max + " bytes");
    }
    return readBytes(bytes, bytes.length);
  }

  /**
   * Reads a statement document from a stream of characters, reading at most one character more
   * than the size limit; the reader is not closed.
   */
  public ReadResult read(Reader json) {
    Objects.requireNonNull(json, "json");
    long max = limits.maxDocumentBytes();
    char[] buffer = new char[(int) Math.min(max + 1, 16 * 1024)];
    int length = 0;
    try {
      while (true) {
        if (length == buffer.length) {
          if (length > max) {
            return tooLarge("more than " + max + " characters");
          }
          buffer = Arrays.copyOf(buffer, (int) Math.min(max + 1, (long) buffer.length * 2));
        }
        int n = json.read(buffer, length, buffer.length - length);
        if (n < 0) {
          break;
        }
        length += n;
      }
    } catch (IOException | RuntimeException e) {
      return failed(IssueCode.JSON_IO, "the reader failed: " + describe(e));
    }
    if (length > max) {
      return tooLarge("more than " + max + " characters");
    }
    return readChars(buffer, length);
  }

  /** Reads a statement document from a UTF-8 file; a file over the size limit is not opened. */
  public ReadResult read(Path json) {
    Objects.requireNonNull(json, "json");
    try {
      long size = Files.size(json);
      if (size > limits.maxDocumentBytes()) {
        return tooLarge(size + " bytes");
      }
      try (InputStream in = Files.newInputStream(json)) {
        return read(in);
      }
    } catch (NoSuchFileException e) {
      return failed(IssueCode.JSON_IO, "there is no file " + Strings.quote(json.toString()));
    } catch (IOException | RuntimeException e) {
      return failed(IssueCode.JSON_IO, "the file could not be read: " + describe(e));
    }
  }

  private ReadResult readBytes(byte[] bytes, int length) {
    if (length > limits.maxDocumentBytes()) {
      return tooLarge(length + " bytes");
    }
    if (Utf8.looksWide(bytes, length)) {
      return failed(
          IssueCode.JSON_SYNTAX_ENCODING,
          Optional.of(new Location(1, 1)),
          "the document is not UTF-8 (it looks like UTF-16 or UTF-32)");
    }
    int bad = Utf8.firstInvalid(bytes, length);
    if (bad >= 0) {
      return failed(
          IssueCode.JSON_SYNTAX_ENCODING,
          Optional.of(locationOf(bytes, bad)),
          String.format("byte 0x%02x at offset %d is not part of well-formed UTF-8", bytes[bad] & 0xff, bad));
    }
    return readSource(new Source(bytes, length, null));
  }

  private ReadResult readChars(char[] chars, int length) {
    if (Issues.bom(null, chars, length) == 1) {
      // A byte order mark is skipped, as Jackson skips it in bytes: one document, one behaviour
      // whether it arrives as bytes or as text, and the columns do not count it.
      return readSource(new Source(null, length - 1, Arrays.copyOfRange(chars, 1, length)));
    }
    return readSource(new Source(null, length, chars));
  }

  private ReadResult readSource(Source source) {
    Issues issues = new Issues(limits.maxIssues());
    Binder binder = new Binder(lenient ? Binder.Unknown.WARNING : Binder.Unknown.ERROR, issues);
    Statement statement = null;
    try {
      statement = bind(source, binder, issues);
    } catch (RuntimeException | StackOverflowError e) {
      // A reader bug must not become the caller's exception: it is reported like bad input.
      fail(issues, IssueCode.JSON_INTERNAL, "", null, "reading failed: " + describe(e));
      statement = null;
    }
    if (statement == null || issues.hasErrors()) {
      if (!issues.hasErrors()) {
        fail(issues, IssueCode.JSON_INTERNAL, "", null, "no statement could be read");
      }
      return new ReadResult(Optional.empty(), new Report(issues.resolve(source.bytes(), source.chars(), source.length())));
    }
    Report validation;
    try {
      validation = locate(validator.validate(statement), source, binder.statementValues());
    } catch (RuntimeException e) {
      validation =
          new Report(
              List.of(
                  IssueCode.JSON_INTERNAL.issue(
                      "", Optional.empty(), "validation failed: " + describe(e))));
    }
    return new ReadResult(
        Optional.of(statement),
        new Report(issues.resolve(source.bytes(), source.chars(), source.length())).and(validation));
  }

  private Statement bind(Source source, Binder binder, Issues issues) {
    JsonParser p = null;
    boolean rootDone = false;
    try {
      p = source.open(factory);
      if (p.nextToken() == null) {
        issues.force(
            IssueCode.JSON_SYNTAX_EMPTY.issue("", Optional.of(new Location(1, 1)), "the document holds no JSON value"),
            null);
        return null;
      }
      Object value = binder.read(p, STATEMENT);
      rootDone = true;
      if (p.nextToken() != null) {
        fail(issues, IssueCode.JSON_SYNTAX_TRAILING_CONTENT, "", p.currentTokenLocation(), TRAILING);
        return null;
      }
      return (Statement) value;
    } catch (StreamConstraintsException e) {
      IssueCode code = limitCode(e);
      JsonLocation at = e.getLocation() != null ? e.getLocation() : p.currentLocation();
      if (code == IssueCode.JSON_LIMIT_STRING || code == IssueCode.JSON_LIMIT_NUMBER) {
        // Jackson's byte parser gathers a long number in the buffer it gathers strings in, and
        // checks the length when that buffer grows, so its message may say "string" and its
        // location depends on the size of a recycled buffer. The token's first character says
        // which it is, and the token's start is the same location on every read.
        if (p.currentToken() == JsonToken.VALUE_STRING) {
          // A string's text is read when asked for: the current token is that string.
          code = IssueCode.JSON_LIMIT_STRING;
          at = p.currentTokenLocation();
        } else {
          JsonLocation number = numberStart(source, at);
          if (number != null) {
            code = IssueCode.JSON_LIMIT_NUMBER;
            at = number;
          }
        }
      }
      fail(issues, code, pointer(p), at, limitMessage(code));
    } catch (JsonEOFException e) {
      fail(
          issues,
          IssueCode.JSON_SYNTAX_TRUNCATED,
          pointer(p),
          e.getLocation(),
          "the document ends before its root value is complete");
    } catch (JsonProcessingException e) {
      // After the root value, whatever Jackson could not tokenise is trailing content all the same.
      if (rootDone) {
        fail(issues, IssueCode.JSON_SYNTAX_TRAILING_CONTENT, "", e.getLocation(), TRAILING);
      } else {
        fail(issues, syntaxCode(e), pointer(p), e.getLocation(), message(e, source));
      }
    } catch (IOException e) {
      fail(issues, IssueCode.JSON_IO, pointer(p), null, "the input could not be read: " + describe(e));
    } catch (Issues.TooMany e) {
      fail(
          issues,
          IssueCode.JSON_LIMIT_ISSUES,
          pointer(p),
          p.currentTokenLocation(),
          "more than " + limits.maxIssues() + " issues; reading stopped");
    } finally {
      if (p != null) {
        try {
          p.close();
        } catch (IOException e) {
          // Nothing to release for in-memory input.
        }
      }
    }
    return null;
  }

  /**
   * The start of the number the parser stopped in, found by walking back from where it stopped
   * over the characters a number is made of; null when they are not a number (a string of digits
   * is preceded by its quote).
   */
  private static JsonLocation numberStart(Source source, JsonLocation at) {
    long offset = Math.min(offset(source, at), source.length() - 1L);
    if (offset < 0 || at.getLineNr() < 1) {
      return null;
    }
    if (offset > 0 && "0123456789+-.eE".indexOf(source.unitAt(offset)) < 0) {
      // The parser may stop just past the number, on the character that ended it.
      offset--;
    }
    long start = offset + 1;
    while (start > 0 && "0123456789+-.eE".indexOf(source.unitAt(start - 1)) >= 0) {
      start--;
    }
    if (start > offset || source.unitAt(start - 1) == '"') {
      return null;
    }
    return source.bytes() != null
        ? new JsonLocation(at.contentReference(), start, -1, at.getLineNr(), 1)
        : new JsonLocation(at.contentReference(), -1, start, at.getLineNr(), 1);
  }

  private static long offset(Source source, JsonLocation at) {
    return at == null ? -1 : source.bytes() != null ? at.getByteOffset() : at.getCharOffset();
  }

  /** Records the reader's verdict; never refused by the cap on issues. */
  private static void fail(Issues issues, IssueCode code, String pointer, JsonLocation at, String message) {
    issues.force(code.issue(pointer, Optional.empty(), message), at);
  }

  private static String pointer(JsonParser p) {
    if (p == null) {
      return "";
    }
    try {
      return p.getParsingContext().pathAsPointer().toString();
    } catch (RuntimeException e) {
      return "";
    }
  }

  private static IssueCode limitCode(StreamConstraintsException e) {
    String m = String.valueOf(e.getMessage());
    if (m.contains("NestingDepth")) {
      return IssueCode.JSON_LIMIT_DEPTH;
    }
    if (m.contains("StringLength")) {
      return IssueCode.JSON_LIMIT_STRING;
    }
    if (m.contains("NumberLength") || m.contains("Number value length")) {
      return IssueCode.JSON_LIMIT_NUMBER;
    }
    if (m.contains("NameLength")) {
      return IssueCode.JSON_LIMIT_NAME;
    }
    if (m.contains("TokenCount")) {
      return IssueCode.JSON_LIMIT_TOKENS;
    }
    return IssueCode.JSON_LIMIT_SIZE;
  }

  private String limitMessage(IssueCode code) {
    return switch (code) {
      case JSON_LIMIT_DEPTH -> "objects and arrays nest deeper than the limit of " + limits.maxDepth();
      case JSON_LIMIT_STRING -> "a string is longer than the limit of " + limits.maxStringLength() + " characters";
      case JSON_LIMIT_NUMBER -> "a number is longer than the limit of " + limits.maxNumberLength() + " characters";
      case JSON_LIMIT_NAME -> "a property name is longer than the limit of " + limits.maxNameLength() + " characters";
      case JSON_LIMIT_TOKENS -> "the document has more than the limit of " + limits.maxTokenCount() + " tokens";
      default -> "the document is larger than the limit of " + limits.maxDocumentBytes();
    };
  }

  private static IssueCode syntaxCode(JsonProcessingException e) {
    String m = String.valueOf(e.getOriginalMessage());
    if (m.contains("'NaN'") || m.contains("Infinity") || m.contains("'INF'")) {
      return IssueCode.JSON_SYNTAX_NON_FINITE_NUMBER;
    }
    if (m.contains("UTF-8") || m.contains("UTF8") || m.contains("surrogate")) {
      return IssueCode.JSON_SYNTAX_ENCODING;
    }
    if (m.contains("end-of-input")) {
      return IssueCode.JSON_SYNTAX_TRUNCATED;
    }
    return IssueCode.JSON_SYNTAX;
  }

  private static String message(JsonProcessingException e, Source source) {
    String m = e.getOriginalMessage();
    if (m == null) {
      return "the document is not well-formed JSON";
    }
    // Jackson's messages may carry a hint for its own users on a second line; keep the first.
    int newline = m.indexOf('\n');
    return Strings.clip(character(newline < 0 ? m : m.substring(0, newline), e, source));
  }

  private static final Pattern CHARACTER = Pattern.compile("\\('.{1,2}' \\(code (\\d+)(?: / 0x[0-9a-f]+)?\\)\\)");

  /**
   * The message with the unexpected character it names taken from the text: Jackson names a
   * character beyond U+FFFF by its high surrogate when reading text, and by its low 16 bits
   * ({@code 0xf600} for U+1F600) in some byte paths.
   */
  private static String character(String m, JsonProcessingException e, Source source) {
    Matcher x = CHARACTER.matcher(m);
    if (!x.find()) {
      return m;
    }
    int code;
    try {
      code = Integer.parseInt(x.group(1));
    } catch (NumberFormatException n) {
      return m;
    }
    long offset = offset(source, e.getLocation());
    for (long o = offset; o >= Math.max(0, offset - 1); o--) {
      int cp = source.codePointAt(o);
      if (cp >= 0
          && (cp == code
              || (cp > 0xffff && ((cp & 0xffff) == code || Character.highSurrogate(cp) == code)))) {
        String shown = Character.isISOControl(cp) || Character.isWhitespace(cp) || Character.isSpaceChar(cp)
            ? ""
            : "'" + Strings.quote(new String(Character.toChars(cp))) + "' ";
        return m.substring(0, x.start())
            + "(" + shown + String.format("U+%04X", cp) + ")"
            + m.substring(x.end());
      }
    }
    return m;
  }

  /** Adds line and column to validation issues, by re-reading the text once if any need them. */
  private Report locate(Report report, Source source, Map<String, JsonLocation> statementValues) {
    Set<String> wanted = new HashSet<>();
    for (Issue issue : report.issues()) {
      if (issue.location().isEmpty()) {
        for (String p = issue.pointer(); p != null; p = Locator.parent(p)) {
          wanted.add(p);
        }
      }
    }
    if (wanted.isEmpty()) {
      return report;
    }
    Map<String, Location> found = new HashMap<>();
    try {
      Map<String, JsonLocation> at = Locator.locate(source.text(factory), statementValues, wanted);
      List<String> pointers = new ArrayList<>(at.keySet());
      List<JsonLocation> locations = new ArrayList<>(pointers.size());
      pointers.forEach(p -> locations.add(at.get(p)));
      Location[] resolved = Issues.locate(locations, source.bytes(), source.chars(), source.length());
      for (int i = 0; i < resolved.length; i++) {
        if (resolved[i] != null) {
          found.put(pointers.get(i), resolved[i]);
        }
      }
    } catch (IOException | RuntimeException e) {
      return report;
    }
    List<Issue> located = new ArrayList<>(report.issues().size());
    for (Issue issue : report.issues()) {
      Issue out = issue;
      if (issue.location().isEmpty()) {
        for (String p = issue.pointer(); p != null; p = Locator.parent(p)) {
          Location at = found.get(p);
          if (at != null) {
            out = issue.at(at);
            break;
          }
        }
      }
      located.add(out);
    }
    return new Report(located);
  }

  /** The line and column (in code points) of a byte offset; the bytes before it are valid UTF-8. */
  private static Location locationOf(byte[] bytes, int offset) {
    int line = 1;
    int column = 1;
    for (int i = Issues.bom(bytes, null, offset); i < offset; i++) {
      int b = bytes[i] & 0xff;
      if (b == '\n' || (b == '\r' && (i + 1 >= offset || bytes[i + 1] != '\n'))) {
        line++;
        column = 1;
      } else if (b != '\r' && (b & 0xc0) != 0x80) {
        column++;
      }
    }
    return new Location(line, column);
  }

  private ReadResult tooLarge(String size) {
    return failed(
        IssueCode.JSON_LIMIT_SIZE,
        "the document (" + size + ") is larger than the limit of " + limits.maxDocumentBytes());
  }

  private static ReadResult failed(IssueCode code, String message) {
    return failed(code, Optional.empty(), message);
  }

  private static ReadResult failed(IssueCode code, Optional<Location> at, String message) {
    return new ReadResult(Optional.empty(), new Report(List.of(code.issue("", at, message))));
  }

  private static String describe(Throwable e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null ? "" : ": " + Strings.clip(m));
  }

}
