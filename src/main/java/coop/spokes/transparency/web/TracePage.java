package coop.spokes.transparency.web;

import coop.spokes.platform.NotFoundException;
import coop.spokes.transparency.report.Period;
import coop.spokes.transparency.report.PeriodNames;
import coop.spokes.transparency.service.TraceFigure;
import coop.spokes.transparency.service.TraceLines;
import coop.spokes.transparency.service.TraceService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The lines behind one figure of a report ({@code trace.xhtml?period=2026&custodian=&figure=EXPENSE
 * &key=hosting&from=}), a page at a time; every parameter is checked by the service as the report
 * is.
 */
@Named
@RequestScoped
public class TracePage {
  @Inject TraceService traces;

  private String period;
  private Long custodian;
  private String figure;
  private String key;
  private String from;
  private TraceFigure kind;
  private TraceLines lines;
  private Period days;

  public void load() {
    Period p = PeriodNames.parse(period).orElseThrow(() -> new NotFoundException("period", period));
    days = p;
    try {
      kind = TraceFigure.valueOf(figure == null ? "" : figure);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException("figure", figure);
    }
    lines = traces.trace(custodian, p, kind, key, from);
  }

  /** The period's days. */
  public Period getDays() {
    return days;
  }

  public TraceLines getLines() {
    return lines;
  }

  public TraceFigure getKind() {
    return kind;
  }

  /** The custodian an income cell belongs to (its key's first part). */
  public Long getCellCustodian() {
    return kind == TraceFigure.INCOME ? Long.valueOf(key.split(":", 2)[0]) : custodian;
  }

  /** The class of an income cell (its key's second part). */
  public String getCellClass() {
    return kind == TraceFigure.INCOME ? key.split(":", 2)[1] : null;
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

  public String getFigure() {
    return figure;
  }

  public void setFigure(String figure) {
    this.figure = figure;
  }

  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }
}
