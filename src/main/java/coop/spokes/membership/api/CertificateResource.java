package coop.spokes.membership.api;

import coop.spokes.membership.service.MyMembershipService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

/**
 * {@code GET /api/membership/certificate/{member}.pdf}: the member's certificate (the service
 * checks who may).
 */
@Path("membership/certificate")
@RequestScoped
public class CertificateResource {
  @Inject MyMembershipService memberships;

  @GET
  @Path("{member}.pdf")
  @Produces("application/pdf")
  public Response certificate(@PathParam("member") long member) {
    return Response.ok(memberships.certificate(member), "application/pdf")
        .header(
            "Content-Disposition",
            "attachment; filename=\"membership-certificate-" + member + ".pdf\"")
        .build();
  }
}
