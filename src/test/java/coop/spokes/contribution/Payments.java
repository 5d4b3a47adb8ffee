package coop.spokes.contribution;

import coop.spokes.testing.Page;
import coop.spokes.testing.WebClient;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Test-data builder of the contributions context: a payment recorded the way a manager or treasurer
 * records one (the member's contributions page), with a unique reference unless given one.
 *
 * <pre>{@code
 * Page recorded = new Payments(signedIn(DemoData.MANAGER_ES)).payment()
 *     .of(memberId).in(2026).amount("60.00").record();
 * }</pre>
 */
public final class Payments {
  private final WebClient recorder;

  /**
   * @param recorder a client signed in as someone who handles the member's custodian's money
   */
  public Payments(WebClient recorder) {
    this.recorder = recorder;
  }

  public Builder payment() {
    return new Builder();
  }

  /** A PrimeFaces number input as the browser sends it: the shown and the hidden field. */
  public static void number(Map<String, String> fields, String id, String value) {
    fields.put(id + "_input", value);
    fields.put(id + "_hinput", value);
  }

  /** One payment. */
  public final class Builder {
    private long memberId;
    private int year;
    private String amount = "10.00";
    private String reference = "T-" + UUID.randomUUID().toString().substring(0, 8);

    public Builder of(long memberId) {
      this.memberId = memberId;
      return this;
    }

    /** The fiscal year it counts for. */
    public Builder in(int year) {
      this.year = year;
      return this;
    }

    public Builder amount(String amount) {
      this.amount = amount;
      return this;
    }

    public Builder reference(String reference) {
      this.reference = reference;
      return this;
    }

    /** Records it; the page that answers (with its message, or the fields at fault). */
    public Page record() {
      Page page =
          recorder.get("contribution/member-contributions.xhtml?id=" + memberId + "&year=" + year);
      Map<String, String> f = new HashMap<>();
      number(f, "amount", amount);
      f.put("externalReference", reference);
      number(f, "fiscalYear", Integer.toString(year));
      return recorder.submit(page, "paymentForm", "record", f);
    }
  }
}
