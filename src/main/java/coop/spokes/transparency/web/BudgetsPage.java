package coop.spokes.transparency.web;

import coop.spokes.platform.SpokesException;
import coop.spokes.platform.persistence.PageRequest;
import coop.spokes.platform.web.FacesMessages;
import coop.spokes.transparency.service.BudgetLine;
import coop.spokes.transparency.service.BudgetService;
import coop.spokes.transparency.service.BudgetView;
import coop.spokes.transparency.service.CustodianChoice;
import coop.spokes.transparency.service.ExpenseService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A custodian's budget for one of its fiscal years ({@code budgets.xhtml?custodian=&year=}): an
 * amount per category, set by its treasurers until a month of that year is closed.
 */
@Named
@ViewScoped
public class BudgetsPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject BudgetService budgets;
  @Inject ExpenseService expenses;

  private Long custodian;
  private Integer year;
  private List<CustodianChoice> custodians;
  private BudgetView view;
  private List<Line> lines;

  /** A category's amount being edited. */
  public static class Line implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String category;
    private BigDecimal amount;

    Line(BudgetLine l) {
      this.category = l.categoryCode();
      this.amount = l.amount();
    }

    public String getCategory() {
      return category;
    }

    public BigDecimal getAmount() {
      return amount;
    }

    public void setAmount(BigDecimal amount) {
      this.amount = amount;
    }
  }

  public void load() {
    custodians =
        expenses.submittableCustodians().stream().filter(CustodianChoice::treasurer).toList();
    if (custodian == null) {
      if (custodians.isEmpty()) {
        expenses.waiting(PageRequest.of(0, 1)); // refuses anyone who is not a treasurer
      }
      custodian = custodians.get(0).id();
    }
    if (year == null) {
      year = budgets.currentYear(custodian);
    }
    show(budgets.budget(custodian, year));
  }

  public void save() {
    try {
      Map<String, BigDecimal> amounts = new HashMap<>();
      lines.forEach(l -> amounts.put(l.category, l.amount));
      show(budgets.save(custodian, year, amounts));
      FacesMessages.info("transparency.budget.saved", view.label());
    } catch (SpokesException e) {
      int row = -1;
      for (int i = 0; i < lines.size(); i++) {
        if (("amount_" + lines.get(i).category).equals(e.field())) {
          row = i;
        }
      }
      if (row < 0) {
        FacesMessages.show("budgetForm", e);
      } else {
        FacesMessages.errorAt("budgetForm:lines:" + row + ":amount", e.key(), e.args());
      }
    }
  }

  /** Shows the chosen custodian's budget, at an address that can be bookmarked. */
  public String choose() {
    return "/transparency/budgets?faces-redirect=true&includeViewParams=true";
  }

  private void show(BudgetView v) {
    view = v;
    lines = new ArrayList<>(v.lines().stream().map(Line::new).toList());
  }

  public Long getCustodian() {
    return custodian;
  }

  public void setCustodian(Long custodian) {
    this.custodian = custodian;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public List<CustodianChoice> getCustodians() {
    return custodians;
  }

  public BudgetView getView() {
    return view;
  }

  public List<Line> getLines() {
    return lines;
  }
}
