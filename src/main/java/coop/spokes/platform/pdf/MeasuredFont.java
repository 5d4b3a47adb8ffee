package coop.spokes.platform.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * One font of one document with what long documents ask of it again and again (can it show this
 * character, and how wide is it?) worked out once per character: a table of 20,000 lines measures
 * each of its cells, and PDFBox would read the font's code map for every character of every cell.
 * {@link PdfText#encodable} applies the same rules to one text; widths add up per character as
 * PDFBox's own do (no kerning). Belongs to one document and one thread, like the document.
 */
public final class MeasuredFont {
  private static final String ELLIPSIS = "…";

  private final PDFont font;

  /**
   * Each code point's width in font units (1/1000 of the size); NaN when the font cannot show it.
   */
  private final Map<Integer, Float> units = new HashMap<>();

  public MeasuredFont(PDFont font) {
    this.font = font;
  }

  public PDFont font() {
    return font;
  }

  /**
   * {@code text} (null reads as empty) with every character the font cannot show replaced by "?"
   * and control characters by a space.
   */
  public String encodable(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder b = null;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int next = i + Character.charCount(cp);
      String replacement = Character.isISOControl(cp) ? " " : shows(cp) ? null : "?";
      if (replacement != null && b == null) {
        b = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (b != null) {
        if (replacement != null) {
          b.append(replacement);
        } else {
          b.appendCodePoint(cp);
        }
      }
      i = next;
    }
    return b == null ? text : b.toString();
  }

  /** The width in points at {@code size} of a text already {@link #encodable}. */
  public float width(String encodable, float size) {
    float total = 0;
    for (int i = 0; i < encodable.length(); ) {
      int cp = encodable.codePointAt(i);
      total += units(cp);
      i += Character.charCount(cp);
    }
    return total / 1000 * size;
  }

  /**
   * {@code text} made {@link #encodable} and cut with "…" to fit {@code width} points at {@code
   * size}; the whole text when it fits.
   */
  public String cut(String text, float size, float width) {
    String t = encodable(text);
    if (width(t, size) <= width) {
      return t;
    }
    float room = width * 1000 / size - units('…');
    float used = 0;
    int end = 0;
    while (end < t.length()) {
      int cp = t.codePointAt(end);
      used += units(cp);
      if (used > room) {
        break;
      }
      end += Character.charCount(cp);
    }
    return t.substring(0, end) + ELLIPSIS;
  }

  /** {@code text} made {@link #encodable} and broken between words into lines of {@code width}. */
  public List<String> wrap(String text, float size, float width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : encodable(text).split(" ")) {
      String candidate = line.length() == 0 ? word : line + " " + word;
      if (line.length() > 0 && width(candidate, size) > width) {
        lines.add(line.toString());
        line = new StringBuilder(word);
      } else {
        line = new StringBuilder(candidate);
      }
    }
    lines.add(line.toString());
    return lines;
  }

  private boolean shows(int cp) {
    return !Float.isNaN(units(cp));
  }

  private float units(int cp) {
    return units.computeIfAbsent(cp, this::measure);
  }

  private float measure(int cp) {
    try {
      return font.getStringWidth(new String(Character.toChars(cp)));
    } catch (IOException | IllegalArgumentException e) {
      return Float.NaN;
    }
  }
}
