package coop.spokes.identity;

import static org.assertj.core.api.Assertions.assertThat;

import coop.spokes.platform.i18n.Texts;
import coop.spokes.testing.AliasClient;
import coop.spokes.testing.DemoData;
import coop.spokes.testing.SpokesIT;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Throttling by client address. Failed sign-ins are counted per login name and address (a growing
 * delay after five) and per address: many failures from one address (each for a different account)
 * stop sign-ins from that address, even with a right password, while other addresses are not
 * affected. The tests run Payara with a limit of 60 per address and 127.0.0.4 as the only trusted
 * proxy; each test's failing client connects from its own loopback alias (127.0.0.2, .4, .5, .6),
 * so the other tests (from 127.0.0.1) are unaffected.
 */
class AddressThrottlingIT extends SpokesIT {
  static final int LIMIT = 60;

  static final String DASHBOARD = Texts.text(Locale.ENGLISH, "platform.dashboard.title");
  static final String THROTTLED = Texts.text(Locale.ENGLISH, "identity.login.throttled");

  @Test
  void aStrangersFailuresForAnAccountDoNotStopItsOwnerFromAnotherAddress() {
    String account = "eleanor.price@members.example";
    AliasClient stranger = new AliasClient("127.0.0.5", base());
    failFiveTimes(stranger, account);

    var strangerWithTheRightPassword = stranger.signIn(account, DemoData.PASSWORD);
    var owner = visitor().signIn(account, DemoData.PASSWORD);

    assertThat(strangerWithTheRightPassword).containsExactly(THROTTLED);
    assertThat(owner.title()).isEqualTo(DASHBOARD);
  }

  @Test
  void behindATrustedProxyEachForwardedClientIsThrottledOnItsOwn() {
    String account = "samir.haddad@members.example";
    AliasClient attacker =
        new AliasClient("127.0.0.4", base()).header("X-Forwarded-For", "198.51.100.20");
    failFiveTimes(attacker, account);
    // Another client behind the same proxy; what it claims left of the proxy's entry is ignored.
    AliasClient owner =
        new AliasClient("127.0.0.4", base())
            .header("X-Forwarded-For", "198.51.100.20, 198.51.100.21");

    var attackerAgain = attacker.signIn(account, DemoData.PASSWORD);
    var ownerSignIn = owner.signIn(account, DemoData.PASSWORD);

    assertThat(attackerAgain).containsExactly(THROTTLED);
    assertThat(ownerSignIn).isEmpty();
    assertThat(owner.get("index.xhtml").selectFirst("h1.spokes-title").text()).isEqualTo(DASHBOARD);
  }

  @Test
  void anUntrustedPeerCannotEscapeThrottlingWithAForwardedHeader() {
    String account = "tama.rangi@members.example";
    failFiveTimes(
        new AliasClient("127.0.0.6", base()).header("X-Forwarded-For", "198.51.100.30"), account);

    var withAnotherHeader =
        new AliasClient("127.0.0.6", base())
            .header("X-Forwarded-For", "198.51.100.31")
            .signIn(account, DemoData.PASSWORD);

    assertThat(withAnotherHeader).containsExactly(THROTTLED);
  }

  private static void failFiveTimes(AliasClient client, String account) {
    for (int i = 0; i < 5; i++) {
      assertThat(client.signIn(account, "wrong password " + i))
          .as("failure " + i)
          .containsExactly(i < 4 ? Texts.text(Locale.ENGLISH, "identity.login.failed") : THROTTLED);
    }
  }

  @Test
  void manyFailuresFromOneAddressThrottleEverySignInFromThereOnly() {
    AliasClient secondMachine = new AliasClient("127.0.0.2", base());
    String run = UUID.randomUUID().toString();
    for (int i = 0; i < LIMIT - 1; i++) {
      var messages =
          secondMachine.signIn("probe-" + i + "-" + run + "@example.org", "wrong password " + i);
      assertThat(messages)
          .as("attempt " + i)
          .containsExactly(Texts.text(Locale.ENGLISH, "identity.login.failed"));
    }
    // The failure that reaches the limit is answered with the throttling message already.
    var last = secondMachine.signIn("probe-last-" + run + "@example.org", "wrong password");
    assertThat(last).containsExactly(Texts.text(Locale.ENGLISH, "identity.login.throttled"));

    var fromThrottledAddress = secondMachine.signIn("manager.nz@spokes.example", DemoData.PASSWORD);
    var fromAnotherAddress = visitor().signIn("manager.nz@spokes.example", DemoData.PASSWORD);

    assertThat(fromThrottledAddress)
        .containsExactly(Texts.text(Locale.ENGLISH, "identity.login.throttled"));
    assertThat(fromAnotherAddress.title())
        .isEqualTo(Texts.text(Locale.ENGLISH, "platform.dashboard.title"));
  }
}
