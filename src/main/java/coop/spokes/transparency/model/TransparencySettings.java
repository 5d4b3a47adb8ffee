package coop.spokes.transparency.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;

/**
 * The one row of settings: the reporting currency, the amount (in it) from which an expense needs
 * two approvals, and the fewest payees or contributors a public cell shows on its own.
 */
@Entity
@Table(name = "transparency_settings")
public class TransparencySettings {
  /** The id of the one row. */
  public static final short ID = 1;

  @Id
  @Column(name = "id")
  private Short id;

  @Column(name = "reporting_currency", nullable = false, length = 3)
  private String reportingCurrency;

  @Column(name = "two_approvals_from", nullable = false, precision = 19, scale = 4)
  private BigDecimal twoApprovalsFrom;

  @Column(name = "fold_below", nullable = false)
  private int foldBelow;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected TransparencySettings() {}

  public String getReportingCurrency() {
    return reportingCurrency;
  }

  public BigDecimal getTwoApprovalsFrom() {
    return twoApprovalsFrom;
  }

  public int getFoldBelow() {
    return foldBelow;
  }
}
