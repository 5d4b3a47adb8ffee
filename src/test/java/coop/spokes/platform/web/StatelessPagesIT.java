package coop.spokes.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import coop.spokes.platform.i18n.Texts;
import coop.spokes.testing.DemoData;
import coop.spokes.testing.Page;
import coop.spokes.testing.SpokesIT;
import coop.spokes.testing.WebClient;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Visitors cost the server no memory: every public page (and the error pages a bot meets) is
 * answered without an HTTP session and without view state kept on the server, while its forms still
 * refuse posts forged by another site.
 */
class StatelessPagesIT extends SpokesIT {
  static final String SESSION = "JSESSIONID";

  /** Every page a visitor can open, with and without the parameters its links carry. */
  static final List<String> PUBLIC_PAGES =
      List.of(
          "index.xhtml",
          "identity/login.xhtml",
          "identity/login.xhtml?signedOut=expired",
          "identity/forgot-password.xhtml",
          "identity/reset-password.xhtml",
          "identity/reset-password.xhtml?token=not-a-token",
          "identity/sign-in-code.xhtml",
          "identity/confirm-email.xhtml?token=not-a-token",
          "membership/join.xhtml",
          "membership/organisations.xhtml",
          "membership/verify.xhtml",
          "membership/verify.xhtml?token=not-a-token",
          "membership/invitation.xhtml?token=not-a-token",
          "no-such-page.xhtml",
          "index.xhtml?lang=ca");

  @Test
  void noPublicPageOpensASessionOrKeepsViewState() {
    for (String path : PUBLIC_PAGES) {
      WebClient bot = visitor();
      Page page = bot.get(path);

      assertThat(bot.cookie(SESSION)).as("session cookie from %s", path).isEmpty();
      List<String> states =
          page.doc().select("input[name=jakarta.faces.ViewState]").stream()
              .map(e -> e.attr("value"))
              .distinct()
              .toList();
      assertThat(states).as("view state on %s", path).isSubsetOf(List.of("stateless"));
    }
  }

  @Test
  void aFormCanBeSentAndShowsItsMessagesWithoutASession() {
    WebClient visitor = visitor();
    Page join = visitor.get("membership/join.xhtml");

    // The organisation's fields were not on the page: the choice sent with the form brings them.
    Page refused =
        visitor.submit(
            join, "joinForm", "submit", Map.of("kind", "ORGANISATION", "orgLegalName", ""));

    assertThat(refused.status()).isEqualTo(200);
    assertThat(refused.fieldMessage("joinForm:orgLegalName")).isNotEmpty();
    assertThat(visitor.cookie(SESSION)).isEmpty();
  }

  @Test
  void signingInStartsTheSession() {
    WebClient member = visitor();

    member.signIn(DemoData.MANAGER_ES, DemoData.PASSWORD);

    assertThat(member.cookie(SESSION)).isPresent();
  }

  @Test
  void signedInPeopleCanSignOutFromAStatelessPage() {
    WebClient member = visitor();
    member.signIn(DemoData.MANAGER_ES, DemoData.PASSWORD);
    Page organisations = member.get("membership/organisations.xhtml");

    Page after = member.signOut(organisations);

    assertThat(after.status()).isEqualTo(200);
    assertThat(after.doc().getElementById("login")).isNotNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"no token", "another token", "token of another visitor"})
  void aPostWithoutTheVisitorsTokenIsRefused(String forgery) {
    WebClient visitor = visitor();
    Page login = visitor.get("identity/login.xhtml");
    Map<String, String> fields = loginFields(login);
    switch (forgery) {
      case "no token" -> fields.remove(StatelessFormFilter.FIELD);
      case "another token" -> fields.put(StatelessFormFilter.FIELD, "x".repeat(43));
      default -> {
        Page other = visitor().get("identity/login.xhtml");
        fields.put(StatelessFormFilter.FIELD, tokenOf(other));
      }
    }

    Page refused = visitor.post(login.uri(), fields);

    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.body()).isEqualTo(Texts.text(Locale.ENGLISH, "platform.request.forgedForm"));
  }

  @Test
  void aPostFromAnotherSiteIsRefusedEvenWithTheToken() {
    WebClient visitor = visitor();
    Page login = visitor.get("identity/login.xhtml");
    Map<String, String> fields = loginFields(login);

    Page fromElsewhere = post(visitor, login.uri(), fields, "Origin", "https://evil.example");
    Page referredFromElsewhere =
        post(visitor, login.uri(), fields, "Referer", "https://evil.example/page");
    Page fromHere =
        post(
            visitor,
            login.uri(),
            fields,
            "Origin",
            base().getScheme() + "://" + base().getRawAuthority());

    assertThat(fromElsewhere.status()).isEqualTo(403);
    assertThat(referredFromElsewhere.status()).isEqualTo(403);
    assertThat(fromHere.status()).isEqualTo(200);
    assertThat(fromHere.globalMessages())
        .contains(Texts.text(Locale.ENGLISH, "identity.login.failed"));
  }

  private static Map<String, String> loginFields(Page login) {
    Element form = login.doc().getElementById("loginForm");
    Map<String, String> fields = new LinkedHashMap<>();
    for (Element input : form.select("input[name]")) {
      fields.put(input.attr("name"), input.attr("value"));
    }
    fields.put("loginForm:email", "nobody@spokes.example");
    fields.put("loginForm:password", "wrong password");
    fields.put("loginForm:submit", "");
    var nonce = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)").matcher(login.body());
    if (nonce.find()) {
      fields.put("primefaces.nonce", nonce.group(1));
    }
    return fields;
  }

  private static String tokenOf(Page page) {
    return page.doc().selectFirst("input[name=" + StatelessFormFilter.FIELD + "]").attr("value");
  }

  private static Page post(
      WebClient client, URI uri, Map<String, String> fields, String header, String value) {
    return client.post(uri, fields, Map.of(header, value));
  }
}
