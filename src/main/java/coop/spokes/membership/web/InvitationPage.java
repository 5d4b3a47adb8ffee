package coop.spokes.membership.web;

import coop.spokes.membership.service.InvitationService;
import coop.spokes.membership.service.InvitationView;
import coop.spokes.platform.SpokesException;
import coop.spokes.platform.web.FacesMessages;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Optional;

/**
 * Opens a member-import invitation: the person signs in (or chooses a password) and takes up the
 * membership; a person who is already a member elsewhere is pointed to the transfer instead.
 */
@Named
@ViewScoped
public class InvitationPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject InvitationService invitations;

  private String token;
  private InvitationView view;

  public void load() {
    view = invitations.view(token);
  }

  /** Accepts; then the person's membership page, or the page to choose their new password. */
  public void accept() throws IOException {
    try {
      Optional<String> passwordLink = invitations.accept(token);
      ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
      if (passwordLink.isPresent()) {
        ec.redirect(ec.getRequestContextPath() + passwordLink.get());
      } else {
        ec.getFlash().setKeepMessages(true);
        FacesMessages.info("membership.invitation.accepted");
        ec.redirect(ec.getRequestContextPath() + "/membership/mine.xhtml");
      }
    } catch (SpokesException e) {
      FacesMessages.show("invitationForm", e);
      load();
    }
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public InvitationView getView() {
    return view;
  }
}
