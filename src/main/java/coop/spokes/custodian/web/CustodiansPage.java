package coop.spokes.custodian.web;

import coop.spokes.custodian.service.CustodianService;
import coop.spokes.custodian.service.CustodianSummary;
import coop.spokes.platform.web.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** Admin list of custodians, paged and sorted in the database. */
@Named
@ViewScoped
public class CustodiansPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject CustodianService custodians;

  private PagedModel<CustodianSummary> model;

  @PostConstruct
  void init() {
    model = new PagedModel<>(page -> custodians.page(page), CustodianSummary::id);
  }

  /**
   * Refuses anyone but admins before the page renders: the table's rows are read while it renders,
   * when a refusal could no longer change the answer's status once part of the page was sent.
   */
  public void load() {
    custodians.page(coop.spokes.platform.persistence.PageRequest.of(0, 1));
  }

  public PagedModel<CustodianSummary> getModel() {
    return model;
  }
}
