package coop.spokes.platform.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

class MeasuredFontTest {

  @Test
  void widthsAddUpAsPdfBoxMeasuresTheWholeText() throws Exception {
    try (PDDocument doc = new PDDocument()) {
      PDFont font = PdfText.fonts(doc).regular();
      MeasuredFont measured = new MeasuredFont(font);

      for (String text :
          new String[] {"Núria Puigdomènech", "Ελένη", "office fifty €1,234.50", ""}) {
        assertThat(measured.width(text, 9.5f))
            .as(text)
            .isCloseTo(font.getStringWidth(text) / 1000 * 9.5f, within(0.001f));
      }
    }
  }

  @Test
  void aCharacterWithoutAGlyphBecomesAQuestionMarkAControlCharacterASpaceAndNullNothing()
      throws Exception {
    try (PDDocument doc = new PDDocument()) {
      MeasuredFont measured = new MeasuredFont(PdfText.fonts(doc).bold());

      assertThat(measured.encodable("王 Wang \uD840\uDC00")).isEqualTo("? Wang ?");
      assertThat(measured.encodable("Carrer Major 1\tBaixos")).isEqualTo("Carrer Major 1 Baixos");
      assertThat(measured.encodable(null)).isEmpty();
      String same = "Harbour Tech";
      assertThat(measured.encodable(same)).isSameAs(same);
    }
  }

  @Test
  void aTextTooWideIsCutWithAnEllipsisToFitAndOneThatFitsIsKept() throws Exception {
    try (PDDocument doc = new PDDocument()) {
      MeasuredFont measured = new MeasuredFont(PdfText.fonts(doc).regular());
      String longName = "Coopérative de solidarité Érable des Cantons-de-l'Est";

      String cut = measured.cut(longName, 9.5f, 100);

      assertThat(cut).endsWith("…").hasSizeLessThan(longName.length());
      assertThat(longName).startsWith(cut.substring(0, cut.length() - 1));
      assertThat(measured.width(cut, 9.5f)).isLessThanOrEqualTo(100);
      // one more character would not have fitted
      String longer = longName.substring(0, cut.length()) + "…";
      assertThat(measured.width(longer, 9.5f)).isGreaterThan(100);
      assertThat(measured.cut("Érable", 9.5f, 100)).isEqualTo("Érable");
      assertThat(measured.cut("王", 9.5f, 100)).isEqualTo("?");
    }
  }

  @Test
  void wrappedLinesEachFitAndKeepEveryWord() throws Exception {
    try (PDDocument doc = new PDDocument()) {
      MeasuredFont measured = new MeasuredFont(PdfText.fonts(doc).regular());
      String head = "Audit chain “transparency” at event 1234, hash " + "ab12".repeat(16);

      var lines = measured.wrap(head, 8.5f, 200);

      assertThat(lines).hasSizeGreaterThan(1);
      assertThat(String.join(" ", lines)).isEqualTo(head);
      assertThat(lines.subList(0, lines.size() - 1))
          .allSatisfy(l -> assertThat(measured.width(l, 8.5f)).isLessThanOrEqualTo(200));
    }
  }
}
