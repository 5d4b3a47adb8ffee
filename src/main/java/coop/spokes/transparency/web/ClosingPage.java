package coop.spokes.transparency.web;

import coop.spokes.platform.SpokesException;
import coop.spokes.platform.web.FacesMessages;
import coop.spokes.transparency.service.ClosingService;
import coop.spokes.transparency.service.ClosingView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Closing months ({@code closing.xhtml}): the months closed so far; for treasurers of all
 * custodians, closing every open month up to a chosen one that has ended.
 */
@Named
@ViewScoped
public class ClosingPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ClosingService closing;

  private ClosingView view;
  private YearMonth through;

  public void load() {
    view = closing.view();
    through = view.lastClosable();
  }

  public void close() {
    try {
      int count = closing.close(through);
      FacesMessages.info("transparency.closing.closed", count);
      load();
    } catch (SpokesException e) {
      FacesMessages.show("closingForm", e);
    }
  }

  /** The months that may be closed now: from the first open one to the last that has ended. */
  public List<YearMonth> getClosable() {
    List<YearMonth> months = new ArrayList<>();
    YearMonth first = view.closed().isEmpty() ? view.lastClosable().minusMonths(11) : view.next();
    for (YearMonth m = view.lastClosable(); !m.isBefore(first); m = m.minusMonths(1)) {
      months.add(m);
    }
    return months;
  }

  public ClosingView getView() {
    return view;
  }

  public String getThrough() {
    return through == null ? null : through.toString();
  }

  public void setThrough(String through) {
    try {
      this.through = through == null || through.isBlank() ? null : YearMonth.parse(through);
    } catch (java.time.format.DateTimeParseException e) {
      this.through = null; // a forged value: refused by the service as no month
    }
  }
}
