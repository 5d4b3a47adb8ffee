package coop.spokes.contribution;

import static org.assertj.core.api.Assertions.assertThat;

import coop.spokes.custodian.Custodians;
import coop.spokes.platform.i18n.Texts;
import coop.spokes.testing.DemoData;
import coop.spokes.testing.Page;
import coop.spokes.testing.SpokesIT;
import coop.spokes.testing.WebClient;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A closed fiscal year with no contribution: once the grace period is over, an active member who
 * belonged to the custodian that year becomes LAPSED (with the reason in the history); a manager
 * makes them active again and Spokes does not lapse them again for that year. Runs on a custodian
 * of its own, so no other test's members are touched.
 */
class LapseIT extends SpokesIT {
  static final Locale EN = Locale.ENGLISH;

  @Test
  void aMemberWhoGaveNothingLapsesOnceAndAManagerReversesIt() {
    WebClient admin = signedIn(DemoData.ADMIN);
    String code = Custodians.code();
    String custodian =
        Long.toString(
            new Custodians(admin).custodian().code(code).name("Lapse Custodian " + code).open());
    // Its fiscal year started three months ago, so the previous one closed more than 60 days ago.
    LocalDate today = LocalDate.now();
    int startMonth = today.minusMonths(3).getMonthValue();
    int current = today.getMonthValue() >= startMonth ? today.getYear() : today.getYear() - 1;
    int closed = current - 1;
    Page settings = admin.get("contribution/schedule.xhtml?custodian=" + custodian);
    admin.submit(
        settings, "settingsForm", "saveStartMonth", Map.of("startMonth_input", "" + startMonth));
    Page schedule =
        admin.get("contribution/schedule.xhtml?custodian=" + custodian + "&year=" + closed);
    Map<String, String> lines = new HashMap<>();
    lines.put("scheduleForm:suggestions:2:amountA_input", "50");
    lines.put("scheduleForm:suggestions:2:amountA_hinput", "50");
    admin.submit(schedule, "scheduleForm", "save", lines);
    // A member since 2020, taken over from the custodian's register.
    Page read =
        admin.submit(
            admin.get("membership/review/member-import.xhtml?custodian=" + custodian),
            "importForm",
            "read",
            Map.of(
                "pasted",
                "name,email,class,country,joined_on\nLapse Tester "
                    + code
                    + ",lapse-"
                    + code.toLowerCase(Locale.ROOT)
                    + "@example.org,consumer,PT,2020-01-01\n"));
    Page checked = admin.submit(read, "importForm", "check", Map.of());
    admin.submit(checked, "importForm", "commit", Map.of());
    String member = memberId(admin, custodian, code);

    assertThat(
            signedIn(DemoData.MANAGER_UK)
                .get("contribution/standing.xhtml?custodian=" + custodian)
                .status())
        .isEqualTo(403);
    Page standing = admin.get("contribution/standing.xhtml?custodian=" + custodian);
    Page lapsed = admin.submit(standing, "standingForm", "lapse", Map.of());
    assertThat(lapsed.globalMessages()).contains(Texts.text(EN, "contribution.lapse.applied", 1));
    Page page = admin.get("membership/review/member.xhtml?id=" + member);
    assertThat(page.doc().getElementById("status").text())
        .isEqualTo(Texts.text(EN, "membership.MemberStatus.LAPSED"));
    assertThat(page.doc().getElementById("history").text()).contains("Spokes");

    // A manager makes the member active again; the next run does not lapse them again.
    admin.submit(
        page,
        "statusForm",
        "change",
        Map.of("newStatus_input", "ACTIVE", "reason", "Paid in cash at the assembly"));
    Page again =
        admin.submit(
            admin.get("contribution/standing.xhtml?custodian=" + custodian),
            "standingForm",
            "lapse",
            Map.of());
    assertThat(again.globalMessages()).contains(Texts.text(EN, "contribution.lapse.applied", 0));
    assertThat(
            admin
                .get("membership/review/member.xhtml?id=" + member)
                .doc()
                .getElementById("status")
                .text())
        .isEqualTo(Texts.text(EN, "membership.MemberStatus.ACTIVE"));
  }

  private static String memberId(WebClient admin, String custodian, String code) {
    Page list =
        admin.submit(
            admin.get("membership/review/members.xhtml?custodian=" + custodian),
            "membersForm",
            "filter",
            Map.of("name", "Lapse Tester " + code));
    return list.doc()
        .select("#membersForm\\:members a")
        .first()
        .attr("href")
        .replaceAll(".*id=(\\d+).*", "$1");
  }
}
