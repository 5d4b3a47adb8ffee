package coop.spokes.platform.pdf;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Writing text on PDF pages with the standard fonts: characters a font cannot show are replaced by
 * "?" rather than failing the document.
 */
public final class PdfText {
  private PdfText() {}

  /** Writes {@code text} at ({@code x}, {@code y}) in {@code font} of {@code size} points. */
  public static void write(
      PDPageContentStream s, PDFont font, float size, float x, float y, String text)
      throws IOException {
    s.beginText();
    s.setFont(font, size);
    s.newLineAtOffset(x, y);
    s.showText(encodable(font, text == null ? "" : text));
    s.endText();
  }

  /** The text with every character the font cannot encode replaced by "?". */
  public static String encodable(PDFont font, String text) {
    StringBuilder b = new StringBuilder();
    text.codePoints()
        .forEach(
            cp -> {
              String ch = new String(Character.toChars(cp));
              try {
                font.encode(ch);
                b.append(ch);
              } catch (IOException | IllegalArgumentException e) {
                b.append('?');
              }
            });
    return b.toString();
  }
}
