package coop.spokes.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import coop.spokes.platform.i18n.Texts;
import coop.spokes.testing.DemoData;
import coop.spokes.testing.Page;
import coop.spokes.testing.SpokesIT;
import coop.spokes.testing.WebClient;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The language of every page: the browser's Accept-Language on a first visit, English without it,
 * the visitor's choice by cookie, and a signed-in user's stored language, which wins.
 */
class LanguageIT extends SpokesIT {
  static final Locale CA = Locale.forLanguageTag("ca");
  static final Locale FR = Locale.forLanguageTag("fr");

  @Test
  void firstVisitFollowsAcceptLanguage() {
    Page page = visitor().acceptLanguage("ca-ES,ca;q=0.9,en;q=0.5").get("index.xhtml");

    assertThat(page.title()).isEqualTo(Texts.text(CA, "platform.welcome.title"));
    assertThat(page.doc().selectFirst("html").attr("lang")).isEqualTo("ca");
  }

  @Test
  void noAcceptLanguageMeansEnglishAndAnUnsupportedOneToo() {
    assertThat(visitor().acceptLanguage(null).get("index.xhtml").title())
        .isEqualTo(Texts.text(Locale.ENGLISH, "platform.welcome.title"));
    assertThat(visitor().acceptLanguage("de-DE,de").get("index.xhtml").title())
        .isEqualTo(Texts.text(Locale.ENGLISH, "platform.welcome.title"));
  }

  @Test
  void visitorsChoiceIsRememberedByCookieOverAcceptLanguage() {
    WebClient client = visitor().acceptLanguage("es");
    Page home = client.get("index.xhtml");

    String toCatalan = home.doc().selectFirst("#languages a[lang=ca]").attr("href");
    Page switched = client.get(toCatalan);
    Page later = client.get("identity/login.xhtml");

    assertThat(client.cookie("spokes_lang")).contains("ca");
    assertThat(switched.title()).isEqualTo(Texts.text(CA, "platform.welcome.title"));
    assertThat(later.title()).isEqualTo(Texts.text(CA, "identity.login.title"));
  }

  @Test
  void signedInUsersStoredLanguageWinsOverTheBrowser() {
    WebClient manager = visitor().acceptLanguage("en");

    Page dashboard = manager.signIn("manager.qc@spokes.example", DemoData.PASSWORD);

    assertThat(dashboard.title()).isEqualTo(Texts.text(FR, "platform.dashboard.title"));
  }

  @Test
  void requiredFieldMessageIsTranslatedIntoCatalan() {
    WebClient client = visitor().acceptLanguage("ca");
    Page login = client.get("identity/login.xhtml");

    Page refused = client.submit(login, "loginForm", "submit", Map.of("email", "", "password", ""));

    assertThat(refused.fieldMessage("loginForm:email"))
        .isEqualTo(
            Texts.text(
                CA,
                "jakarta.faces.component.UIInput.REQUIRED",
                Texts.text(CA, "identity.login.email")));
  }
}
