package coop.spokes.identity.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PasswordResetTokenTest {
  private static final OffsetDateTime NOW =
      OffsetDateTime.of(2025, 3, 1, 10, 0, 0, 0, ZoneOffset.UTC);
  private static final Duration VALIDITY = Duration.ofMinutes(30);

  private static PasswordResetToken token() {
    return new PasswordResetToken(7, "f".repeat(64), NOW, VALIDITY);
  }

  @Test
  void tokenExpiresAfterItsValidity() {
    PasswordResetToken token = token();

    assertThat(token.getUserId()).isEqualTo(7L);
    assertThat(token.getCreatedAt()).isEqualTo(NOW);
    assertThat(token.getExpiresAt()).isEqualTo(NOW.plusMinutes(30));
  }

  @Test
  void tokenIsUsableBeforeExpiry() {
    PasswordResetToken token = token();

    assertThat(token.isUsable(NOW)).isTrue();
    assertThat(token.isUsable(NOW.plus(VALIDITY).minusNanos(1))).isTrue();
  }

  @Test
  void tokenIsNotUsableAtOrAfterExpiry() {
    PasswordResetToken token = token();

    assertThat(token.isUsable(NOW.plus(VALIDITY))).isFalse();
    assertThat(token.isUsable(NOW.plus(VALIDITY).plusSeconds(1))).isFalse();
  }

  @Test
  void tokenIsNotUsableAfterUse() {
    PasswordResetToken token = token();

    token.use(NOW.plusMinutes(1));

    assertThat(token.isUsable(NOW.plusMinutes(2))).isFalse();
  }

  @Test
  void usingATokenTwiceIsRefused() {
    PasswordResetToken token = token();
    token.use(NOW.plusMinutes(1));

    assertThatThrownBy(() -> token.use(NOW.plusMinutes(2)))
        .isInstanceOf(IdentityException.class)
        .satisfies(
            e -> assertThat(((IdentityException) e).key()).isEqualTo("identity.reset.tokenInvalid"))
        .satisfies(e -> assertThat(((IdentityException) e).field()).isNull());
  }

  @Test
  void usingAnExpiredTokenIsRefused() {
    PasswordResetToken token = token();

    assertThatThrownBy(() -> token.use(NOW.plus(VALIDITY)))
        .isInstanceOf(IdentityException.class)
        .satisfies(
            e ->
                assertThat(((IdentityException) e).key()).isEqualTo("identity.reset.tokenInvalid"));
  }

  @Test
  void usingAValidTokenSucceedsOnce() {
    PasswordResetToken token = token();

    assertThatCode(() -> token.use(NOW.plusMinutes(29))).doesNotThrowAnyException();
    assertThat(token.isUsable(NOW.plusMinutes(29))).isFalse();
  }

  @Test
  void revokedTokenCannotBeUsed() {
    PasswordResetToken token = token();

    token.revoke(NOW.plusMinutes(1));

    assertThat(token.isUsable(NOW.plusMinutes(2))).isFalse();
    assertThatThrownBy(() -> token.use(NOW.plusMinutes(2))).isInstanceOf(IdentityException.class);
  }

  @Test
  void revokingAUsedTokenKeepsItSpent() {
    PasswordResetToken token = token();
    token.use(NOW.plusMinutes(1));

    token.revoke(NOW.plusMinutes(2));

    assertThat(token.isUsable(NOW.plusMinutes(3))).isFalse();
  }
}
