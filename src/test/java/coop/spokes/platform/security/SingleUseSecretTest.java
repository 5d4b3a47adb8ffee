package coop.spokes.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class SingleUseSecretTest {
  static final OffsetDateTime NOON = OffsetDateTime.parse("2026-12-06T12:00:00Z");

  SingleUseSecret secret = SingleUseSecret.issued("a".repeat(64), NOON, Duration.ofHours(1));

  @Test
  void worksOnceBeforeItExpires() {
    assertThat(secret.isUsable(NOON.plusMinutes(59))).isTrue();
    assertThat(secret.spend(NOON.plusMinutes(59))).isTrue();

    assertThat(secret.spend(NOON.plusMinutes(59))).as("a second use").isFalse();
    assertThat(secret.getUsedAt()).isEqualTo(NOON.plusMinutes(59));
  }

  @Test
  void anExpiredSecretCannotBeSpentOrReplaced() {
    assertThat(secret.isUsable(NOON.plusHours(1))).isFalse();
    assertThat(secret.spend(NOON.plusHours(1))).isFalse();
    assertThat(secret.replace("b".repeat(64), NOON.plusHours(1))).isFalse();
    assertThat(secret.getUsedAt()).isNull();
  }

  @Test
  void replacingKeepsTheExpiryAndRevokingEndsIt() {
    assertThat(secret.replace("b".repeat(64), NOON.plusMinutes(5))).isTrue();
    assertThat(secret.getExpiresAt()).isEqualTo(NOON.plusHours(1));

    secret.revoke(NOON.plusMinutes(6));
    secret.revoke(NOON.plusMinutes(7));

    assertThat(secret.isUsable(NOON.plusMinutes(8))).isFalse();
    assertThat(secret.getUsedAt()).as("the first end stays").isEqualTo(NOON.plusMinutes(6));
    assertThat(secret.replace("c".repeat(64), NOON.plusMinutes(8))).isFalse();
  }

  @Test
  void needsAHashAndAValidity() {
    assertThatThrownBy(() -> SingleUseSecret.issued(" ", NOON, Duration.ofHours(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SingleUseSecret.issued("a", NOON, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
