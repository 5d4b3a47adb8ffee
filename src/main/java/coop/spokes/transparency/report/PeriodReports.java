package coop.spokes.transparency.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Works a period's report out of its {@link PeriodInputs} (docs/reports.md defines each figure).
 * Each month's amounts convert at that month's rate, exactly; each row of the report is then
 * rounded to the cent, half to even, and every total is the sum of the rows it totals, so a
 * report's figures always add up as printed. Without a rate it needs, the report is not worked out:
 * the outcome names the missing rates instead of guessing them.
 */
public final class PeriodReports {
  private static final MathContext EXACT = MathContext.DECIMAL128;
  private static final int CENTS = 2;

  private PeriodReports() {}

  /** A report, or the rates it lacks. */
  public sealed interface Outcome permits Worked, MissingRates {}

  /** The report, worked out. */
  public record Worked(PeriodReport report) implements Outcome {}

  /** The rates a report needs and nobody entered, by currency then month. */
  public record MissingRates(List<Rates.Key> missing) implements Outcome {}

  /** Works out the report of {@code in}. */
  public static Outcome work(PeriodInputs in) {
    Converter money = new Converter(in.rates());
    Period period = in.period();

    Map<Long, Map<String, BigDecimal>> incomeCells = new TreeMap<>();
    for (Lines.Income l : in.income()) {
      BigDecimal v = money.convert(l.currency(), l.month(), l.amount());
      incomeCells
          .computeIfAbsent(l.custodianId(), c -> new TreeMap<>())
          .merge(l.memberClass(), v, BigDecimal::add);
    }
    Map<String, BigDecimal> actual = new TreeMap<>();
    for (Lines.Expense l : in.expenses()) {
      actual.merge(
          l.category(), money.convert(l.currency(), l.month(), l.amount()), BigDecimal::add);
    }
    Map<String, BigDecimal> budget = new TreeMap<>();
    for (Lines.Budget b : in.budgets()) {
      long yearDays = b.fiscalYear().days();
      for (YearMonth m : period.months()) {
        long days = overlap(period, m, b.fiscalYear());
        if (days > 0) {
          BigDecimal share =
              b.amount()
                  .multiply(BigDecimal.valueOf(days))
                  .divide(BigDecimal.valueOf(yearDays), EXACT);
          budget.merge(b.category(), money.convert(b.currency(), m, share), BigDecimal::add);
        }
      }
    }
    BigDecimal volunteerHours = BigDecimal.ZERO;
    BigDecimal volunteerValue = BigDecimal.ZERO;
    BigDecimal paidHours = BigDecimal.ZERO;
    for (Lines.Hours h : in.hours()) {
      if (h.volunteer()) {
        volunteerHours = volunteerHours.add(h.hours());
        volunteerValue = volunteerValue.add(money.convert(h.currency(), h.month(), h.value()));
      } else {
        paidHours = paidHours.add(h.hours());
      }
    }
    BigDecimal capacityHours = BigDecimal.ZERO;
    BigDecimal capacityValue = BigDecimal.ZERO;
    for (Lines.InKind k : in.inKind()) {
      capacityHours = capacityHours.add(k.participantHours());
      capacityValue = capacityValue.add(money.convert(k.currency(), k.month(), k.value()));
    }
    if (!money.missing.isEmpty()) {
      return new MissingRates(List.copyOf(money.missing));
    }

    List<PeriodReport.IncomeCell> income = new ArrayList<>();
    incomeCells.forEach(
        (custodian, classes) ->
            classes.forEach(
                (c, v) -> income.add(new PeriodReport.IncomeCell(custodian, c, cents(v)))));
    income.sort(
        Comparator.comparing(PeriodReport.IncomeCell::amount)
            .reversed()
            .thenComparing(PeriodReport.IncomeCell::custodianId)
            .thenComparing(PeriodReport.IncomeCell::memberClass));
    BigDecimal incomeTotal = sum(income.stream().map(PeriodReport.IncomeCell::amount).toList());

    TreeSet<String> categories = new TreeSet<>(actual.keySet());
    categories.addAll(budget.keySet());
    List<PeriodReport.CategoryRow> rows = new ArrayList<>();
    for (String c : categories) {
      BigDecimal spent = cents(actual.getOrDefault(c, BigDecimal.ZERO));
      BigDecimal planned = budget.containsKey(c) ? cents(budget.get(c)) : null;
      BigDecimal share =
          planned == null || planned.signum() == 0
              ? null
              : spent.divide(planned, 4, RoundingMode.HALF_EVEN);
      rows.add(new PeriodReport.CategoryRow(c, spent, planned, share));
    }
    rows.sort(
        Comparator.comparing(PeriodReport.CategoryRow::actual)
            .reversed()
            .thenComparing(PeriodReport.CategoryRow::category));
    BigDecimal expensesTotal = sum(rows.stream().map(PeriodReport.CategoryRow::actual).toList());
    BigDecimal budgetTotal =
        sum(rows.stream().map(PeriodReport.CategoryRow::budget).filter(b -> b != null).toList());

    return new Worked(
        new PeriodReport(
            period,
            in.rates().currency(),
            income,
            incomeTotal,
            rows,
            expensesTotal,
            budgetTotal,
            incomeTotal.subtract(expensesTotal),
            in.activeMembers() > 0
                ? expensesTotal.divide(
                    BigDecimal.valueOf(in.activeMembers()), CENTS, RoundingMode.HALF_EVEN)
                : null,
            in.participantHours() != null && in.participantHours().signum() > 0
                ? expensesTotal.divide(in.participantHours(), CENTS, RoundingMode.HALF_EVEN)
                : null,
            new PeriodReport.ShadowBudget(
                volunteerHours.setScale(CENTS, RoundingMode.HALF_EVEN),
                cents(volunteerValue),
                paidHours.setScale(CENTS, RoundingMode.HALF_EVEN),
                cents(actual.getOrDefault(Categories.PAID_WORK, BigDecimal.ZERO))),
            new PeriodReport.InKindBeside(
                capacityHours.setScale(CENTS, RoundingMode.HALF_EVEN),
                cents(capacityValue),
                cents(actual.getOrDefault(Categories.HOSTING, BigDecimal.ZERO))),
            money.used()));
  }

