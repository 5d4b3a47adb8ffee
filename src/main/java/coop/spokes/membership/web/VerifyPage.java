package coop.spokes.membership.web;

import coop.spokes.membership.service.JoinService;
import coop.spokes.platform.SpokesException;
import coop.spokes.platform.web.ClientAddress;
import coop.spokes.platform.web.FacesMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** Opens a verification link; when it is not valid any more, offers to send a new one. */
@Named
@RequestScoped
public class VerifyPage {

  @Inject JoinService join;
  @Inject ClientAddress clientAddress;

  private String token;
  private boolean verified;
  private boolean resent;
  private String email;

  public void load() {
    if (token != null) {
      verified = join.verify(token);
    }
  }

  public void resend() {
    try {
      join.resendVerification(
          email,
          clientAddress.of(
              (HttpServletRequest)
                  FacesContext.getCurrentInstance().getExternalContext().getRequest()));
      resent = true;
    } catch (SpokesException e) {
      FacesMessages.show("resendForm", e);
    }
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public boolean isVerified() {
    return verified;
  }

  public boolean isResent() {
    return resent;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }
}
