package coop.spokes.bench;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** What the load benchmarks share: the server, signing in through the form, the demo people. */
final class Spokes {
  static final String BASE = System.getProperty("base", "http://127.0.0.1:8080");
  static final String PASSWORD = "demo-cooperative-2026";

  /** Demo people by role, and the pages each opens while working. */
  record Role(String name, String email, List<String> pages) {
    String anyPage() {
      return pages.get(ThreadLocalRandom.current().nextInt(pages.size()));
    }
  }

  static final Role ADMIN =
      new Role(
          "admin",
          "admin@spokes.example",
          List.of(
              "/index.xhtml",
              "/custodian/custodians.xhtml",
              "/identity/admin/users.xhtml",
              "/audit/audit-log.xhtml"));
  static final Role MANAGER =
      new Role(
          "manager",
          "manager.es@spokes.example",
          List.of(
              "/index.xhtml",
              "/membership/review/members.xhtml?custodian=1",
              "/membership/review/applications.xhtml?custodian=1",
              "/contribution/standing.xhtml?custodian=1&year=2026"));
  static final Role TREASURER =
      new Role(
          "treasurer",
          "treasurer@spokes.example",
          List.of(
              "/index.xhtml",
              "/contribution/costs.xhtml",
              "/contribution/standing.xhtml?custodian=2&year=2026",
              "/contribution/schedule.xhtml"));
  static final Role MEMBER =
      new Role(
          "member",
          "aina.roca@members.example",
          List.of(
              "/index.xhtml",
              "/membership/my-membership.xhtml",
              "/contribution/my-contributions.xhtml",
              "/timesheet/week.xhtml"));
  static final List<Role> ROLES = List.of(ADMIN, MANAGER, TREASURER, MEMBER);

  /** The pages a visitor reads. */
  static final List<String> PUBLIC_PAGES =
      List.of(
          "/index.xhtml",
          "/membership/join.xhtml",
          "/identity/login.xhtml",
          "/membership/organisations.xhtml");

  private Spokes() {}

  static HttpProtocolBuilder protocol() {
    return http.baseUrl(BASE)
        .acceptHeader("text/html,application/xhtml+xml")
        .acceptLanguageHeader("en");
  }

  /**
   * GETs {@code #{path}} named {@code #{name}} (both session attributes), checking it answers 200
   * (and, for {@code signedIn}, that the page still shows the sign-out button), and records its
   * time in {@code timings}.
   */
  static ChainBuilder page(Timings timings, boolean signedIn) {
    var checks =
        signedIn
            ? new io.gatling.javaapi.core.CheckBuilder[] {
              responseTimeInMillis().saveAs("ms"),
              status().saveAs("status"),
              css("[id='userForm:logout']").count().saveAs("logoutButtons"),
              status().is(200),
              signedIn()
            }
            : new io.gatling.javaapi.core.CheckBuilder[] {
              responseTimeInMillis().saveAs("ms"), status().saveAs("status"), status().is(200)
            };
    return exec(session -> session.set("ms", -1).set("status", 0).set("logoutButtons", 0))
        .exec(http("#{name}").get("#{path}").check(checks))
        .exec(
            session -> {
              boolean ok =
                  session.getInt("status") == 200
                      && (!signedIn || session.getInt("logoutButtons") > 0);
              if (session.getInt("ms") >= 0) {
                timings.record(session.getString("name"), session.getInt("ms"), ok);
              }
              return session;
            });
  }

  /** The page shows the sign-out button: still signed in. */
  static io.gatling.javaapi.core.CheckBuilder.Final signedIn() {
    return css("[id='userForm:logout']").exists();
  }

  /**
   * Signs in as {@code #{email}} through the sign-in form, as a browser would; asked to try again in
   * a moment (too many passwords being checked at once), waits a second and does.
   */
  static ChainBuilder signIn() {
    return exec(session -> session.set("logoutButtons", 0))
        .asLongAs(session -> session.getInt("logoutButtons") == 0)
        .on(
            exec(http("sign-in page")
                    .get("/identity/login.xhtml")
                    .check(
                        status().is(200),
                        css("input[name='jakarta.faces.ViewState']", "value").saveAs("viewState"),
                        css("input[name='spokes_form_token']", "value").saveAs("formToken"),
                        regex("PrimeFaces\\.csp\\.init\\('([^']+)'\\)").saveAs("nonce")))
                .exec(
                    http("sign in")
                        .post("/identity/login.xhtml")
                        .formParam("loginForm", "loginForm")
                        .formParam("loginForm:email", "#{email}")
                        .formParam("loginForm:password", PASSWORD)
                        .formParam("loginForm:submit", "")
                        .formParam("jakarta.faces.ViewState", "#{viewState}")
                        .formParam("spokes_form_token", "#{formToken}")
                        .formParam("primefaces.nonce", "#{nonce}")
                        .check(
                            status().is(200),
                            css("[id='userForm:logout']").count().saveAs("logoutButtons")))
                .doIf(session -> session.getInt("logoutButtons") == 0)
                .then(pause(Duration.ofSeconds(1))));
  }
}
