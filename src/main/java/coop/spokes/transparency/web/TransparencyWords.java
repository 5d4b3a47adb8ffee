package coop.spokes.transparency.web;

import coop.spokes.transparency.service.CategoryRow;
import coop.spokes.transparency.service.CustodianChoice;
import coop.spokes.transparency.service.ExpenseService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * Category and custodian names in the reader's language, read once per request, for every
 * transparency page.
 */
@Named
@RequestScoped
public class TransparencyWords {
  @Inject ExpenseService expenses;

  private List<CategoryRow> categories;
  private List<CustodianChoice> custodians;

  /** Every category, in order. */
  public List<CategoryRow> getCategories() {
    if (categories == null) {
      categories = expenses.categories();
    }
    return categories;
  }

  /** The categories a claim may use. */
  public List<CategoryRow> getClaimable() {
    return getCategories().stream().filter(CategoryRow::claimable).toList();
  }

  /** The name of category {@code code} in the page's language. */
  public String category(String code) {
    return getCategories().stream()
        .filter(c -> c.code().equals(code))
        .findFirst()
        .map(c -> c.name(FacesContext.getCurrentInstance().getViewRoot().getLocale()))
        .orElse(code);
  }

  /** The name of custodian {@code id}, among those the reader submits to or treasures. */
  public String custodianName(long id) {
    if (custodians == null) {
      custodians = expenses.submittableCustodians();
    }
    return custodians.stream()
        .filter(c -> c.id() == id)
        .findFirst()
        .map(CustodianChoice::name)
        .orElse("—");
  }
}
