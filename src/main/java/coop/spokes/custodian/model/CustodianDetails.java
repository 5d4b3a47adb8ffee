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
    String contactAddress)
    implements Serializable {}
