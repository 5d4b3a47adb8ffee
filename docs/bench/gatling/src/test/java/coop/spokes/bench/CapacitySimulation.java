package coop.spokes.bench;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The capacity figure of docs/benchmarks.md: {@code users} (200) people signed in at once, each
 * browsing a realistic mix with a pause of 1 to 5 seconds between pages (the time to read one),
 * for {@code minutes} (5) minutes after all have signed in. Half are custodian managers (the member
 * directory and the standing list of their 100,000-member custodian, paged), half members and ops
 * members (their contributions and their week of hours). Requests are named by page, so the report
 * gives each page's percentiles and the throughput.
 */
public class CapacitySimulation extends Simulation {
  static final int USERS = Integer.getInteger("users", 200);
  static final int MINUTES = Integer.getInteger("minutes", 5);
  static final int RAMP_SECONDS = Integer.getInteger("ramp", 120);

  record Page(String name, String path) {}

  static final List<Page> MANAGER_PAGES =
      List.of(
          new Page("directory", "/membership/review/members.xhtml?custodian=1"),
          new Page("directory", "/membership/review/members.xhtml?custodian=1&first=500"),
          new Page("standing", "/contribution/standing.xhtml?custodian=1&year=2026"));
  static final List<Page> MEMBER_PAGES =
      List.of(
          new Page("my contributions", "/contribution/my-contributions.xhtml"),
          new Page("week", "/timesheet/week.xhtml"));

  static final java.nio.file.Path TIMINGS_FILE =
      java.nio.file.Path.of(System.getProperty("timingsFile", "timings.txt"));
  private final Timings timings = new Timings();
  private final long measuredFrom = System.currentTimeMillis() + RAMP_SECONDS * 1000L + 15_000;
  private final long end = measuredFrom + MINUTES * 60_000L;

  private final ScenarioBuilder people =
      scenario("people")
          .exec(
              session -> {
                boolean manager = session.userId() % 2 == 0;
                return session
                    .set("email", manager ? Spokes.MANAGER.email() : Spokes.MEMBER.email())
                    .set("pages", manager ? MANAGER_PAGES : MEMBER_PAGES);
              })
          .exec(Spokes.signIn())
          .asLongAs(session -> System.currentTimeMillis() < end)
          .on(
              exec(session -> {
                    @SuppressWarnings("unchecked")
                    List<Page> pages = (List<Page>) session.get("pages");
                    Page page = pages.get(ThreadLocalRandom.current().nextInt(pages.size()));
                    boolean measured = System.currentTimeMillis() >= measuredFrom;
                    return session
                        .set("path", page.path())
                        .set("name", (measured ? "" : "warm-up ") + page.name());
                  })
                  .exec(Spokes.page(timings, true))
                  .pause(Duration.ofSeconds(1), Duration.ofSeconds(5)));

  @Override
  public void after() {
    timings.write(TIMINGS_FILE);
  }

  {
    setUp(people.injectOpen(rampUsers(USERS).during(Duration.ofSeconds(RAMP_SECONDS))))
        .protocols(Spokes.protocol())
        .assertions(global().failedRequests().count().is(0L));
  }
}
