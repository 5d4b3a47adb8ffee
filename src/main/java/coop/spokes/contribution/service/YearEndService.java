package coop.spokes.contribution.service;

import coop.spokes.audit.service.AuditService;
import coop.spokes.contribution.infra.ScheduleRepository;
import coop.spokes.contribution.infra.StandingRepository;
import coop.spokes.contribution.model.ContributionException;
import coop.spokes.contribution.model.FiscalCalendar;
import coop.spokes.contribution.model.StandingLevel;
import coop.spokes.contribution.model.YearEndRules;
import coop.spokes.custodian.service.CustodianService;
import coop.spokes.custodian.service.CustodianSummary;
import coop.spokes.membership.service.MemberFacts;
import coop.spokes.membership.service.MemberFactsService;
import coop.spokes.membership.service.MemberService;
import coop.spokes.platform.NotFoundException;
import coop.spokes.platform.i18n.Formatting;
import coop.spokes.platform.i18n.Languages;
import coop.spokes.platform.i18n.Texts;
import coop.spokes.platform.mail.MailLink;
import coop.spokes.platform.mail.MailService;
import coop.spokes.platform.mail.MultilineText;
import coop.spokes.platform.security.Access;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The end of a fiscal year: reminders by e-mail to members below what is asked (once per member and
 * year; near the end of the year, or when a manager asks), and LAPSED set for active members who
 * gave nothing in a closed year, after a grace period (once per member and year, so a manager who
 * makes a member active again is not overruled). Run daily by {@code YearEndJob}.
 */
@ApplicationScoped
@Transactional
public class YearEndService {
  private static final int BATCH = 500;

  @Inject Access access;
  @Inject StandingService standing;
  @Inject StandingRepository standings;
  @Inject ScheduleRepository schedule;
  @Inject MemberFactsService members;
  @Inject MemberService memberships;
  @Inject CustodianService custodians;
  @Inject MailService mail;
  @Inject AuditService audit;
  @Inject Clock clock;
  @PersistenceContext EntityManager em;

  @Inject
  @ConfigProperty(name = "spokes.contribution.reminder.days-before-year-end", defaultValue = "30")
  int reminderDays;

  @Inject
  @ConfigProperty(name = "spokes.contribution.lapse.grace-days", defaultValue = "60")
  int graceDays;

  @Inject
  @ConfigProperty(name = "spokes.base.url")
  String baseUrl;

  /**
   * Sends the reminders of the current fiscal year now, to members of a custodian below what is
   * asked who have not had this year's reminder yet. Requires ADMIN, or CUSTODIAN_MANAGER or
   * TREASURER of that custodian.
   *
   * @return how many reminders were sent
   */
  public int sendReminders(long custodianId) {
    access.requireAny(ContributionGrants.moneyOf(custodianId));
    FiscalCalendar calendar = schedule.calendar(custodianId);
    return remind(custodian(custodianId), calendar, calendar.yearOf(LocalDate.now(clock)));
  }

  /**
   * Applies the lapses of a custodian's last closed fiscal year now, when its grace period is over
   * (the daily job does the same for every custodian). Requires ADMIN, or CUSTODIAN_MANAGER or
   * TREASURER of that custodian.
   *
   * @return how many members were set LAPSED
   * @throws ContributionException {@code contribution.lapse.notDue}
   */
  public int applyLapses(long custodianId) {
    access.requireAny(ContributionGrants.moneyOf(custodianId));
    CustodianSummary c = custodian(custodianId);
    FiscalCalendar calendar = schedule.calendar(custodianId);
    LocalDate today = LocalDate.now(clock);
    YearEndRules rules = new YearEndRules(reminderDays, graceDays);
    int year =
        rules
            .lapseYear(calendar, today)
            .orElseThrow(
                () ->
                    new ContributionException(
                        null,
                        "contribution.lapse.notDue",
                        calendar.label(calendar.yearOf(today) - 1),
                        calendar.end(calendar.yearOf(today) - 1).plusDays(graceDays).toString()));
    return lapse(c, calendar, year);
  }

  /**
   * The daily run for every custodian: reminders when the year's end is near, lapses when the
   * previous year has been closed for the grace period. Internal: the job calls it.
   */
  public void runDailyInternal() {
    access.permitInternal();
    LocalDate today = LocalDate.now(clock);
    YearEndRules rules = new YearEndRules(reminderDays, graceDays);
    for (CustodianSummary c : custodians.listPublic()) {
      FiscalCalendar calendar = schedule.calendar(c.id());
      rules.reminderYear(calendar, today).ifPresent(y -> remind(c, calendar, y));
      rules.lapseYear(calendar, today).ifPresent(y -> lapse(c, calendar, y));
    }
  }

