package coop.spokes.assembly.infra;

import coop.spokes.platform.pdf.MeasuredFont;
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
 * Writes an assembly's result as minutes (A4 portrait, PDFBox): a title, then headings and
 * paragraphs already translated, wrapped to the page's width and continued on as many pages as they
 * need, with the page number in the footer.
 */
public final class MinutesPdf {
  private static final float MARGIN = 50;
  private static final float BODY = 10.5f;
  private static final float HEADING = 13;

  private MinutesPdf() {}

  /** One block of the minutes: a heading or a paragraph. */
  public record Block(boolean heading, String text) {}

  public static byte[] render(String title, List<Block> blocks, String footer) {
    try (PDDocument doc = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.getDocumentInformation().setTitle(title);
      PdfText.Fonts fonts = PdfText.fonts(doc);
      MeasuredFont regular = new MeasuredFont(fonts.regular());
      MeasuredFont bold = new MeasuredFont(fonts.bold());
      Writer w = new Writer(doc, fonts, footer);
      w.line(fonts.bold(), 18, bold.encodable(title));
      w.space(8);
      for (Block b : blocks) {
        if (b.heading()) {
          w.space(8);
        }
        MeasuredFont font = b.heading() ? bold : regular;
        float size = b.heading() ? HEADING : BODY;
        for (String part : b.text().split("\n")) {
          for (String line : font.wrap(part, size, w.width())) {
            w.line(font.font(), size, line);
          }
        }
        w.space(3);
      }
      w.finish();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Places lines top to bottom, starting a page when one is full. */
  private static final class Writer {
    private final PDDocument doc;
    private final PdfText.Fonts fonts;
    private final String footer;
    private PDPageContentStream s;
    private float y;
    private int pages;

    Writer(PDDocument doc, PdfText.Fonts fonts, String footer) throws IOException {
      this.doc = doc;
      this.fonts = fonts;
      this.footer = footer;
      newPage();
    }

    float width() {
      return PDRectangle.A4.getWidth() - 2 * MARGIN;
    }

    /** Writes a line of text already made encodable in {@code font}. */
    void line(PDFont font, float size, String text) throws IOException {
      if (y - size * 1.4f < MARGIN + 20) {
        newPage();
      }
      y -= size * 1.4f;
      PdfText.writeEncodable(s, font, size, MARGIN, y, text);
    }

    void space(float points) {
      y -= points;
    }

    private void newPage() throws IOException {
      finish();
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      pages++;
      s = new PDPageContentStream(doc, page);
      y = PDRectangle.A4.getHeight() - MARGIN;
    }

    void finish() throws IOException {
      if (s != null) {
        s.setNonStrokingColor(0.36f, 0.4f, 0.4f);
        PdfText.write(s, fonts.regular(), 8, MARGIN, MARGIN - 10, footer + " — " + pages);
        s.close();
        s = null;
      }
    }
  }
}
