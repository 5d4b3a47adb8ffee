package coop.spokes.contribution.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A custodian's contribution settings: the month its fiscal year starts (January by default). */
@Entity
@Table(name = "contribution_settings")
public class ContributionSettings {
  @Id
  @Column(name = "custodian_id")
  private Long custodianId;

  @Column(name = "fiscal_year_start_month", nullable = false)
  private int fiscalYearStartMonth = 1;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected ContributionSettings() {}

  public ContributionSettings(long custodianId) {
    this.custodianId = custodianId;
  }

  /**
   * Sets the month the fiscal year starts (1–12).
   *
   * @throws ContributionException {@code contribution.settings.startMonth.invalid}
   */
  public void startYearIn(int month) {
    new FiscalCalendar(month);
    fiscalYearStartMonth = month;
  }

  public FiscalCalendar calendar() {
    return new FiscalCalendar(fiscalYearStartMonth);
  }

  public Long getCustodianId() {
    return custodianId;
  }
}
