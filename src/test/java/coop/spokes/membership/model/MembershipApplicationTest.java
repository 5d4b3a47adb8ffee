package coop.spokes.membership.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The life of an application: verification within 48 hours, one decision, expiry after 14 days. */
class MembershipApplicationTest {
  static final OffsetDateTime SUBMITTED =
      OffsetDateTime.of(2026, 3, 1, 10, 0, 0, 0, ZoneOffset.UTC);

  static ApplicationDetails person() {
    return new ApplicationDetails(
        MemberClass.CONSUMER,
        MemberKind.PERSON,
        " Núria Soler ",
        "Nuria@Example.ORG ",
        "es",
        "ca",
        null,
        null,
        null);
  }

  static MembershipApplication submitted() {
    return new MembershipApplication(1, person(), "3", "a".repeat(64), SUBMITTED);
  }

  @Test
  void newApplicationWaitsForVerificationWithTheTermsVersionAccepted() {
    MembershipApplication a = submitted();

    assertThat(a.getStatus()).isEqualTo(ApplicationStatus.UNVERIFIED);
    assertThat(a.getTermsVersion()).isEqualTo("3");
    assertThat(a.getEmail()).isEqualTo("nuria@example.org");
    assertThat(a.details().residenceCountry()).isEqualTo("ES");
    assertThat(a.getPersonName()).isEqualTo("Núria Soler");
  }

  @Test
  void verificationOneMinuteBeforeFortyEightHoursGoesToTheManagers() {
    MembershipApplication a = submitted();

    a.verify(SUBMITTED.plus(Duration.ofHours(48)).minusMinutes(1));

    assertThat(a.getStatus()).isEqualTo(ApplicationStatus.PENDING);
  }

  @Test
  void verificationAtFortyEightHoursIsRefused() {
    MembershipApplication a = submitted();

    assertThatThrownBy(() -> a.verify(SUBMITTED.plus(Duration.ofHours(48))))
        .isInstanceOf(MembershipException.class)
        .extracting(e -> ((MembershipException) e).key())
        .isEqualTo("membership.verify.invalid");
  }

  @Test
  void aRenewedLinkGivesAnotherFortyEightHours() {
    MembershipApplication a = submitted();

    a.renewVerification("b".repeat(64), SUBMITTED.plusHours(47));
    a.verify(SUBMITTED.plusHours(90));

    assertThat(a.getStatus()).isEqualTo(ApplicationStatus.PENDING);
  }

  @Test
  void verifyingTwiceIsRefused() {
    MembershipApplication a = submitted();
    a.verify(SUBMITTED.plusHours(1));

    assertThatThrownBy(() -> a.verify(SUBMITTED.plusHours(2)))
        .isInstanceOf(MembershipException.class);
  }

  @Test
  void unverifiedApplicationCannotBeApproved() {
    MembershipApplication a = submitted();

    assertThatThrownBy(() -> a.approve(7, 99, SUBMITTED.plusHours(1)))
        .isInstanceOf(MembershipException.class)
        .extracting(e -> ((MembershipException) e).key())
        .isEqualTo("membership.review.alreadyDecided");
  }

  @Test
  void approvedApplicationIsDecidedOnce() {
    MembershipApplication a = submitted();
    a.verify(SUBMITTED.plusHours(1));

    a.approve(7, 99, SUBMITTED.plusHours(2));

    assertThat(a.getStatus()).isEqualTo(ApplicationStatus.APPROVED);
    assertThat(a.getMemberId()).isEqualTo(99);
    assertThatThrownBy(() -> a.reject(8, "changed my mind", SUBMITTED.plusHours(3)))
        .isInstanceOf(MembershipException.class);
    assertThatThrownBy(() -> a.approve(8, 100, SUBMITTED.plusHours(3)))
        .isInstanceOf(MembershipException.class);
  }

  @Test
  void rejectionNeedsAReasonOfAtMostTwoThousandCharacters() {
    MembershipApplication a = submitted();
    a.verify(SUBMITTED.plusHours(1));

    assertThatThrownBy(() -> a.reject(7, "  ", SUBMITTED.plusHours(2)))
        .isInstanceOf(MembershipException.class)
        .extracting(e -> ((MembershipException) e).field())
        .isEqualTo("reason");
    assertThatThrownBy(() -> a.reject(7, "x".repeat(2001), SUBMITTED.plusHours(2)))
        .isInstanceOf(MembershipException.class);
    a.reject(7, "We only admit residents of Catalonia.", SUBMITTED.plusHours(2));
    assertThat(a.getRejectionReason()).isEqualTo("We only admit residents of Catalonia.");
  }

  @Test
  void unverifiedApplicationExpiresAfterFourteenDaysNotBefore() {
    MembershipApplication a = submitted();

    assertThat(a.isStale(SUBMITTED.plusDays(14).minusSeconds(1))).isFalse();
    assertThat(a.isStale(SUBMITTED.plusDays(14))).isTrue();
    a.expire(SUBMITTED.plusDays(14));
    assertThat(a.getStatus()).isEqualTo(ApplicationStatus.EXPIRED);
  }

  @Test
  void verifiedApplicationNeverExpires() {
    MembershipApplication a = submitted();
    a.verify(SUBMITTED.plusHours(1));

    assertThat(a.isStale(SUBMITTED.plusDays(100))).isFalse();
  }
}
