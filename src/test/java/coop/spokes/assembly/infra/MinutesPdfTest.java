package coop.spokes.assembly.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class MinutesPdfTest {

  @Test
  void longMinutesWrapWithinThePageGoOnOverPagesAndReadBackWordForWord() throws Exception {
    String paragraph =
        "Motion 3, the budget of the Coopérative de solidarité Érable for 2027, is carried with"
            + " 61.25% of the weighted votes cast; a name without a glyph, 王, prints as a question"
            + " mark.";
    List<MinutesPdf.Block> blocks = new ArrayList<>();
    for (int i = 1; i <= 40; i++) {
      blocks.add(new MinutesPdf.Block(true, "Motion " + i));
      blocks.add(new MinutesPdf.Block(false, paragraph + "\nSecond line of motion " + i + "."));
    }

    byte[] pdf = MinutesPdf.render("Minutes of the general assembly", blocks, "Spokes");

    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
      assertThat(doc.getNumberOfPages()).isGreaterThan(1);
      assertThat(text)
          .contains("Minutes of the general assembly")
          .contains("Motion 40")
          .contains("Second line of motion 40.")
          .contains("is carried with 61.25% of the weighted votes cast; a name without a glyph, ?,")
          .contains("Spokes — " + doc.getNumberOfPages());
    }
  }
}
