package coop.spokes.transparency.infra;

import coop.spokes.transparency.model.Budget;
import coop.spokes.transparency.model.ClosedMonth;
import coop.spokes.transparency.model.ExchangeRate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** Exchange rates, budgets and closed months: the small tables a period's report stands on. */
@ApplicationScoped
public class LedgerRepository {
  @PersistenceContext EntityManager em;

  /** Units of the reporting currency one {@code currency} was worth in {@code month}, if set. */
  public Optional<ExchangeRate> rate(String currency, YearMonth month) {
    return Optional.ofNullable(em.find(ExchangeRate.class, new ExchangeRate.Key(currency, month)));
  }

  /** The rates of the months in [{@code from}, {@code to}], by month then currency. */
  public List<ExchangeRate> rates(YearMonth from, YearMonth to) {
    return em.createQuery(
            "select r from ExchangeRate r where r.monthStart between :from and :to"
                + " order by r.monthStart, r.currency",
            ExchangeRate.class)
        .setParameter("from", from.atDay(1))
        .setParameter("to", to.atDay(1))
        .getResultList();
  }

  public void add(ExchangeRate r) {
    em.persist(r);
  }

  /** A custodian's budgets for one of its fiscal years, by category. */
  public List<Budget> budgets(long custodianId, int fiscalYear) {
    return em.createQuery(
            "select b from Budget b where b.custodianId = :c and b.fiscalYear = :y"
                + " order by b.categoryCode",
            Budget.class)
        .setParameter("c", custodianId)
        .setParameter("y", fiscalYear)
        .getResultList();
  }

  /** The budgets of the given fiscal years of every custodian (for reports). */
  public List<Budget> budgetsOfYears(int fromYear, int toYear) {
    return em.createQuery(
            "select b from Budget b where b.fiscalYear between :from and :to", Budget.class)
        .setParameter("from", fromYear)
        .setParameter("to", toYear)
        .getResultList();
  }

  public Optional<Budget> lockBudget(long custodianId, int fiscalYear, String category) {
    return Optional.ofNullable(
        em.find(
            Budget.class,
            new Budget.Key(custodianId, fiscalYear, category),
            LockModeType.PESSIMISTIC_WRITE));
  }

  public void add(Budget b) {
    em.persist(b);
  }

  public void remove(Budget b) {
    em.remove(b);
  }

  /** Every closed month, in order (twelve a year at most). */
  public List<ClosedMonth> closedMonths() {
    return em.createQuery("select m from ClosedMonth m order by m.monthStart", ClosedMonth.class)
        .getResultList();
  }

  /**
   * Every closed month, read after locking the table's rows for update: two treasurers closing at
   * once close one after the other.
   */
  public List<ClosedMonth> lockClosedMonths() {
    return em.createQuery("select m from ClosedMonth m order by m.monthStart", ClosedMonth.class)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }

  public void add(ClosedMonth m) {
    em.persist(m);
    em.flush();
  }
}
