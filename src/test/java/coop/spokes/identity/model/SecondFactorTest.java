package coop.spokes.identity.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.spokes.identity.model.SecondFactor.Check;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SecondFactorTest {
  static final byte[] SECRET = Totp.newSecret();
  static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 2, 10, 0, 0, 0, ZoneOffset.UTC);

  static String codeAt(OffsetDateTime at) {
    return Totp.code(SECRET, Totp.stepOf(at.toInstant()));
  }

  @Test
  void setUpIsEnabledOnlyByARightCode() {
    SecondFactor factor = new SecondFactor(7, "sealed", NOW);

    assertThatThrownBy(
            () -> factor.enable(SECRET, "000000".equals(codeAt(NOW)) ? "111111" : "000000", NOW))
        .isInstanceOf(IdentityException.class)
        .hasMessage("identity.secondFactor.code.wrong");
    assertThat(factor.isEnabled()).isFalse();
    factor.enable(SECRET, codeAt(NOW), NOW);
    assertThat(factor.isEnabled()).isTrue();
    assertThatThrownBy(() -> factor.enable(SECRET, codeAt(NOW.plusSeconds(30)), NOW))
        .hasMessage("identity.secondFactor.alreadyOn");
  }

  @Test
  void theSameCodeWorksOnceAndTheNextStepsCodeAfterIt() {
    SecondFactor factor = new SecondFactor(7, "sealed", NOW);
    factor.enable(SECRET, codeAt(NOW), NOW);

    assertThat(factor.check(SECRET, codeAt(NOW), NOW.plusSeconds(5))).isEqualTo(Check.WRONG);
    assertThat(factor.check(SECRET, codeAt(NOW.plusSeconds(30)), NOW.plusSeconds(31)))
        .isEqualTo(Check.ACCEPTED);
  }

  @Test
  void wrongCodesInARowDelayFurtherChecksMoreAndMore() {
    SecondFactor factor = new SecondFactor(7, "sealed", NOW);
    factor.enable(SECRET, codeAt(NOW), NOW);
    String wrong = codeAt(NOW.plusMinutes(10)).equals("123456") ? "654321" : "123456";

    for (int i = 0; i < SecondFactor.FREE_FAILURES; i++) {
      assertThat(factor.check(SECRET, wrong, NOW.plusSeconds(i))).isEqualTo(Check.WRONG);
    }
    OffsetDateTime last = NOW.plusSeconds(SecondFactor.FREE_FAILURES - 1);

    // Even the right code is refused during the delay, without being spent.
    OffsetDateTime during = last.plusSeconds(29);
    assertThat(factor.check(SECRET, codeAt(during), during)).isEqualTo(Check.THROTTLED);
    assertThat(factor.throttledUntil()).contains(last.plusSeconds(30));
    OffsetDateTime after = last.plusSeconds(31);
    assertThat(factor.check(SECRET, wrong, after)).isEqualTo(Check.WRONG);
    assertThat(factor.throttledUntil()).contains(after.plusSeconds(60));
    assertThat(factor.check(SECRET, codeAt(after.plusSeconds(61)), after.plusSeconds(61)))
        .isEqualTo(Check.ACCEPTED);
    assertThat(factor.getFailedAttempts()).isZero();
    assertThat(factor.throttledUntil()).isEmpty();
  }

  @Test
  void theDelayStopsGrowingAtFifteenMinutes() {
    SecondFactor factor = new SecondFactor(7, "sealed", NOW);
    for (int i = 0; i < 40; i++) {
      factor.recordFailure(NOW);
    }

    assertThat(factor.throttledUntil()).contains(NOW.plus(SecondFactor.MAX_DELAY));
  }

  @Test
  void recoveryCodesWorkOnceAndAreTypedFreely() {
    RecoveryCode code = new RecoveryCode(7, "hash", NOW);
    String fresh = RecoveryCode.newCode();

    code.use(NOW);

    assertThat(code.isUsed()).isTrue();
    assertThatThrownBy(() -> code.use(NOW)).hasMessage("identity.secondFactor.code.wrong");
    assertThat(fresh).matches("[a-z2-9]{5}-[a-z2-9]{5}");
    assertThat(RecoveryCode.normalize(" " + fresh.toUpperCase() + " "))
        .isEqualTo(fresh.replace("-", ""));
    assertThat(RecoveryCode.looksLikeOne(fresh)).isTrue();
    assertThat(RecoveryCode.looksLikeOne("123456")).isFalse();
    assertThat(RecoveryCode.newCode()).isNotEqualTo(fresh);
  }

  @Test
  void onlyAnAdminWithTheirOwnSecondFactorCanRequireIt() {
    SignInPolicy policy = new SignInPolicy();

    assertThatThrownBy(() -> policy.requireSecondFactor(true, false, 1, NOW))
        .hasMessage("identity.signInPolicy.setUpYoursFirst");
    assertThat(policy.isSecondFactorRequired()).isFalse();
    policy.requireSecondFactor(true, true, 1, NOW);
    assertThat(policy.isSecondFactorRequired()).isTrue();
    policy.requireSecondFactor(false, false, 1, NOW);
    assertThat(policy.isSecondFactorRequired()).isFalse();
  }
}
