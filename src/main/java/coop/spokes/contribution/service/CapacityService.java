package coop.spokes.contribution.service;

import coop.spokes.contribution.infra.ResourceRepository;
import coop.spokes.platform.security.Access;
import coop.spokes.platform.time.RecordWindow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * In-kind server capacity for the transparency reports, beside paid hosting: approved
 * participant-hours lent by members' nodes (the node context will report measured usage there too),
 * per custodian, valued at the custodian's resource rate for the fiscal year the window starts in,
 * to the cent.
 */
@ApplicationScoped
@Transactional
public class CapacityService {
  @Inject Access access;
  @Inject ResourceRepository resources;
  @Inject ScheduleService schedules;

  /**
   * The server capacity of {@code window} (lent on its days, approved in its instants) of custodian
   * {@code custodianId} (every custodian when null), per custodian. Internal: only services call
   * it.
   */
  public List<CapacitySum> capacityInternal(Long custodianId, RecordWindow window) {
    access.permitInternal();
    return resources.capacity(custodianId, window).stream()
        .map(
            r -> {
              long custodian = ((Number) r[0]).longValue();
              BigDecimal hours = r[1] == null ? BigDecimal.ZERO : (BigDecimal) r[1];
              BigDecimal rate =
                  schedules.resourceRateInternal(
                      custodian, schedules.fiscalYearInternal(custodian, window.from()).year());
              return new CapacitySum(
                  custodian,
                  schedules.currencyInternal(custodian),
                  hours,
                  hours.multiply(rate).setScale(2, RoundingMode.HALF_EVEN),
                  ((Number) r[2]).intValue());
            })
        .toList();
  }
}
