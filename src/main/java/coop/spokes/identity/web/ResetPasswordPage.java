package coop.spokes.identity.web;

import coop.spokes.identity.service.PasswordResetService;
import coop.spokes.platform.SpokesException;
import coop.spokes.platform.web.FacesMessages;
import coop.spokes.platform.web.RequestParameters;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Objects;

/** Sets a new password with the single-use token from a reset or welcome mail. */
@Named
@RequestScoped
public class ResetPasswordPage {

  @Inject PasswordResetService resets;

  private String token;
  private boolean usable;
  private String password;
  private String confirmation;

  /** The link's token: from the address, then from the form's hidden field (stateless page). */
  @PostConstruct
  void init() {
    token = RequestParameters.get("token", 100).orElse(null);
    usable = resets.isUsable(token);
  }

  public String submit() {
    if (!Objects.equals(password, confirmation)) {
      FacesMessages.errorAt("resetForm:confirmation", "identity.password.mismatch");
      return null;
    }
    try {
      resets.resetPassword(token, password);
    } catch (SpokesException e) {
      FacesMessages.show("resetForm", e);
      return null;
    }
    FacesMessages.info("identity.reset.done");
    return "/identity/login.xhtml?faces-redirect=true";
  }

  public String getToken() {
    return token;
  }

  public boolean isUsable() {
    return usable;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getConfirmation() {
    return confirmation;
  }

  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation;
  }
}
