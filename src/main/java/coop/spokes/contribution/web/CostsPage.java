package coop.spokes.contribution.web;

import coop.spokes.contribution.service.CostLine;
import coop.spokes.contribution.service.CostService;
import coop.spokes.platform.SpokesException;
import coop.spokes.platform.web.FacesMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Payable cost lines of paid (livelihood) work in a period, with totals and a CSV export. */
@Named
@ViewScoped
public class CostsPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject CostService costs;

  private LocalDate from = LocalDate.now().withDayOfMonth(1);
  private LocalDate to = LocalDate.now();
  private List<CostLine> lines = List.of();

  public void load() {
    lines = costs.livelihood(from, to);
  }

  public void show() {
    try {
      lines = costs.livelihood(from, to);
    } catch (SpokesException e) {
      FacesMessages.show("costsForm", e);
    }
  }

  /** The total amount per currency, as "123.45 EUR". */
  public List<String> getTotals() {
    Map<String, BigDecimal> totals = new TreeMap<>();
    for (CostLine l : lines) {
      if (l.amount() != null) {
        totals.merge(l.currency(), l.amount(), BigDecimal::add);
      }
    }
    return totals.entrySet().stream()
        .map(e -> e.getValue().toPlainString() + " " + e.getKey())
        .toList();
  }

  /** The CSV export of the period shown. */
  public String getCsvUrl() {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
        + "/api/contribution/costs.csv?from="
        + from
        + "&to="
        + to;
  }

  public List<CostLine> getLines() {
    return lines;
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
