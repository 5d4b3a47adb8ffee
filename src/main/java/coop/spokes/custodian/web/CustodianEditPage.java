package coop.spokes.custodian.web;

import coop.spokes.custodian.model.CustodianDetails;
import coop.spokes.custodian.service.CustodianService;
import coop.spokes.custodian.service.CustodianSummary;
import coop.spokes.identity.service.AccountSummary;
import coop.spokes.platform.SpokesException;
import coop.spokes.platform.i18n.Languages;
import coop.spokes.platform.security.Access;
import coop.spokes.platform.security.Grant;
import coop.spokes.platform.web.FacesMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Creates or edits one custodian ({@code ?id=} for an existing one) and appoints or removes its
 * managers.
 */
@Named
@ViewScoped
public class CustodianEditPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject CustodianService custodians;
  @Inject Access access;

  private Long id;
  private long version;
  private String shortCode;
  private String name;
  private String jurisdiction;
  private String currency;
  private String defaultLanguage = Languages.DEFAULT;
  private List<String> languages = new ArrayList<>();
  private String theme = "default";
  private String contactEmail;
  private String contactAddress;
  private String termsVersion = "1";
  private String paymentInstructions = "";
  private List<AccountSummary> managers = List.of();
  private String managerEmail;

  /** Loads the custodian named by the {@code id} view parameter, if any. */
  public void load() {
    if (id == null) {
      return;
    }
    CustodianSummary c = custodians.get(id);
    version = c.version();
    shortCode = c.shortCode();
    name = c.name();
    jurisdiction = c.jurisdiction();
    currency = c.currency();
    defaultLanguage = c.defaultLanguage();
    languages = new ArrayList<>(c.languages());
    theme = c.theme();
    contactEmail = c.contactEmail();
    contactAddress = c.contactAddress();
    termsVersion = c.termsVersion();
    paymentInstructions = c.paymentInstructions();
    managers = custodians.managers(id);
  }

  public String save() {
    CustodianDetails details =
        new CustodianDetails(
            name,
            jurisdiction,
            currency,
            defaultLanguage,
            languages,
            theme,
            contactEmail,
            contactAddress,
            termsVersion,
            paymentInstructions);
    try {
      CustodianSummary saved =
          id == null
              ? custodians.create(shortCode, details)
              : custodians.update(id, version, details);
      FacesMessages.info("custodian.saved", saved.name());
      return "/custodian/custodian-edit.xhtml?faces-redirect=true&id=" + saved.id();
    } catch (SpokesException e) {
      FacesMessages.show("custodianForm", e);
      return null;
    }
  }

  public void appoint() {
    try {
      custodians.appointManager(id, managerEmail);
      FacesMessages.info("custodian.manager.appointed");
      managerEmail = null;
    } catch (SpokesException e) {
      FacesMessages.show("managersForm", e);
    }
    managers = custodians.managers(id);
  }

  public void remove(long accountId) {
    try {
      custodians.removeManager(id, accountId);
      FacesMessages.info("custodian.manager.removed");
    } catch (SpokesException e) {
      FacesMessages.show("managersForm", e);
    }
    managers = custodians.managers(id);
  }

  /** The theme folders shipped under themes/ (webapp resources/themes/). */
  public Set<String> getThemes() {
    Set<String> themes = new TreeSet<>();
    var paths =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getResourcePaths("/resources/themes/");
    if (paths != null) {
      for (String p : paths) {
        String[] parts = p.split("/");
        themes.add(parts[parts.length - 1]);
      }
    }
    return themes;
  }

  public List<String> getAllLanguages() {
    return Languages.SUPPORTED;
  }

  /**
   * Whether the caller may open the list of all custodians (admins); a custodian's own managers are
   * sent back to their home page instead, so no link leads them to a refusal.
   */
  public boolean isListAllowed() {
    return access.hasAny(Grant.admin());
  }

  public boolean isNew() {
    return id == null;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getShortCode() {
    return shortCode;
  }

  public void setShortCode(String shortCode) {
    this.shortCode = shortCode;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getJurisdiction() {
    return jurisdiction;
  }

  public void setJurisdiction(String jurisdiction) {
    this.jurisdiction = jurisdiction;
  }

  public String getCurrency() {
    return currency;
  }

  public void setCurrency(String currency) {
    this.currency = currency;
  }

  public String getDefaultLanguage() {
    return defaultLanguage;
  }

  public void setDefaultLanguage(String defaultLanguage) {
    this.defaultLanguage = defaultLanguage;
  }

  public List<String> getLanguages() {
    return languages;
  }

  public void setLanguages(List<String> languages) {
    this.languages = languages;
  }

  public String getTheme() {
    return theme;
  }

  public void setTheme(String theme) {
    this.theme = theme;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public void setContactEmail(String contactEmail) {
    this.contactEmail = contactEmail;
  }

  public String getContactAddress() {
    return contactAddress;
  }

  public void setContactAddress(String contactAddress) {
    this.contactAddress = contactAddress;
  }

  public String getTermsVersion() {
    return termsVersion;
  }

  public void setTermsVersion(String termsVersion) {
    this.termsVersion = termsVersion;
  }

  public String getPaymentInstructions() {
    return paymentInstructions;
  }

  public void setPaymentInstructions(String paymentInstructions) {
    this.paymentInstructions = paymentInstructions;
  }

  public List<AccountSummary> getManagers() {
    return managers;
  }

  public String getManagerEmail() {
    return managerEmail;
  }

  public void setManagerEmail(String managerEmail) {
    this.managerEmail = managerEmail;
  }
}
