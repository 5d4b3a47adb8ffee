package coop.spokes.membership.web;

import coop.spokes.membership.service.MyMembershipService;
import coop.spokes.membership.service.PublicOrganisation;
import coop.spokes.platform.web.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The public list of member organisations that chose to be listed. */
@Named
@RequestScoped
public class OrganisationsPage {

  @Inject MyMembershipService memberships;

  private PagedModel<PublicOrganisation> model;

  @PostConstruct
  void init() {
    model = new PagedModel<>(page -> memberships.publicOrganisations(page), PublicOrganisation::id);
  }

  public PagedModel<PublicOrganisation> getModel() {
    return model;
  }
}
