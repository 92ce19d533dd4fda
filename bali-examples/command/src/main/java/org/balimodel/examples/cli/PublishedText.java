package org.balimodel.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.balimodel.core.text.StatementImporter;
import org.balimodel.examples.Seed;
import org.balimodel.examples.cli.Documents.Unreadable;

/**
 * The published text of a statement as {@code bali import} takes it: a plain-text or Markdown
 * file in UTF-8, or a PDF with a text layer, whose text is extracted with Apache PDFBox.
 *
 * <p>A file is a PDF when its first kilobyte holds the PDF header {@code %PDF-}, whatever its name;
 * a file named {@code *.pdf} without it is refused. Anything else is text, whatever its extension,
 * and must be UTF-8 (a byte-order mark is dropped): bali does not guess encodings, since a wrong
 * guess would put wrong characters into names and quotations without a word. Every input is
 * bounded before it is parsed: a PDF by {@link #MAX_PDF_BYTES}, {@link #MAX_PDF_PAGES} and {@link
 * #PDF_TIME_LIMIT_NANOS}, text by {@link #MAX_TEXT_BYTES}; the importer then bounds the text by
 * its own limit of characters.
 */
final class PublishedText {

  /** The largest PDF read: 20 MiB. Published statements are well under 1 MiB. */
  static final long MAX_PDF_BYTES = 20L * 1024 * 1024;

  /** The most pages of a PDF read. The longest statements with their annexes have about 40. */
  static final int MAX_PDF_PAGES = 500;

  /**
   * The longest a PDF's text may take to extract, in nanoseconds: 30 seconds. A page of a
   * statement takes milliseconds; only a damaged or hostile content stream takes this long.
   */
  static final long PDF_TIME_LIMIT_NANOS = 30L * 1_000_000_000L;

  /**
   * The memory PDFBox may take for the streams it buffers while it reads one PDF: 64 MiB, in main
   * memory only, so that no temporary file is left behind and a stream that decodes to more fails.
   */
  static final long MAX_PDF_BUFFER_BYTES = 64L * 1024 * 1024;

  /**
   * The largest text file read: four bytes for each character the importer reads at most, the
   * most UTF-8 can take for one; a larger file cannot hold a text the importer would take.
   */
  static final long MAX_TEXT_BYTES = 4L * StatementImporter.DEFAULT_MAX_CHARACTERS;

  /**
   * PDFBox's loggers, silenced: it logs what it recovers from in a damaged file, some of it with
   * stack traces, through commons-logging to JUL on standard error, where the command's own
   * one-line diagnostics and issues belong. Held here so that the levels outlive a collection.
   */
  private static final List<Logger> QUIET = List.of(
      quiet("org.apache.pdfbox"), quiet("org.apache.fontbox"));

