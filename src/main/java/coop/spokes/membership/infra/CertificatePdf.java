package coop.spokes.membership.infra;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Draws a membership certificate (A4 landscape, PDFBox): the custodian's accent colour as a band,
 * its logo, the title, the member's name and the lines given, already translated. Text is set in
 * the embedded DejaVu Sans (see {@link coop.spokes.platform.pdf.PdfText}).
 */
public final class CertificatePdf {
  private CertificatePdf() {}

  /** The certificate's text, in the member's language. */
  public record Content(
      String title,
      String name,
      String[] lines,
      String footer,
      int[] accent,
      java.awt.image.BufferedImage logo) {}

  public static byte[] render(Content c) {
    try (PDDocument doc = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDRectangle size = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
      PDPage page = new PDPage(size);
      doc.addPage(page);
      doc.getDocumentInformation().setTitle(c.title());
      coop.spokes.platform.pdf.PdfText.Fonts fonts = coop.spokes.platform.pdf.PdfText.fonts(doc);
      PDFont bold = fonts.bold();
      PDFont regular = fonts.regular();
      try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
        int[] a = c.accent();
        s.setNonStrokingColor(a[0] / 255f, a[1] / 255f, a[2] / 255f);
        s.addRect(0, size.getHeight() - 60, size.getWidth(), 60);
        s.fill();
        s.addRect(0, 0, size.getWidth(), 16);
        s.fill();
        s.setNonStrokingColor(1f, 1f, 1f);
        text(s, bold, 22, 50, size.getHeight() - 40, c.title());
        s.setNonStrokingColor(0.12f, 0.16f, 0.16f);
        text(s, bold, 30, 50, size.getHeight() - 150, c.name());
        float y = size.getHeight() - 210;
        for (String line : c.lines()) {
          text(s, regular, 16, 50, y, line);
          y -= 30;
        }
        s.setNonStrokingColor(0.36f, 0.4f, 0.4f);
        text(s, regular, 10, 50, 40, c.footer());
        if (c.logo() != null) {
          var image =
              org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory.createFromImage(
                  doc, c.logo());
          s.drawImage(image, size.getWidth() - 170, size.getHeight() - 190, 110, 110);
        }
      }
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void text(
      PDPageContentStream s, PDFont font, float size, float x, float y, String text)
      throws IOException {
    coop.spokes.platform.pdf.PdfText.write(s, font, size, x, y, text);
  }
}
