package coop.spokes.identity;

import static org.assertj.core.api.Assertions.assertThat;

import coop.spokes.platform.i18n.Texts;
import coop.spokes.testing.Mailbox;
import coop.spokes.testing.Page;
import coop.spokes.testing.WebClient;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Test-data builder of the identity context: opens a new account the way people do (the admin opens
 * it on the users page and grants a role, the person sets a password through the mailed link), so
 * that a test owns its account instead of leaning on a demo login or id.
 *
 * <pre>{@code
 * String email = new Accounts(signedIn(DemoData.ADMIN), this::visitor)
 *     .account().role("TREASURER", DemoData.CUSTODIAN_UK).open();
 * }</pre>
 */
public final class Accounts {
  /** The password every account opened here gets. */
  public static final String PASSWORD = "violet kettle under olive trees";

  static final String SET_UP = "identity/account/second-factor.xhtml";

  private final WebClient admin;
  private final Supplier<WebClient> visitors;

  /**
   * @param admin a client signed in as an administrator
   * @param visitors new clients with no session (the test's {@code visitor()})
   */
  public Accounts(WebClient admin, Supplier<WebClient> visitors) {
    this.admin = admin;
    this.visitors = visitors;
  }

  public Builder account() {
    return new Builder();
  }

  /**
   * Turns the second factor on for whoever {@code client} is signed in as; the app holding its
   * secret.
   */
  public static Authenticator turnOnSecondFactor(WebClient client) {
    Page setUp = client.submit(client.get(SET_UP), "setUpForm", "start", Map.of());
    Authenticator app = Authenticator.from(setUp);
    Page on = client.submit(setUp, "setUpForm", "enable", Map.of("code", app.nextCode()));
    assertThat(on.globalMessages())
        .contains(Texts.text(Locale.ENGLISH, "identity.secondFactor.enabled"));
    app.recoveryCodes = on.doc().select("#recoveryCodes li code").eachText();
    return app;
  }

  /** One account to open: a unique address, English, UTC, no role unless given one. */
  public final class Builder {
    private String email = "t-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    private String name = "Tess Factor";
    private String language = "en";
    private String role;
    private Long scope;

    public Builder email(String email) {
      this.email = email;
      return this;
    }

    public Builder name(String name) {
      this.name = name;
      return this;
    }

    public Builder language(String language) {
      this.language = language;
      return this;
    }

    /** A role over one custodian ({@code scope}) or, when null, over all. */
    public Builder role(String role, Long scope) {
      this.role = role;
      this.scope = scope;
      return this;
    }

    /** Opens the account and sets its password; its address. */
    public String open() {
      admin.submit(
          admin.get("identity/admin/users.xhtml"),
          "openForm",
          "open",
          Map.of(
              "email", email,
              "displayName", name,
              "language_input", language,
              "timeZone", "UTC"));
      if (role != null) {
        grant();
      }
      var link = Mailbox.await(email, Duration.ofSeconds(30)).orElseThrow();
      WebClient person = visitors.get();
      Page reset =
          person.get(
              "identity/reset-password.xhtml?token="
                  + Mailbox.token(link, "/identity/reset-password.xhtml"));
      person.submit(
          reset, "resetForm", "submit", Map.of("password", PASSWORD, "confirmation", PASSWORD));
      return email;
    }

    private void grant() {
      Page found =
          admin.submit(
              admin.get("identity/admin/users.xhtml"),
              "usersForm",
              "find",
              Map.of("search", email));
      Page selected = admin.submit(found, "usersForm", "accounts:0:manage", Map.of());
      admin.ajax(selected, "grantForm", "role", "change", Map.of("role_input", role));
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put("role_input", role);
      if (scope != null) {
        fields.put("scope_input", scope.toString());
      }
      Page granted = admin.submit(selected, "grantForm", "grant", fields);
      assertThat(granted.globalMessages())
          .contains(Texts.text(Locale.ENGLISH, "identity.grant.added"));
    }
  }
}
