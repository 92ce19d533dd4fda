package org.balimodel.examples.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** PDF files made for the tests with PDFBox, as a word processor or a scanner would make them. */
final class Pdfs {

  private static final float MARGIN = 56;
  private static final float LEADING = 14;

  private Pdfs() {}

  /**
   * A PDF whose pages hold {@code paragraphs} as lines of text in Helvetica, one line per string
   * (callers wrap their lines), a blank line between paragraphs, as many pages as they need.
   */
  static void text(Path file, List<List<String>> paragraphs) throws IOException {
    try (PDDocument document = new PDDocument()) {
      write(document, paragraphs);
      document.save(file.toFile());
    }
  }

  /** The same PDF, encrypted so that it opens only with {@code userPassword}. */
  static void encrypted(Path file, List<List<String>> paragraphs, String userPassword) throws IOException {
    try (PDDocument document = new PDDocument()) {
      write(document, paragraphs);
      StandardProtectionPolicy policy =
          new StandardProtectionPolicy("owner-" + userPassword, userPassword, new AccessPermission());
      policy.setEncryptionKeyLength(128);
      document.protect(policy);
      document.save(file.toFile());
    }
  }

  /** A scanned page: one grey image filling the page, and no text. */
  static void scanned(Path file) throws IOException {
    int width = 200;
    int height = 280;
    byte[] pixels = new byte[width * height];
    for (int i = 0; i < pixels.length; i++) {
      // Rows of "print" on white paper, as a scan of a typed page looks.
      pixels[i] = (byte) ((i / width) % 7 == 0 ? 0x30 : 0xF0);
    }
    ByteArrayOutputStream deflated = new ByteArrayOutputStream();
    try (DeflaterOutputStream out = new DeflaterOutputStream(deflated, new Deflater())) {
      out.write(pixels);
    }
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      PDImageXObject image =
          new PDImageXObject(
              document,
              new ByteArrayInputStream(deflated.toByteArray()),
              COSName.FLATE_DECODE,
              width,
              height,
              8,
              PDDeviceGray.INSTANCE);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
      }
      document.save(file.toFile());
    }
  }

  /** A PDF with one page for each list of lines, laid out as given; an empty line is a gap. */
  static void pages(Path file, List<List<String>> pages) throws IOException {
    PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    try (PDDocument document = new PDDocument()) {
      for (List<String> lines : pages) {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
          content.beginText();
          content.setFont(font, 11);
          content.setLeading(LEADING);
          content.newLineAtOffset(MARGIN, PDRectangle.A4.getHeight() - MARGIN);
          for (String line : lines) {
            content.showText(line);
            content.newLine();
          }
          content.endText();
        }
      }
      document.save(file.toFile());
    }
  }

  /** A PDF of {@code pages} empty pages. */
  static void blankPages(Path file, int pages) throws IOException {
    try (PDDocument document = new PDDocument()) {
      for (int i = 0; i < pages; i++) {
        document.addPage(new PDPage(PDRectangle.A4));
      }
      document.save(file.toFile());
    }
  }

  private static void write(PDDocument document, List<List<String>> paragraphs) throws IOException {
    PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    float top = PDRectangle.A4.getHeight() - MARGIN;
    int linesPerPage = (int) ((PDRectangle.A4.getHeight() - 2 * MARGIN) / LEADING);
    PDPageContentStream content = null;
    int line = linesPerPage;
    try {
      for (List<String> paragraph : paragraphs) {
        for (int i = 0; i <= paragraph.size(); i++) {
          if (line >= linesPerPage) {
            if (content != null) {
              content.endText();
              content.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            content.beginText();
            content.setFont(font, 11);
            content.setLeading(LEADING);
            content.newLineAtOffset(MARGIN, top);
            line = 0;
          }
          if (i < paragraph.size()) {
            content.showText(paragraph.get(i));
          }
          // The last turn is the blank line that ends the paragraph.
          content.newLine();
          line++;
        }
      }
    } finally {
      if (content != null) {
        content.endText();
        content.close();
      }
    }
  }
}
