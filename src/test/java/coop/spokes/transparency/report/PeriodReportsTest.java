package coop.spokes.transparency.report;

import static org.assertj.core.api.Assertions.assertThat;

import coop.spokes.transparency.report.PeriodReport.CategoryRow;
import coop.spokes.transparency.report.PeriodReport.IncomeCell;
import coop.spokes.transparency.report.PeriodReport.RateUsed;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A first quarter worked out by hand: custodian 1 keeps its books in euros (the report's currency),
 * custodian 2 in pounds, converted at each month's rate (January 1.20, February 1.18, March 1.15).
 */
class PeriodReportsTest {
  static final Period Q1 = new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31));
  static final YearMonth JAN = YearMonth.of(2026, 1);
  static final YearMonth FEB = YearMonth.of(2026, 2);
  static final YearMonth MAR = YearMonth.of(2026, 3);
  static final Period YEAR_2026 = new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
  static final Period UK_YEAR = new Period(LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31));

  static Rates rates() {
    return new Rates("EUR")
        .with("GBP", JAN, new BigDecimal("1.20"))
        .with("GBP", FEB, new BigDecimal("1.18"))
        .with("GBP", MAR, new BigDecimal("1.15"));
  }

  static PeriodInputs quarter(Rates rates) {
    return new PeriodInputs(
        Q1,
        rates,
        List.of(
            new Lines.Income(1, "PRODUCER", "EUR", JAN, new BigDecimal("1000.00")),
            new Lines.Income(1, "PRODUCER", "EUR", FEB, new BigDecimal("500.00")),
            new Lines.Income(1, "CONSUMER", "EUR", MAR, new BigDecimal("300.00")),
            new Lines.Income(2, "CONSUMER", "GBP", JAN, new BigDecimal("100.00")),
            new Lines.Income(2, "CONSUMER", "GBP", MAR, new BigDecimal("200.00"))),
        List.of(
            new Lines.Expense(1, "hosting", "EUR", JAN, new BigDecimal("300.00")),
            new Lines.Expense(1, "hosting", "EUR", FEB, new BigDecimal("300.00")),
            new Lines.Expense(1, "hosting", "EUR", MAR, new BigDecimal("300.00")),
            new Lines.Expense(2, "hosting", "GBP", FEB, new BigDecimal("50.00")),
            new Lines.Expense(1, "paid-work", "EUR", MAR, new BigDecimal("400.00")),
            new Lines.Expense(2, "travel", "GBP", JAN, new BigDecimal("33.33"))),
        List.of(
            new Lines.Budget(1, "hosting", "EUR", YEAR_2026, new BigDecimal("3650.00")),
            new Lines.Budget(2, "hosting", "GBP", UK_YEAR, new BigDecimal("365.00")),
            new Lines.Budget(1, "software", "EUR", YEAR_2026, new BigDecimal("1200.00"))),
        List.of(
            new Lines.Hours(1, true, "EUR", JAN, new BigDecimal("10"), new BigDecimal("150.00")),
            new Lines.Hours(2, true, "GBP", FEB, new BigDecimal("5"), new BigDecimal("50.00")),
            new Lines.Hours(1, false, "EUR", MAR, new BigDecimal("20"), new BigDecimal("400.00"))),
        List.of(new Lines.InKind(2, "GBP", MAR, new BigDecimal("100"), new BigDecimal("20.00"))),
        10,
        new BigDecimal("2000"));
  }

  static PeriodReport worked(PeriodInputs in) {
    PeriodReports.Outcome o = PeriodReports.work(in);
    assertThat(o).isInstanceOf(PeriodReports.Worked.class);
    return ((PeriodReports.Worked) o).report();
  }

  @Test
  void incomeIsSummedPerCustodianAndClassAfterConvertingEachMonthAtItsRate() {
    PeriodReport r = worked(quarter(rates()));
    // Custodian 2: 100 GBP x 1.20 + 200 GBP x 1.15 = 120 + 230 = 350 EUR.
    assertThat(r.income())
        .containsExactly(
            new IncomeCell(1, "PRODUCER", new BigDecimal("1500.00")),
            new IncomeCell(2, "CONSUMER", new BigDecimal("350.00")),
            new IncomeCell(1, "CONSUMER", new BigDecimal("300.00")));
    assertThat(r.incomeTotal()).isEqualByComparingTo("2150.00");
    assertThat(r.currency()).isEqualTo("EUR");
  }

  @Test
  void expensesFaceThePeriodsShareOfEachBudget() {
    PeriodReport r = worked(quarter(rates()));
    // Hosting: 900 EUR + 50 GBP x 1.18 = 959.00. Its budgets: 3,650 EUR x 90/365 = 900.00, and
    // 365 GBP over a fiscal year from April, one pound a day: 31 x 1.20 + 28 x 1.18 + 31 x 1.15
    // = 37.20 + 33.04 + 35.65 = 105.89; together 1,005.89, of which 959.00 is 95.34 %.
    // Travel: 33.33 GBP x 1.20 = 39.996, 40.00. Software: 1,200 x 90/365 = 295.89, nothing spent.
    assertThat(r.expenses())
        .containsExactly(
            new CategoryRow(
                "hosting",
                new BigDecimal("959.00"),
                new BigDecimal("1005.89"),
                new BigDecimal("0.9534")),
            new CategoryRow("paid-work", new BigDecimal("400.00"), null, null),
            new CategoryRow("travel", new BigDecimal("40.00"), null, null),
            new CategoryRow(
                "software",
                new BigDecimal("0.00"),
                new BigDecimal("295.89"),
                new BigDecimal("0.0000")));
    assertThat(r.expensesTotal()).isEqualByComparingTo("1399.00");
    assertThat(r.budgetTotal()).isEqualByComparingTo("1301.78");
    assertThat(r.result()).isEqualByComparingTo("751.00");
  }

  @Test
  void unitCostsDivideTheExpensesByActiveMembersAndParticipantHours() {
    PeriodReport r = worked(quarter(rates()));
    assertThat(r.costPerActiveMember()).isEqualByComparingTo("139.90"); // 1,399.00 / 10
    assertThat(r.costPerParticipantHour()).isEqualByComparingTo("0.70"); // 1,399.00 / 2,000
  }

  @Test
  void theShadowBudgetSetsVolunteerHoursAndTheirValueBesidePaidWork() {
    PeriodReport r = worked(quarter(rates()));
    // Volunteers: 10 h worth 150 EUR + 5 h worth 50 GBP x 1.18 = 59 EUR.
    assertThat(r.shadow())
        .isEqualTo(
            new PeriodReport.ShadowBudget(
                new BigDecimal("15.00"),
                new BigDecimal("209.00"),
                new BigDecimal("20.00"),
                new BigDecimal("400.00")));
    // Lent capacity: 100 participant-hours worth 20 GBP x 1.15 = 23 EUR, beside hosting paid.
    assertThat(r.inKind())
        .isEqualTo(
            new PeriodReport.InKindBeside(
                new BigDecimal("100.00"), new BigDecimal("23.00"), new BigDecimal("959.00")));
  }

  @Test
  void theRatesUsedAreCitedInOrder() {
    assertThat(worked(quarter(rates())).ratesUsed())
        .containsExactly(
            new RateUsed("GBP", JAN, new BigDecimal("1.20")),
            new RateUsed("GBP", FEB, new BigDecimal("1.18")),
            new RateUsed("GBP", MAR, new BigDecimal("1.15")));
  }

  @Test
  void aMissingRateIsNamedInsteadOfGuessed() {
    Rates withoutFebruary =
        new Rates("EUR")
            .with("GBP", JAN, new BigDecimal("1.20"))
            .with("GBP", MAR, new BigDecimal("1.15"));
    assertThat(PeriodReports.work(quarter(withoutFebruary)))
        .isEqualTo(new PeriodReports.MissingRates(List.of(new Rates.Key("GBP", FEB))));
  }

  @Test
  void aCustodiansReportInItsOwnCurrencyNeedsNoRate() {
    PeriodInputs uk =
        new PeriodInputs(
            Q1,
            new Rates("GBP"),
            List.of(new Lines.Income(2, "CONSUMER", "GBP", JAN, new BigDecimal("100.00"))),
            List.of(new Lines.Expense(2, "travel", "GBP", JAN, new BigDecimal("33.33"))),
            List.of(),
            List.of(),
            List.of(),
            0,
            BigDecimal.ZERO);
    PeriodReport r = worked(uk);
    assertThat(r.result()).isEqualByComparingTo("66.67");
    assertThat(r.ratesUsed()).isEmpty();
    assertThat(r.costPerActiveMember()).isNull();
    assertThat(r.costPerParticipantHour()).isNull();
  }

  @Test
  void rowsAreRoundedToTheCentAndTotalsAddTheRowsAsPrinted() {
    // Three expenses of a third of a euro each, in three categories: each row shows 0.33, and the
    // total shows 0.99, not the rounded exact sum (1.00).
    BigDecimal third = new BigDecimal("0.333333");
    PeriodInputs in =
        new PeriodInputs(
            Period.of(JAN),
            new Rates("EUR"),
            List.of(),
            List.of(
                new Lines.Expense(1, "fees", "EUR", JAN, third),
                new Lines.Expense(1, "software", "EUR", JAN, third),
                new Lines.Expense(1, "travel", "EUR", JAN, third)),
            List.of(),
            List.of(),
            List.of(),
            0,
            null);
    assertThat(worked(in).expensesTotal()).isEqualByComparingTo("0.99");
  }
}
