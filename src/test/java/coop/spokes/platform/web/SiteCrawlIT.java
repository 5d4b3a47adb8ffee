package coop.spokes.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import coop.spokes.identity.Accounts;
import coop.spokes.testing.Browsers;
import coop.spokes.testing.DemoData;
import coop.spokes.testing.SiteCrawl;
import coop.spokes.testing.SpokesIT;
import coop.spokes.testing.WebClient;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue #9, items 7 and 8: every demo role and a visitor crawl every page they can reach, in all
 * four languages, in a real browser; no page answers an error or a refusal, none logs a console
 * error, none has a serious or critical axe-core finding (WCAG 2.1 AA and axe's other rules, none
 * disabled), with its dialogs open or its validation messages showing; and every page file is
 * reached by someone.
 */
class SiteCrawlIT extends SpokesIT {

  @Test
  void everyPageEveryRoleReachesIsThereAccessibleAndFreeOfErrorsInEveryLanguage() throws Exception {
    Browsers.requireChromium();
    try (Browsers.Session browser = Browsers.start()) {
      SiteCrawl crawl = new SiteCrawl(base(), browser);

      List<String> problems = crawl.run();
      // The second-factor step, as a treasurer who turned it on (an account of this test's own).
      String treasurer =
          new Accounts(signedIn(DemoData.ADMIN), this::visitor)
              .account()
              .role("TREASURER", DemoData.CUSTODIAN_UK)
              .open();
      WebClient setUp = visitor();
      setUp.signIn(treasurer, Accounts.PASSWORD);
      Accounts.turnOnSecondFactor(setUp);
      crawl.signInStep(treasurer, Accounts.PASSWORD);

      System.out.println("[spokes] site crawl: " + crawl.pagesChecked() + " pages checked");
      assertThat(problems).isEmpty();
      assertThat(crawl.unreached(Path.of("src/main/webapp"))).isEmpty();
    }
  }
}
