package coop.spokes.custodian.service;

import java.io.Serializable;
import java.util.List;

/** A custodian as pages and other contexts see it. */
public record CustodianSummary(
    long id,
    String name,
    String shortCode,
    String jurisdiction,
    String currency,
    String defaultLanguage,
    List<String> languages,
    String theme,
    String contactEmail,
    String contactAddress,
    String termsVersion,
    String paymentInstructions,
    long version)
    implements Serializable {}
