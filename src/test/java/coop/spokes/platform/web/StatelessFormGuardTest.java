package coop.spokes.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import coop.spokes.platform.web.StatelessFormGuard.SameOrigin;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StatelessFormGuardTest {

  @Test
  void hostOfKeepsAGivenPortAndIgnoresCaseAndPath() {
    assertThat(SameOrigin.hostOf("https://Spokes.Example/identity/login.xhtml"))
        .contains("spokes.example");
    assertThat(SameOrigin.hostOf("http://localhost:8080")).contains("localhost:8080");
  }

  @Test
  void hostOfMalformedOrRelativeIsEmpty() {
    assertThat(SameOrigin.hostOf("not a url")).isEqualTo(Optional.empty());
    assertThat(SameOrigin.hostOf("/relative/path")).isEmpty();
    assertThat(SameOrigin.hostOf("null")).isEmpty();
  }
}
