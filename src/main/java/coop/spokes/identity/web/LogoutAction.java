package coop.spokes.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** Signs out: ends the authentication and invalidates the session, then shows the home page. */
@Named
@RequestScoped
public class LogoutAction {

  public void logout() throws IOException, ServletException {
    ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) ec.getRequest();
    request.logout();
    ec.invalidateSession();
    ec.redirect(ec.getRequestContextPath() + "/index.xhtml");
  }
}
