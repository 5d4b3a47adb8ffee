package coop.spokes.transparency.web;

import coop.spokes.platform.SpokesException;
import coop.spokes.platform.web.FacesMessages;
import coop.spokes.transparency.service.RateLine;
import coop.spokes.transparency.service.RateRow;
import coop.spokes.transparency.service.RateService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Exchange rates of a calendar year ({@code rates.xhtml?year=}): every treasurer reads them;
 * treasurers of all custodians set one, or import a CSV of reference rates (preview, then commit).
 */
@Named
@ViewScoped
public class RatesPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject RateService rates;

  private Integer year;
  private List<RateRow> rows;
  private String currency;
  private Integer month;
  private BigDecimal rate;
  private String source;
  private transient Part upload;
  private byte[] uploaded;
  private List<RateLine> preview;

  public void load() {
    if (year == null) {
      year = rates.currentYear();
    }
    rows = rates.rates(YearMonth.of(year, 1), YearMonth.of(year, 12));
  }

  public void save() {
    try {
      rates.set(currency, month == null ? null : YearMonth.of(year, month), rate, source);
      FacesMessages.info("transparency.rates.saved");
      rate = null;
      source = null;
      load();
    } catch (SpokesException e) {
      FacesMessages.show("rateForm", e);
    }
  }

  public void previewFile() {
    try {
      if (upload == null || upload.getSize() == 0 || upload.getSize() > 1024 * 1024) {
        FacesMessages.errorAt("importForm:file", "transparency.rates.file");
        return;
      }
      try (InputStream in = upload.getInputStream()) {
        uploaded = in.readAllBytes();
      }
      preview = rates.preview(uploaded);
    } catch (SpokesException e) {
      FacesMessages.show("importForm", e);
    } catch (IOException e) {
      FacesMessages.errorAt("importForm:file", "transparency.rates.file");
    }
  }

  public void commit() {
    try {
      int changed = rates.commit(uploaded);
      FacesMessages.info("transparency.rates.imported", changed);
      preview = null;
      uploaded = null;
      load();
    } catch (SpokesException e) {
      FacesMessages.show("importForm", e);
    }
  }

  public void cancel() {
    preview = null;
    uploaded = null;
  }

  /** Whether the preview has a line that cannot be taken. */
  public boolean isPreviewHasErrors() {
    return preview != null && preview.stream().anyMatch(l -> l.outcome() == RateLine.Outcome.ERROR);
  }

  public boolean isMayChange() {
    return rates.mayChange();
  }

  public String getReportingCurrency() {
    return rates.reportingCurrency();
  }

  public List<Integer> getMonths() {
    return IntStream.rangeClosed(1, 12).boxed().toList();
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public List<RateRow> getRows() {
    return rows;
  }

  public String getCurrency() {
    return currency;
  }

  public void setCurrency(String currency) {
    this.currency = currency;
  }

  public Integer getMonth() {
    return month;
  }

  public void setMonth(Integer month) {
    this.month = month;
  }

  public BigDecimal getRate() {
    return rate;
  }

  public void setRate(BigDecimal rate) {
    this.rate = rate;
  }

  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source;
  }

  public Part getUpload() {
    return upload;
  }

  public void setUpload(Part upload) {
    this.upload = upload;
  }

  public List<RateLine> getPreview() {
    return preview;
  }
}
