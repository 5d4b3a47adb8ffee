package coop.spokes.contribution.api;

import coop.spokes.contribution.service.PaymentService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

/** {@code GET /api/contribution/receipt/{payment}.pdf}: a receipt (the service checks who may). */
@Path("contribution/receipt")
@RequestScoped
public class ReceiptResource {
  @Inject PaymentService payments;

  @GET
  @Path("{payment}.pdf")
  @Produces("application/pdf")
  public Response receipt(@PathParam("payment") long payment) {
    return Response.ok(payments.receipt(payment), "application/pdf")
        .header("Content-Disposition", "attachment; filename=\"receipt-" + payment + ".pdf\"")
        .build();
  }
}
