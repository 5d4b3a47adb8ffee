package coop.spokes.platform.theme;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.github.weisj.jsvg.parser.resources.ResourcePolicy;
import com.github.weisj.jsvg.view.ViewBox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A theme's logo ({@code themes/<id>/logo.svg}) as a raster image, for documents that carry the
 * custodian's logo, such as PDF certificates. The SVG may not load anything from outside itself.
 */
@ApplicationScoped
public class ThemeLogo {
  private static final Pattern THEME_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

  @Inject ServletContext servletContext;

  /** The logo drawn in a square of {@code pixels}, if the theme exists and has one. */
  public Optional<BufferedImage> render(String themeId, int pixels) {
    if (themeId == null || !THEME_ID.matcher(themeId).matches()) {
      return Optional.empty();
    }
    try (InputStream in =
        servletContext.getResourceAsStream("/resources/themes/" + themeId + "/logo.svg")) {
      if (in == null) {
        return Optional.empty();
      }
      return draw(in, pixels);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Draws an SVG document in a transparent square of {@code pixels}, or nothing if unreadable. */
  static Optional<BufferedImage> draw(InputStream svg, int pixels) {
    LoaderContext context =
        LoaderContext.builder().externalResourcePolicy(ResourcePolicy.DENY_ALL).build();
    SVGDocument document = new SVGLoader().load(svg, URI.create("about:blank"), context);
    if (document == null) {
      return Optional.empty();
    }
    BufferedImage image = new BufferedImage(pixels, pixels, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      document.render((java.awt.Component) null, g, new ViewBox(0, 0, pixels, pixels));
    } finally {
      g.dispose();
    }
    return Optional.of(image);
  }
}
