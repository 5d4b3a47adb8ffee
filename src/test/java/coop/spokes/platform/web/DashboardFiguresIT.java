package coop.spokes.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import coop.spokes.platform.i18n.Texts;
import coop.spokes.testing.DemoData;
import coop.spokes.testing.Page;
import coop.spokes.testing.SpokesIT;
import coop.spokes.testing.WebClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Issue #9, item 10, over HTTP: each figure on a dashboard is the count of the list it links to
 * (members by status and class, members at each standing level), each role sees the figures of its
 * own scope only, charts carry their figures as an accessible name, members see their next step and
 * ops members their week.
 */
class DashboardFiguresIT extends SpokesIT {
  static final Locale EN = Locale.ENGLISH;

  @Test
  void aManagersFiguresAreTheCountsOfTheListsTheyLinkTo() {
    WebClient manager = signedIn(DemoData.MANAGER_ES);
    manager.get("contribution/standing.xhtml?custodian=1"); // computes the year's list if never
    Page dashboard = manager.get("index.xhtml");
    List<String> mismatches = new ArrayList<>();

    List<Element> figures =
        dashboard.doc().select("#dashboard .spokes-figures a[href*=members.xhtml][href*=status]");
    figures.addAll(dashboard.doc().select("#dashboard .spokes-figure-table td a[href*=level]"));
    assertThat(figures).hasSizeGreaterThan(8);
    for (Element figure : figures) {
      long shown = number(figure.text());
      Page list = manager.get(figure.attr("href"));
      long rows = list.doc().select("tbody[id$=members_data] tr[data-ri]").size();
      if (shown != rows) {
        mismatches.add(figure.text() + " -> " + figure.attr("href") + " lists " + rows);
      }
    }

    assertThat(mismatches).isEmpty();
  }

  @Test
  void eachRoleSeesTheFiguresOfItsOwnScope() {
    Page manager = signedIn(DemoData.MANAGER_ES).get("index.xhtml");
    Page admin = signedIn(DemoData.ADMIN).get("index.xhtml");
    Page treasurer = signedIn(DemoData.TREASURER).get("index.xhtml");

    assertThat(manager.doc().select(".spokes-figures-title").eachText())
        .singleElement()
        .asString()
        .startsWith("Xarxa Comuna");
    assertThat(manager.doc().select(".spokes-figure-table tbody th").eachText())
        .hasSize(1)
        .allMatch(name -> name.startsWith("Xarxa Comuna"));
    assertThat(admin.doc().select(".spokes-figures-title").eachText())
        .contains(Texts.text(EN, "membership.dashboard.all"));
    // every custodian (other tests may have opened more than the demo's four)
    assertThat(treasurer.doc().select(".spokes-figure-table tbody th").eachText())
        .hasSizeGreaterThanOrEqualTo(4)
        .anyMatch(name -> name.startsWith("Xarxa Comuna"))
        .anyMatch(name -> name.startsWith("Harbour Tech"));
    assertThat(treasurer.doc().select(".spokes-figures")).isEmpty(); // no membership figures
  }

  @Test
  void chartsStateTheirFiguresForScreenReaders() {
    Page admin = signedIn(DemoData.ADMIN).get("index.xhtml");

    List<String> names =
        admin.doc().select("#dashboard .ui-chart canvas[role=img]").eachAttr("aria-label");

    assertThat(names).hasSizeGreaterThanOrEqualTo(3);
    assertThat(names)
        .anyMatch(
            n ->
                n.startsWith(Texts.text(EN, "membership.dashboard.byStatus"))
                    && n.contains(Texts.text(EN, "membership.MemberStatus.ACTIVE")));
  }

  @Test
  void aMemberSeesTheNextStepAndAnOpsMemberTheirWeek() {
    Locale es = Locale.forLanguageTag("es");
    Page member = signedIn("carmen.ortega@members.example").get("index.xhtml");
    Page ops = signedIn("aina.roca@members.example").get("index.xhtml");

    assertThat(member.doc().select(".spokes-next-step").text())
        .containsAnyOf(
            Texts.text(es, "contribution.dashboard.nextStep.done", "").substring(0, 12),
            Texts.text(es, "contribution.dashboard.nextStep.money", "", "").substring(0, 12));
    assertThat(ops.doc().select("#dashboard").text())
        .contains(Texts.text(Locale.forLanguageTag("ca"), "timesheet.dashboard.week"));
    assertThat(ops.doc().select("#dashboard a[href*=week.xhtml]")).isNotEmpty();
  }

  private static long number(String text) {
    return Long.parseLong(text.replaceAll("[^0-9]", ""));
  }
}
