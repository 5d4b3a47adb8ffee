package coop.spokes.platform.theme;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a theme's accent colour ({@code --spokes-accent} in {@code themes/<id>/theme.css}) for
 * documents that carry the custodian's colours, such as PDF certificates.
 */
@ApplicationScoped
public class ThemeColours {
  private static final Pattern ACCENT = Pattern.compile("--spokes-accent:\\s*#([0-9a-fA-F]{6})");
  private static final Pattern THEME_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

  @Inject ServletContext servletContext;

  /** The accent colour as RGB (0–255 each), if the theme exists and declares one. */
  public Optional<int[]> accent(String themeId) {
    if (themeId == null || !THEME_ID.matcher(themeId).matches()) {
      return Optional.empty();
    }
    try (InputStream in =
        servletContext.getResourceAsStream("/resources/themes/" + themeId + "/theme.css")) {
      if (in == null) {
        return Optional.empty();
      }
      Matcher m = ACCENT.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      if (!m.find()) {
        return Optional.empty();
      }
      int rgb = Integer.parseInt(m.group(1), 16);
      return Optional.of(new int[] {(rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff});
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
