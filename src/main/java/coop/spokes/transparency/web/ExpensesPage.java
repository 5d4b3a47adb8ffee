package coop.spokes.transparency.web;

import coop.spokes.platform.persistence.PageRequest;
import coop.spokes.platform.web.PagedModel;
import coop.spokes.transparency.model.ExpenseState;
import coop.spokes.transparency.service.CustodianChoice;
import coop.spokes.transparency.service.ExpenseRow;
import coop.spokes.transparency.service.ExpenseService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Treasurers' expenses ({@code expenses.xhtml?custodian=&state=}): the claims waiting for the
 * caller's approval, then the expenses of one custodian they are a treasurer of (or of all, for
 * treasurers of all custodians), filtered by state, paged and sorted in the database.
 */
@Named
@ViewScoped
public class ExpensesPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ExpenseService expenses;

  private Long custodian;
  private ExpenseState state;
  private List<CustodianChoice> custodians;
  private PagedModel<ExpenseRow> waiting;
  private PagedModel<ExpenseRow> listed;

  public void load() {
    expenses.waiting(PageRequest.of(0, 1)); // refuses anyone who is not a treasurer at once
    custodians =
        expenses.submittableCustodians().stream().filter(CustodianChoice::treasurer).toList();
    if (custodian != null) {
      expenses.listed(custodian, state, PageRequest.of(0, 1)); // not found outside their scope
    } else if (!isTreasurerOfAll() && !custodians.isEmpty()) {
      custodian = custodians.get(0).id();
    }
    waiting = new PagedModel<>(page -> expenses.waiting(page), ExpenseRow::id);
    Long c = custodian;
    ExpenseState s = state;
    listed = new PagedModel<>(page -> expenses.listed(c, s, page), ExpenseRow::id);
  }

  /** Shows the chosen custodian and state, at an address that can be bookmarked. */
  public String filter() {
    return "/transparency/expenses?faces-redirect=true&includeViewParams=true";
  }

  /** Whether the caller sees every custodian's expenses (a treasurer of all custodians). */
  public boolean isTreasurerOfAll() {
    return expenses.isTreasurerOfAll();
  }

  public List<ExpenseState> getStates() {
    return List.of(ExpenseState.values());
  }

  public Long getCustodian() {
    return custodian;
  }

  public void setCustodian(Long custodian) {
    this.custodian = custodian;
  }

  public ExpenseState getState() {
    return state;
  }

  public void setState(ExpenseState state) {
    this.state = state;
  }

  public List<CustodianChoice> getCustodians() {
    return custodians;
  }

  public PagedModel<ExpenseRow> getWaiting() {
    return waiting;
  }

  public PagedModel<ExpenseRow> getListed() {
    return listed;
  }
}
