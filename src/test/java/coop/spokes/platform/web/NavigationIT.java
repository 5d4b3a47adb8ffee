package coop.spokes.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import coop.spokes.platform.i18n.Texts;
import coop.spokes.testing.DemoData;
import coop.spokes.testing.Figures;
import coop.spokes.testing.Page;
import coop.spokes.testing.SpokesIT;
import coop.spokes.testing.WebClient;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The menu shows only what a role allows, and every link on the menu and the dashboard works. */
class NavigationIT extends SpokesIT {

  @Test
  void everyLinkOnTheDashboardAndMenuWorksForEachRole() {
    for (String login :
        new String[] {
          DemoData.ADMIN, DemoData.MANAGER_ES, DemoData.TREASURER, "nuria.soler@members.example"
        }) {
      WebClient client = signedIn(login);
      Page dashboard = client.get("index.xhtml");
      List<String> broken = new ArrayList<>();

      for (String href : links(dashboard)) {
        Page target = client.get(href);
        if (target.status() != 200 || pathOf(target).startsWith("/identity/login")) {
          broken.add(href + " -> " + target.status());
        }
      }

      assertThat(broken).as(login).isEmpty();
    }
  }

  /**
   * Dates, times and amounts read like figures on every page each role reaches from the menu and
   * dashboard, and on the pages behind them that show money and history (a member's page, her
   * contributions, the standing list, costs, the audit log): no ISO timestamp, no bare amount.
   */
  @Test
  void figuresReadLikeFiguresOnEveryPageOfEachRole() {
    List<String> problems = new ArrayList<>();
    for (String login :
        new String[] {
          DemoData.ADMIN,
          DemoData.MANAGER_ES,
          DemoData.TREASURER,
          "nuria.soler@members.example",
          "aina.roca@members.example"
        }) {
      WebClient client = signedIn(login);
      Set<String> pages = links(client.get("index.xhtml"));
      pages.add("index.xhtml");
      if (login.equals(DemoData.MANAGER_ES)) {
        pages.add("membership/review/member.xhtml?id=5");
        pages.add("contribution/member-contributions.xhtml?member=5");
        pages.add("contribution/standing.xhtml?custodian=1");
      }
      for (String href : pages) {
        Page page = client.get(href);
        for (String problem : Figures.problemsIn(page.doc().body().text())) {
          problems.add(login + " " + href + ": " + problem);
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void menuShowsAdministrationOnlyToAdmins() {
    String admin = Texts.text(Locale.ENGLISH, "platform.menu.admin");

    assertThat(signedIn(DemoData.ADMIN).get("index.xhtml").doc().select("#menuForm").text())
        .contains(admin);
    assertThat(signedIn(DemoData.MANAGER_UK).get("index.xhtml").doc().select("#menuForm").text())
        .doesNotContain(admin);
    assertThat(signedIn(DemoData.TREASURER).get("index.xhtml").doc().select("#menuForm").text())
        .doesNotContain(admin);
  }

  @Test
  void visitorsSeeNoMenuAndCanReachSignIn() {
    Page home = visitor().get("index.xhtml");

    assertThat(home.doc().getElementById("menuForm")).isNull();
    assertThat(visitor().get(home.doc().getElementById("login").attr("href")).title())
        .isEqualTo(Texts.text(Locale.ENGLISH, "identity.login.title"));
  }

  @Test
  void peopleOfACustodianSeeItsThemeAndVisitorsTheDefault() {
    assertThat(stylesheets(signedIn("nuria.soler@members.example").get("index.xhtml")))
        .anyMatch(h -> h.contains("xarxa/theme.css"));
    assertThat(stylesheets(signedIn(DemoData.MANAGER_UK).get("index.xhtml")))
        .anyMatch(h -> h.contains("steel/theme.css"));
    assertThat(stylesheets(visitor().get("index.xhtml")))
        .anyMatch(h -> h.contains("default/theme.css"));
  }

  private static List<String> stylesheets(Page page) {
    return page.doc().select("link[rel=stylesheet]").eachAttr("href");
  }

  /** Links to pages of the application (menu, dashboard panels, header), without anchors. */
  private Set<String> links(Page page) {
    Set<String> hrefs = new LinkedHashSet<>();
    for (Element a : page.doc().select("#menuForm a[href], #dashboard a[href], header a[href]")) {
      String href = a.attr("href");
      // The language links store the user's choice (LanguageIT follows them).
      boolean language = a.closest("#languages") != null;
      if (!language && !href.isEmpty() && !href.startsWith("#") && !href.startsWith("http")) {
        hrefs.add(href);
      }
    }
    assertThat(hrefs).isNotEmpty();
    return hrefs;
  }
}
