package coop.spokes.transparency.web;

import coop.spokes.platform.SpokesException;
import coop.spokes.platform.web.FacesMessages;
import coop.spokes.platform.web.PagedModel;
import coop.spokes.transparency.service.CustodianChoice;
import coop.spokes.transparency.service.ExpenseRow;
import coop.spokes.transparency.service.ExpenseService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Claims for reimbursement ({@code claims.xhtml}): any active member claims an expense they paid,
 * with its receipt, from their custodian; a treasurer also records an invoice to another payee.
 * Below, the caller's own claims and where each stands.
 */
@Named
@ViewScoped
public class ClaimsPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ExpenseService expenses;

  private List<CustodianChoice> custodians;
  private Long custodianId;
  private boolean invoice;
  private ExpenseForm form = new ExpenseForm();
  private PagedModel<ExpenseRow> mine;
  private boolean paidWorkNamed;

  public void load() {
    custodians = expenses.submittableCustodians();
    paidWorkNamed = expenses.isPaidWorkNamed();
    if (custodianId == null && !custodians.isEmpty()) {
      custodianId = custodians.get(0).id();
    }
    if (form.getCurrency() == null) {
      chosen().ifPresent(c -> form.setCurrency(c.currency()));
    }
    mine = new PagedModel<>(page -> expenses.mine(page), ExpenseRow::id);
  }

  /** Names the reader's paid work on the public page, or stops naming it. */
  public void saveNamed() {
    expenses.namePaidWork(paidWorkNamed);
    FacesMessages.info(
        paidWorkNamed ? "transparency.claims.namedNow" : "transparency.claims.unnamedNow");
  }

  public boolean isPaidWorkNamed() {
    return paidWorkNamed;
  }

  public void setPaidWorkNamed(boolean paidWorkNamed) {
    this.paidWorkNamed = paidWorkNamed;
  }

  /** Submits the claim (or, for a treasurer who ticked it, the invoice). */
  public void submit() {
    try {
      if (chosen().isEmpty()) {
        FacesMessages.errorAt("claimForm:custodian", "transparency.claim.custodian");
        return;
      }
      boolean asInvoice = invoice && chosen().get().treasurer();
      ExpenseRow e = expenses.submit(custodianId, form.details(), form.upload(), !asInvoice);
      FacesMessages.info("transparency.claim.submitted", e.approvalsRequired());
      form = new ExpenseForm();
      form.setCurrency(chosen().map(CustodianChoice::currency).orElse(null));
      invoice = false;
    } catch (SpokesException e) {
      FacesMessages.show("claimForm", e);
    }
  }

  private java.util.Optional<CustodianChoice> chosen() {
    return custodians.stream().filter(c -> Long.valueOf(c.id()).equals(custodianId)).findFirst();
  }

  /** Whether the caller may record an invoice to another payee for some custodian. */
  public boolean isTreasurer() {
    return custodians.stream().anyMatch(CustodianChoice::treasurer);
  }

  public List<CustodianChoice> getCustodians() {
    return custodians;
  }

  public Long getCustodianId() {
    return custodianId;
  }

  public void setCustodianId(Long custodianId) {
    this.custodianId = custodianId;
  }

  public boolean isInvoice() {
    return invoice;
  }

  public void setInvoice(boolean invoice) {
    this.invoice = invoice;
  }

  public ExpenseForm getForm() {
    return form;
  }

  public PagedModel<ExpenseRow> getMine() {
    return mine;
  }
}
