package coop.spokes.membership.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The rules of a move to another custodian. */
class MemberTransferTest {
  static final OffsetDateTime NOW = OffsetDateTime.of(2026, 6, 1, 10, 0, 0, 0, ZoneOffset.UTC);
  static final long TO = 99;

  private static Member member() {
    return MemberTest.aMember();
  }

  private static MemberTransfer requested(Member m) {
    return new MemberTransfer(m, TO, "2026-1", "moving house", 42L, NOW);
  }

  @Test
  void needsAnotherCustodianAReasonAndAcceptedTerms() {
    Member m = member();

    assertThatThrownBy(() -> new MemberTransfer(m, m.getCustodianId(), "1", "moving", 42L, NOW))
        .isInstanceOf(MembershipException.class)
        .hasMessageContaining("membership.transfer.sameCustodian");
    assertThatThrownBy(() -> new MemberTransfer(m, TO, " ", "moving", 42L, NOW))
        .extracting(e -> ((MembershipException) e).key())
        .isEqualTo("membership.transfer.termsRequired");
    assertThatThrownBy(() -> new MemberTransfer(m, TO, "1", "  ", 42L, NOW))
        .extracting(e -> ((MembershipException) e).key())
        .isEqualTo("membership.transfer.reasonRequired");
    assertThatThrownBy(() -> new MemberTransfer(m, TO, "1", "x".repeat(1001), 42L, NOW))
        .extracting(e -> ((MembershipException) e).key())
        .isEqualTo("membership.transfer.reasonRequired");
  }

  @Test
  void suspendedOrFormerMembersCannotMove() {
    Member suspended = member();
    suspended.changeStatus(MemberStatus.SUSPENDED, 1L, "unpaid", NOW);
    Member gone = member();
    gone.changeStatus(MemberStatus.LEFT, 1L, "resigned", NOW);
    Member lapsed = member();
    lapsed.changeStatus(MemberStatus.LAPSED, 1L, "no contribution", NOW);

    assertThatThrownBy(() -> requested(suspended))
        .extracting(e -> ((MembershipException) e).key())
        .isEqualTo("membership.transfer.notActive");
    assertThatThrownBy(() -> requested(gone))
        .extracting(e -> ((MembershipException) e).key())
        .isEqualTo("membership.transfer.notActive");
    assertThat(requested(lapsed).getStatus()).isEqualTo(TransferStatus.PENDING);
  }

  @Test
  void completesOnlyWhenBothCustodiansApprovedAndTheTermsAreCurrent() {
    Member m = member();
    MemberTransfer t = requested(m);

    t.approve(TO, 7L, NOW);
    boolean readyAfterOne = t.isReady("2026-1");
    boolean awaitsOld = t.awaits(m.getCustodianId());
    boolean awaitsNew = t.awaits(TO);
    t.approve(m.getCustodianId(), 8L, NOW);

    assertThat(readyAfterOne).isFalse();
    assertThat(awaitsOld).isTrue();
    assertThat(awaitsNew).isFalse();
    assertThat(t.isReady("2026-1")).isTrue();
    assertThat(t.isReady("2026-2")).isFalse();
    assertThat(t.needsTerms("2026-2")).isTrue();
    t.acceptTerms("2026-2", NOW.plusDays(1));
    assertThat(t.isReady("2026-2")).isTrue();
  }

  @Test
  void eachCustodianDecidesOnceAndADecidedMoveNeverChanges() {
    Member m = member();
    MemberTransfer t = requested(m);
    t.approve(TO, 7L, NOW);

    assertThatThrownBy(() -> t.approve(TO, 9L, NOW))
        .extracting(e -> ((MembershipException) e).key())
        .isEqualTo("membership.transfer.alreadyDecided");
    assertThatThrownBy(() -> t.approve(12345L, 9L, NOW))
        .extracting(e -> ((MembershipException) e).key())
        .isEqualTo("membership.transfer.alreadyDecided");
    assertThatThrownBy(() -> t.reject(8L, " ", NOW))
        .extracting(e -> ((MembershipException) e).field())
        .isEqualTo("rejectReason");
    t.reject(8L, "not in our area", NOW);
    assertThat(t.getStatus()).isEqualTo(TransferStatus.REJECTED);
    assertThatThrownBy(() -> t.cancel(42L, NOW))
        .extracting(e -> ((MembershipException) e).key())
        .isEqualTo("membership.transfer.alreadyDecided");
    assertThatThrownBy(() -> t.approve(m.getCustodianId(), 8L, NOW))
        .extracting(e -> ((MembershipException) e).key())
        .isEqualTo("membership.transfer.alreadyDecided");
    assertThatThrownBy(() -> t.complete("UK-000001", NOW))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void theMemberTakesTheNewNumberAndKeepsTheJoinDate() {
    Member m = member();
    MemberTransfer t = requested(m);
    t.approve(TO, 7L, NOW);
    t.approve(m.getCustodianId(), 8L, NOW);

    StatusChange line = m.transfer(TO, "UK", 45, 8L, NOW);
    t.complete(m.getMemberNumber(), NOW);

    assertThat(m.getMemberNumber()).isEqualTo("UK-000045");
    assertThat(m.getCustodianId()).isEqualTo(TO);
    assertThat(m.getJoinedOn()).isEqualTo(java.time.LocalDate.of(2026, 3, 2));
    assertThat(m.getCustodianSince()).isEqualTo(NOW.toLocalDate());
    assertThat(line.getReason()).isEqualTo("ES-000123 → UK-000045");
    assertThat(line.getFromStatus()).isEqualTo(line.getToStatus());
    assertThat(t.getFromNumber()).isEqualTo("ES-000123");
    assertThat(t.getToNumber()).isEqualTo("UK-000045");
    assertThat(t.getStatus()).isEqualTo(TransferStatus.COMPLETED);
  }
}
