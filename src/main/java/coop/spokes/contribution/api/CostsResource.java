package coop.spokes.contribution.api;

import coop.spokes.contribution.service.CostService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;

/**
 * {@code GET /api/contribution/costs.csv?from=&to=&custodian=}: payable cost lines of paid work, of
 * the circles a custodian pays or of every circle (the service checks who may).
 */
@Path("contribution/costs.csv")
@RequestScoped
public class CostsResource {
  @Inject CostService costs;

  @GET
  @Produces("text/csv")
  public Response costs(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("custodian") Long custodian) {
    LocalDate f = parse(from);
    LocalDate t = parse(to);
    StreamingOutput body = costs.exportCsv(custodian, f, t)::writeTo;
    return Response.ok(body, "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"paid-work-" + f + "-" + t + ".csv\"")
        .build();
  }

  private static LocalDate parse(String value) {
    try {
      return value == null ? null : LocalDate.parse(value.strip());
    } catch (RuntimeException e) {
      return null;
    }
  }
}
