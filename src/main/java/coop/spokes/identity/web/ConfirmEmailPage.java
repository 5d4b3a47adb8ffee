package coop.spokes.identity.web;

import coop.spokes.identity.service.EmailChangeService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Opens the link sent to a new e-mail address. A session signed in under the old address ends, so
 * the next sign-in uses the new one.
 */
@Named
@RequestScoped
public class ConfirmEmailPage {
  @Inject EmailChangeService changes;

  private String token;
  private boolean confirmed;

  public void load() throws ServletException {
    confirmed = changes.confirm(token);
    ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) ec.getRequest();
    if (confirmed && request.getUserPrincipal() != null) {
      request.logout();
      ec.invalidateSession();
    }
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public boolean isConfirmed() {
    return confirmed;
  }
}
