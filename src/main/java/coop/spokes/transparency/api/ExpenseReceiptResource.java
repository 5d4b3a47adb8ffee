package coop.spokes.transparency.api;

import coop.spokes.transparency.service.ExpenseService;
import coop.spokes.transparency.service.ReceiptDownload;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /api/expenses/{expense}/receipts/{receipt}}: a receipt file, for those who may see its
 * expense (the service checks who may), served as the type its content was checked to be and as a
 * download, never rendered in the page's origin.
 */
@Path("expenses")
@RequestScoped
public class ExpenseReceiptResource {
  @Inject ExpenseService expenses;

  @GET
  @Path("{expense}/receipts/{receipt}")
  public Response receipt(@PathParam("expense") long expense, @PathParam("receipt") long receipt) {
    ReceiptDownload r = expenses.receipt(expense, receipt);
    return Response.ok(r.content(), r.mediaType())
        .header("Content-Disposition", disposition(r.fileName()))
        .header("X-Content-Type-Options", "nosniff")
        .header("Cache-Control", "private, no-store")
        .build();
  }

  /** An attachment named {@code name}: ASCII for old clients, UTF-8 (RFC 6266) for the rest. */
  static String disposition(String name) {
    String ascii = name.replaceAll("[^A-Za-z0-9._ -]", "_");
    String utf8 = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + utf8;
  }
}