  private static final int HEADER_WINDOW = 1024;
  private static final byte[] PDF_HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);

  private PublishedText() {}

  /**
   * The text of one input, under the name its issues are printed with, and what it was: {@code
   * "PDF"} or {@code "text"}.
   */
  record Text(String name, String kind, String text) {}

  /** The text of an input, or why there is none. */
  record Outcome(Optional<Text> text, Optional<Unreadable> unreadable) {
    static Outcome of(Text text) {
      return new Outcome(Optional.of(text), Optional.empty());
    }

    static Outcome unreadable(String name, String reason) {
      return new Outcome(Optional.empty(), Optional.of(new Unreadable(name, reason)));
    }
  }

  /** The bundled seed statement's text as published. */
  static Outcome seed() {
    return Outcome.of(new Text(Seed.TEXT_NAME, "text", Seed.text()));
  }

  /** Reads the operand: {@code -} is standard input, anything else a file. */
  static Outcome read(String operand, Console console) {
    if (operand.equals(Documents.STANDARD_INPUT)) {
      try {
        return of(Documents.STANDARD_INPUT_NAME, false, bounded(console.in()));
      } catch (IOException e) {
        return Outcome.unreadable(Documents.STANDARD_INPUT_NAME, Documents.reason(e));
      }
    }
    Path path = Path.of(operand);
    if (Files.isDirectory(path)) {
      return Outcome.unreadable(operand, Documents.IS_A_DIRECTORY);
    }
    if (!Files.exists(path)) {
      return Outcome.unreadable(operand, Files.isSymbolicLink(path)
          ? "is a symbolic link to nothing" : Documents.NO_SUCH_FILE);
    }
    try {
      // A regular file too large is refused before a byte of it is read; a pipe is bounded below.
      if (Files.isRegularFile(path) && Files.size(path) > MAX_PDF_BYTES) {
        return Outcome.unreadable(operand, tooLarge(Files.size(path)));
      }
      try (InputStream in = Files.newInputStream(path)) {
        return of(operand, namedPdf(path), bounded(in));
      }
    } catch (IOException e) {
      return Outcome.unreadable(operand, Documents.reason(e));
    }
  }

  /** The bytes of the input, or {@code null} when there are more than any input may have. */
  private static byte[] bounded(InputStream in) throws IOException {
    byte[] bytes = in.readNBytes((int) MAX_PDF_BYTES + 1);
    return bytes.length > MAX_PDF_BYTES ? null : bytes;
  }

  private static Outcome of(String name, boolean namedPdf, byte[] bytes) {
    if (bytes == null) {
      return Outcome.unreadable(name, tooLarge(-1));
    }
    if (bytes.length == 0) {
      return Outcome.unreadable(name, "is empty: there is no text to import");
    }
    if (hasPdfHeader(bytes)) {
      return pdf(name, bytes, PDF_TIME_LIMIT_NANOS);
    }
    if (namedPdf) {
      return Outcome.unreadable(name,
          "is not a PDF: it does not start with %PDF- (to import it as text, name it .txt or .md)");
    }
    if (bytes.length > MAX_TEXT_BYTES) {
      return Outcome.unreadable(name, "is " + bytes(bytes.length) + ", larger than any text"
          + " bali import reads: at most " + bytes(MAX_TEXT_BYTES) + ", for the importer's limit of "
          + String.format(Locale.ROOT, "%,d", StatementImporter.DEFAULT_MAX_CHARACTERS) + " characters");
    }
    return text(name, bytes);
  }

  private static boolean namedPdf(Path path) {
    Path file = path.getFileName();
    return file != null && file.toString().toLowerCase(Locale.ROOT).endsWith(".pdf");
  }

  /** The PDF header where PDF readers look for it: anywhere in the first kilobyte. */
  private static boolean hasPdfHeader(byte[] bytes) {
    int end = Math.min(bytes.length, HEADER_WINDOW) - PDF_HEADER.length;
    for (int at = 0; at <= end; at++) {
      int i = 0;
      while (i < PDF_HEADER.length && bytes[at + i] == PDF_HEADER[i]) {
        i++;
      }
      if (i == PDF_HEADER.length) {
        return true;
      }
    }
    return false;
  }

  // --- text ----------------------------------------------------------------------------------

  private static Outcome text(String name, byte[] bytes) {
    int start = startsWithByteOrderMark(bytes) ? 3 : 0;
    for (int i = start; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        return Outcome.unreadable(name, "is binary, not text: it holds a NUL byte at " + where(bytes, i));
      }
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length - start);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int at = in.position();
      return Outcome.unreadable(name, String.format(Locale.ROOT,
          "is not UTF-8 text: the byte 0x%02X at %s is not UTF-8; bali import reads UTF-8 only"
              + " (convert the file first, for instance with iconv -f WINDOWS-1252 -t UTF-8)",
          bytes[at] & 0xff, where(bytes, at)));
    }
    decoder.flush(out);
    out.flip();
    return Outcome.of(new Text(name, "text", out.toString()));
  }

  private static boolean startsWithByteOrderMark(byte[] bytes) {
    return bytes.length >= 3
        && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF;
  }

  /** "line 3, byte 12 of the line", 1-based, counting line feeds. */
  private static String where(byte[] bytes, int at) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < at; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return "line " + line + ", byte " + (at - lineStart + 1) + " of the line";
  }

  // --- PDF -----------------------------------------------------------------------------------

  /** The text of a PDF, extracted within {@code limitNanos}. */
  static Outcome pdf(String name, byte[] bytes, long limitNanos) {
    long deadline = System.nanoTime() + limitNanos;
    try (PDDocument document =
        Loader.loadPDF(
            new RandomAccessReadBuffer(bytes),
            "",
            null,
            null,
            MemoryUsageSetting.setupMainMemoryOnly(MAX_PDF_BUFFER_BYTES).streamCache)) {
      int pages = document.getNumberOfPages();
      if (pages == 0) {
        return Outcome.unreadable(name, "is a PDF without pages: there is no text to import");
      }
      if (pages > MAX_PDF_PAGES) {
        return Outcome.unreadable(name, "is a PDF of " + pages + " pages, more than the "
            + MAX_PDF_PAGES + " bali import reads");
      }
      String text = extract(document, pages, deadline);
      if (text.codePoints().noneMatch(Character::isLetter)) {
        return Outcome.unreadable(name, "is a PDF without a text layer (a scanned image?): "
            + "there is no text to import; run OCR on it first (for instance ocrmypdf) and import the result");
      }
      return Outcome.of(new Text(name, "PDF", text));
    } catch (InvalidPasswordException e) {
      return Outcome.unreadable(name, "is an encrypted PDF that needs a password to open; "
          + "bali import does not take passwords (decrypt it first, for instance with qpdf --decrypt)");
    } catch (TooSlow e) {
      return Outcome.unreadable(name, "is a PDF whose text took longer than "
          + seconds(limitNanos) + " to extract; it may be damaged");
    } catch (IOException e) {
      return Outcome.unreadable(name, "is a damaged PDF that cannot be read" + Console.describe(e));
    } catch (RuntimeException | StackOverflowError e) {
      // PDFBox meets some damage only as an unchecked exception or unbounded nesting: a fault of
      // the file, which the reader did not foresee, not of bali.
      return Outcome.unreadable(name, "is a damaged PDF that cannot be read: "
          + e.getClass().getSimpleName() + Console.describe(e));
    }
  }

  /**
   * The text of every page in reading order, up to a little more than the importer reads. Pages
   * are joined by a blank line, as paragraphs are, except where a sentence runs on over the page
   * break: the page ends without a full stop or other closing mark and the next begins with a
   * small letter; then the lines join as the lines within a page do.
   */
  private static String extract(PDDocument document, int pages, long deadline) throws IOException {
    Stripper stripper = new Stripper(deadline);
    stripper.setLineSeparator("\n");
    stripper.setPageEnd("");
    // A blank line after each paragraph the stripper sees, as paragraphs are written in text.
    stripper.setParagraphEnd("\n");
    StringBuilder text = new StringBuilder();
    for (int page = 1; page <= pages; page++) {
      stripper.setStartPage(page);
      stripper.setEndPage(page);
      String pageText = stripper.getText(document).strip();
      if (pageText.isEmpty()) {
        continue;
      }
      if (text.length() > 0) {
        text.append(runsOn(text, pageText) ? "\n" : "\n\n");
      }
      text.append(pageText);
      // Past the importer's limit the rest cannot change the outcome: the importer refuses it.
      if (text.length() > StatementImporter.DEFAULT_MAX_CHARACTERS) {
        break;
      }
    }
    return text.append('\n').toString();
  }

  private static boolean runsOn(CharSequence before, String next) {
    char last = before.charAt(before.length() - 1);
    return ".:;!?)]\"\u201d".indexOf(last) < 0 && Character.isLowerCase(next.codePointAt(0));
  }

  /** PDFBox's text extraction, stopped when it runs past its deadline. */
  private static final class Stripper extends PDFTextStripper {
    private final long deadline;

    Stripper(long deadline) {
      this.deadline = deadline;
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
      // Every operator of every content stream passes here: the one place to stop a loop.
      if (System.nanoTime() - deadline > 0) {
        throw new TooSlow();
      }
      super.processOperator(operator, operands);
    }
  }

  /** Extraction ran past its deadline. */
  private static final class TooSlow extends IOException {
    private static final long serialVersionUID = 1L;

    TooSlow() {
      super("the time limit was reached");
    }
  }

  private static String seconds(long nanos) {
    long seconds = nanos / 1_000_000_000L;
    return seconds == 1 ? "1 second" : seconds + " seconds";
  }

  private static Logger quiet(String name) {
    Logger logger = Logger.getLogger(name);
    logger.setLevel(Level.OFF);
    return logger;
  }

  private static String tooLarge(long size) {
    return (size < 0 ? "is larger than " : "is " + bytes(size) + ", larger than ")
        + bytes(MAX_PDF_BYTES) + ", the most bali import reads (a PDF statement is well under 1 MB)";
  }

  private static String bytes(long count) {
    return String.format(Locale.ROOT, "%,d bytes", count);
  }
}
