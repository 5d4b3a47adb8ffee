package coop.spokes.membership.web;

import coop.spokes.membership.model.MemberStatus;
import coop.spokes.membership.service.MemberRow;
import coop.spokes.membership.service.MemberService;
import coop.spokes.membership.service.MyMembershipService;
import coop.spokes.platform.SpokesException;
import coop.spokes.platform.web.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** "My membership": the memberships one holds or represents, certificates, listing, resigning. */
@Named
@ViewScoped
public class MyMembershipPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject MyMembershipService memberships;
  @Inject MemberService members;

  private List<MemberRow> mine;
  private String resignReason;

  @PostConstruct
  void init() {
    mine = memberships.mine();
  }

  public void resign(long memberId) {
    try {
      members.changeStatus(
          memberId,
          MemberStatus.LEFT,
          resignReason == null || resignReason.isBlank() ? "—" : resignReason);
      FacesMessages.info("membership.mine.resigned");
    } catch (SpokesException e) {
      FacesMessages.show("mineForm", e);
    }
    mine = memberships.mine();
  }

  public void setListed(long memberId, boolean listed) {
    try {
      memberships.setPublicListing(memberId, listed);
      FacesMessages.info(listed ? "membership.mine.listed" : "membership.mine.unlisted");
    } catch (SpokesException e) {
      FacesMessages.show("mineForm", e);
    }
    mine = memberships.mine();
  }

  /** Where the member's certificate downloads (the REST resource checks access). */
  public String certificateUrl(long memberId) {
    return jakarta.faces.context.FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestContextPath()
        + "/api/membership/certificate/"
        + memberId
        + ".pdf";
  }

  public List<MemberRow> getMine() {
    return mine;
  }

  public String getResignReason() {
    return resignReason;
  }

  public void setResignReason(String resignReason) {
    this.resignReason = resignReason;
  }
}
