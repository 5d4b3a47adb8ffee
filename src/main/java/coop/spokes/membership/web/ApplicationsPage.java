package coop.spokes.membership.web;

import coop.spokes.custodian.service.CustodianService;
import coop.spokes.custodian.service.CustodianSummary;
import coop.spokes.membership.service.ApplicationReviewService;
import coop.spokes.membership.service.ApplicationRow;
import coop.spokes.platform.security.Access;
import coop.spokes.platform.security.Grant;
import coop.spokes.platform.security.Role;
import coop.spokes.platform.web.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The applications waiting for one custodian's managers ({@code ?custodian=}; a manager's own
 * custodian by default), filtered by name or e-mail, paged in the database.
 */
@Named
@ViewScoped
public class ApplicationsPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject ApplicationReviewService review;
  @Inject CustodianService custodians;
  @Inject Access access;

  private Long custodianId;
  private String search;
  private PagedModel<ApplicationRow> model;
  private List<CustodianSummary> choices;

  /** Loads the custodian named by the view parameter (or the caller's first), checking access. */
  public void load() {
    if (custodianId == null) {
      custodianId = access.firstScopeOf(Role.CUSTODIAN_MANAGER).orElse(null);
    }
    if (custodianId == null) {
      choices = custodians.listPublic();
      custodianId = choices.isEmpty() ? null : choices.get(0).id();
    }
    if (custodianId != null) {
      review.countPending(custodianId); // refuses another custodian's manager before anything shows
      long id = custodianId;
      model = new PagedModel<>(page -> review.pending(id, search, page), ApplicationRow::id);
    }
    choices = access.hasAny(Grant.admin()) ? custodians.listPublic() : List.of();
  }

  public String getCustodianName() {
    return custodianId == null
        ? ""
        : custodians.findPublic(custodianId).map(CustodianSummary::name).orElse("");
  }

  public PagedModel<ApplicationRow> getModel() {
    return model;
  }

  public List<CustodianSummary> getChoices() {
    return choices;
  }

  public Long getCustodianId() {
    return custodianId;
  }

  public void setCustodianId(Long custodianId) {
    this.custodianId = custodianId;
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }
}
