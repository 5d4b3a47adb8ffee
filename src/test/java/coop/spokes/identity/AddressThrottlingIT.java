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
 * Failed sign-ins are also counted per client address: many failures from one address (each for a
 * different account) stop sign-ins from that address, even with a right password, while other
 * addresses are not affected. The tests run Payara with a limit of 60 per address; the failing
 * client connects from 127.0.0.2, so the other tests (from 127.0.0.1) are unaffected.
 */
class AddressThrottlingIT extends SpokesIT {
  static final int LIMIT = 60;

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
