package coop.spokes.identity;

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
 * The second factor over HTTP: a treasurer turns it on with a code computed here from the secret
 * the page shows; afterwards the password alone gets no roles, the code does, a recovery code works
 * once; the admins' requirement sends a treasurer without one to the set-up page; members and
 * managers cannot reach the admins' setting. Each test opens its own accounts (no demo account gets
 * a second factor, so other tests keep signing in with a password).
 */
class TwoFactorIT extends SpokesIT {
  static final Locale EN = Locale.ENGLISH;
  static final String PASSWORD = Accounts.PASSWORD;
  static final String SET_UP = "/identity/account/second-factor.xhtml";
  static final String CODE_PAGE = "/identity/sign-in-code.xhtml";
  static final String LOGIN = "/identity/login.xhtml";

  @Test
  void treasurerTurnsItOnAndThenNeedsTheCodeOrARecoveryCodeToSignIn() {
    String email = newAccount("TREASURER", 4L);
    WebClient treasurer = visitor();
    treasurer.signIn(email, PASSWORD);
    Authenticator app = Accounts.turnOnSecondFactor(treasurer);
    assertThat(app.recoveryCodes()).hasSize(10);
    treasurer.signOut(treasurer.get("index.xhtml"));

    // The password alone: the code page, and no signed-in page.
    WebClient passwordOnly = visitor();
    Page step = passwordOnly.signIn(email, PASSWORD);
    assertThat(pathOf(step)).isEqualTo(CODE_PAGE);
    assertThat(pathOf(passwordOnly.get("identity/account/profile.xhtml"))).isEqualTo(LOGIN);
    assertThat(pathOf(passwordOnly.get("contribution/standing.xhtml"))).isEqualTo(LOGIN);

    // A wrong code: refused, still not signed in.
    WebClient wrong = visitor();
    Page refused = enterCode(wrong, wrong.signIn(email, PASSWORD), app.wrongCode());
    assertThat(pathOf(refused)).isEqualTo(CODE_PAGE);
    assertThat(refused.globalMessages())
        .containsExactly(Texts.text(EN, "identity.signInCode.wrong"));
    assertThat(pathOf(wrong.get("identity/account/profile.xhtml"))).isEqualTo(LOGIN);

    // The right code: signed in with the treasurer's pages.
    WebClient withCode = visitor();
    String code = app.nextCode();
    Page dashboard = enterCode(withCode, withCode.signIn(email, PASSWORD), code);
    assertThat(dashboard.title()).isEqualTo(Texts.text(EN, "platform.dashboard.title"));
    assertThat(withCode.get("contribution/standing.xhtml").status()).isEqualTo(200);

    // The same code again (seen over a shoulder): refused.
    WebClient replay = visitor();
    Page replayed = enterCode(replay, replay.signIn(email, PASSWORD), code);
    assertThat(pathOf(replayed)).isEqualTo(CODE_PAGE);
    assertThat(pathOf(replay.get("identity/account/profile.xhtml"))).isEqualTo(LOGIN);

    // A recovery code signs in once.
    String recovery = app.recoveryCodes().get(3);
    WebClient lostPhone = visitor();
    Page recovered =
        enterCode(lostPhone, lostPhone.signIn(email, PASSWORD), recovery.toUpperCase(EN));
    assertThat(recovered.title()).isEqualTo(Texts.text(EN, "platform.dashboard.title"));
    assertThat(lostPhone.get(SET_UP.substring(1)).doc().getElementById("onForm:codesLeft").text())
        .contains("9");
    WebClient again = visitor();
    Page spent = enterCode(again, again.signIn(email, PASSWORD), recovery);
    assertThat(pathOf(spent)).isEqualTo(CODE_PAGE);
    assertThat(pathOf(again.get("identity/account/profile.xhtml"))).isEqualTo(LOGIN);

    // Audited.
    WebClient auditor = signedIn(DemoData.ADMIN);
    Page log =
        auditor.submit(
            auditor.get("audit/audit-log.xhtml"),
            "auditForm",
            "filter",
            Map.of("action", "second-factor.recovery-code-used"));
    assertThat(log.doc().select("#auditForm\\:events tbody tr").text())
        .contains("second-factor.recovery-code-used");
  }

  @Test
  void wrongCodesInARowRefuseEvenTheRightCodeForAWhile() {
    String email = newAccount("TREASURER", 2L);
    WebClient treasurer = visitor();
    treasurer.signIn(email, PASSWORD);
    Authenticator app = Accounts.turnOnSecondFactor(treasurer);

    WebClient guesser = visitor();
    Page codePage = guesser.signIn(email, PASSWORD);
    for (int i = 0; i < 5; i++) {
      codePage = enterCode(guesser, codePage, app.wrongCode());
    }
    WebClient owner = visitor();
    Page refused = enterCode(owner, owner.signIn(email, PASSWORD), app.nextCode());

    assertThat(refused.globalMessages())
        .containsExactly(Texts.text(EN, "identity.signInCode.throttled"));
    assertThat(pathOf(owner.get("identity/account/profile.xhtml"))).isEqualTo(LOGIN);
  }

