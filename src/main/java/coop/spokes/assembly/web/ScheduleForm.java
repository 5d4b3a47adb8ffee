package coop.spokes.assembly.web;

import coop.spokes.assembly.model.AssemblyException;
import coop.spokes.assembly.model.AssemblySchedule;
import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * An assembly's dates as the form edits them: local times in the assembly's time zone, turned into
 * instants when saved. Also its rules of eligibility, proxies and objections.
 */
public class ScheduleForm implements Serializable {
  private static final long serialVersionUID = 1L;

  private String title;
  private String description;
  private String place;
  private String timeZone = "Europe/Madrid";
  private LocalDate recordDate;
  private LocalDateTime firstCall;
  private LocalDateTime secondCall;
  private LocalDateTime opens;
  private LocalDateTime closes;
  private int noticeDays = 15;
  private boolean partialStanding;
  private boolean yearBeforeCounts;
  private int proxyLimit = 2;
  private boolean principalOverrides = true;
  private int approvalsRequired = 1;

  /** The form filled with a stored schedule. */
  public static ScheduleForm of(
      String title, String description, String place, AssemblySchedule s) {
    ScheduleForm f = new ScheduleForm();
    f.title = title;
    f.description = description;
    f.place = place;
    ZoneId zone = s.timeZone();
    f.timeZone = zone.getId();
    f.recordDate = s.recordDate();
    f.firstCall = local(s.firstCallAt(), zone);
    f.secondCall = local(s.secondCallAt(), zone);
    f.opens = local(s.opensAt(), zone);
    f.closes = local(s.closesAt(), zone);
    f.noticeDays = s.noticeDays();
    f.partialStanding = s.partialStanding();
    f.yearBeforeCounts = s.yearBeforeCounts();
    f.proxyLimit = s.proxyLimit();
    f.principalOverrides = s.principalOverrides();
    f.approvalsRequired = s.approvalsRequired();
    return f;
  }

  /**
   * The schedule the form holds.
   *
   * @throws AssemblyException {@code assembly.timeZone.invalid} at {@code timeZone}
   */
  public AssemblySchedule schedule() {
    ZoneId zone;
    try {
      zone = ZoneId.of(timeZone == null ? "" : timeZone.strip());
    } catch (DateTimeException e) {
      throw new AssemblyException("timeZone", "assembly.timeZone.invalid");
    }
    return new AssemblySchedule(
        zone,
        recordDate,
        at(firstCall, zone),
        at(secondCall, zone),
        at(opens, zone),
        at(closes, zone),
        noticeDays,
        partialStanding,
        yearBeforeCounts,
        proxyLimit,
        principalOverrides,
        approvalsRequired);
  }

  private static OffsetDateTime at(LocalDateTime local, ZoneId zone) {
    return local == null ? null : local.atZone(zone).toOffsetDateTime();
  }

  private static LocalDateTime local(OffsetDateTime at, ZoneId zone) {
    return at == null ? null : at.atZoneSameInstant(zone).toLocalDateTime();
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getPlace() {
    return place;
  }

  public void setPlace(String place) {
    this.place = place;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public void setTimeZone(String timeZone) {
    this.timeZone = timeZone;
  }

  public LocalDate getRecordDate() {
    return recordDate;
  }

  public void setRecordDate(LocalDate recordDate) {
    this.recordDate = recordDate;
  }

  public LocalDateTime getFirstCall() {
    return firstCall;
  }

  public void setFirstCall(LocalDateTime firstCall) {
    this.firstCall = firstCall;
  }

  public LocalDateTime getSecondCall() {
    return secondCall;
  }

  public void setSecondCall(LocalDateTime secondCall) {
    this.secondCall = secondCall;
  }

  public LocalDateTime getOpens() {
    return opens;
  }

  public void setOpens(LocalDateTime opens) {
    this.opens = opens;
  }

  public LocalDateTime getCloses() {
    return closes;
  }

  public void setCloses(LocalDateTime closes) {
    this.closes = closes;
  }

  public int getNoticeDays() {
    return noticeDays;
  }

  public void setNoticeDays(int noticeDays) {
    this.noticeDays = noticeDays;
  }

  public boolean isPartialStanding() {
    return partialStanding;
  }

  public void setPartialStanding(boolean partialStanding) {
    this.partialStanding = partialStanding;
  }

  public boolean isYearBeforeCounts() {
    return yearBeforeCounts;
  }

  public void setYearBeforeCounts(boolean yearBeforeCounts) {
    this.yearBeforeCounts = yearBeforeCounts;
  }

  public int getProxyLimit() {
    return proxyLimit;
  }

  public void setProxyLimit(int proxyLimit) {
    this.proxyLimit = proxyLimit;
  }

  public boolean isPrincipalOverrides() {
    return principalOverrides;
  }

  public void setPrincipalOverrides(boolean principalOverrides) {
    this.principalOverrides = principalOverrides;
  }

  public int getApprovalsRequired() {
    return approvalsRequired;
  }

  public void setApprovalsRequired(int approvalsRequired) {
    this.approvalsRequired = approvalsRequired;
  }
}
