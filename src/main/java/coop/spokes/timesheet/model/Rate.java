package coop.spokes.timesheet.model;

import coop.spokes.platform.money.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** What a livelihood hour of a circle is paid from {@code validFrom} on. */
@Entity
@Table(name = "timesheet_rate")
public class Rate {
  @Id
  @SequenceGenerator(
      name = "timesheet_rate_seq",
      sequenceName = "timesheet_rate_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "timesheet_rate_seq")
  private Long id;

  @Column(name = "circle_id", nullable = false)
  private Long circleId;

  @Column(name = "valid_from", nullable = false)
  private LocalDate validFrom;

  @Column(name = "hourly_rate", nullable = false, precision = 19, scale = 4)
  private BigDecimal hourlyRate;

  @Column(name = "currency", nullable = false, length = 3)
  private String currency;

  protected Rate() {}

  /**
   * {@code rate} an hour from {@code validFrom}.
   *
   * @throws TimesheetException {@code timesheet.rate.invalid} at field {@code rate}
   */
  public Rate(long circleId, LocalDate validFrom, Money rate) {
    if (validFrom == null || rate == null || rate.amount().signum() < 0) {
      throw new TimesheetException("rate", "timesheet.rate.invalid");
    }
    this.circleId = circleId;
    this.validFrom = validFrom;
    this.hourlyRate = rate.amount();
    this.currency = rate.currency();
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public Money getRate() {
    return Money.of(hourlyRate, currency);
  }
}
