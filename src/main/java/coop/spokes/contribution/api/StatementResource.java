package coop.spokes.contribution.api;

import coop.spokes.contribution.service.StatementService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

/**
 * {@code GET /api/contribution/statement/{member}/{year}.pdf}: a member's yearly statement (the
 * service checks who may).
 */
@Path("contribution/statement")
@RequestScoped
public class StatementResource {
  @Inject StatementService statements;

  @GET
  @Path("{member}/{year}.pdf")
  @Produces("application/pdf")
  public Response statement(@PathParam("member") long member, @PathParam("year") int year) {
    return Response.ok(statements.statement(member, year), "application/pdf")
        .header(
            "Content-Disposition",
            "attachment; filename=\"statement-" + member + "-" + year + ".pdf\"")
        .build();
  }
}
