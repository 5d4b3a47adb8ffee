package coop.spokes.identity.web;

import coop.spokes.identity.service.AccountService;
import coop.spokes.identity.service.AccountSummary;
import coop.spokes.identity.service.SessionStamp;
import coop.spokes.platform.SpokesException;
import coop.spokes.platform.i18n.LanguageResolver;
import coop.spokes.platform.i18n.Languages;
import coop.spokes.platform.web.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/** The signed-in user's own account: name, language, time zone and password. */
@Named
@ViewScoped
public class ProfilePage implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final List<String> ZONES =
      java.util.stream.Stream.concat(
              java.util.stream.Stream.of("UTC"),
              ZoneId.getAvailableZoneIds().stream()
                  .filter(
                      z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/"))
                  .sorted())
          .toList();

  @Inject AccountService accounts;
  @Inject coop.spokes.identity.service.EmailChangeService emailChanges;

  private String newEmail;
  private String emailPassword;

  private AccountSummary account;
  private String displayName;
  private String language;
  private String timeZone;
  private String currentPassword;
  private String newPassword;
  private String confirmation;

  @PostConstruct
  void init() {
    account = accounts.mine();
    displayName = account.displayName();
    language = account.language();
    timeZone = account.timeZone();
  }

  public String save() {
    try {
      AccountSummary saved = accounts.updateProfile(displayName, language, timeZone);
      LanguageResolver.remember(
          (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest(),
          saved.email(),
          saved.language());
    } catch (SpokesException e) {
      FacesMessages.show("profileForm", e);
      return null;
    }
    FacesMessages.info("identity.profile.saved");
    return "/identity/account/profile.xhtml?faces-redirect=true";
  }

  public void changePassword() {
    if (!Objects.equals(newPassword, confirmation)) {
      FacesMessages.errorAt("passwordForm:confirmation", "identity.password.mismatch");
      return;
    }
    try {
      SessionStamp.Value stamp = accounts.changePassword(currentPassword, newPassword);
      // This session stays signed in; the account's other sessions end (StaleSignInFilter).
      SessionStamp.record(
          (HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(true),
          stamp);
      FacesMessages.info("identity.password.changed");
    } catch (SpokesException e) {
      FacesMessages.show(
          "passwordForm",
          e.field() != null && e.field().equals("password")
              ? new SpokesException("newPassword", e.key(), e.args())
              : e);
    } finally {
      currentPassword = null;
      newPassword = null;
      confirmation = null;
    }
  }

  public void changeEmail() {
    try {
      emailChanges.requestChange(newEmail, emailPassword);
      FacesMessages.info("identity.email.sent", newEmail);
      newEmail = null;
    } catch (SpokesException e) {
      FacesMessages.show("emailForm", e);
    } finally {
      emailPassword = null;
    }
  }

  public String getNewEmail() {
    return newEmail;
  }

  public void setNewEmail(String newEmail) {
    this.newEmail = newEmail;
  }

  public String getEmailPassword() {
    return emailPassword;
  }

  public void setEmailPassword(String emailPassword) {
    this.emailPassword = emailPassword;
  }

  public AccountSummary getAccount() {
    return account;
  }

  public List<String> getLanguages() {
    return Languages.SUPPORTED;
  }

  public List<String> getZones() {
    return ZONES;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public void setTimeZone(String timeZone) {
    this.timeZone = timeZone;
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getConfirmation() {
    return confirmation;
  }

  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation;
  }
}
