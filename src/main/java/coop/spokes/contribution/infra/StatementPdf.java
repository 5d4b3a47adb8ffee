package coop.spokes.contribution.infra;

import coop.spokes.platform.pdf.PdfText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A member's yearly statement (A4, PDFBox): a title, a header block, then sections of lines,
 * already translated; pages are added as the lines need them.
 */
public final class StatementPdf {
  private StatementPdf() {}

  /** One section: a heading and its lines. */
  public record Section(String heading, List<String> lines) {}

  public static byte[] render(
      String title, List<String> header, List<Section> sections, String footer) {
    try (PDDocument doc = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.getDocumentInformation().setTitle(title);
      coop.spokes.platform.pdf.PdfText.Fonts fonts = coop.spokes.platform.pdf.PdfText.fonts(doc);
      PDFont bold = fonts.bold();
      PDFont regular = fonts.regular();
      Writer w = new Writer(doc, regular, footer);
      w.line(bold, 18, title, 28);
      for (String h : header) {
        w.line(regular, 11, h, 16);
      }
      for (Section s : sections) {
        w.gap(10);
        w.line(bold, 13, s.heading(), 20);
        for (String l : s.lines()) {
          w.line(regular, 10, l, 14);
        }
      }
      w.close();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes lines top to bottom, starting a new page when one is full. */
  private static final class Writer {
    private final PDDocument doc;
    private final PDFont footerFont;
    private final String footer;
    private PDPageContentStream stream;
    private float y;

    Writer(PDDocument doc, PDFont footerFont, String footer) throws IOException {
      this.doc = doc;
      this.footerFont = footerFont;
      this.footer = footer;
      newPage();
    }

    void newPage() throws IOException {
      close();
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      stream = new PDPageContentStream(doc, page);
      stream.setNonStrokingColor(0.36f, 0.4f, 0.4f);
      PdfText.write(stream, footerFont, 8, 50, 30, footer);
      stream.setNonStrokingColor(0.12f, 0.16f, 0.16f);
      y = PDRectangle.A4.getHeight() - 60;
    }

    void line(PDFont font, float size, String text, float advance) throws IOException {
      if (y < 70) {
        newPage();
      }
      PdfText.write(stream, font, size, 50, y, text);
      y -= advance;
    }

    void gap(float g) {
      y -= g;
    }

    void close() throws IOException {
      if (stream != null) {
        stream.close();
        stream = null;
      }
    }
  }
}
