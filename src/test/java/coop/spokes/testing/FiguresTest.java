package coop.spokes.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FiguresTest {
  @Test
  void findsIsoTimestampsDatesAndBareAmounts() {
    assertThat(Figures.problemsIn("Computed 2026-12-02T07:57:20.958484Z")).hasSize(1);
    assertThat(Figures.problemsIn("Joined 2026-01-10 in Barcelona")).hasSize(1);
    assertThat(Figures.problemsIn("Total 100.00 EUR of 60.0000")).hasSize(2);
    assertThat(Figures.problemsIn("Paid EUR 12.50")).hasSize(1);
  }

  @Test
  void letsFiguresWrittenForTheReaderThrough() {
    assertThat(
            Figures.problemsIn(
                "Computed 2 de des. 2026, 8:57 · 60,00 € · CA$60.00 · €1,234.50 · 6 h × 12,50 €"
                    + " · ES-000001 · 40.00 % · 2026/27 · week of Dec 7, 2026"))
        .isEmpty();
  }
}
