package coop.spokes.contribution.web;

import coop.spokes.contribution.service.CostLine;
import coop.spokes.contribution.service.CostService;
import coop.spokes.platform.SpokesException;
import coop.spokes.platform.i18n.Formatting;
import coop.spokes.platform.web.FacesMessages;
import coop.spokes.platform.web.PagedModel;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** Payable cost lines of paid (livelihood) work in a period, with totals and a CSV export. */
@Named
@ViewScoped
public class CostsPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject CostService costs;

  private LocalDate from = LocalDate.now().withDayOfMonth(1);
  private LocalDate to = LocalDate.now();
  private PagedModel<CostLine> model;
  private List<String> totals = List.of();

  public void load() {
    model = model(from, to);
    totals = totals(from, to);
  }

  public void show() {
    try {
      List<String> shown = totals(from, to);
      model = model(from, to);
      totals = shown;
    } catch (SpokesException e) {
      FacesMessages.show("costsForm", e);
    }
  }

  /** A table over the period, paged and sorted (by day) in the database. */
  private PagedModel<CostLine> model(LocalDate f, LocalDate t) {
    return new PagedModel<>(
        () -> costs.livelihoodCount(f, t),
        page ->
            costs.livelihood(
                f,
                t,
                "day".equals(page.sortField()) && !page.ascending(),
                page.first(),
                page.size()),
        CostLine::entryId);
  }

  /** The total amount per currency, as "123.45 EUR" (computed in the database). */
  private List<String> totals(LocalDate f, LocalDate t) {
    return costs.livelihoodTotals(f, t).entrySet().stream()
        .map(
            e ->
                Formatting.money(
                    e.getValue(),
                    e.getKey(),
                    FacesContext.getCurrentInstance().getViewRoot().getLocale()))
        .toList();
  }

  public List<String> getTotals() {
    return totals;
  }

  /** The CSV export of the period shown. */
  public String getCsvUrl() {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
        + "/api/contribution/costs.csv?from="
        + from
        + "&to="
        + to;
  }

  public PagedModel<CostLine> getModel() {
    return model;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
