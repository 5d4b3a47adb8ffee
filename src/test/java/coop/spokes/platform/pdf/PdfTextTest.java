package coop.spokes.platform.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfTextTest {

  @Test
  void namesInPolishGreekAndCyrillicPrintAsWrittenWithTheFontEmbeddedAsASmallSubset()
      throws Exception {
    byte[] pdf =
        render("Łukasz Żółć", "Ελένη Παπαδοπούλου", "Дмитрий Иванов", "Núria Puigdomènech");

    assertThat(pdf.length).isLessThan(60_000);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(new PDFTextStripper().getText(doc))
          .contains("Łukasz Żółć")
          .contains("Ελένη Παπαδοπούλου")
          .contains("Дмитрий Иванов")
          .contains("Núria Puigdomènech");
      PDFont font = doc.getPage(0).getResources().getFont(firstFontName(doc));
      assertThat(font.isEmbedded()).isTrue();
      assertThat(font.getName()).matches("[A-Z]{6}\\+DejaVuSans.*");
    }
  }

  @Test
  void aCharacterWithoutAGlyphBecomesAQuestionMarkAndAControlCharacterASpace() throws Exception {
    try (PDDocument doc = new PDDocument()) {
      PDFont regular = PdfText.fonts(doc).regular();

      assertThat(PdfText.encodable(regular, "王 Wang")).isEqualTo("? Wang");
      assertThat(PdfText.encodable(regular, "Carrer Major 1\tBaixos"))
          .isEqualTo("Carrer Major 1 Baixos");
    }
  }

  @Test
  void wordsWithLigaturesReadBackLetterByLetter() throws Exception {
    // Glyph substitution is off (PdfText.fonts): "fi" and "ff" stay two glyphs each.
    try (PDDocument doc = Loader.loadPDF(render("office fifty affiliates"))) {
      assertThat(new PDFTextStripper().getText(doc)).contains("office fifty affiliates");
    }
  }

  private static byte[] render(String... lines) throws Exception {
    try (PDDocument doc = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      PdfText.Fonts fonts = PdfText.fonts(doc);
      try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
        float y = 700;
        for (String line : lines) {
          PdfText.write(s, fonts.regular(), 12, 50, y, line);
          y -= 20;
        }
        PdfText.write(s, fonts.bold(), 14, 50, y, lines[0]);
      }
      doc.save(out);
      return out.toByteArray();
    }
  }

  private static org.apache.pdfbox.cos.COSName firstFontName(PDDocument doc) {
    return doc.getPage(0).getResources().getFontNames().iterator().next();
  }
}
