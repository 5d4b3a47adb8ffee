package coop.spokes.transparency.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;

/**
 * A calendar month treasurers of all custodians closed: its expenses, rates and budgets no longer
 * change, and its report counts what was recorded by {@code closedAt}. Months close in order.
 */
@Entity
@Table(name = "transparency_closed_month")
public class ClosedMonth {
  @Id
  @Column(name = "month_start")
  private LocalDate monthStart;

  @Column(name = "closed_at", nullable = false)
  private OffsetDateTime closedAt;

  @Column(name = "closed_by", nullable = false)
  private long closedBy;

  protected ClosedMonth() {}

  public ClosedMonth(YearMonth month, long by, OffsetDateTime now) {
    this.monthStart = month.atDay(1);
    this.closedBy = by;
    this.closedAt = now;
  }

  public YearMonth getMonth() {
    return YearMonth.from(monthStart);
  }

  public OffsetDateTime getClosedAt() {
    return closedAt;
  }

  public long getClosedBy() {
    return closedBy;
  }
}
