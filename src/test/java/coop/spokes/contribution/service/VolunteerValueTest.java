package coop.spokes.contribution.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Volunteer work is valued at the custodian's rate: minutes × rate / 60, to the cent. */
class VolunteerValueTest {
  @Test
  void minutesAreValuedToTheCent() {
    assertThat(VolunteerService.value(90, new BigDecimal("12.00"))).isEqualByComparingTo("18.00");
    assertThat(VolunteerService.value(50, new BigDecimal("12.50"))).isEqualByComparingTo("10.42");
    assertThat(VolunteerService.value(45, BigDecimal.ZERO)).isEqualByComparingTo("0");
  }
}
