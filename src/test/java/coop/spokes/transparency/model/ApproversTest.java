package coop.spokes.transparency.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Who approves an expense: one treasurer below the set amount, two from it (or when no rate tells
 * its worth); the treasurers of all custodians too when the custodian's own, other than the
 * claimant and the payee, are fewer than that.
 */
class ApproversTest {
  static final BigDecimal FROM = new BigDecimal("250");
  static final long JORDI = 7;
  static final long MARC = 13;
  static final long OTHER = 40;

  @Test
  void belowTheAmountOneOwnTreasurerIsEnough() {
    assertThat(decide("249.99", List.of(JORDI), MARC, MARC)).isEqualTo(new Approvers(1, false));
  }

  @Test
  void fromTheAmountTwoAreNeededAndOneOwnTreasurerIsTooFew() {
    assertThat(decide("250", List.of(JORDI), MARC, MARC)).isEqualTo(new Approvers(2, true));
    assertThat(decide("250", List.of(JORDI, OTHER), MARC, MARC)).isEqualTo(new Approvers(2, false));
  }

  @Test
  void withoutARateTwoAreNeeded() {
    assertThat(Approvers.decide(Optional.empty(), FROM, List.of(JORDI, OTHER), MARC, MARC))
        .isEqualTo(new Approvers(2, false));
  }

  @Test
  void neitherTheClaimantNorThePayeeCountsAmongTheApprovers() {
    // Jordi records an invoice: his own custodian has nobody else.
    assertThat(decide("10", List.of(JORDI), JORDI, null)).isEqualTo(new Approvers(1, true));
    // A treasurer paid by the expense does not count either.
    assertThat(decide("10", List.of(JORDI, OTHER), MARC, OTHER)).isEqualTo(new Approvers(1, false));
    assertThat(decide("300", List.of(JORDI, OTHER), MARC, OTHER)).isEqualTo(new Approvers(2, true));
    // No treasurer of its own at all.
    assertThat(decide("10", List.of(), MARC, MARC)).isEqualTo(new Approvers(1, true));
  }

  private static Approvers decide(String amount, List<Long> own, long claimant, Long payee) {
    return Approvers.decide(Optional.of(new BigDecimal(amount)), FROM, own, claimant, payee);
  }
}
