package coop.spokes.transparency.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PublicFoldingTest {
  static final BigDecimal ZERO = BigDecimal.ZERO;

  @Test
  void smallIncomeCellsAndExpenseCategoriesFoldIntoOtherAndTheTotalsStay() {
    PeriodReport report =
        new PeriodReport(
            new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)),
            "EUR",
            List.of(
                new PeriodReport.IncomeCell(1, "PRODUCER", new BigDecimal("500.00")),
                new PeriodReport.IncomeCell(1, "CUSTODIAN", new BigDecimal("40.00")),
                new PeriodReport.IncomeCell(2, "CONSUMER", new BigDecimal("300.00")),
                new PeriodReport.IncomeCell(2, "INDIVIDUAL", new BigDecimal("25.00"))),
            new BigDecimal("865.00"),
            List.of(
                new PeriodReport.CategoryRow(
                    "hosting", new BigDecimal("400.00"), new BigDecimal("450.00"), null),
                new PeriodReport.CategoryRow(
                    Categories.PAID_WORK, new BigDecimal("200.00"), null, null),
                new PeriodReport.CategoryRow(
                    "travel", new BigDecimal("90.00"), new BigDecimal("100.00"), null),
                new PeriodReport.CategoryRow("fees", new BigDecimal("10.00"), null, null)),
            new BigDecimal("700.00"),
            new BigDecimal("550.00"),
            new BigDecimal("165.00"),
            null,
            null,
            new PeriodReport.ShadowBudget(ZERO, ZERO, ZERO, ZERO),
            new PeriodReport.InKindBeside(ZERO, ZERO, ZERO),
            List.of());

    PublicReport folded =
        PublicFolding.fold(
            "2026-Q1",
            report,
            Map.of("1|PRODUCER", 12L, "1|CUSTODIAN", 1L, "2|CONSUMER", 3L, "2|INDIVIDUAL", 2L),
            Map.of("hosting", 3L, "travel", 1L, "fees", 2L),
            3,
            id -> id == 1 ? "Xarxa Comuna" : "Steel City",
            List.of());

    // 40 + 25 from the two cells of one and two contributors; 3 is enough to stand alone.
    assertThat(folded.income())
        .containsExactly(
            new PublicReport.Income("Xarxa Comuna", "PRODUCER", new BigDecimal("500.00")),
            new PublicReport.Income("Steel City", "CONSUMER", new BigDecimal("300.00")),
            new PublicReport.Income(null, null, new BigDecimal("65.00")));
    // Travel (one payee) and fees (two) become "other" with travel's budget; paid work, paid to
    // however few, stays a total of its own.
    assertThat(folded.expenses())
        .containsExactly(
            new PublicReport.Expense("hosting", new BigDecimal("400.00"), new BigDecimal("450.00")),
            new PublicReport.Expense(Categories.PAID_WORK, new BigDecimal("200.00"), null),
            new PublicReport.Expense(
                PublicReport.OTHER, new BigDecimal("100.00"), new BigDecimal("100.00")));
    assertThat(folded.incomeTotal()).isEqualByComparingTo("865.00");
    assertThat(folded.expensesTotal()).isEqualByComparingTo("700.00");
    assertThat(folded.foldBelow()).isEqualTo(3);
  }

  @Test
  void nothingFoldsWhenEveryGroupIsLargeEnough() {
    PeriodReport report =
        new PeriodReport(
            new Period(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 31)),
            "EUR",
            List.of(new PeriodReport.IncomeCell(1, "PRODUCER", new BigDecimal("10.00"))),
            new BigDecimal("10.00"),
            List.of(new PeriodReport.CategoryRow("hosting", new BigDecimal("5.00"), null, null)),
            new BigDecimal("5.00"),
            ZERO,
            new BigDecimal("5.00"),
            null,
            null,
            new PeriodReport.ShadowBudget(ZERO, ZERO, ZERO, ZERO),
            new PeriodReport.InKindBeside(ZERO, ZERO, ZERO),
            List.of());

    PublicReport folded =
        PublicFolding.fold(
            "2026-07",
            report,
            Map.of("1|PRODUCER", 4L),
            Map.of("hosting", 5L),
            3,
            id -> "X",
            List.of());

    assertThat(folded.income()).extracting(PublicReport.Income::custodian).containsExactly("X");
    assertThat(folded.expenses())
        .extracting(PublicReport.Expense::category)
        .containsExactly("hosting");
  }
}
