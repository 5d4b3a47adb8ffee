package coop.spokes.membership.web;

import coop.spokes.custodian.service.CustodianService;
import coop.spokes.custodian.service.CustodianSummary;
import coop.spokes.membership.service.TransferRow;
import coop.spokes.membership.service.TransferService;
import coop.spokes.platform.SpokesException;
import coop.spokes.platform.security.Access;
import coop.spokes.platform.security.Grant;
import coop.spokes.platform.security.Role;
import coop.spokes.platform.web.FacesMessages;
import coop.spokes.platform.web.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Moves to or from one custodian waiting for its managers ({@code ?custodian=}; a manager's own
 * custodian by default): approve, or refuse with a reason.
 */
@Named
@ViewScoped
public class TransfersPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject TransferService transfers;
  @Inject CustodianService custodians;
  @Inject Access access;

  private Long custodianId;
  private String custodianName = "";
  private PagedModel<TransferRow> model;
  private String rejectReason;
  private List<CustodianSummary> choices = List.of();

  /** Loads the custodian named by the view parameter (or the caller's first), checking access. */
  public void load() {
    if (custodianId == null) {
      custodianId = access.firstScopeOf(Role.CUSTODIAN_MANAGER).orElse(null);
    }
    if (custodianId == null) {
      custodianId = custodians.listPublic().stream().findFirst().map(c -> c.id()).orElse(null);
    }
    if (custodianId != null) {
      long id = custodianId;
      transfers.countAwaiting(id); // refuses another custodian's manager before anything shows
      custodianName = custodians.findPublic(id).map(CustodianSummary::name).orElse("");
      model = new PagedModel<>(page -> transfers.pending(id, page), TransferRow::id);
    }
    choices = access.hasAny(Grant.admin()) ? custodians.listPublic() : List.of();
  }

  /** The custodians an admin may switch between (none for a custodian's managers). */
  public List<CustodianSummary> getChoices() {
    return choices;
  }

  public void approve(long transferId) {
    try {
      TransferRow t = transfers.approve(transferId, custodianId);
      FacesMessages.info(
          t.toNumber() == null ? "membership.transfers.approved" : "membership.transfers.completed",
          t.toNumber());
    } catch (SpokesException e) {
      FacesMessages.show("transfersForm", e);
    }
  }

  public void reject(long transferId) {
    try {
      transfers.reject(transferId, custodianId, rejectReason);
      FacesMessages.info("membership.transfers.rejected");
      rejectReason = null;
    } catch (SpokesException e) {
      FacesMessages.show("transfersForm", e);
    }
  }

  /** Whether this custodian's managers still have to decide on {@code t}. */
  public boolean awaitsUs(TransferRow t) {
    return t.fromCustodianId() == custodianId
        ? t.fromApprovedAt() == null
        : t.toApprovedAt() == null;
  }

  public String getCustodianName() {
    return custodianName;
  }

  public PagedModel<TransferRow> getModel() {
    return model;
  }

  public Long getCustodianId() {
    return custodianId;
  }

  public void setCustodianId(Long custodianId) {
    this.custodianId = custodianId;
  }

  public String getRejectReason() {
    return rejectReason;
  }

  public void setRejectReason(String rejectReason) {
    this.rejectReason = rejectReason;
  }
}
