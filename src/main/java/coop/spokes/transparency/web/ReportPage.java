package coop.spokes.transparency.web;

import coop.spokes.platform.web.FacesMessages;
import coop.spokes.transparency.model.ReportExport;
import coop.spokes.transparency.report.Period;
import coop.spokes.transparency.report.PeriodNames;
import coop.spokes.transparency.report.PeriodReport;
import coop.spokes.transparency.report.PeriodReports;
import coop.spokes.transparency.report.Rates;
import coop.spokes.transparency.service.CustodianChoice;
import coop.spokes.transparency.service.ExpenseService;
import coop.spokes.transparency.service.ExportStatus;
import coop.spokes.transparency.service.ReportExportService;
import coop.spokes.transparency.service.ReportService;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A period's report for treasurers ({@code report.xhtml?period=2026-Q1&custodian=}): one
 * custodian's in its currency, or the consolidated report in the reporting currency for treasurers
 * of all custodians; when a rate is missing, which one instead of the figures.
 */
@Named
@ViewScoped
public class ReportPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ReportService reports;
  @Inject ExpenseService expenses;
  @Inject ReportExportService exports;

  private String period;
  private Long custodian;
  private List<CustodianChoice> custodians;
  private boolean consolidated;
  private transient PeriodReports.Outcome outcome;
  private String export;
  private ExportStatus exportStatus;

  public void load() {
    consolidated = expenses.isTreasurerOfAll();
    custodians =
        expenses.submittableCustodians().stream().filter(CustodianChoice::treasurer).toList();
    if (custodian == null && !consolidated && !custodians.isEmpty()) {
      custodian = custodians.get(0).id();
    }
    Period p = PeriodNames.parse(period).orElse(null);
    if (p == null) {
      if (period != null) {
        FacesMessages.errorAt("periodForm:period", "transparency.report.period");
      }
      YearMonth last = YearMonth.now(Clock.systemUTC().withZone(ZoneOffset.UTC)).minusMonths(1);
      p = Period.of(last);
      period = PeriodNames.name(p);
    }
    outcome = reports.report(custodian, p); // refuses another custodian's, as if it did not exist
    refreshExport();
  }

  /** Starts exporting the report as a PDF; the page then follows its progress. */
  public String exportPdf() {
    return startExport(ReportExport.Format.PDF);
  }

  /** Starts exporting the lines behind the report as CSV; the page follows its progress. */
  public String exportCsv() {
    return startExport(ReportExport.Format.CSV);
  }

  private String startExport(ReportExport.Format format) {
    export =
        exports.start(
            custodian, period, format, FacesContext.getCurrentInstance().getViewRoot().getLocale());
    return show();
  }

  /** Reads how far the export the page follows got (the poll calls it every second). */
  public void refreshExport() {
    exportStatus = export == null || export.isBlank() ? null : exports.status(export);
  }

  /** The export the page follows, or null. */
  public ExportStatus getExportStatus() {
    return exportStatus;
  }

  public String getExport() {
    return export;
  }

  public void setExport(String export) {
    this.export = export;
  }

  /** Shows the chosen period and custodian, at an address that can be bookmarked. */
  public String show() {
    return "/transparency/report?faces-redirect=true&includeViewParams=true";
  }

  /** The report, when every rate it needs is known. */
  public PeriodReport getReport() {
    return outcome instanceof PeriodReports.Worked w ? w.report() : null;
  }

  /** The rates the report lacks, when it lacks some. */
  public List<Rates.Key> getMissing() {
    return outcome instanceof PeriodReports.MissingRates m ? m.missing() : List.of();
  }

  public String getPeriod() {
    return period;
  }

  public void setPeriod(String period) {
    this.period = period;
  }

  public Long getCustodian() {
    return custodian;
  }

  public void setCustodian(Long custodian) {
    this.custodian = custodian;
  }

  public List<CustodianChoice> getCustodians() {
    return custodians;
  }

  public boolean isConsolidated() {
    return consolidated;
  }
}
