package coop.spokes.bench;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The soak of docs/benchmarks.md: after a warm-up minute, {@code minutes} minutes at 20 requests
 * per second, half anonymous (each visit a new visitor without cookies, reading the home, join,
 * sign-in or organisations page) and half signed in (ten sessions per role, admin, manager,
 * treasurer and member, each opening one of its pages every four seconds). Requests are named by
 * the minute they fall in ("minute 01" ...), so the report gives each minute's percentiles. The
 * heap is weighed after a full GC at the end of the first minute and at the end of the soak
 * (through jcmd, when {@code pid} is given), into {@code heap.txt}.
 *
 * <p>Then a burst: {@code burst} anonymous GETs of the home page sent as fast as 16 clients can,
 * between two one-minute probes of signed-in pages ("signed-in before burst", "... after burst").
 */
public class SoakSimulation extends Simulation {
  static final int WARMUP_SECONDS = Integer.getInteger("warmup", 60);
  static final int MINUTES = Integer.getInteger("minutes", 30);
  static final int PER_ROLE = 10;
  static final Duration PACE = Duration.ofSeconds(4);
  static final int ANONYMOUS_PER_SECOND = 10;
  static final int BURST = Integer.getInteger("burst", 100_000);
  static final int BURST_CLIENTS = 16;
  static final long PID = Long.getLong("pid", 0);
  static final Path HEAP_FILE = Path.of(System.getProperty("heapFile", "heap.txt"));

  static final Path TIMINGS_FILE = Path.of(System.getProperty("timingsFile", "timings.txt"));
  private final Timings timings = new Timings();
  private final long start = System.currentTimeMillis();
  private final long soakStart = start + WARMUP_SECONDS * 1000L;
  private final long soakEnd = soakStart + MINUTES * 60_000L;

  /** "warm-up", then "minute 01" to "minute NN" of the soak, then "after the soak". */
  private String minute() {
    long elapsed = System.currentTimeMillis() - soakStart;
    if (elapsed < 0) {
      return "warm-up";
    }
    if (elapsed >= MINUTES * 60_000L) {
      // The last page views of sessions still running when the soak ends, while the heap is
      // weighed (a full GC) and the probe signs in: not part of any minute.
      return "after the soak";
    }
    return String.format("minute %02d", elapsed / 60_000 + 1);
  }

  private final ScenarioBuilder visitors =
      scenario("visitors")
          .exec(
              session ->
                  session
                      .set("phase", minute())
                      .set(
                          "page",
                          Spokes.PUBLIC_PAGES.get(
                              ThreadLocalRandom.current().nextInt(Spokes.PUBLIC_PAGES.size()))))
          .exec(session -> session.set("name", session.getString("phase")).set("path", session.getString("page")))
          .exec(Spokes.page(timings, false));

  /**
   * Sessions of the four roles in turn: each signs in (named apart: hashing a password is not a
   * page view), waits {@code settle} for the other sign-ins, then opens one of its pages every
   * {@code pace} until {@code until} (epoch millis, from the moment it settled).
   */
  private ScenarioBuilder signedIn(
      String name, Duration settle, java.util.function.LongUnaryOperator until, Duration pace) {
    return scenario(name)
        .exec(
            session -> {
              Spokes.Role role = Spokes.ROLES.get((int) (session.userId() % Spokes.ROLES.size()));
              return session.set("email", role.email()).set("role", role);
            })
        .exec(Spokes.signIn())
        .pause(settle)
        .exec(
            session -> session.set("until", until.applyAsLong(System.currentTimeMillis())))
        .asLongAs(session -> System.currentTimeMillis() < session.getLong("until"))
        .on(
            exec(session -> session.set("page", ((Spokes.Role) session.get("role")).anyPage()))
                .pace(pace)
                .exec(
                    session ->
                        session.set("phase", name.equals("signed-in") ? minute() : name))
                .exec(
                    session ->
                        session
                            .set("name", session.getString("phase"))
                            .set("path", session.getString("page")))
                .exec(Spokes.page(timings, true)));
  }

  /** Eight sessions, two per role, each opening a page a second for a minute once all signed in. */
  private ScenarioBuilder probe(String name) {
    return signedIn(
        name, Duration.ofSeconds(10), settled -> settled + 60_000, Duration.ofSeconds(1));
  }

  /** Weighs the heap after a full GC at {@code at} (epoch millis), appending to the heap file. */
  private ScenarioBuilder heapAt(String label, long at) {
    return scenario("heap " + label)
        .pause(Duration.ofMillis(Math.max(0, at - System.currentTimeMillis())))
        .exec(
            session -> {
              weighHeap(label);
              return session;
            });
  }

  private static final Pattern TOTAL = Pattern.compile("(?m)^Total\\s+\\d+\\s+(\\d+)");

  /**
   * Weighs the live heap: {@code GC.class_histogram} runs a full GC and counts what survives it in
   * the same pause. ({@code GC.run} then {@code GC.heap_info} would also count what the running
   * soak allocated between the two commands, tens of MB at 20 requests a second.) The histogram
   * itself is kept beside the heap file, to compare populations between the two points.
   */
  private static void weighHeap(String label) {
    if (PID == 0) {
      return;
    }
    try {
      String histogram = run("jcmd", Long.toString(PID), "GC.class_histogram");
      Files.writeString(
          HEAP_FILE.resolveSibling("histogram " + label + ".txt"),
          histogram,
          StandardCharsets.UTF_8);
      Matcher total = TOTAL.matcher(histogram);
      String line =
          label
              + " "
              + (total.find() ? Long.parseLong(total.group(1)) / (1024 * 1024) + " MB" : "?")
              + "\n";
      Files.writeString(
          HEAP_FILE,
          line,
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String run(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    return out;
  }

  private final ScenarioBuilder burst =
      scenario("burst")
          .repeat(BURST / BURST_CLIENTS)
          .on(
              exec(session -> session.set("name", "burst").set("path", "/index.xhtml"))
                  .exec(Spokes.page(timings, false)));

  @Override
  public void after() {
    timings.write(TIMINGS_FILE);
  }

  {
    int sessions = PER_ROLE * Spokes.ROLES.size();
    setUp(
            visitors.injectOpen(
                constantUsersPerSec(ANONYMOUS_PER_SECOND)
                    .during(Duration.ofMillis(soakEnd - start))),
            // Sign-ins are spread over the warm-up: each one hashes a password (PBKDF2).
            signedIn("signed-in", Duration.ZERO, settled -> soakEnd, PACE)
                .injectOpen(rampUsers(sessions).during(Duration.ofSeconds(WARMUP_SECONDS / 2)))
                .andThen(
                    probe("signed-in before burst")
                        .injectOpen(nothingFor(Duration.ofSeconds(5)), rampUsers(8).during(4))
                        .andThen(
                            burst
                                .injectOpen(atOnceUsers(BURST_CLIENTS))
                                .andThen(
                                    // Half a minute for the server and this load generator
                                    // (on the same machine) to finish with the burst.
                                    probe("signed-in after burst")
                                        .injectOpen(
                                            nothingFor(Duration.ofSeconds(30)),
                                            rampUsers(8).during(4))))),
            heapAt("after the first minute", soakStart + 60_000).injectOpen(atOnceUsers(1)),
            heapAt("at the end", soakEnd + 2_000).injectOpen(atOnceUsers(1)))
        .protocols(Spokes.protocol())
        .assertions(global().failedRequests().count().is(0L));
  }
}
