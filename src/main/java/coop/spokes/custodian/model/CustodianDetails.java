package coop.spokes.custodian.model;

import java.io.Serializable;
import java.util.List;

/** The changeable details of a custodian, as an admin edits them. */
public record CustodianDetails(
    String name,
    String jurisdiction,
    String currency,
    String defaultLanguage,
    List<String> languages,
    String theme,
    String contactEmail,
    String contactAddress,
    String termsVersion,
    String paymentInstructions)
    implements Serializable {

  /** Details without terms version and payment instructions (kept as they are). */
  public CustodianDetails(
      String name,
      String jurisdiction,
      String currency,
      String defaultLanguage,
      List<String> languages,
      String theme,
      String contactEmail,
      String contactAddress) {
    this(
        name,
        jurisdiction,
        currency,
        defaultLanguage,
        languages,
        theme,
        contactEmail,
        contactAddress,
        null,
        null);
  }
}
