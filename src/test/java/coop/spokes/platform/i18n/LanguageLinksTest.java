package coop.spokes.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageLinksTest {

  @Test
  void theLanguageParameterGoesAndTheOthersStay() {
    assertThat(LanguageLinks.withoutLanguage("id=5&lang=es&page=2")).isEqualTo("id=5&page=2");
    assertThat(LanguageLinks.withoutLanguage("lang=es")).isEmpty();
    assertThat(LanguageLinks.withoutLanguage("language=x&lang")).isEqualTo("language=x");
    assertThat(LanguageLinks.withoutLanguage(null)).isEmpty();
  }

  @Test
  void theSwitchReadsOnlyAParameterNamedLang() {
    assertThat(LanguageSwitch.languageIn("id=5&lang=ca")).isEqualTo("ca");
    assertThat(LanguageSwitch.languageIn("language=ca")).isNull();
    assertThat(LanguageSwitch.languageIn(null)).isNull();
  }
}
