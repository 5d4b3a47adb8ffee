package coop.spokes.identity.web;

import coop.spokes.identity.service.PasswordResetService;
import coop.spokes.platform.SpokesException;
import coop.spokes.platform.web.ClientAddress;
import coop.spokes.platform.web.FacesMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Asks for a password reset link; answers the same whether or not the address has an account. */
@Named
@RequestScoped
public class ForgotPasswordPage {
  @Inject PasswordResetService resets;
  @Inject ClientAddress clientAddress;

  @Inject
  @ConfigProperty(name = "spokes.identity.reset.token-minutes", defaultValue = "60")
  int tokenMinutes;

  private String email;

  public String submit() {
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    try {
      resets.requestReset(email, clientAddress.of(request));
    } catch (SpokesException e) {
      FacesMessages.show("forgotForm", e);
      return null;
    }
    FacesMessages.info("identity.forgot.sent", tokenMinutes);
    return "/identity/login.xhtml?faces-redirect=true";
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }
}
