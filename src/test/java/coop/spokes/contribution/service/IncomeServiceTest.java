package coop.spokes.contribution.service;

import static org.assertj.core.api.Assertions.assertThat;

import coop.spokes.contribution.infra.PaymentRepository.MemberIncome;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The walk through members' sums never splits a member between two pages. */
class IncomeServiceTest {
  @Test
  void aFullPageLeavesItsLastMemberForTheNext() {
    List<MemberIncome> page = new ArrayList<>();
    for (int i = 0; i < IncomeService.PAGE - 1; i++) {
      page.add(new MemberIncome(1, i, "EUR", BigDecimal.ONE));
    }
    page.add(new MemberIncome(2, IncomeService.PAGE - 2, "GBP", BigDecimal.ONE));
    List<MemberIncome> whole = IncomeService.wholeMembers(page);
    assertThat(whole).hasSize(IncomeService.PAGE - 2);
    assertThat(whole.get(whole.size() - 1).memberId()).isEqualTo(IncomeService.PAGE - 3);
  }

  @Test
  void aPageThatIsNotFullIsWhole() {
    List<MemberIncome> page = List.of(new MemberIncome(1, 5, "EUR", BigDecimal.TEN));
    assertThat(IncomeService.wholeMembers(page)).isEqualTo(page);
  }
}
