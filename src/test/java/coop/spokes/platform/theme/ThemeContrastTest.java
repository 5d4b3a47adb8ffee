package coop.spokes.platform.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every custodian theme keeps text readable (WCAG 2.1 AA, 4.5:1 for normal text): the accent, used
 * for links and flat or outlined buttons, on white and on the theme's header; the text on the
 * accent (filled buttons). The site crawl checks the themes its roles see in the browser; this
 * checks them all, including a theme added later.
 */
class ThemeContrastTest {
  static final double AA = 4.5;
  static final Pattern VARIABLE = Pattern.compile("--(spokes-[a-z-]+):\\s*(#[0-9a-fA-F]{6})");

  @Test
  void everyThemeReadsAtAaContrast() throws IOException {
    List<String> problems = new ArrayList<>();
    List<Path> themes;
    try (Stream<Path> dirs = Files.list(Path.of("themes"))) {
      themes = dirs.filter(Files::isDirectory).sorted().toList();
    }
    for (Path theme : themes) {
      String css = Files.readString(theme.resolve("theme.css"));
      String accent = variable(css, "spokes-accent");
      String onAccent = variable(css, "spokes-accent-contrast");
      String header = variable(css, "spokes-header-bg");
      check(problems, theme + " accent on white", accent, "#ffffff");
      check(problems, theme + " accent on header", accent, header);
      check(problems, theme + " text on accent", onAccent, accent);
    }
    assertThat(themes).isNotEmpty();
    assertThat(problems).isEmpty();
  }

  @Test
  void contrastIsComputedAsWcagDefinesIt() {
    assertThat(contrast("#000000", "#ffffff")).isEqualTo(21.0, within());
    assertThat(contrast("#2196f3", "#f4f7f6")).isEqualTo(2.89, within());
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(0.01);
  }

  private static void check(List<String> problems, String what, String fg, String bg) {
    double ratio = contrast(fg, bg);
    if (ratio < AA) {
      problems.add(String.format("%s: %s on %s is %.2f:1", what, fg, bg, ratio));
    }
  }

  private static String variable(String css, String name) {
    Matcher m = VARIABLE.matcher(css);
    while (m.find()) {
      if (m.group(1).equals(name)) {
        return m.group(2);
      }
    }
    throw new AssertionError("no --" + name + " in theme");
  }

  /** WCAG 2.1 contrast ratio of two sRGB colours. */
  static double contrast(String a, String b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  private static double luminance(String hex) {
    int rgb = Integer.parseInt(hex.substring(1), 16);
    return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
  }

  private static double channel(int value) {
    double c = (value & 0xff) / 255.0;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }
}
