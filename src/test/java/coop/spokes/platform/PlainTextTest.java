package coop.spokes.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextTest {

  @Test
  void lineBreaksTabsAndControlsBecomeOneSpace() {
    assertThat(PlainText.oneLine("  Eve\r\n\r\nAdams\tJr\u0007\u2028x  "))
        .isEqualTo("Eve Adams Jr x");
  }

  @Test
  void bidirectionalControlsAreRemovedAndOtherLettersKept() {
    assertThat(PlainText.oneLine("Zo\u00EB \u202Eevil\u202C Mart\u00EDn\u200C"))
        .isEqualTo("Zo\u00EB evil Mart\u00EDn\u200C");
  }

  @Test
  void nullStaysNull() {
    assertThat(PlainText.oneLine(null)).isNull();
    assertThat(PlainText.lines(null)).isNull();
  }

  @Test
  void linesKeepTheirBreaksAsLineFeedsOnly() {
    assertThat(PlainText.lines("one\r\ntwo\rthree\u0000\u202E\n\nfour"))
        .isEqualTo("one\ntwo\nthree\n\nfour");
  }
}