  private int remind(CustodianSummary c, FiscalCalendar calendar, int year) {
    standing.recomputeInternal(c.id(), year);
    int sent = 0;
    for (StandingLevel level : List.of(StandingLevel.PARTIAL, StandingLevel.NONE)) {
      for (int first = 0; ; first += BATCH) {
        var page = standings.page(c.id(), year, level, null, "memberNumber", true, first, BATCH);
        Map<Long, MemberFacts> facts = facts(page);
        for (var row : page) {
          var line = row.line();
          if (YearEndRules.remind(line.level(), line.suggested().signum() > 0)
              && mark("contribution_reminder", "sent_at", line.memberId(), c.id(), year)) {
            MemberFacts m = facts.get(line.memberId());
            if (m.status().equals("ACTIVE") || m.status().equals("LAPSED")) {
              mail.queue(
                  m.email(),
                  m.language(),
                  "contribution.reminder",
                  m.displayName(),
                  c.name(),
                  calendar.label(year),
                  Formatting.money(
                      line.suggested(), c.currency(), Languages.localeOf(m.language())),
                  Formatting.money(line.total(), c.currency(), Languages.localeOf(m.language())),
                  new MultilineText(c.paymentInstructions()),
                  link(m.id()));
              sent++;
            }
          }
        }
        if (page.size() < BATCH) {
          break;
        }
      }
    }
    audit.record(
        ScheduleService.STREAM,
        "reminders.sent",
        "custodian",
        c.id(),
        Map.of("year", Integer.toString(year), "sent", Integer.toString(sent)),
        null);
    return sent;
  }

  private int lapse(CustodianSummary c, FiscalCalendar calendar, int year) {
    standing.recomputeInternal(c.id(), year);
    String reason =
        Texts.text(
            Languages.localeOf(c.defaultLanguage()),
            "contribution.lapse.reason",
            calendar.label(year));
    int lapsed = 0;
    for (int first = 0; ; first += BATCH) {
      var page =
          standings.page(
              c.id(), year, StandingLevel.NONE, null, "memberNumber", true, first, BATCH);
      Map<Long, MemberFacts> facts = facts(page);
      for (var row : page) {
        MemberFacts m = facts.get(row.line().memberId());
        if (YearEndRules.lapse(
                row.line().level(), m.status().equals("ACTIVE"), m.custodianSince(), calendar, year)
            && mark("contribution_lapse", "lapsed_at", m.id(), c.id(), year)
            && memberships.lapseInternal(m.id(), reason)) {
          mail.queue(
              m.email(),
              m.language(),
              "contribution.lapsed",
              m.displayName(),
              c.name(),
              calendar.label(year),
              link(m.id()));
          lapsed++;
        }
      }
      if (page.size() < BATCH) {
        break;
      }
    }
    if (lapsed > 0) {
      audit.record(
          ScheduleService.STREAM,
          "members.lapsed",
          "custodian",
          c.id(),
          Map.of("year", Integer.toString(year), "lapsed", Integer.toString(lapsed)),
          null);
    }
    return lapsed;
  }

  private Map<Long, MemberFacts> facts(List<StandingRepository.Stored> page) {
    return members.byIdsInternal(page.stream().map(r -> r.line().memberId()).toList());
  }

  /** Records that a member got this year's reminder (or lapse); false when it already had. */
  private boolean mark(String table, String column, long memberId, long custodianId, int year) {
    return em.createNativeQuery(
                "insert into "
                    + table
                    + " (member_id, custodian_id, fiscal_year, "
                    + column
                    + ") select ?, ?, ?, ? where not exists (select 1 from "
                    + table
                    + " where member_id = ? and custodian_id = ? and fiscal_year = ?)")
            .setParameter(1, memberId)
            .setParameter(2, custodianId)
            .setParameter(3, year)
            .setParameter(4, OffsetDateTime.now(clock))
            .setParameter(5, memberId)
            .setParameter(6, custodianId)
            .setParameter(7, year)
            .executeUpdate()
        == 1;
  }

  private MailLink link(long memberId) {
    return new MailLink(
        baseUrl.replaceAll("/+$", "") + "/contribution/my-contributions.xhtml?member=" + memberId);
  }

  private CustodianSummary custodian(long id) {
    return custodians.findPublic(id).orElseThrow(() -> new NotFoundException("custodian", id));
  }
}
