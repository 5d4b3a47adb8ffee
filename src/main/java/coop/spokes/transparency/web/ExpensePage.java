package coop.spokes.transparency.web;

import coop.spokes.platform.SpokesException;
import coop.spokes.platform.web.FacesMessages;
import coop.spokes.transparency.model.ExpenseDetails;
import coop.spokes.transparency.service.ExpenseRow;
import coop.spokes.transparency.service.ExpenseService;
import coop.spokes.transparency.service.ExpenseView;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * One expense ({@code expense.xhtml?id=}): its details, receipt, approvals and earlier revisions;
 * for its approvers, approve or reject with a comment; for treasurers, mark it paid; for its
 * claimant and treasurers, change it (a new revision, to approve again).
 */
@Named
@ViewScoped
public class ExpensePage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ExpenseService expenses;

  private long id;
  private ExpenseView view;
  private ExpenseForm form;
  private String comment;

  public void load() {
    view = expenses.get(id); // not found for anyone who may not see it
    ExpenseRow e = view.expense();
    form =
        ExpenseForm.of(
            new ExpenseDetails(
                e.categoryCode(),
                e.payeeName(),
                e.payeePublicName(),
                e.amount(),
                e.currency(),
                e.spentOn(),
                e.description()));
  }

  public void approve() {
    try {
      ExpenseRow e = expenses.approve(id);
      FacesMessages.info(
          e.state() == coop.spokes.transparency.model.ExpenseState.APPROVED
              ? "transparency.expense.approvedNow"
              : "transparency.expense.approvalRecorded");
    } catch (SpokesException e) {
      FacesMessages.show("decisionForm", e);
    }
    refresh();
  }

  public void reject() {
    try {
      expenses.reject(id, comment);
      FacesMessages.info("transparency.expense.rejectedNow");
      comment = null;
    } catch (SpokesException e) {
      FacesMessages.show("decisionForm", e);
    }
    refresh();
  }

  public void pay() {
    try {
      expenses.pay(id);
      FacesMessages.info("transparency.expense.paidNow");
    } catch (SpokesException e) {
      FacesMessages.show("decisionForm", e);
    }
    refresh();
  }

  public void revise() {
    try {
      expenses.revise(id, view.expense().revision(), form.details(), form.upload());
      FacesMessages.info("transparency.expense.revisedNow");
      load();
    } catch (SpokesException e) {
      FacesMessages.show("changeForm", e);
    }
  }

  private void refresh() {
    view = expenses.get(id);
  }

  /** Where its receipt is downloaded (the API checks again who may), or null without one. */
  public String getReceiptUrl() {
    ExpenseRow e = view.expense();
    if (e.receipt() == null) {
      return null;
    }
    return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
        + "/api/expenses/"
        + e.id()
        + "/receipts/"
        + e.receipt().id();
  }

  /** Whether the expense is an invoice (its payee is named, not the claimant). */
  public boolean isInvoice() {
    return !view.expense().reimbursement();
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  public ExpenseView getView() {
    return view;
  }

  public ExpenseForm getForm() {
    return form;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}
