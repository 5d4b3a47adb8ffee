package coop.spokes.testing;

import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The site crawl against a server already running (the README's run command), for working on a page
 * without redeploying: {@code mvn test -Dtest=SiteCrawlOfARunningServerTest
 * -Dspokes.crawl.base=http://localhost:8080/}. Prints what it finds; the suite runs {@code
 * SiteCrawlIT} instead.
 */
@EnabledIfSystemProperty(named = "spokes.crawl.base", matches = "http.+")
class SiteCrawlOfARunningServerTest {

  @Test
  void crawl() throws Exception {
    Browsers.requireChromium();
    try (Browsers.Session browser = Browsers.start()) {
      SiteCrawl crawl = new SiteCrawl(URI.create(System.getProperty("spokes.crawl.base")), browser);
      long start = System.nanoTime();
      var problems = crawl.run();
      System.out.printf(
          "%d pages in %d s, %d problems%n",
          crawl.pagesChecked(), (System.nanoTime() - start) / 1_000_000_000, problems.size());
      problems.forEach(System.out::println);
      System.out.println("unreached: " + crawl.unreached(Path.of("src/main/webapp")));
    }
  }
}
