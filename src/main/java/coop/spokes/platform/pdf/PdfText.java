package coop.spokes.platform.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writing text on PDF pages. Documents embed DejaVu Sans (shipped under {@code /fonts}, with its
 * licence), so names in Latin, Greek, Cyrillic and other scripts it covers print as written; only
 * subsets of the glyphs used are embedded. Characters the font has no glyph for (e.g. CJK) are
 * replaced by "?" rather than failing the document.
 */
public final class PdfText {
  private static final byte[] REGULAR = read("/fonts/DejaVuSans.ttf");
  private static final byte[] BOLD = read("/fonts/DejaVuSans-Bold.ttf");

  private PdfText() {}

  /** The two faces a Spokes document writes with, embedded in one document. */
  public record Fonts(PDFont regular, PDFont bold) {}

  /** Loads the regular and bold faces into {@code doc} (as subsets, when it is saved). */
  public static Fonts fonts(PDDocument doc) throws IOException {
    return new Fonts(load(doc, REGULAR), load(doc, BOLD));
  }

  /**
   * One face, with glyph substitution off: PDFBox would otherwise run the font's substitution rules
   * (for DejaVu Sans in Latin text, only the "fi"/"fl" ligatures) through regular expressions
   * compiled anew for every text written, most of the time a long table takes.
   */
  private static PDFont load(PDDocument doc, byte[] file) throws IOException {
    TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(file));
    doc.registerTrueTypeFontForClosing(ttf);
    ttf.setEnableGsub(false);
    return PDType0Font.load(doc, ttf, true);
  }

  /** Writes {@code text} at ({@code x}, {@code y}) in {@code font} of {@code size} points. */
  public static void write(
      PDPageContentStream s, PDFont font, float size, float x, float y, String text)
      throws IOException {
    writeEncodable(s, font, size, x, y, encodable(font, text));
  }

  /**
   * {@link #write} of a text already made {@link #encodable} in {@code font} (a long table writes
   * each cell once, not checking its characters again).
   */
  public static void writeEncodable(
      PDPageContentStream s, PDFont font, float size, float x, float y, String encodable)
      throws IOException {
    s.beginText();
    s.setFont(font, size);
    s.newLineAtOffset(x, y);
    s.showText(encodable);
    s.endText();
  }

  /**
   * The text (null reads as empty) with every character the font cannot show replaced by "?", and
   * control characters (a tab or line break in a pasted address) by a space.
   */
  public static String encodable(PDFont font, String text) {
    return new MeasuredFont(font).encodable(text);
  }

  private static byte[] read(String resource) {
    try (InputStream in = PdfText.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the application");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
