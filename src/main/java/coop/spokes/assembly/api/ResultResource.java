package coop.spokes.assembly.api;

import coop.spokes.assembly.service.ResultService;
import coop.spokes.platform.i18n.Languages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.nio.charset.StandardCharsets;

/**
 * Published results for anyone, to download and recount: {@code
 * /api/assembly/results/{id}.csv|.pdf}, and per motion {@code
 * /api/assembly/motions/{id}/tally.json} (the tally document {@code spokes-cli.jar recount} reads),
 * {@code outcome.json} and {@code receipts.txt} (the receipt hashes of the ballots counted, one per
 * line). Nothing before the chairs publish.
 */
@Path("assembly")
@RequestScoped
public class ResultResource {
  @Inject ResultService results;

  @GET
  @Path("results/{id}.csv")
  @Produces("text/csv")
  public Response csv(@PathParam("id") long id) {
    results.result(id); // answers 404 before any byte is written
    StreamingOutput body = out -> results.writeCsv(id, out);
    return Response.ok(body, "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"assembly-" + id + "-result.csv\"")
        .build();
  }

  @GET
  @Path("results/{id}.pdf")
  @Produces("application/pdf")
  public Response pdf(@PathParam("id") long id, @QueryParam("lang") String lang) {
    String language = Languages.isSupported(lang) ? lang : Languages.DEFAULT;
    return Response.ok(results.minutesPdf(id, Languages.localeOf(language)), "application/pdf")
        .header("Content-Disposition", "attachment; filename=\"assembly-" + id + "-minutes.pdf\"")
        .build();
  }

  @GET
  @Path("motions/{id}/tally.json")
  @Produces("application/json")
  public Response document(@PathParam("id") long id) {
    return Response.ok(results.document(id), "application/json; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"motion-" + id + "-tally.json\"")
        .build();
  }

  @GET
  @Path("motions/{id}/outcome.json")
  @Produces("application/json")
  public Response outcome(@PathParam("id") long id) {
    return Response.ok(results.outcome(id), "application/json; charset=UTF-8").build();
  }

  @GET
  @Path("motions/{id}/receipts.txt")
  @Produces("text/plain")
  public Response receipts(@PathParam("id") long id) {
    String text = String.join("\n", results.receipts(id)) + "\n";
    return Response.ok(text.getBytes(StandardCharsets.UTF_8), "text/plain; charset=UTF-8").build();
  }
}