  /** The days of month {@code m} that are in both the period and the fiscal year. */
  private static long overlap(Period period, YearMonth m, Period fiscalYear) {
    return period.intersection(Period.of(m)).map(p -> p.overlap(fiscalYear)).orElse(0L);
  }

  private static BigDecimal cents(BigDecimal v) {
    return v.setScale(CENTS, RoundingMode.HALF_EVEN);
  }

  private static BigDecimal sum(List<BigDecimal> values) {
    return values.stream().reduce(BigDecimal.ZERO.setScale(CENTS), BigDecimal::add);
  }

  /** Converts at the rates, noting the rates used and those missing. */
  private static final class Converter {
    final Rates rates;
    final TreeMap<Rates.Key, BigDecimal> used = new TreeMap<>(KEY_ORDER);
    final TreeSet<Rates.Key> missing = new TreeSet<>(KEY_ORDER);

    Converter(Rates rates) {
      this.rates = rates;
    }

    BigDecimal convert(String currency, YearMonth month, BigDecimal amount) {
      Optional<BigDecimal> rate = rates.rate(currency, month);
      Rates.Key key = new Rates.Key(currency, month);
      if (rate.isEmpty()) {
        missing.add(key);
        return BigDecimal.ZERO;
      }
      if (!currency.equals(rates.currency())) {
        used.put(key, rate.get());
      }
      return amount.multiply(rate.get());
    }

    List<PeriodReport.RateUsed> used() {
      return used.entrySet().stream()
          .map(
              e ->
                  new PeriodReport.RateUsed(
                      e.getKey().currency(), e.getKey().month(), e.getValue()))
          .toList();
    }
  }

  private static final Comparator<Rates.Key> KEY_ORDER =
      Comparator.comparing(Rates.Key::currency).thenComparing(Rates.Key::month);
}
