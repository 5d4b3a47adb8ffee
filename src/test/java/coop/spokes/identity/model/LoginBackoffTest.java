package coop.spokes.identity.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The growing, always ending delay between sign-in attempts of one account from one client. */
class LoginBackoffTest {
  static final LoginBackoff BACKOFF =
      new LoginBackoff(5, Duration.ofMinutes(1), Duration.ofMinutes(15));
  static final OffsetDateTime LAST = OffsetDateTime.of(2026, 3, 1, 10, 0, 0, 0, ZoneOffset.UTC);

  @Test
  void theFirstFailuresCostNothing() {
    for (int failures = 0; failures < 5; failures++) {
      assertThat(BACKOFF.delayAfter(failures)).as("%d failures", failures).isZero();
      assertThat(BACKOFF.mustWait(failures, LAST, LAST)).isFalse();
    }
  }

  @Test
  void eachFurtherFailureDoublesTheDelayUpToTheCap() {
    assertThat(BACKOFF.delayAfter(5)).isEqualTo(Duration.ofMinutes(1));
    assertThat(BACKOFF.delayAfter(6)).isEqualTo(Duration.ofMinutes(2));
    assertThat(BACKOFF.delayAfter(7)).isEqualTo(Duration.ofMinutes(4));
    assertThat(BACKOFF.delayAfter(8)).isEqualTo(Duration.ofMinutes(8));
    assertThat(BACKOFF.delayAfter(9)).isEqualTo(Duration.ofMinutes(15));
    assertThat(BACKOFF.delayAfter(1_000)).isEqualTo(Duration.ofMinutes(15));
    assertThat(BACKOFF.delayAfter(Long.MAX_VALUE)).isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void theDelayRunsFromTheLastFailureAndThenEnds() {
    assertThat(BACKOFF.mustWait(6, LAST, LAST.plusSeconds(119))).isTrue();
    assertThat(BACKOFF.mustWait(6, LAST, LAST.plusSeconds(120))).isFalse();
    assertThat(BACKOFF.mustWait(50, LAST, LAST.plusMinutes(15))).isFalse();
  }

  @Test
  void noFailureMeansNoWait() {
    assertThat(BACKOFF.mustWait(0, null, LAST)).isFalse();
  }

  @Test
  void aFreeFailureStoredAMomentLaterThanNowCostsNothing() {
    // The database rounds the stored time: it may come back a microsecond after "now".
    assertThat(BACKOFF.mustWait(1, LAST.plusNanos(1_000), LAST)).isFalse();
    assertThat(BACKOFF.mustWait(5, LAST.plusNanos(1_000), LAST)).isTrue();
  }

  @Test
  void nonsenseSettingsAreRefused() {
    assertThatThrownBy(() -> new LoginBackoff(0, Duration.ofMinutes(1), Duration.ofMinutes(2)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LoginBackoff(3, Duration.ofMinutes(5), Duration.ofMinutes(2)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
