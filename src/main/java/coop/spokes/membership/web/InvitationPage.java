package coop.spokes.membership.web;

import coop.spokes.membership.service.InvitationService;
import coop.spokes.membership.service.InvitationView;
import coop.spokes.platform.SpokesException;
import coop.spokes.platform.web.FacesMessages;
import coop.spokes.platform.web.RequestParameters;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Optional;

/**
 * Opens a member-import invitation: the person signs in (or chooses a password) and takes up the
 * membership; a person who is already a member elsewhere is pointed to the transfer instead.
 */
@Named
@RequestScoped
public class InvitationPage {

  @Inject InvitationService invitations;

  private String token;
  private InvitationView view;

  /** The link's token: from the address, then from the form's hidden field (stateless page). */
  @PostConstruct
  void load() {
    token = RequestParameters.get("token", 100).orElse(null);
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
        ec.redirect(ec.getRequestContextPath() + "/membership/my-membership.xhtml");
      }
    } catch (SpokesException e) {
      FacesMessages.show("invitationForm", e);
      load();
    }
  }

  public String getToken() {
    return token;
  }

  public InvitationView getView() {
    return view;
  }
}
