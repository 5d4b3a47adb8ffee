package coop.spokes.membership.web;

import coop.spokes.custodian.service.CustodianService;
import coop.spokes.custodian.service.CustodianSummary;
import coop.spokes.membership.model.ApplicationDetails;
import coop.spokes.membership.model.MemberClass;
import coop.spokes.membership.model.MemberKind;
import coop.spokes.membership.service.JoinService;
import coop.spokes.platform.SpokesException;
import coop.spokes.platform.i18n.Languages;
import coop.spokes.platform.web.ClientAddress;
import coop.spokes.platform.web.FacesMessages;
import coop.spokes.platform.web.RequestParameters;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The public join form: class, kind (and an organisation's details), contact, country, language,
 * custodian (suggested from the country) and acceptance of that custodian's current terms.
 */
@Named
@RequestScoped
public class JoinPage {

  @Inject JoinService join;
  @Inject ClientAddress clientAddress;
  @Inject CustodianService custodians;

  private MemberClass memberClass;
  private MemberKind kind = MemberKind.PERSON;
  private String personName;
  private String email;
  private String residenceCountry;
  private String language;
  private String orgLegalName;
  private String orgRegistrationNumber;
  private String orgCountry;
  private Long custodianId;
  private boolean termsAccepted;
  private String website;
  private boolean submitted;
  private List<CustodianSummary> custodianList;

  @PostConstruct
  void init() {
    language = FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage();
    custodianList = custodians.listPublic();
    // Stateless page: what the form shows depends on choices already sent (the organisation's
    // fields, the chosen custodian's terms), so they are read before Faces decodes the form.
    RequestParameters.get("joinForm:kind", 20)
        .flatMap(
            k -> Arrays.stream(MemberKind.values()).filter(v -> v.name().equals(k)).findFirst())
        .ifPresent(k -> kind = k);
    RequestParameters.get("joinForm:custodian_input", 20)
        .filter(c -> c.matches("\\d{1,18}"))
        .ifPresent(c -> custodianId = Long.valueOf(c));
  }

  /** Suggests the custodian of the chosen country (the applicant may choose another). */
  public void countryChanged() {
    join.suggestedCustodian(residenceCountry).ifPresent(c -> custodianId = c.id());
  }

  public void submit() {
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    try {
      join.submit(
          custodianId == null ? -1 : custodianId,
          new ApplicationDetails(
              memberClass,
              kind,
              personName,
              email,
              residenceCountry,
              language,
              orgLegalName,
              orgRegistrationNumber,
              orgCountry),
          termsAccepted,
          website,
          clientAddress.of(request));
      submitted = true;
    } catch (SpokesException e) {
      FacesMessages.show("joinForm", e);
    }
  }

  /** The chosen custodian, for the terms line. */
  public CustodianSummary getCustodian() {
    return custodianId == null
        ? null
        : custodianList.stream().filter(c -> c.id() == custodianId).findFirst().orElse(null);
  }

  /** Countries by their name in the page's language. */
  public List<SelectItem> getCountries() {
    Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    Collator collator = Collator.getInstance(locale);
    return Arrays.stream(Locale.getISOCountries())
        .map(code -> new SelectItem(code, new Locale("", code).getDisplayCountry(locale)))
        .sorted(Comparator.comparing(SelectItem::getLabel, collator))
        .toList();
  }

  public List<MemberClass> getClasses() {
    return MemberClass.OPEN_TO_APPLICANTS;
  }

  public List<MemberKind> getKinds() {
    return Arrays.asList(MemberKind.values());
  }

  public List<String> getLanguages() {
    return Languages.SUPPORTED;
  }

  public List<CustodianSummary> getCustodians() {
    return custodianList;
  }

  public boolean isOrganisation() {
    return kind == MemberKind.ORGANISATION;
  }

  public boolean isSubmitted() {
    return submitted;
  }

  public MemberClass getMemberClass() {
    return memberClass;
  }

  public void setMemberClass(MemberClass memberClass) {
    this.memberClass = memberClass;
  }

  public MemberKind getKind() {
    return kind;
  }

  public void setKind(MemberKind kind) {
    this.kind = kind;
  }

  public String getPersonName() {
    return personName;
  }

  public void setPersonName(String personName) {
    this.personName = personName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getResidenceCountry() {
    return residenceCountry;
  }

  public void setResidenceCountry(String residenceCountry) {
    this.residenceCountry = residenceCountry;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public String getOrgLegalName() {
    return orgLegalName;
  }

  public void setOrgLegalName(String orgLegalName) {
    this.orgLegalName = orgLegalName;
  }

  public String getOrgRegistrationNumber() {
    return orgRegistrationNumber;
  }

  public void setOrgRegistrationNumber(String orgRegistrationNumber) {
    this.orgRegistrationNumber = orgRegistrationNumber;
  }

  public String getOrgCountry() {
    return orgCountry;
  }

  public void setOrgCountry(String orgCountry) {
    this.orgCountry = orgCountry;
  }

  public Long getCustodianId() {
    return custodianId;
  }

  public void setCustodianId(Long custodianId) {
    this.custodianId = custodianId;
  }

  public boolean isTermsAccepted() {
    return termsAccepted;
  }

  public void setTermsAccepted(boolean termsAccepted) {
    this.termsAccepted = termsAccepted;
  }

  public String getWebsite() {
    return website;
  }

  public void setWebsite(String website) {
    this.website = website;
  }
}
