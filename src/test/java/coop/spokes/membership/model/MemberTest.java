package coop.spokes.membership.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Member numbers, sort names and the status rules. */
class MemberTest {
  static final OffsetDateTime NOW = OffsetDateTime.of(2026, 5, 4, 12, 0, 0, 0, ZoneOffset.UTC);

  static Member aMember() {
    MembershipApplication a = MembershipApplicationTest.submitted();
    a.verify(MembershipApplicationTest.SUBMITTED.plusHours(1));
    return new Member(a, "ES", 123, 42L, LocalDate.of(2026, 3, 2));
  }

  @Test
  void numberIsTheCustodianCodeAndSixDigits() {
    assertThat(Member.number("ES", 123)).isEqualTo("ES-000123");
    assertThat(Member.number("QC", 1_234_567)).isEqualTo("QC-1234567");
    assertThat(aMember().getMemberNumber()).isEqualTo("ES-000123");
  }

  @Test
  void sortKeyIgnoresCaseAndAccents() {
    assertThat(Member.sortKey("Étienne Gagnon")).isEqualTo("etienne gagnon");
    assertThat(Member.sortKey("Núria")).isEqualTo(Member.sortKey("nuria"));
  }

  @Test
  void newMemberIsActiveWithTheApplicationsDetails() {
    Member m = aMember();

    assertThat(m.getStatus()).isEqualTo(MemberStatus.ACTIVE);
    assertThat(m.getDisplayName()).isEqualTo("Núria Soler");
    assertThat(m.getCountry()).isEqualTo("ES");
    assertThat(m.getAccountId()).isEqualTo(42);
  }

  @Test
  void activeMemberCanLapseAndComeBack() {
    Member m = aMember();

    StatusChange lapsed = m.changeStatus(MemberStatus.LAPSED, 7L, "no contribution in 2025", NOW);
    StatusChange back = m.changeStatus(MemberStatus.ACTIVE, 7L, "paid 2026", NOW.plusDays(1));

    assertThat(lapsed.getFromStatus()).isEqualTo(MemberStatus.ACTIVE);
    assertThat(lapsed.getToStatus()).isEqualTo(MemberStatus.LAPSED);
    assertThat(lapsed.getReason()).isEqualTo("no contribution in 2025");
    assertThat(back.getToStatus()).isEqualTo(MemberStatus.ACTIVE);
    assertThat(m.getStatus()).isEqualTo(MemberStatus.ACTIVE);
  }

  @Test
  void leavingIsFinalAndDated() {
    Member m = aMember();

    m.changeStatus(MemberStatus.LEFT, 42L, "resigned", NOW);

    assertThat(m.getLeftOn()).isEqualTo(LocalDate.of(2026, 5, 4));
    assertThatThrownBy(() -> m.changeStatus(MemberStatus.ACTIVE, 7L, "readmit", NOW.plusDays(1)))
        .isInstanceOf(MembershipException.class)
        .extracting(e -> ((MembershipException) e).key())
        .isEqualTo("membership.member.status.notAllowed");
  }

  @Test
  void suspendedMemberCannotLapse() {
    Member m = aMember();
    m.changeStatus(MemberStatus.SUSPENDED, 7L, "decision of the board", NOW);

    assertThatThrownBy(() -> m.changeStatus(MemberStatus.LAPSED, 7L, "x", NOW))
        .isInstanceOf(MembershipException.class);
  }

  @Test
  void aChangeNeedsAReason() {
    Member m = aMember();

    assertThatThrownBy(() -> m.changeStatus(MemberStatus.LAPSED, 7L, " ", NOW))
        .isInstanceOf(MembershipException.class)
        .extracting(e -> ((MembershipException) e).field())
        .isEqualTo("reason");
    assertThat(m.getStatus()).isEqualTo(MemberStatus.ACTIVE);
  }

  static Member imported(MemberKind kind, MemberStatus status) {
    return new Member(
        1,
        "ES",
        7,
        new ImportedMember(
            null,
            "Oliver Bennett",
            "oliver@example.org",
            MemberClass.CONSUMER,
            kind,
            "GB",
            "en",
            LocalDate.of(2025, 1, 1),
            status,
            status == MemberStatus.LEFT ? LocalDate.of(2025, 6, 1) : null,
            null,
            "oliver@example.org"));
  }

  @Test
  void anImportedMemberHasNoAccountUntilThePersonAcceptsAndIsLiveFromThen() {
    Member m = imported(MemberKind.PERSON, MemberStatus.ACTIVE);

    assertThat(m.getAccountId()).isNull();
    assertThat(m.isLivePersonal()).isFalse();
    m.attach(18);
    assertThat(m.getAccountId()).isEqualTo(18L);
    assertThat(m.isLivePersonal()).isTrue();
    assertThatThrownBy(() -> m.attach(19))
        .as("an account is never replaced")
        .isInstanceOf(MembershipException.class)
        .extracting("key")
        .isEqualTo("membership.invitation.invalid");
  }

  @Test
  void organisationsAndFormerMembersNeverTakeAPersonsAccount() {
    assertThatThrownBy(() -> imported(MemberKind.ORGANISATION, MemberStatus.ACTIVE).attach(18))
        .isInstanceOf(MembershipException.class);
    assertThatThrownBy(() -> imported(MemberKind.PERSON, MemberStatus.LEFT).attach(18))
        .isInstanceOf(MembershipException.class);
  }

  @Test
  void leavingEndsTheLivePersonalMembershipOtherStatusesKeepIt() {
    Member m = aMember();
    assertThat(m.isLivePersonal()).isTrue();

    m.changeStatus(MemberStatus.SUSPENDED, 1L, "unpaid", NOW);
    assertThat(m.isLivePersonal()).isTrue();
    m.changeStatus(MemberStatus.LEFT, 1L, "resigned", NOW);
    assertThat(m.isLivePersonal()).isFalse();
    assertThat(m.getAccountId()).as("the history keeps who it was").isEqualTo(42L);
  }

  @Test
  void aDuplicateV16ListedStaysOutOfTheUniqueColumnWhenItLapsesOrIsSuspended() throws Exception {
    Member m = aMember();
    // As V16 leaves a later duplicate: the account kept, live_account_id NULL.
    java.lang.reflect.Field live = Member.class.getDeclaredField("liveAccountId");
    live.setAccessible(true);
    live.set(m, null);

    m.changeStatus(MemberStatus.LAPSED, 1L, "gave nothing", NOW);
    m.changeStatus(MemberStatus.ACTIVE, 1L, "paid", NOW);
    m.changeStatus(MemberStatus.SUSPENDED, 1L, "unpaid", NOW);

    assertThat(m.isLivePersonal())
        .as("never claims the account another membership holds")
        .isFalse();
    assertThat(m.getAccountId()).isEqualTo(42L);
  }
}
