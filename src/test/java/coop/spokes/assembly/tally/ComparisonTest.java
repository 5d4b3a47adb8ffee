package coop.spokes.assembly.tally;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ComparisonTest {
  static final Fraction TWO_THIRDS = Fraction.of(2, 3);

  @Test
  void aShareOfExactlyTwoThirdsMeetsAtLeastButNotMoreThanTwoThirds() {
    // The worked example: yes 200/3 of 100 points is exactly 2/3.
    Fraction yesShare = Fraction.of(200, 3).dividedBy(Fraction.of(100));

    assertThat(Comparison.AT_LEAST.holds(yesShare, TWO_THIRDS)).isTrue();
    assertThat(Comparison.MORE_THAN.holds(yesShare, TWO_THIRDS)).isFalse();
  }

  @Test
  void oneMemberOneVoteThirtyOneOfSixtySevenIsNoMajority() {
    Fraction yesShare = Fraction.of(31, 67);

    assertThat(Comparison.MORE_THAN.holds(yesShare, Fraction.of(1, 2))).isFalse();
    assertThat(Comparison.AT_LEAST.holds(Fraction.of(34, 67), Fraction.of(1, 2))).isTrue();
  }
}
