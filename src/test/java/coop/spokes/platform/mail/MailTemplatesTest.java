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
    return MailTemplates.render(
        "passwordReset", Locale.forLanguageTag(language), name, new MailLink(LINK), 30);
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

    RenderedMail mail =
        MailTemplates.render("passwordReset", Locale.ENGLISH, "Anna", new MailLink(link), 30);

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
    assertThat(mail.text()).contains("Anna Bcc: victim@example.").doesNotContain("\r");
  }

  @Test
  void lineBreakInADisplayNameBecomesASpaceNotMarkupInTheHtml() {
    RenderedMail mail = passwordReset("en", "Anna\n<b>Bold</b>");

    assertThat(mail.html()).contains("Hello Anna &lt;b&gt;Bold&lt;/b&gt;,").doesNotContain("<b>");
    assertThat(mail.text()).startsWith("Hello Anna <b>Bold</b>,\n");
  }

  // --- what others type never becomes a link or a line of its own -----------------------------

  private static final String NAME_WITH_LINK =
      "Eve\r\nYour account is locked. Unlock it at https://evil.example/unlock?u=1\nor www.evil.example";

  @Test
  void nameWithALinkAndLineBreaksStaysOneLineOfPlainTextInBothParts() {
    RenderedMail mail = passwordReset("en", NAME_WITH_LINK);

    String greeting = mail.text().lines().findFirst().orElseThrow();
    assertThat(greeting)
        .startsWith("Hello Eve Your account is locked. Unlock it at https:")
        .endsWith(",");
    assertThat(mail.text())
        .doesNotContain("https://evil", "evil.example", "www.evil")
        .contains("\n\n" + LINK + "\n\n");
    assertThat(mail.html())
        .doesNotContain("href=\"https://evil", "https://evil", "evil.example", "www.evil")
        .contains("<p>Hello Eve Your account is locked. Unlock it at https:<wbr>//<wbr>evil.<wbr>");
    assertThat(mail.html().split("<a ", -1)).hasSize(2);
  }

  @Test
  void addressLikeTextIsSplitInvisiblyAndOtherwiseKept() {
    assertThat(MailTemplates.unlinkable("see https://a.example/x and www.b.org", "|"))
        .isEqualTo("see https:|//|a.|example/x and www.|b.|org");
    assertThat(MailTemplates.unlinkable("J. R. R. Tolkien, 12.50 EUR, 10:30", "|"))
        .isEqualTo("J. R. R. Tolkien, 12.50 EUR, 10:30");
  }

  @Test
  void anEmailAddressArgumentIsKeptWhole() {
    RenderedMail mail =
        MailTemplates.render("emailChangeNotice", Locale.ENGLISH, "Anna", "new@example.org");

    assertThat(mail.text()).contains(" new@example.org ");
    assertThat(mail.html()).contains(" new@example.org ");
  }

  @Test
  void bidirectionalOverridesInANameAreRemoved() {
    RenderedMail mail = passwordReset("en", "Anna\u202Egro.live");

    assertThat(mail.text()).startsWith("Hello Annagro.\u200Blive,");
  }

  @Test
  void multilineTextKeepsItsLinesAndBecomesNoLink() {
    RenderedMail mail =
        MailTemplates.render(
            "membership.rejected",
            Locale.ENGLISH,
            "Anna",
            "Coop",
            new MultilineText("First line.\r\nSee https://rules.example/join"),
            "x");

    assertThat(mail.text()).contains("First line.\nSee https://rules.example/join");
    assertThat(mail.html())
        .contains("First line.<br>See https://rules.example/join")
        .doesNotContain("<a href=\"https://rules");
  }

  // --- secret links ---------------------------------------------------------------------------

  @Test
  void secretLinkIsLeftAsAMarkAndFilledInWhenSent() {
    RenderedMail mail =
        MailTemplates.render(
            "passwordReset", Locale.ENGLISH, "Anna", new SecretLink("identity-password", 7), 30);

    assertThat(mail.text()).contains("\n\n" + MailTemplates.SECRET_LINK + "\n\n");
    assertThat(mail.html()).contains("<p>" + MailTemplates.SECRET_LINK + "</p>");
    assertThat(MailTemplates.withLinkInText(mail.text(), LINK))
        .contains("\n\n" + LINK + "\n\n")
        .doesNotContain(MailTemplates.SECRET_LINK);
    assertThat(MailTemplates.withLinkInHtml(mail.html(), LINK + "&x=1"))
        .contains("<p><a href=\"" + LINK + "&amp;x=1\">" + LINK + "&amp;x=1</a></p>");
  }

  @Test
  void aNameCannotForgeTheSecretLinkMark() {
    RenderedMail mail = passwordReset("en", "Anna" + MailTemplates.SECRET_LINK + "\u00010\u0001");

    assertThat(mail.text()).doesNotContain(MailTemplates.SECRET_LINK).startsWith("Hello Anna 0,");
  }

  @Test
  void twoSecretLinksInOneMailAreRefused() {
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                MailTemplates.render(
                    "passwordReset",
                    Locale.ENGLISH,
                    "Anna",
                    new SecretLink("a", 1),
                    new SecretLink("b", 2)));
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
