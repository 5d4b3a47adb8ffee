package coop.spokes.assembly.web;

import coop.spokes.assembly.service.SchemeSettings;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** The weighting scheme as the chairs' form edits it. */
public class SchemeForm implements Serializable {
  private static final long serialVersionUID = 1L;

  private String rule = "one-member-one-vote";
  private BigDecimal personMultiplier = BigDecimal.ONE;
  private BigDecimal organisationMultiplier = BigDecimal.ONE;
  private boolean organisationsSplit;
  private String pluralCap;
  private boolean pluralCapOfCast;
  private boolean classShares;
  private BigDecimal producerShare;
  private BigDecimal consumerShare;
  private BigDecimal individualShare;
  private BigDecimal custodianShare;
  private boolean sharesOfEligible;
  private String minimumTurnout;
  private boolean belowTurnoutRedistribute = true;

  public static SchemeForm of(SchemeSettings s) {
    SchemeForm f = new SchemeForm();
    f.rule = s.rule();
    f.personMultiplier = s.multipliers().getOrDefault("PERSON", BigDecimal.ONE);
    f.organisationMultiplier = s.multipliers().getOrDefault("ORGANISATION", BigDecimal.ONE);
    f.organisationsSplit = s.organisationsSplit();
    f.pluralCap = s.pluralCap();
    f.pluralCapOfCast = s.pluralCapOfCast();
    f.classShares = !s.classShares().isEmpty();
    f.producerShare = s.classShares().get("PRODUCER");
    f.consumerShare = s.classShares().get("CONSUMER");
    f.individualShare = s.classShares().get("INDIVIDUAL");
    f.custodianShare = s.classShares().get("CUSTODIAN");
    f.sharesOfEligible = s.sharesOfEligible();
    f.minimumTurnout = s.minimumTurnout();
    f.belowTurnoutRedistribute = s.belowTurnoutRedistribute();
    return f;
  }

  public SchemeSettings settings() {
    Map<String, BigDecimal> multipliers = new LinkedHashMap<>();
    if ("kind-multipliers".equals(rule)) {
      multipliers.put("PERSON", personMultiplier);
      multipliers.put("ORGANISATION", organisationMultiplier);
    }
    Map<String, BigDecimal> shares = new LinkedHashMap<>();
    if (classShares) {
      put(shares, "PRODUCER", producerShare);
      put(shares, "CONSUMER", consumerShare);
      put(shares, "INDIVIDUAL", individualShare);
      put(shares, "CUSTODIAN", custodianShare);
    }
    return new SchemeSettings(
        rule,
        multipliers,
        organisationsSplit,
        "plural-votes".equals(rule) ? pluralCap : null,
        pluralCapOfCast,
        shares,
        sharesOfEligible,
        minimumTurnout,
        belowTurnoutRedistribute);
  }

  private static void put(Map<String, BigDecimal> shares, String c, BigDecimal v) {
    if (v != null) {
      shares.put(c, v);
    }
  }

  public String getRule() {
    return rule;
  }

  public void setRule(String rule) {
    this.rule = rule;
  }

  public BigDecimal getPersonMultiplier() {
    return personMultiplier;
  }

  public void setPersonMultiplier(BigDecimal personMultiplier) {
    this.personMultiplier = personMultiplier;
  }

  public BigDecimal getOrganisationMultiplier() {
    return organisationMultiplier;
  }

  public void setOrganisationMultiplier(BigDecimal organisationMultiplier) {
    this.organisationMultiplier = organisationMultiplier;
  }

  public boolean isOrganisationsSplit() {
    return organisationsSplit;
  }

  public void setOrganisationsSplit(boolean organisationsSplit) {
    this.organisationsSplit = organisationsSplit;
  }

  public String getPluralCap() {
    return pluralCap;
  }

  public void setPluralCap(String pluralCap) {
    this.pluralCap = pluralCap;
  }

  public boolean isPluralCapOfCast() {
    return pluralCapOfCast;
  }

  public void setPluralCapOfCast(boolean pluralCapOfCast) {
    this.pluralCapOfCast = pluralCapOfCast;
  }

  public boolean isClassShares() {
    return classShares;
  }

  public void setClassShares(boolean classShares) {
    this.classShares = classShares;
  }

  public BigDecimal getProducerShare() {
    return producerShare;
  }

  public void setProducerShare(BigDecimal producerShare) {
    this.producerShare = producerShare;
  }

  public BigDecimal getConsumerShare() {
    return consumerShare;
  }

  public void setConsumerShare(BigDecimal consumerShare) {
    this.consumerShare = consumerShare;
  }

  public BigDecimal getIndividualShare() {
    return individualShare;
  }

  public void setIndividualShare(BigDecimal individualShare) {
    this.individualShare = individualShare;
  }

  public BigDecimal getCustodianShare() {
    return custodianShare;
  }

  public void setCustodianShare(BigDecimal custodianShare) {
    this.custodianShare = custodianShare;
  }

  public boolean isSharesOfEligible() {
    return sharesOfEligible;
  }

  public void setSharesOfEligible(boolean sharesOfEligible) {
    this.sharesOfEligible = sharesOfEligible;
  }

  public String getMinimumTurnout() {
    return minimumTurnout;
  }

  public void setMinimumTurnout(String minimumTurnout) {
    this.minimumTurnout = minimumTurnout;
  }

  public boolean isBelowTurnoutRedistribute() {
    return belowTurnoutRedistribute;
  }

  public void setBelowTurnoutRedistribute(boolean belowTurnoutRedistribute) {
    this.belowTurnoutRedistribute = belowTurnoutRedistribute;
  }
}
