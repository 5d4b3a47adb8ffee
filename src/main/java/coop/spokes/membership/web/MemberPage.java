package coop.spokes.membership.web;

import coop.spokes.identity.service.AccountSummary;
import coop.spokes.membership.model.MemberStatus;
import coop.spokes.membership.service.MemberRow;
import coop.spokes.membership.service.MemberService;
import coop.spokes.membership.service.StatusChangeRow;
import coop.spokes.membership.service.TransferRow;
import coop.spokes.membership.service.TransferService;
import coop.spokes.platform.SpokesException;
import coop.spokes.platform.web.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** One member for its custodian's managers: details, status change and history, representatives. */
@Named
@ViewScoped
public class MemberPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject MemberService members;
  @Inject TransferService transferService;

  private Long id;
  private MemberRow member;
  private List<StatusChangeRow> history = List.of();
  private List<AccountSummary> representatives = List.of();
  private List<TransferRow> transfers = List.of();
  private MemberStatus newStatus;
  private String reason;
  private String representativeEmail;

  public void load() {
    member = members.get(id == null ? -1 : id);
    history = members.history(member.id());
    representatives = members.representatives(member.id());
    transfers = transferService.ofMember(member.id());
  }

  public void changeStatus() {
    try {
      member = members.changeStatus(member.id(), newStatus, reason);
      FacesMessages.info("membership.member.statusChanged");
      reason = null;
      newStatus = null;
    } catch (SpokesException e) {
      FacesMessages.show("statusForm", e);
    }
    history = members.history(member.id());
  }

  public void addRepresentative() {
    try {
      members.addRepresentative(member.id(), representativeEmail);
      FacesMessages.info("membership.representative.invited", representativeEmail.strip());
      representativeEmail = null;
    } catch (SpokesException e) {
      FacesMessages.show("representativesForm", e);
    }
    representatives = members.representatives(member.id());
  }

  public void removeRepresentative(long accountId) {
    try {
      members.removeRepresentative(member.id(), accountId);
      FacesMessages.info("membership.representative.removed");
    } catch (SpokesException e) {
      FacesMessages.show("representativesForm", e);
    }
    representatives = members.representatives(member.id());
  }

  /** The statuses this member may move to. */
  public List<MemberStatus> getNextStatuses() {
    return member == null ? List.of() : List.copyOf(member.status().next());
  }

  public MemberRow getMember() {
    return member;
  }

  public List<StatusChangeRow> getHistory() {
    return history;
  }

  public List<TransferRow> getTransfers() {
    return transfers;
  }

  public List<AccountSummary> getRepresentatives() {
    return representatives;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public MemberStatus getNewStatus() {
    return newStatus;
  }

  public void setNewStatus(MemberStatus newStatus) {
    this.newStatus = newStatus;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getRepresentativeEmail() {
    return representativeEmail;
  }

  public void setRepresentativeEmail(String representativeEmail) {
    this.representativeEmail = representativeEmail;
  }
}
