package coop.spokes.contribution.service;

import coop.spokes.contribution.infra.ResourceRepository;
import coop.spokes.contribution.model.Resource;
import coop.spokes.membership.service.MemberFacts;
import coop.spokes.membership.service.MemberFactsService;
import coop.spokes.platform.security.Access;
import coop.spokes.platform.time.RecordWindow;
import coop.spokes.platform.time.RecordWindows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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
  @Inject MemberFactsService members;

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

  /**
   * One page of the lines behind {@link #capacityInternal}: the approved server capacity of any of
   * {@code windows} of custodian {@code custodianId} (every custodian when null), by day, each with
   * its member. Internal.
   */
  public List<CapacityLine> capacityLinesInternal(
      Long custodianId, RecordWindows windows, int first, int max) {
    access.permitInternal();
    List<Resource> page = resources.capacityLines(custodianId, windows, first, max);
    Map<Long, MemberFacts> facts =
        members.byIdsInternal(page.stream().map(Resource::getMemberId).distinct().toList());
    return page.stream()
        .map(
            r -> {
              MemberFacts f = facts.get(r.getMemberId());
              return new CapacityLine(
                  r.getProvidedOn(),
                  r.getCustodianId(),
                  f == null ? null : f.displayName(),
                  r.getDescription(),
                  r.getParticipantHours() == null ? BigDecimal.ZERO : r.getParticipantHours());
            })
        .toList();
  }

  /** How many lines {@link #capacityLinesInternal} pages through. Internal. */
  public long capacityLinesCountInternal(Long custodianId, RecordWindows windows) {
    access.permitInternal();
    return resources.capacityLinesCount(custodianId, windows);
  }

  /** Server capacity a member lent on a day, in meeting participant-hours. */
  public record CapacityLine(
      LocalDate day,
      long custodianId,
      String member,
      String description,
      BigDecimal participantHours)
      implements java.io.Serializable {}
}
