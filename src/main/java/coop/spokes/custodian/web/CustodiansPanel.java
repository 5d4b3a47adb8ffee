package coop.spokes.custodian.web;

import coop.spokes.custodian.service.CustodianService;
import coop.spokes.custodian.service.CustodianSummary;
import coop.spokes.platform.persistence.PageRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The admin dashboard panel listing custodians (the first twenty by name). */
@Named
@RequestScoped
public class CustodiansPanel {
  @Inject CustodianService custodians;

  private List<CustodianSummary> list;

  public List<CustodianSummary> getCustodians() {
    if (list == null) {
      list = custodians.page(new PageRequest(0, 20, "name", true)).items();
    }
    return list;
  }
}
