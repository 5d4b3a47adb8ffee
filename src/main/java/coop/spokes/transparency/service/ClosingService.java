package coop.spokes.transparency.service;

import coop.spokes.audit.service.AuditService;
import coop.spokes.identity.service.AccountService;
import coop.spokes.platform.security.Access;
import coop.spokes.platform.security.Role;
import coop.spokes.transparency.infra.LedgerRepository;
import coop.spokes.transparency.model.ClosedMonth;
import coop.spokes.transparency.model.ClosedMonths;
import coop.spokes.transparency.model.TransparencyException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Closing calendar months, in order, by treasurers of all custodians: a closed month's expenses,
 * rates and budgets no longer change, and its report counts what was recorded by its close (what is
 * recorded later for it counts as a correction in the first month then open).
 */
@ApplicationScoped
@Transactional
public class ClosingService {

  @Inject Access access;
  @Inject LedgerRepository ledger;
  @Inject AccountService accounts;
  @Inject AuditService audit;
  @Inject Clock clock;

  /** The closed months and what may be closed next. Requires the TREASURER role. */
  public ClosingView view() {
    access.requireRole(Role.TREASURER);
    List<ClosedMonth> months = ledger.closedMonths();
    Map<Long, String> names =
        accounts.displayNamesInternal(months.stream().map(ClosedMonth::getClosedBy).toList());
    YearMonth current = YearMonth.now(clock.withZone(ZoneOffset.UTC));
    return new ClosingView(
        months.stream()
            .sorted(Comparator.comparing(ClosedMonth::getMonth).reversed())
            .map(
                m ->
                    new ClosedMonthRow(
                        m.getMonth(),
                        m.getClosedAt(),
                        names.getOrDefault(m.getClosedBy(), "#" + m.getClosedBy())))
            .toList(),
        new ClosedMonths(months).next(current.minusMonths(1)),
        current.minusMonths(1),
        access.hasAny(TransparencyGrants.TREASURER_OF_ALL));
  }

  /**
   * Closes every open month up to {@code through}, which must have ended: from the month after the
   * last closed one (the first time, {@code through} alone). Requires TREASURER of all custodians.
   *
   * @return how many months were closed
   * @throws TransparencyException {@code transparency.closing.notEnded}, {@code
   *     transparency.closing.already} at {@code through}
   */
  public int close(YearMonth through) {
    access.requireAny(TransparencyGrants.TREASURER_OF_ALL);
    long me = access.requireUserId();
    if (through == null || !through.isBefore(YearMonth.now(clock.withZone(ZoneOffset.UTC)))) {
      throw new TransparencyException("through", "transparency.closing.notEnded");
    }
    ClosedMonths closed = new ClosedMonths(ledger.lockClosedMonths());
    YearMonth from = closed.next(through);
    if (through.isBefore(from)) {
      throw new TransparencyException("through", "transparency.closing.already");
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    int count = 0;
    for (YearMonth m = from; !m.isAfter(through); m = m.plusMonths(1)) {
      ledger.add(new ClosedMonth(m, me, now));
      audit.record(ExpenseService.STREAM, "month.closed", "month", m.toString(), Map.of(), null);
      count++;
    }
    return count;
  }
}
