package coop.spokes.timesheet;

import static org.assertj.core.api.Assertions.assertThat;

import coop.spokes.platform.i18n.Texts;
import coop.spokes.testing.DemoData;
import coop.spokes.testing.Mailbox;
import coop.spokes.testing.Page;
import coop.spokes.testing.SpokesIT;
import coop.spokes.testing.WebClient;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Ops members log time and their peers validate it (refusals first): entries never overlap, never
 * in the future; a week is submitted; two other members of the circle approve; a return needs a
 * comment; approved volunteer hours count in the member's standing; closed periods do not change.
 */
class TimesheetIT extends SpokesIT {
  static final Locale CA = Locale.forLanguageTag("ca");
  static final Locale ES = Locale.forLanguageTag("es");
  static final Locale EN = Locale.ENGLISH;
  static final String PAU = "pau.ferrer@members.example";
  static final String AINA = "aina.roca@members.example";
  static final String JAVIER = "javier.molina@members.example";
  static final LocalDate YESTERDAY = LocalDate.now(ZoneId.of("Europe/Madrid")).minusDays(1);

  @Test
  void onlyMembersOfACircleSeeAndValidateItsHours() {
    WebClient nuria = signedIn("nuria.soler@members.example");
    WebClient javier = signedIn(JAVIER);

    assertThat(nuria.get("timesheet/validate.xhtml?circle=1").status()).isEqualTo(403);
    assertThat(javier.get("timesheet/validate.xhtml?circle=2").status()).isEqualTo(403);
    assertThat(javier.get("timesheet/circles.xhtml").status()).isEqualTo(403);
    assertThat(visitor().get("timesheet/week.xhtml").uri().getPath())
        .endsWith("/identity/login.xhtml");
    // Nuria is in no circle: starting a timer for circle 1 is refused.
    Page week = nuria.get("timesheet/week.xhtml");
    assertThat(week.status()).isEqualTo(200);
    assertThat(week.doc().getElementById("timerForm:circle_input").select("option")).isEmpty();
    Map<String, String> forged = new HashMap<>();
    forged.put("circle_input", "1");
    forged.put("activity_input", "1");
    forged.put("kind", "GIFT");
    Page refused = nuria.submit(week, "timerForm", "start", forged);
    assertThat(refused.status()).isIn(200, 403);
    assertThat(refused.doc().getElementById("timerForm:runningText")).isNull();
    assertThat(refused.text()).doesNotContain(Texts.text(CA, "timesheet.timer.started"));
  }

  @Test
  void anAdminRenamesACircleRetiresAnActivityAndTheCircleAndNoNewTimeGoesThere() {
    String carmen = "carmen.ortega@members.example";
    assertThat(signedIn(JAVIER).get("timesheet/circle.xhtml?id=3").status()).isEqualTo(403);
    WebClient admin = signedIn(DemoData.ADMIN);
    Page circles = admin.get("timesheet/circles.xhtml");
    assertThat(circles.doc().select("a[href*=circle.xhtml?id=3]").text()).isEqualTo("Outreach");

    // Renamed, with a new activity; the old name must stay unique.
    Page page = admin.get("timesheet/circle.xhtml?id=3");
    Page taken =
        admin.submit(
            page,
            "detailsForm",
            "save",
            Map.of("name", "Tech ops", "approvalsRequired_input", "2"));
    assertThat(taken.fieldMessage("detailsForm:name"))
        .isEqualTo(Texts.text(EN, "timesheet.circle.name.taken"));
    Page renamed =
        admin.submit(
            page,
            "detailsForm",
            "save",
            Map.of("name", "Outreach and events", "approvalsRequired_input", "2"));
    assertThat(renamed.globalMessages()).contains(Texts.text(EN, "timesheet.circle.saved"));
    Page added =
        admin.submit(renamed, "activitiesForm", "addActivity", Map.of("activityName", "Stands"));
    assertThat(added.doc().getElementById("activitiesForm:activities").text()).contains("Stands");

    // Carmen, of that circle, is offered the new activity; once retired it is gone.
    assertThat(activitiesOffered(signedIn(carmen))).contains("Stands");
    Page retired =
        admin.submit(
            added,
            "activitiesForm",
            "activities:" + rowIn(added, "activitiesForm:activities", "Stands") + ":retire",
            Map.of());
    assertThat(retired.globalMessages())
        .contains(Texts.text(EN, "timesheet.activity.retiredNow", "Stands"));
    assertThat(activitiesOffered(signedIn(carmen))).doesNotContain("Stands");

    // The whole circle retired: not offered for new time any more; active again afterwards.
    Page circleRetired = admin.submit(retired, "stateForm", "retireCircle", Map.of());
    assertThat(circleRetired.doc().getElementById("state").text())
        .isEqualTo(Texts.text(EN, "timesheet.circle.state.retired"));
    Page week = signedIn(carmen).get("timesheet/week.xhtml");
    assertThat(week.doc().getElementById("entryForm:circle_input").text())
        .doesNotContain("Outreach");
    Page back = admin.submit(circleRetired, "stateForm", "reactivateCircle", Map.of());
    assertThat(back.doc().getElementById("state").text())
        .isEqualTo(Texts.text(EN, "timesheet.circle.state.active"));
    admin.submit(
        back, "detailsForm", "save", Map.of("name", "Outreach", "approvalsRequired_input", "2"));
  }

