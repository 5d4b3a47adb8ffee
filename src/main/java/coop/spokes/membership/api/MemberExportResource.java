package coop.spokes.membership.api;

import coop.spokes.membership.model.MemberClass;
import coop.spokes.membership.model.MemberKind;
import coop.spokes.membership.model.MemberStatus;
import coop.spokes.membership.service.DirectoryFilter;
import coop.spokes.membership.service.DirectoryService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;

/**
 * CSV downloads of the member directory (with the page's filters) and of a custodian's statutory
 * register, for the signed-in manager or admin: the service checks role and scope before a byte is
 * written. Enum filters that do not parse are ignored, like an empty filter.
 */
@Path("membership")
@RequestScoped
public class MemberExportResource {
  @Inject DirectoryService directory;

  @GET
  @Path("members.csv")
  @Produces("text/csv")
  public Response members(
      @QueryParam("custodian") Long custodian,
      @QueryParam("name") String name,
      @QueryParam("number") String number,
      @QueryParam("class") String memberClass,
      @QueryParam("kind") String kind,
      @QueryParam("status") String status,
      @QueryParam("country") String country) {
    DirectoryFilter filter =
        new DirectoryFilter(
            custodian,
            name,
            number,
            parse(MemberClass.class, memberClass),
            parse(MemberKind.class, kind),
            parse(MemberStatus.class, status),
            country);
    StreamingOutput body = directory.exportCsv(filter)::writeTo;
    return download(body, "members-" + LocalDate.now() + ".csv");
  }

  @GET
  @Path("register/{custodian}.csv")
  @Produces("text/csv")
  public Response register(@PathParam("custodian") long custodian) {
    StreamingOutput body = directory.exportRegister(custodian)::writeTo;
    return download(body, "register-" + custodian + "-" + LocalDate.now() + ".csv");
  }

  private static Response download(StreamingOutput body, String filename) {
    return Response.ok(body, "text/csv; charset=UTF-8")
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + filename.replaceAll("[^A-Za-z0-9._-]", "_") + "\"")
        .build();
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
