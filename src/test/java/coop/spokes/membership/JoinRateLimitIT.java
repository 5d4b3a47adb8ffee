package coop.spokes.membership;

import static org.assertj.core.api.Assertions.assertThat;

import coop.spokes.platform.i18n.Texts;
import coop.spokes.testing.AliasClient;
import coop.spokes.testing.DemoData;
import coop.spokes.testing.Mailbox;
import coop.spokes.testing.SpokesIT;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The public join form takes a limited number of applications per client address and hour. The
 * tests run Payara with a limit of 30; this client connects from 127.0.0.3, so the other tests
 * (from 127.0.0.1) are unaffected, and they show that other addresses still apply.
 */
class JoinRateLimitIT extends SpokesIT {
  static final int LIMIT = 30;
  static final Locale EN = Locale.ENGLISH;

  @Test
  void oneAddressIsStoppedAfterTheLimitAndNothingIsSentForTheRefusedOne() {
    AliasClient flooder = new AliasClient("127.0.0.3", base());
    String run = UUID.randomUUID().toString().substring(0, 8);
    for (int i = 0; i < LIMIT; i++) {
      Document done = apply(flooder, "flood-" + i + "-" + run + "@example.org");
      var thanks = done.selectFirst("#done p");
      assertThat(thanks).as("application " + i).isNotNull();
      assertThat(thanks.text()).isEqualTo(Texts.text(EN, "membership.join.submitted"));
    }

    Document refused = apply(flooder, "flood-last-" + run + "@example.org");

    assertThat(refused.select("#globalMessages .ui-messages-error-summary").eachText())
        .containsExactly(Texts.text(EN, "membership.join.tooMany"));
    assertThat(refused.selectFirst("#done p")).isNull();
    assertThat(Mailbox.await("flood-0-" + run + "@example.org", Duration.ofSeconds(30)))
        .isPresent();
    assertThat(Mailbox.await("flood-last-" + run + "@example.org", Duration.ofSeconds(2)))
        .isEmpty();
  }

  private static Document apply(AliasClient client, String email) {
    Map<String, String> f = new HashMap<>();
    f.put("memberClass", "CONSUMER");
    f.put("kind", "PERSON");
    f.put("personName", "Flood Test");
    f.put("email", email);
    f.put("residenceCountry_input", "GB");
    f.put("language_input", "en");
    f.put("custodian_input", Long.toString(DemoData.CUSTODIAN_UK));
    f.put("termsAccepted_input", "on");
    f.put("website", "");
    return client.submit("membership/join.xhtml", "joinForm", "submit", f);
  }
}
