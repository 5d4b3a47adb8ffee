package coop.spokes.transparency.api;

import coop.spokes.transparency.service.PublicReportService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/transparency/{period}}: the public transparency page's figures as JSON, for
 * anyone, described in the OpenAPI document Payara serves at {@code /openapi}.
 */
@Path("transparency")
@RequestScoped
@Tag(
    name = "transparency",
    description =
        "The cooperative's published income and spending, aggregated, with no personal data")
public class TransparencyResource {
  @Inject PublicReportService reports;

  @GET
  @Path("{period}")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "The consolidated figures of a year, quarter or month",
      description =
          "Income by custodian and membership class and spending by category (groups with fewer"
              + " contributors or payees than foldBelow are added into \"other\"), unit costs,"
              + " the volunteer shadow budget and lent server capacity, in the reporting currency,"
              + " with the exchange rates used. When rates are still missing, report is null and"
              + " missingRates lists them.")
  @APIResponse(
      responseCode = "200",
      description = "The period's figures",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = PublicReportService.PublicOutcome.class)))
  @APIResponse(responseCode = "404", description = "No such period")
  public Response figures(
      @Parameter(
              description = "A year (2026), a quarter (2026-Q3) or a month (2026-07)",
              example = "2026-Q3")
          @PathParam("period")
          String period) {
    CacheControl cache = new CacheControl();
    cache.setMaxAge(300);
    return Response.ok(reports.of(period)).cacheControl(cache).build();
  }
}
