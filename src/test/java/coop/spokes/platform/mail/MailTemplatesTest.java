package coop.spokes.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MailTemplatesTest {
  private static final String LINK = "https://spokes.example.org/reset?token=Ab3_x-9";

  private static RenderedMail passwordReset(String language, String name) {
    return MailTemplates.render("passwordReset", Locale.forLanguageTag(language), name, LINK, 30);
  }

  @ParameterizedTest(name = "passwordReset in {0}")
  @CsvSource({
    "en, Reset your Spokes password, 'Hello Anna,'",
    "es, Restablece tu contraseña de Spokes, 'Hola, Anna:'",
    "ca, Restableix la contrasenya de Spokes, 'Hola, Anna:'",
    "fr, Réinitialisez votre mot de passe Spokes, 'Bonjour Anna,'"
  })
  void passwordResetIsRenderedInEachLanguage(String language, String subject, String greeting) {
    RenderedMail mail = passwordReset(language, "Anna");

    assertThat(mail.subject()).isEqualTo(subject);
    assertThat(mail.text())
        .startsWith(greeting)
        .contains(LINK)
        .contains("30")
        .doesNotContain("???", "{0}", "{1}", "{2}");
    assertThat(mail.html())
        .startsWith("<!DOCTYPE html><html lang=\"" + language + "\">")
        .contains("<title>" + subject + "</title>")
        .contains("<p>" + greeting)
        .doesNotContain("???");
  }

  @Test
  void plainTextEndsWithTheSignatureSeparatorAndTheFooter() {
    RenderedMail mail = passwordReset("en", "Anna");

    assertThat(mail.text())
        .contains("\n\n-- \nSpokes — this message was sent automatically")
        .endsWith("\n");
    assertThat(mail.html())
        .contains(
            "<hr><p style=\"color:#666;font-size:smaller\">Spokes — this message was sent"
                + " automatically");
  }

  @Test
  void displayNameWithMarkupIsEscapedInTheHtml() {
    String name = "<script>alert('x')</script> & \"Co\"";

    RenderedMail mail = passwordReset("en", name);

    assertThat(mail.html())
        .doesNotContain("<script>")
        .contains("Hello &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Co&quot;,");
  }

  @Test
  void displayNameWithMarkupIsKeptAsTypedInThePlainText() {
    String name = "<script>alert(1)</script>";

    RenderedMail mail = passwordReset("en", name);

    assertThat(mail.text()).startsWith("Hello <script>alert(1)</script>,").doesNotContain("&lt;");
  }

  @Test
  void linkAppearsAsAnAnchorInTheHtmlAndAsItIsInThePlainText() {
    RenderedMail mail = passwordReset("en", "Anna");

    assertThat(mail.html()).contains("<p><a href=\"" + LINK + "\">" + LINK + "</a></p>");
    assertThat(mail.text()).contains("\n\n" + LINK + "\n\n");
  }

  @Test
  void ampersandInTheLinkIsEscapedInsideTheHref() {
    String link = "https://spokes.example.org/reset?token=abc&lang=fr";

    RenderedMail mail = MailTemplates.render("passwordReset", Locale.ENGLISH, "Anna", link, 30);

    String escaped = "https://spokes.example.org/reset?token=abc&amp;lang=fr";
    assertThat(mail.html()).contains("<a href=\"" + escaped + "\">" + escaped + "</a>");
    assertThat(mail.text()).contains(link);
  }

  @Test
  void paragraphsOfTheBodyBecomeHtmlParagraphs() {
    RenderedMail mail = passwordReset("en", "Anna");

    assertThat(mail.html()).contains("<p>Hello Anna,</p><p>someone (probably you)");
  }

  @ParameterizedTest(name = "subject in {0} has no line breaks")
  @ValueSource(strings = {"en", "es", "ca", "fr"})
  void subjectHasNoLineBreaksEvenWhenAnArgumentHasOne(String language) {
    // No shipped subject uses an argument yet, so this guards the rendering rather than a template.
    RenderedMail mail = passwordReset(language, "Anna\r\nBcc: victim@example.org");

    assertThat(mail.subject()).doesNotContain("\n", "\r").isNotBlank();
    assertThat(mail.text()).contains("Anna\r\nBcc: victim@example.org");
  }

  @Test
  void lineBreakInADisplayNameBecomesABreakNotMarkupInTheHtml() {
    RenderedMail mail = passwordReset("en", "Anna\n<b>Bold</b>");

    assertThat(mail.html())
        .contains("Hello Anna<br>&lt;b&gt;Bold&lt;/b&gt;,")
        .doesNotContain("<b>");
  }

  @Test
  void unknownTemplateShowsItsMissingKeysRatherThanFailing() {
    RenderedMail mail = MailTemplates.render("noSuchTemplate", Locale.ENGLISH);

    assertThat(mail.subject()).isEqualTo("???mail.noSuchTemplate.subject???");
    assertThat(mail.text()).startsWith("???mail.noSuchTemplate.body???");
  }

  @Test
  void escapeReplacesEveryHtmlSpecialCharacter() {
    assertThat(MailTemplates.escape("<a href=\"x\">Tom & Jerry's</a>"))
        .isEqualTo("&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;");
  }
}
