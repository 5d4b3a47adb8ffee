package coop.spokes.timesheet.service;

import coop.spokes.platform.security.Access;
import coop.spokes.timesheet.infra.TimesheetRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
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

  /**
   * Approved volunteer minutes of the given people worked on days in [{@code from}, {@code to}] and
   * approved by {@code asOf}, per person (absent: none). Internal: only services call it.
   */
  public Map<Long, Long> giftMinutesInternal(
      Collection<Long> userIds, LocalDate from, LocalDate to, OffsetDateTime asOf) {
    access.permitInternal();
    return repo.approvedGiftMinutes(userIds, from, to, asOf);
  }
}