  private static String activitiesOffered(WebClient member) {
    return member
        .get("timesheet/week.xhtml")
        .doc()
        .getElementById("entryForm:activity_input")
        .text();
  }

  private static int rowIn(Page page, String tableId, String text) {
    var rows = page.doc().getElementById(tableId).select("tbody tr");
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).text().contains(text)) {
        return i;
      }
    }
    throw new AssertionError(text + " is not in " + tableId);
  }

  @Test
  void aWeekIsLoggedSubmittedAndApprovedByTwoPeersAndCountsInTheStanding() {
    WebClient pau = signedIn(PAU);
    Page logged = log(pau, YESTERDAY, "09:00", "11:30", "Patched the TURN server");
    assertThat(logged.globalMessages()).contains(Texts.text(CA, "timesheet.entry.added"));
    Page overlap = log(pau, YESTERDAY, "11:00", "12:00", "twice");
    assertThat(overlap.fieldMessage("entryForm:start"))
        .isEqualTo(Texts.text(CA, "timesheet.entry.overlap"));
    Page future = log(pau, YESTERDAY.plusDays(2), "09:00", "10:00", "tomorrow");
    assertThat(future.fieldMessage("entryForm:end"))
        .isEqualTo(Texts.text(CA, "timesheet.entry.future"));

    Page week = pau.get("timesheet/week.xhtml?day=" + YESTERDAY);
    assertThat(week.doc().getElementById("weekForm:entries").text()).contains("2:30");
    Page submitted = pau.submit(week, "weekForm", "submit", Map.of());
    assertThat(submitted.doc().getElementById("weekForm:entries").text())
        .contains(Texts.text(CA, "timesheet.EntryStatus.SUBMITTED"));

    // Pau is not offered his own entry to approve; Aina and Javier are.
    Page own = pau.get("timesheet/validate.xhtml?circle=1");
    assertThat(own.doc().getElementById("validateForm:entries").text())
        .doesNotContain("Patched the TURN");
    WebClient aina = signedIn(AINA);
    Page forAina = aina.get("timesheet/validate.xhtml?circle=1");
    Page first =
        aina.submit(
            forAina,
            "validateForm",
            "entries:" + rowOf(forAina, "Patched the TURN") + ":approve",
            Map.of());
    assertThat(first.globalMessages()).contains(Texts.text(CA, "timesheet.validation.approved"));
    Page twice =
        aina.submit(
            first,
            "validateForm",
            "entries:" + rowOf(first, "Patched the TURN") + ":approve",
            Map.of());
    assertThat(twice.globalMessages()).contains(Texts.text(CA, "timesheet.validation.already"));
    WebClient manager = signedIn(DemoData.MANAGER_ES);
    String standingList = "contribution/standing.xhtml?year=" + YESTERDAY.getYear();
    String listedBefore = rowText(manager.get(standingList), "standingForm:members", "Pau Ferrer");
    WebClient javier = signedIn(JAVIER);
    Page forJavier = javier.get("timesheet/validate.xhtml?circle=1");
    javier.submit(
        forJavier,
        "validateForm",
        "entries:" + rowOf(forJavier, "Patched the TURN") + ":approve",
        Map.of());

    assertThat(
            pau.get("timesheet/week.xhtml?day=" + YESTERDAY)
                .doc()
                .getElementById("weekForm:entries")
                .text())
        .contains(Texts.text(CA, "timesheet.EntryStatus.APPROVED"));
    assertThat(
            Mailbox.awaitSubject(
                PAU, Texts.text(CA, "mail.timesheet.approved.subject"), Duration.ofSeconds(30)))
        .isPresent();
    // 2 h 30 of volunteer time now counts in Pau's standing for the year.
    Page standing =
        pau.get("contribution/my-contributions.xhtml?member=2&year=" + YESTERDAY.getYear());
    // (the hour rate is the custodian's for the year: other tests may change it)
    assertThat(standing.doc().getElementById("parts").text())
        .containsPattern("2,5 h × [\\d,]+[\\s\\u00a0]€ = ");
    // ... and in the custodian's standing list, refreshed in the approval's transaction.
    assertThat(rowText(manager.get(standingList), "standingForm:members", "Pau Ferrer"))
        .isNotEqualTo(listedBefore);
  }

  @Test
  void aReturnedEntryNeedsACommentAndGoesBackToItsAuthor() {
    WebClient aina = signedIn(AINA);
    log(aina, YESTERDAY, "18:00", "19:15", "Checked the backups");
    aina.submit(aina.get("timesheet/week.xhtml?day=" + YESTERDAY), "weekForm", "submit", Map.of());

    WebClient javier = signedIn(JAVIER);
    Page page = javier.get("timesheet/validate.xhtml?circle=1");
    String button = "entries:" + rowOf(page, "Checked the backups") + ":reject";
    Page noComment = javier.submit(page, "validateForm", button, Map.of());
    assertThat(noComment.fieldMessage("validateForm:comment"))
        .isEqualTo(Texts.text(ES, "timesheet.validation.commentRequired", 1000));
    Page returned =
        javier.submit(
            noComment,
            "validateForm",
            "entries:" + rowOf(noComment, "Checked the backups") + ":reject",
            Map.of("comment", "Which backups? Add the server names."));
    assertThat(returned.globalMessages()).contains(Texts.text(ES, "timesheet.validation.rejected"));

    Page week = aina.get("timesheet/week.xhtml?day=" + YESTERDAY);
    assertThat(week.doc().getElementById("weekForm:entries").text())
        .contains(Texts.text(CA, "timesheet.EntryStatus.REJECTED"))
        .contains("Which backups?");
  }

  @Test
  void theTimerRunsOnTheServerAndShowsInASecondBrowser() {
    WebClient javier = signedIn(JAVIER);
    Page week = javier.get("timesheet/week.xhtml");
    Map<String, String> timer = new HashMap<>();
    timer.put("circle_input", "1");
    timer.put("activity_input", "2");
    timer.put("kind", "GIFT");
    timer.put("description", "Watching the new node");
    Page started = javier.submit(week, "timerForm", "start", timer);
    assertThat(started.globalMessages()).contains(Texts.text(ES, "timesheet.timer.started"));

    WebClient secondBrowser = signedIn(JAVIER);
    Page elsewhere = secondBrowser.get("timesheet/week.xhtml");
    assertThat(elsewhere.doc().getElementById("timerForm:runningText").text())
        .contains("Tech ops")
        .contains("Monitoring and incidents");
    Page stopped = secondBrowser.submit(elsewhere, "timerForm", "stop", Map.of());
    assertThat(stopped.doc().getElementById("timerForm:start")).isNotNull();
  }

  @Test
  void aTreasurerClosesAPeriodAndNothingInItChanges() {
    WebClient treasurer = signedIn(DemoData.TREASURER);
    LocalDate upTo = LocalDate.now().minusDays(40);
    WebClient pau = signedIn(PAU);
    Page draft = log(pau, upTo.minusDays(2), "10:00", "11:00", "left as a draft");
    assertThat(draft.globalMessages()).contains(Texts.text(CA, "timesheet.entry.added"));
    Page page = treasurer.get("timesheet/circles.xhtml");
    Page closed =
        treasurer.submit(page, "closeForm", "close", Map.of("upTo_input", upTo.toString()));
    assertThat(closed.globalMessages())
        .contains(Texts.text(EN, "timesheet.period.closedNow", upTo));

    // Pau is told his draft in the closed period now counts nothing.
    assertThat(
            Mailbox.awaitSubject(
                PAU,
                Texts.text(CA, "mail.timesheet.periodClosed.subject", "Pau Ferrer", upTo),
                Duration.ofSeconds(30)))
        .isPresent();
    Page refused = log(pau, upTo.minusDays(1), "10:00", "11:00", "late entry");
    assertThat(refused.globalMessages()).contains(Texts.text(CA, "timesheet.period.closed", upTo));
  }

  @Test
  void approvedPaidHoursBecomeCostLinesForTreasurersOnly() {
    WebClient javier = signedIn(JAVIER);
    LocalDate day = YESTERDAY.minusDays(1);
    Page week = javier.get("timesheet/week.xhtml?day=" + day);
    Map<String, String> f = new HashMap<>();
    f.put("date_input", day.toString());
    f.put("start_input", "14:00");
    f.put("end_input", "15:30");
    f.put("circle_input", "1");
    f.put("activity_input", "1");
    f.put("kind", "LIVELIHOOD");
    f.put("description", "Paid on-call shift");
    javier.submit(week, "entryForm", "add", f);
    javier.submit(javier.get("timesheet/week.xhtml?day=" + day), "weekForm", "submit", Map.of());
    for (String peer : new String[] {PAU, AINA}) {
      WebClient p = signedIn(peer);
      Page list = p.get("timesheet/validate.xhtml?circle=1");
      p.submit(
          list,
          "validateForm",
          "entries:" + rowOf(list, "Paid on-call shift") + ":approve",
          Map.of());
    }

    assertThat(signedIn(DemoData.MANAGER_ES).get("contribution/costs.xhtml").status())
        .isEqualTo(403);
    assertThat(
            signedIn(JAVIER).get("api/contribution/costs.csv?from=" + day + "&to=" + day).status())
        .isEqualTo(403);
    WebClient treasurer = signedIn(DemoData.TREASURER);
    Page costs =
        treasurer.submit(
            treasurer.get("contribution/costs.xhtml"),
            "costsForm",
            "show",
            Map.of("from_input", day.toString(), "to_input", day.toString()));
    assertThat(costs.doc().getElementById("costsForm:lines").text())
        .contains("Javier Molina")
        .contains("1:30")
        .contains("€33.00");
    assertThat(costs.doc().getElementById("totals").text()).containsPattern("€\\d+\\.\\d{2}");
    assertThat(treasurer.get("api/contribution/costs.csv?from=" + day + "&to=" + day).body())
        .contains("Javier Molina,Tech ops,90,22.0000,EUR,33.00");

    // The admin names Xarxa Comuna as the payer of the circle's paid work: its treasurer sees the
    // line and marks what Javier is owed for the day paid; another custodian's treasurer cannot.
    WebClient admin = signedIn(DemoData.ADMIN);
    Page payer =
        admin.submit(
            admin.get("timesheet/circle.xhtml?id=1"),
            "payerForm",
            "savePayer",
            Map.of("payingCustodian_input", Long.toString(DemoData.CUSTODIAN_ES)));
    assertThat(payer.globalMessages()).contains(Texts.text(EN, "timesheet.circle.payer.saved"));
    assertSameAsMissing(
        signedIn("treasurer.qc@spokes.example"),
        "contribution/costs.xhtml?custodian=" + DemoData.CUSTODIAN_ES,
        "contribution/costs.xhtml?custodian=987654");
    WebClient jordi = signedIn("treasurer.es@spokes.example");
    Page own =
        jordi.submit(
            jordi.get("contribution/costs.xhtml"),
            "costsForm",
            "show",
            Map.of("from_input", day.toString(), "to_input", day.toString()));
    var people = own.doc().select("#costsForm\\:members tbody tr");
    int row = -1;
    for (int i = 0; i < people.size(); i++) {
      if (people.get(i).text().contains("Javier Molina")) {
        row = i;
      }
    }
    assertThat(row).as("Javier among the people owed").isNotNegative();
    Page paid = jordi.submit(own, "costsForm", "members:" + row + ":markPaid", Map.of());
    assertThat(paid.globalMessages()).contains(Texts.text(CA, "contribution.costs.markedPaid", 1));
    assertThat(paid.doc().getElementById("costsForm:lines").text())
        .doesNotContain(Texts.text(CA, "contribution.costs.notPaid"));
    assertThat(
            jordi
                .get("api/contribution/costs.csv?from=" + day + "&to=" + day + "&custodian=1")
                .body())
        .contains(
            "Javier Molina,Tech ops,90,22.0000,EUR,33.00,"
                + LocalDate.now(java.time.ZoneOffset.UTC));
  }

  @Test
  void oneMemberSavingTheSameHourEightTimesAtOnceGetsOneEntry() throws Exception {
    // (Aina: other tests change some demo accounts' passwords, never hers)
    WebClient aina = signedIn(AINA);
    LocalDate day = YESTERDAY.minusDays(3);
    String what = "Race " + System.nanoTime();
    int n = 8;
    java.util.List<Page> forms = new java.util.ArrayList<>();
    for (int i = 0; i < n; i++) {
      forms.add(aina.get("timesheet/week.xhtml"));
    }
    var ready = new java.util.concurrent.CountDownLatch(n);
    var pool = java.util.concurrent.Executors.newFixedThreadPool(n);
    try {
      java.util.List<java.util.concurrent.Future<Page>> answers = new java.util.ArrayList<>();
      for (Page form : forms) {
        answers.add(
            pool.submit(
                () -> {
                  ready.countDown();
                  ready.await();
                  return entryIn(aina, form, day, "02:00", "03:00", what);
                }));
      }
      int added = 0;
      for (var answer : answers) {
        Page page = answer.get(60, java.util.concurrent.TimeUnit.SECONDS);
        if (page.globalMessages().contains(Texts.text(CA, "timesheet.entry.added"))) {
          added++;
        } else {
          assertThat(page.fieldMessage("entryForm:start"))
              .isEqualTo(Texts.text(CA, "timesheet.entry.overlap"));
        }
      }
      assertThat(added).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
    String entries =
        aina.get("timesheet/week.xhtml?day=" + day).doc().getElementById("weekForm:entries").text();
    assertThat(entries.split(java.util.regex.Pattern.quote(what), -1)).hasSize(2);
  }

  private static Page log(WebClient who, LocalDate day, String from, String to, String what) {
    return new TimeEntries(who).entry().on(day).from(from).to(to).described(what).add();
  }

  private static Page entryIn(
      WebClient who, Page week, LocalDate day, String from, String to, String what) {
    return new TimeEntries(who).entry().on(day).from(from).to(to).described(what).addFrom(week);
  }

  private static String rowText(Page page, String tableId, String text) {
    return page.doc().getElementById(tableId).select("tbody tr").stream()
        .filter(tr -> tr.text().contains(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError(text + " is not listed in " + tableId))
        .text();
  }

  private static int rowOf(Page page, String text) {
    var rows = page.doc().select("#validateForm\\:entries tbody tr");
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).text().contains(text)) {
        return i;
      }
    }
    throw new AssertionError(text + " not on " + page.uri() + ": " + page.text());
  }
}
