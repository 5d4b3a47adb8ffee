package coop.spokes.contribution.web;

import coop.spokes.contribution.service.CostLine;
import coop.spokes.contribution.service.CostService;
import coop.spokes.contribution.service.MemberPaidWork;
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

/**
 * Payable cost lines of paid (livelihood) work in a period ({@code costs.xhtml?custodian=}): of the
 * circles a custodian pays, or of every circle for treasurers of all custodians and admins; what
 * each member is owed and was paid, marked paid per member and period; totals and a CSV export.
 */
@Named
@ViewScoped
public class CostsPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject CostService costs;

  private LocalDate from = LocalDate.now().withDayOfMonth(1);
  private LocalDate to = LocalDate.now();
  private Long custodian;
  private PagedModel<CostLine> model;
  private List<String> totals = List.of();
  private MemberPaidWork.Owed members = new MemberPaidWork.Owed(List.of(), false);

  public void load() {
    if (custodian == null && !costs.seesEveryCircle()) {
      custodian = costs.ownCustodian().orElse(null);
    }
    model = model(from, to);
    totals = totals(from, to);
    members = costs.byMember(custodian, from, to);
  }

  public void show() {
    try {
      List<String> shown = totals(from, to);
      model = model(from, to);
      totals = shown;
      members = costs.byMember(custodian, from, to);
    } catch (SpokesException e) {
      FacesMessages.show("costsForm", e);
    }
  }

  /** Marks the lines of the period owed to a member paid. */
  public void markPaid(long memberId) {
    try {
      int count = costs.markPaid(custodian, memberId, from, to);
      FacesMessages.info("contribution.costs.markedPaid", count);
    } catch (SpokesException e) {
      FacesMessages.show("costsForm", e);
    }
    show();
  }

  public MemberPaidWork.Owed getMembers() {
    return members;
  }

  public Long getCustodian() {
    return custodian;
  }

  public void setCustodian(Long custodian) {
    this.custodian = custodian;
  }

  /** The amounts of a map per currency, formatted for the reader ("12,00 €, £3.00"). */
  public String amounts(java.util.Map<String, java.math.BigDecimal> byCurrency) {
    java.util.Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    return byCurrency.entrySet().stream()
        .map(e -> Formatting.money(e.getValue(), e.getKey(), locale))
        .collect(java.util.stream.Collectors.joining(", "));
  }

  /** A table over the period, paged and sorted (by day) in the database. */
  private PagedModel<CostLine> model(LocalDate f, LocalDate t) {
    Long c = custodian;
    return new PagedModel<>(
        () -> costs.livelihoodCount(c, f, t),
        page ->
            costs.livelihood(
                c,
                f,
                t,
                "day".equals(page.sortField()) && !page.ascending(),
                page.first(),
                page.size()),
        CostLine::entryId);
  }

  /** The total amount per currency, as "123.45 EUR" (computed in the database). */
  private List<String> totals(LocalDate f, LocalDate t) {
    return costs.livelihoodTotals(custodian, f, t).entrySet().stream()
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
        + to
        + (custodian == null ? "" : "&custodian=" + custodian);
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