  @Test
  void anAdminTurnsOffAnotherPersonsSecondFactor() {
    String email = newAccount("TREASURER", 1L);
    WebClient treasurer = visitor();
    treasurer.signIn(email, PASSWORD);
    Accounts.turnOnSecondFactor(treasurer);
    assertThat(pathOf(visitor().signIn(email, PASSWORD))).isEqualTo(CODE_PAGE);

    WebClient admin = signedIn(DemoData.ADMIN);
    Page found =
        admin.submit(
            admin.get("identity/admin/users.xhtml"), "usersForm", "find", Map.of("search", email));
    Page selected = admin.submit(found, "usersForm", "accounts:0:manage", Map.of());
    Page turnedOff = admin.submit(selected, "grantForm", "turnOffSecondFactor", Map.of());

    assertThat(turnedOff.globalMessages())
        .contains(Texts.text(EN, "identity.secondFactor.resetDone", email));
    assertThat(turnedOff.doc().getElementById("grantForm:turnOffSecondFactor")).isNull();
    assertThat(visitor().signIn(email, PASSWORD).title())
        .isEqualTo(Texts.text(EN, "platform.dashboard.title"));
  }

  @Test
  void aFirstCodeIsNeededToTurnItOnAndTurningItOffNeedsACodeOrThePassword() {
    String email = newAccount("TREASURER", 3L);
    WebClient treasurer = visitor();
    treasurer.signIn(email, PASSWORD);
    Page setUp =
        treasurer.submit(treasurer.get(SET_UP.substring(1)), "setUpForm", "start", Map.of());
    Authenticator app = Authenticator.from(setUp);

    Page refused = treasurer.submit(setUp, "setUpForm", "enable", Map.of("code", app.wrongCode()));
    assertThat(refused.fieldMessage("setUpForm:code"))
        .isEqualTo(Texts.text(EN, "identity.secondFactor.code.wrong"));
    assertThat(refused.doc().getElementById("onForm:onStatus")).isNull();

    Page on = treasurer.submit(refused, "setUpForm", "enable", Map.of("code", app.nextCode()));
    assertThat(on.doc().getElementById("onForm:onStatus")).isNotNull();
    Page notOff = treasurer.submit(on, "onForm", "disable", Map.of("code", "not my password"));
    assertThat(notOff.fieldMessage("onForm:code"))
        .isEqualTo(Texts.text(EN, "identity.secondFactor.disable.wrong"));
    Page off = treasurer.submit(notOff, "onForm", "disable", Map.of("code", PASSWORD));
    assertThat(off.doc().getElementById("onForm:onStatus")).isNull();
    assertThat(off.doc().getElementById("setUpForm:start")).isNotNull();

    // Off again: the password alone signs in.
    treasurer.signOut(off);
    assertThat(visitor().signIn(email, PASSWORD).title())
        .isEqualTo(Texts.text(EN, "platform.dashboard.title"));
  }

  @Test
  void whenAdminsRequireItATreasurerWithoutOneReachesOnlyTheSetUpPage() {
    String adminEmail = newAccount("ADMIN", null);
    String treasurerEmail = newAccount("TREASURER", 2L);
    WebClient admin = visitor();
    admin.signIn(adminEmail, PASSWORD);

    // An admin without their own second factor cannot require it.
    Page refused = require(admin, true);
    assertThat(refused.globalMessages())
        .containsExactly(Texts.text(EN, "identity.signInPolicy.setUpYoursFirst"));
    assertThat(
            admin
                .get("identity/admin/sign-in-policy.xhtml")
                .doc()
                .getElementById("policyForm:required_input")
                .hasAttr("checked"))
        .isFalse();

    Accounts.turnOnSecondFactor(admin);
    try {
      assertThat(require(admin, true).globalMessages())
          .containsExactly(Texts.text(EN, "identity.signInPolicy.saved"));

      WebClient treasurer = visitor();
      Page first = treasurer.signIn(treasurerEmail, PASSWORD);
      assertThat(pathOf(first)).as(first.globalMessages() + " " + first.text()).isEqualTo(SET_UP);
      assertThat(first.doc().getElementById("required")).isNotNull();
      Page standing = treasurer.get("contribution/standing.xhtml");
      assertThat(pathOf(standing)).as(standing.uri().toString()).isEqualTo(SET_UP);
      assertThat(pathOf(treasurer.get("index.xhtml"))).isEqualTo(SET_UP);

      Accounts.turnOnSecondFactor(treasurer);
      assertThat(pathOf(treasurer.get("contribution/standing.xhtml")))
          .isEqualTo("/contribution/standing.xhtml");
    } finally {
      require(admin, false);
    }
  }

  @Test
  void membersAndManagersCannotReachTheAdminsSettingNorSetItUp() {
    WebClient manager = signedIn(DemoData.MANAGER_UK);

    Page policy = manager.get("identity/admin/sign-in-policy.xhtml");
    Page setUp = manager.get(SET_UP.substring(1));

    assertThat(policy.status()).isEqualTo(403);
    assertThat(setUp.doc().getElementById("notAllowed")).isNotNull();
    assertThat(setUp.doc().getElementById("setUpForm:start")).isNull();
    assertThat(pathOf(visitor().get("identity/admin/sign-in-policy.xhtml"))).isEqualTo(LOGIN);
    // Without a password accepted first, the code page sends back to the sign-in form.
    assertThat(pathOf(visitor().get("identity/sign-in-code.xhtml"))).isEqualTo(LOGIN);
  }

  private Page require(WebClient admin, boolean required) {
    Page page = admin.get("identity/admin/sign-in-policy.xhtml");
    return admin.submit(
        page, "policyForm", "save", required ? Map.of("required_input", "on") : Map.of());
  }

  private static Page enterCode(WebClient client, Page codePage, String code) {
    return client.submit(codePage, "codeForm", "submit", Map.of("code", code));
  }

  private String newAccount(String role, Long scope) {
    return new Accounts(signedIn(DemoData.ADMIN), this::visitor)
        .account()
        .name("Tess Factor")
        .role(role, scope)
        .open();
  }
}
