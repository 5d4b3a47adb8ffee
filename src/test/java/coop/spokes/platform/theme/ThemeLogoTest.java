package coop.spokes.platform.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Custodian logos are drawn from their SVG for PDF documents. */
class ThemeLogoTest {
  @Test
  void aShippedLogoIsDrawnInItsColour() throws Exception {
    BufferedImage image;
    try (InputStream in = Files.newInputStream(Path.of("themes/xarxa/logo.svg"))) {
      image = ThemeLogo.draw(in, 128).orElseThrow();
    }

    int centre = image.getRGB(64, 64);
    int corner = image.getRGB(1, 1);

    assertThat(image.getWidth()).isEqualTo(128);
    assertThat(centre >>> 24).as("opaque centre").isGreaterThan(200);
    assertThat(centre & 0xffffff).isEqualTo(0xb5332e);
    assertThat(corner >>> 24).as("transparent corner").isZero();
  }

  @Test
  void somethingThatIsNotSvgGivesNoLogo() {
    InputStream notSvg = new ByteArrayInputStream("hello".getBytes(StandardCharsets.UTF_8));

    assertThat(ThemeLogo.draw(notSvg, 64)).isEmpty();
  }
}
