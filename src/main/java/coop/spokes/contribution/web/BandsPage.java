package coop.spokes.contribution.web;

import coop.spokes.contribution.model.Band;
import coop.spokes.contribution.service.BandService;
import coop.spokes.contribution.service.CountryBandRow;
import coop.spokes.platform.SpokesException;
import coop.spokes.platform.web.FacesMessages;
import coop.spokes.platform.web.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/** The solidarity band of every country, for admins: filter by band, change one. */
@Named
@ViewScoped
public class BandsPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject BandService bands;

  private Band filter;
  private PagedModel<CountryBandRow> model;
  private String country;
  private Band band;

  @PostConstruct
  void init() {
    model = new PagedModel<>(page -> bands.countries(filter, page), CountryBandRow::country);
  }

  public void change() {
    try {
      bands.changeCountry(country, band);
      FacesMessages.info("contribution.band.countryChanged", country, band);
    } catch (SpokesException e) {
      FacesMessages.show("bandsForm", e);
    }
  }

  /** A country's name in the page's language. */
  public String countryName(String code) {
    Locale page = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    return new Locale("", code).getDisplayCountry(page);
  }

  public List<Band> getBands() {
    return List.of(Band.values());
  }

  public PagedModel<CountryBandRow> getModel() {
    return model;
  }

  public Band getFilter() {
    return filter;
  }

  public void setFilter(Band filter) {
    this.filter = filter;
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }

  public Band getBand() {
    return band;
  }

  public void setBand(Band band) {
    this.band = band;
  }
}
