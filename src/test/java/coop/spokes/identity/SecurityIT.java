package coop.spokes.identity;

import static org.assertj.core.api.Assertions.assertThat;

import coop.spokes.platform.i18n.Texts;
import coop.spokes.testing.DemoData;
import coop.spokes.testing.Page;
import coop.spokes.testing.SpokesIT;
import coop.spokes.testing.WebClient;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Sign-in, sessions, throttling and role refusals over HTTP, against the deployed WAR. Refusals
 * first: each role is refused where it does not belong.
 */
class SecurityIT extends SpokesIT {
  static final Locale EN = Locale.ENGLISH;

  @Test
  void visitorAskingForAnAdminPageIsSentToSignIn() {
    for (String path :
        new String[] {
          "audit/audit-log.xhtml",
          "identity/admin/users.xhtml",
          "custodian/custodians.xhtml",
          "identity/account/profile.xhtml"
        }) {
      Page page = visitor().get(path);

      assertThat(pathOf(page)).as(path).isEqualTo("/identity/login.xhtml");
      assertThat(page.title()).isEqualTo(Texts.text(EN, "identity.login.title"));
    }
  }

  @Test
  void managerIsRefusedAdminPagesWithTheTranslated403Page() {
    WebClient manager = signedIn(DemoData.MANAGER_UK);

    for (String path :
        new String[] {
          "audit/audit-log.xhtml", "identity/admin/users.xhtml", "custodian/custodians.xhtml"
        }) {
      Page page = manager.get(path);

      assertThat(page.status()).as(path).isEqualTo(403);
      assertThat(page.title()).isEqualTo(Texts.text(EN, "platform.error.forbidden.title"));
    }
  }

  @Test
  void managerOfOneCustodianIsRefusedAnotherCustodianById() {
    WebClient manager = signedIn(DemoData.MANAGER_UK);

    Page own = manager.get("custodian/custodian-edit.xhtml?id=" + DemoData.CUSTODIAN_UK);
    Page other = manager.get("custodian/custodian-edit.xhtml?id=" + DemoData.CUSTODIAN_ES);

    assertThat(own.status()).isEqualTo(200);
    assertThat(own.doc().getElementById("custodianForm:name").attr("value"))
        .isEqualTo("Steel City Workers Co-operative");
    assertThat(other.status()).isEqualTo(403);
    assertThat(other.text()).doesNotContain("Xarxa Comuna");
  }

  @Test
  void managerCannotSaveTheCustodianTheyManage() {
    WebClient manager = signedIn(DemoData.MANAGER_UK);
    Page own = manager.get("custodian/custodian-edit.xhtml?id=" + DemoData.CUSTODIAN_UK);

    Page saved =
        manager.submit(own, "custodianForm", "save", Map.of("name", "Renamed by a manager"));

    assertThat(saved.status()).isEqualTo(403);
    assertThat(
            signedIn(DemoData.ADMIN)
                .get("custodian/custodian-edit.xhtml?id=" + DemoData.CUSTODIAN_UK)
                .doc()
                .getElementById("custodianForm:name")
                .attr("value"))
        .isEqualTo("Steel City Workers Co-operative");
  }

  @Test
  void wrongPasswordAndUnknownAccountGetTheSameMessage() {
    Page wrong = visitor().signIn(DemoData.TREASURER, "not the password at all");
    Page unknown =
        visitor().signIn("nobody-" + UUID.randomUUID() + "@example.org", "not the password at all");

    String expected = Texts.text(EN, "identity.login.failed");
    assertThat(wrong.globalMessages()).containsExactly(expected);
    assertThat(unknown.globalMessages()).containsExactly(expected);
    assertThat(pathOf(wrong)).isEqualTo("/identity/login.xhtml");
  }

  @Test
  void repeatedFailuresThrottleAnAccountEvenWithTheRightPassword() {
    String account = "megan.lloyd@members.example";
    for (int i = 0; i < 5; i++) {
      visitor().signIn(account, "wrong password number " + i);
    }

    Page right = visitor().signIn(account, DemoData.PASSWORD);

    assertThat(pathOf(right)).isEqualTo("/identity/login.xhtml");
    assertThat(right.globalMessages()).containsExactly(Texts.text(EN, "identity.login.throttled"));
  }

  @Test
  void throttlingAnswersAlikeForAnAccountThatDoesNotExist() {
    String ghost = "ghost-" + UUID.randomUUID() + "@example.org";
    for (int i = 0; i < 5; i++) {
      visitor().signIn(ghost, "wrong password number " + i);
    }

    Page sixth = visitor().signIn(ghost, "wrong password again");

    assertThat(sixth.globalMessages()).containsExactly(Texts.text(EN, "identity.login.throttled"));
  }

  @Test
  void signInGivesANewSessionIdAndSignOutEndsTheSession() {
    WebClient client = visitor();
    // A page that needs signing in keeps the request for after it, in a session.
    client.get("identity/account/profile.xhtml");
    String before = client.cookie("JSESSIONID").orElseThrow();

    Page dashboard = client.signIn(DemoData.TREASURER, DemoData.PASSWORD);
    String during = client.cookie("JSESSIONID").orElseThrow();
    client.signOut(dashboard);
    client.setCookie("JSESSIONID", during);
    Page afterSignOut = client.get("identity/account/profile.xhtml");

    assertThat(pathOf(dashboard)).isEqualTo("/identity/account/profile.xhtml");
    assertThat(during).isNotEqualTo(before);
    assertThat(pathOf(afterSignOut)).isEqualTo("/identity/login.xhtml");
  }

