package coop.spokes.membership;

import coop.spokes.testing.Mailbox;
import coop.spokes.testing.Page;
import coop.spokes.testing.WebClient;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Test-data builder of the membership context: an application made the way applicants make it (the
 * join form, then the link mailed to verify the address), found in the custodian's queue by its
 * manager. A test owns its application and never leans on a demo application's id.
 *
 * <pre>{@code
 * long id = new Applications(this::visitor, signedIn(DemoData.MANAGER_ES))
 *     .application().named("Laia Prova").to(DemoData.CUSTODIAN_ES).verified();
 * }</pre>
 */
public final class Applications {
  private final Supplier<WebClient> visitors;
  private final WebClient manager;

  /**
   * @param visitors new clients with no session (the test's {@code visitor()})
   * @param manager a client signed in as a manager of the custodians applied to
   */
  public Applications(Supplier<WebClient> visitors, WebClient manager) {
    this.visitors = visitors;
    this.manager = manager;
  }

  public Builder application() {
    return new Builder();
  }

  /** One application: a consumer person in Catalonia unless told otherwise. */
  public final class Builder {
    private String name = "Laia Prova " + UUID.randomUUID().toString().substring(0, 8);
    private String email;
    private String language = "ca";
    private String memberClass = "CONSUMER";
    private long custodianId = 1;

    public Builder named(String name) {
      this.name = name;
      return this;
    }

    public Builder email(String email) {
      this.email = email;
      return this;
    }

    public Builder language(String language) {
      this.language = language;
      return this;
    }

    public Builder memberClass(String memberClass) {
      this.memberClass = memberClass;
      return this;
    }

    public Builder to(long custodianId) {
      this.custodianId = custodianId;
      return this;
    }

    /** The address the application uses (derived from the name unless set). */
    public String email() {
      if (email == null) {
        email = name.replaceAll("[^A-Za-z0-9-]", "").toLowerCase() + "@example.org";
      }
      return email;
    }

    /** The join form as this applicant fills it in. */
    public Map<String, String> fields() {
      Map<String, String> f = new HashMap<>();
      f.put("memberClass", memberClass);
      f.put("kind", "PERSON");
      f.put("personName", name);
      f.put("email", email());
      f.put("residenceCountry_input", "ES");
      f.put("language_input", language);
      f.put("custodian_input", Long.toString(custodianId));
      f.put("termsAccepted_input", "on");
      f.put("website", "");
      return f;
    }

    /** Submits the join form; the page it answers with. */
    public Page submitted() {
      WebClient applicant = visitors.get();
      return applicant.submit(
          applicant.get("membership/join.xhtml"), "joinForm", "submit", fields());
    }

    /** Submits it and opens the verification link; its id in the manager's queue. */
    public long verified() {
      submitted();
      MimeMessage verification = Mailbox.await(email(), Duration.ofSeconds(30)).orElseThrow();
      visitors
          .get()
          .get(
              "membership/verify.xhtml?token="
                  + Mailbox.token(verification, "/membership/verify.xhtml"));
      Page queue =
          manager.submit(
              manager.get("membership/review/applications.xhtml?custodian=" + custodianId),
              "applicationsForm",
              "find",
              Map.of("search", email()));
      String href =
          queue
              .doc()
              .select("#applicationsForm\\:applications a[href*=application-review.xhtml]")
              .stream()
              .findFirst()
              .orElseThrow(() -> new AssertionError("no pending application for " + email()))
              .attr("href");
      return Long.parseLong(href.replaceAll(".*[?&]id=(\\d+).*", "$1"));
    }
  }
}
