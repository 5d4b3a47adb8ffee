package coop.spokes.contribution.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/** Addresses of contribution downloads, for pages (the REST resources check access). */
@Named
@ApplicationScoped
public class ContributionLinks {
  /** Where a payment's receipt PDF downloads. */
  public String receipt(long paymentId) {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
        + "/api/contribution/receipt/"
        + paymentId
        + ".pdf";
  }

  /** Where a member's statement of a year downloads. */
  public String statement(long memberId, int year) {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
        + "/api/contribution/statement/"
        + memberId
        + "/"
        + year
        + ".pdf";
  }
}