  @Test
  void oldSessionIdIsNotSignedIn() {
    WebClient client = visitor();
    client.get("identity/account/profile.xhtml");
    String before = client.cookie("JSESSIONID").orElseThrow();
    client.signIn(DemoData.TREASURER, DemoData.PASSWORD);

    WebClient replay = visitor();
    replay.setCookie("JSESSIONID", before);

    assertThat(pathOf(replay.get("identity/account/profile.xhtml")))
        .isEqualTo("/identity/login.xhtml");
  }

  @Test
  void sessionCookieIsHttpOnlyAndSameSiteLax() {
    HttpResponse<Void> protectedPage;
    try {
      protectedPage =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(base().resolve("identity/account/profile.xhtml")).build(),
                  HttpResponse.BodyHandlers.discarding());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }

    String setCookie = String.join("\n", protectedPage.headers().allValues("set-cookie"));
    assertThat(setCookie)
        .contains("JSESSIONID=")
        .containsIgnoringCase("HttpOnly")
        .containsIgnoringCase("SameSite=Lax");
  }

  @Test
  void pagesCarryAStrictContentSecurityPolicyAndSecurityHeaders() {
    Page page = visitor().get("identity/login.xhtml");

    String csp = page.header("Content-Security-Policy").orElseThrow();
    String scriptSrc = csp.substring(csp.indexOf("script-src"));
    assertThat(scriptSrc)
        .contains("'nonce-")
        .doesNotContain("unsafe-inline")
        .doesNotContain("unsafe-eval");
    assertThat(csp).contains("frame-ancestors 'none'").contains("object-src 'none'");
    assertThat(page.header("X-Content-Type-Options")).contains("nosniff");
    assertThat(page.header("Referrer-Policy")).contains("strict-origin-when-cross-origin");
    assertThat(page.header("Server")).isEmpty();
    assertThat(page.header("X-Powered-By")).isEmpty();
  }

  @Test
  void restResponsesCarryThePolicyToo() {
    Page health = visitor().get("api/health");

    assertThat(health.header("Content-Security-Policy").orElseThrow())
        .contains("default-src 'self'");
    assertThat(health.header("X-Content-Type-Options")).contains("nosniff");
  }

  @Test
  void missingPageShowsTheTranslated404WithoutServerDetails() {
    for (String path : new String[] {"nope", "nope.xhtml", "WEB-INF/web.xml", "api/nope"}) {
      Page page = visitor().acceptLanguage("es").get(path);

      assertThat(page.status()).as(path).isEqualTo(404);
      assertThat(page.body().toLowerCase(Locale.ROOT))
          .doesNotContain("payara", "glassfish", "grizzly", "java.lang", "at org.", "at java.");
    }
    assertThat(visitor().acceptLanguage("es").get("nope.xhtml").title())
        .isEqualTo(Texts.text(Locale.forLanguageTag("es"), "platform.error.notFound.title"));
  }

  @Test
  void unknownRecordShowsThe404Page() {
    Page page = signedIn(DemoData.ADMIN).get("custodian/custodian-edit.xhtml?id=987654");

    assertThat(page.status()).isEqualTo(404);
    assertThat(page.title()).isEqualTo(Texts.text(EN, "platform.error.notFound.title"));
  }

  @Test
  void postingAnUnknownViewStateShowsThePageExpiredPage() {
    WebClient client = visitor();
    Page login = client.get("identity/login.xhtml");

    Page expired =
        client.submit(
            login,
            "loginForm",
            "submit",
            Map.of(
                "email",
                "a@b.org",
                "password",
                "whatever password",
                "jakarta.faces.ViewState",
                "1234:5678"));

    assertThat(expired.title()).isEqualTo(Texts.text(EN, "platform.error.expired.title"));
  }

  @Test
  void traceIsRefused() {
    Page page =
        visitor()
            .send(
                java.net.http.HttpRequest.newBuilder(visitor().resolve("index.xhtml"))
                    .method("TRACE", java.net.http.HttpRequest.BodyPublishers.noBody()));

    assertThat(page.status()).isIn(403, 405);
  }

  @Test
  void healthReportsTheDatabaseAndSchemaVersion() {
    Page health = visitor().get("api/health");

    assertThat(health.status()).isEqualTo(200);
    assertThat(health.header("Content-Type").orElseThrow()).startsWith("application/json");
    assertThat(health.body())
        .contains("\"status\":\"UP\"")
        .contains("\"database\":true")
        .contains("\"schemaVersion\":\"" + latestMigration() + "\"");
  }

  /** The version of the newest migration in db/migration. */
  static String latestMigration() {
    try (var files = java.nio.file.Files.list(java.nio.file.Path.of("db/migration"))) {
      return String.valueOf(
          files
              .map(f -> f.getFileName().toString())
              .filter(n -> n.matches("V\\d+__.*\\.sql"))
              .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))
              .max()
              .orElseThrow());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
