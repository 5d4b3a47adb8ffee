package coop.spokes.timesheet.service;

import coop.spokes.platform.security.Access;
import coop.spokes.timesheet.infra.TimesheetRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Validated hours for the contribution context, which values them: only approved GIFT entries,
 * counted by the day they were worked and the time they were approved.
 */
@ApplicationScoped
@Transactional
public class HoursService {
  @Inject Access access;
  @Inject TimesheetRepository repo;
  @Inject coop.spokes.identity.service.AccountService accounts;

  /**
   * Approved volunteer minutes of the given people worked on days in [{@code from}, {@code to}] and
   * approved by {@code asOf}, per person (absent: none). Internal: only services call it.
   */
  public Map<Long, Long> giftMinutesInternal(
      Collection<Long> userIds, LocalDate from, LocalDate to, OffsetDateTime asOf) {
    access.permitInternal();
    return repo.approvedGiftMinutes(userIds, from, to, asOf);
  }

  /** One approved stretch of paid work, with the circle's hourly rate of that day. */
  public record PaidWork(
      long userId,
      String person,
      long circleId,
      String circle,
      LocalDate day,
      int minutes,
      coop.spokes.platform.money.Money hourlyRate) {}

  /**
   * Approved paid (LIVELIHOOD) work on days in [{@code from}, {@code to}], each with the hourly
   * rate its circle had that day (the latest rate from on or before it; none: no rate set).
   * Internal: only services call it.
   */
  public List<PaidWork> paidWorkInternal(LocalDate from, LocalDate to) {
    access.permitInternal();
    Map<Long, List<coop.spokes.timesheet.model.Rate>> rates = new java.util.HashMap<>();
    Map<Long, String> circles = new java.util.HashMap<>();
    Map<Long, String> people = new java.util.HashMap<>();
    List<PaidWork> out = new java.util.ArrayList<>();
    for (coop.spokes.timesheet.model.TimeEntry e : repo.approvedLivelihood(from, to)) {
      List<coop.spokes.timesheet.model.Rate> circleRates =
          rates.computeIfAbsent(e.getCircleId(), repo::rates);
      coop.spokes.platform.money.Money rate =
          circleRates.stream()
              .filter(r -> !r.getValidFrom().isAfter(e.getLocalDate()))
              .findFirst()
              .map(coop.spokes.timesheet.model.Rate::getRate)
              .orElse(null);
      out.add(
          new PaidWork(
              e.getUserId(),
              people.computeIfAbsent(
                  e.getUserId(),
                  id -> accounts.findInternal(id).map(a -> a.displayName()).orElse("#" + id)),
              e.getCircleId(),
              circles.computeIfAbsent(
                  e.getCircleId(),
                  id ->
                      repo.circle(id).map(coop.spokes.timesheet.model.Circle::getName).orElse("")),
              e.getLocalDate(),
              e.getMinutes(),
              rate));
    }
    return out;
  }
}
