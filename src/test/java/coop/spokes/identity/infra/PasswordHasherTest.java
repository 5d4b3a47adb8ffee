package coop.spokes.identity.infra;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which stored hashes are upgraded at sign-in. */
class PasswordHasherTest {

  private static PasswordHasher configuredWith(int iterations) {
    PasswordHasher hasher = new PasswordHasher();
    hasher.iterations = iterations;
    return hasher;
  }

  @Test
  void hashWithFewerIterationsThanConfiguredIsUpgraded() {
    assertThat(configuredWith(600_000).needsUpgrade("PBKDF2WithHmacSHA256:2048:c2FsdA==:aGFzaA=="))
        .isTrue();
  }

  @Test
  void hashWithTheConfiguredIterationsIsKept() {
    assertThat(
            configuredWith(600_000).needsUpgrade("PBKDF2WithHmacSHA256:600000:c2FsdA==:aGFzaA=="))
        .isFalse();
  }

  @Test
  void hashWithMoreIterationsThanConfiguredIsKept() {
    assertThat(configuredWith(1024).needsUpgrade("PBKDF2WithHmacSHA256:600000:c2FsdA==:aGFzaA=="))
        .isFalse();
  }

  @Test
  void hashOfAnotherAlgorithmIsUpgraded() {
    assertThat(configuredWith(600_000).needsUpgrade("PBKDF2WithHmacSHA1:600000:c2FsdA==:aGFzaA=="))
        .isTrue();
  }

  @Test
  void shippedDemoHashesUseTheProductionParameters() throws Exception {
    String demo =
        java.nio.file.Files.readString(
            java.nio.file.Path.of("db/demo/V1__demo_custodians_and_people.sql"));
    var hashes =
        java.util.regex.Pattern.compile("'(PBKDF2[^']+)'")
            .matcher(demo)
            .results()
            .map(m -> m.group(1))
            .toList();

    assertThat(hashes)
        .hasSizeGreaterThan(30)
        .allMatch(h -> !configuredWith(600_000).needsUpgrade(h));
  }
}
