package coop.spokes.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import coop.spokes.platform.i18n.Texts;
import coop.spokes.testing.DemoData;
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
