package coop.spokes.custodian;

import coop.spokes.testing.Page;
import coop.spokes.testing.WebClient;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Test-data builder of the custodian context: a custodian co-op opened the way an admin opens one
 * (the custodian page), with a random short code, so a test owns a custodian nobody else uses.
 *
 * <pre>{@code
 * long id = new Custodians(signedIn(DemoData.ADMIN)).custodian().jurisdiction("PT").open();
 * }</pre>
 */
public final class Custodians {
  private final WebClient admin;

  /**
   * @param admin a client signed in as an administrator
   */
  public Custodians(WebClient admin) {
    this.admin = admin;
  }

  public Builder custodian() {
    return new Builder();
  }

  /** Six random capitals, a short code nobody has yet. */
  public static String code() {
    Random r = new Random();
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      b.append((char) ('A' + r.nextInt(26)));
    }
    return b.toString();
  }

  /** One custodian: in Portugal, in euros, in English, unless told otherwise. */
  public final class Builder {
    private String code = Custodians.code();
    private String name;
    private String jurisdiction = "PT";
    private String currency = "EUR";
    private String language = "en";

    public Builder code(String code) {
      this.code = code;
      return this;
    }

    public Builder name(String name) {
      this.name = name;
      return this;
    }

    public Builder jurisdiction(String jurisdiction) {
      this.jurisdiction = jurisdiction;
      return this;
    }

    public Builder currency(String currency) {
      this.currency = currency;
      return this;
    }

    public Builder language(String language) {
      this.language = language;
      return this;
    }

    /** Saves it on the custodian page; its id. */
    public long open() {
      Map<String, String> c = new HashMap<>();
      c.put("shortCode", code);
      c.put("name", name == null ? "Test Custodian " + code : name);
      c.put("jurisdiction", jurisdiction);
      c.put("currency", currency);
      c.put("defaultLanguage_input", language);
      c.put("theme_input", "default");
      c.put("contactEmail", "hello@" + code.toLowerCase(Locale.ROOT) + ".example");
      c.put("contactAddress", "Rua 2, Porto");
      c.put("termsVersion", "1");
      Page saved =
          admin.submit(admin.get("custodian/custodian-edit.xhtml"), "custodianForm", "save", c);
      return Long.parseLong(saved.uri().getQuery().replaceAll(".*id=(\\d+).*", "$1"));
    }
  }
}
