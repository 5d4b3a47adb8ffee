package coop.spokes.membership.web;

import coop.spokes.custodian.service.CustodianService;
import coop.spokes.custodian.service.CustodianSummary;
import coop.spokes.membership.model.MemberStatus;
import coop.spokes.membership.service.MemberRow;
import coop.spokes.membership.service.MemberService;
import coop.spokes.membership.service.MyMembershipService;
import coop.spokes.membership.service.TransferRow;
import coop.spokes.membership.service.TransferService;
import coop.spokes.platform.SpokesException;
import coop.spokes.platform.web.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** "My membership": the memberships one holds or represents, certificates, listing, resigning. */
@Named
@ViewScoped
public class MyMembershipPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject MyMembershipService memberships;
  @Inject MemberService members;
  @Inject TransferService transfers;
  @Inject CustodianService custodians;

  private List<MemberRow> mine;
  private String resignReason;
  private List<TransferRow> myTransfers = List.of();
  private List<CustodianSummary> custodianChoices = List.of();
  private Long transferMemberId;
  private Long transferCustodianId;
  private boolean transferTermsAccepted;
  private String transferReason;

  @PostConstruct
  void init() {
    custodianChoices = custodians.listPublic();
    reload();
  }

  private void reload() {
    mine = memberships.mine();
    List<TransferRow> all = new ArrayList<>();
    for (MemberRow m : mine) {
      all.addAll(transfers.ofMember(m.id()));
    }
    myTransfers = all;
    if (transferMemberId == null && !mine.isEmpty()) {
      transferMemberId = mine.get(0).id();
    }
  }

  /** Asks to move the chosen membership to the chosen custodian, accepting its current terms. */
  public void requestTransfer() {
    try {
      if (!transferTermsAccepted) {
        FacesMessages.errorAt("mineForm:transferTerms", "membership.transfer.termsRequired");
        return;
      }
      transfers.request(
          transferMemberId == null ? -1 : transferMemberId,
          transferCustodianId,
          getTransferTermsVersion(),
          transferReason);
      FacesMessages.info("membership.transfer.requested");
      transferReason = null;
      transferTermsAccepted = false;
    } catch (SpokesException e) {
      FacesMessages.show("mineForm", e);
    }
    reload();
  }

  public void cancelTransfer(long transferId) {
    try {
      transfers.cancel(transferId);
      FacesMessages.info("membership.transfer.cancelled");
    } catch (SpokesException e) {
      FacesMessages.show("mineForm", e);
    }
    reload();
  }

  /** Accepts the new custodian's current terms for a pending move. */
  public void acceptTransferTerms(TransferRow t) {
    try {
      String current =
          custodians.findPublic(t.toCustodianId()).map(CustodianSummary::termsVersion).orElse(null);
      TransferRow after = transfers.acceptTerms(t.id(), current);
      FacesMessages.info(
          after.toNumber() == null
              ? "membership.transfer.termsAccepted"
              : "membership.transfers.completed",
          after.toNumber());
    } catch (SpokesException e) {
      FacesMessages.show("mineForm", e);
    }
    reload();
  }

  /** The current terms version of the custodian chosen to move to (shown before accepting). */
  public String getTransferTermsVersion() {
    if (transferCustodianId == null) {
      return null;
    }
    return custodianChoices.stream()
        .filter(c -> c.id() == transferCustodianId)
        .map(CustodianSummary::termsVersion)
        .findFirst()
        .orElse(null);
  }

  /** Whether any membership may ask to move (ACTIVE or LAPSED). */
  public boolean isTransferPossible() {
    return mine.stream()
        .anyMatch(m -> m.status() == MemberStatus.ACTIVE || m.status() == MemberStatus.LAPSED);
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
    reload();
  }

  public void setListed(long memberId, boolean listed) {
    try {
      memberships.setPublicListing(memberId, listed);
      FacesMessages.info(listed ? "membership.mine.listed" : "membership.mine.unlisted");
    } catch (SpokesException e) {
      FacesMessages.show("mineForm", e);
    }
    reload();
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

  public List<TransferRow> getMyTransfers() {
    return myTransfers;
  }

  public List<CustodianSummary> getCustodianChoices() {
    return custodianChoices;
  }

  public Long getTransferMemberId() {
    return transferMemberId;
  }

  public void setTransferMemberId(Long transferMemberId) {
    this.transferMemberId = transferMemberId;
  }

  public Long getTransferCustodianId() {
    return transferCustodianId;
  }

  public void setTransferCustodianId(Long transferCustodianId) {
    this.transferCustodianId = transferCustodianId;
  }

  public boolean isTransferTermsAccepted() {
    return transferTermsAccepted;
  }

  public void setTransferTermsAccepted(boolean transferTermsAccepted) {
    this.transferTermsAccepted = transferTermsAccepted;
  }

  public String getTransferReason() {
    return transferReason;
  }

  public void setTransferReason(String transferReason) {
    this.transferReason = transferReason;
  }

  public String getResignReason() {
    return resignReason;
  }

  public void setResignReason(String resignReason) {
    this.resignReason = resignReason;
  }
}
