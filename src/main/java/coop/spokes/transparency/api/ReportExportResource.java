package coop.spokes.transparency.api;

import coop.spokes.transparency.model.ReportExport;
import coop.spokes.transparency.service.ExportStatus;
import coop.spokes.transparency.service.ReportExportService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/**
 * {@code GET /api/exports/{token}}: a finished report export, for the account that asked for it (to
 * anyone else it does not exist), streamed from the database as a download.
 */
@Path("exports")
@RequestScoped
public class ReportExportResource {
  @Inject ReportExportService exports;

  /** How far export {@code token} got, as JSON (state, done, total, percent, file name). */
  @GET
  @Path("{token}/status")
  @jakarta.ws.rs.Produces(jakarta.ws.rs.core.MediaType.APPLICATION_JSON)
  public Response status(@PathParam("token") String token) {
    ExportStatus s = exports.status(token);
    return Response.ok(
            java.util.Map.of(
                "state", s.state().name(),
                "done", s.done(),
                "total", s.total(),
                "percent", s.percent(),
                "fileName", s.fileName()))
        .header("Cache-Control", "private, no-store")
        .build();
  }

  @GET
  @Path("{token}")
  public Response file(@PathParam("token") String token) {
    ExportStatus status = exports.status(token);
    if (!status.ready()) {
      return Response.status(Response.Status.CONFLICT).build();
    }
    StreamingOutput body = out -> exports.writeTo(token, out);
    String type =
        status.format() == ReportExport.Format.PDF ? "application/pdf" : "text/csv; charset=UTF-8";
    return Response.ok(body, type)
        .header("Content-Disposition", ExpenseReceiptResource.disposition(status.fileName()))
        .header("X-Content-Type-Options", "nosniff")
        .header("Cache-Control", "private, no-store")
        .build();
  }
}
