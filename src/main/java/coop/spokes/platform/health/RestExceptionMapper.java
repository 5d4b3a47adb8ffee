package coop.spokes.platform.health;

import coop.spokes.platform.NotFoundException;
import coop.spokes.platform.SpokesException;
import coop.spokes.platform.security.AccessDeniedException;
import coop.spokes.platform.web.ErrorIds;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/**
 * Turns failures of REST resources into JSON without details: keyed failures become 4xx with their
 * key, anything unexpected a 500 with an error id that the log line carries.
 */
@Provider
public class RestExceptionMapper implements ExceptionMapper<Throwable> {

  @Override
  public Response toResponse(Throwable failure) {
    if (failure instanceof WebApplicationException web) {
      return Response.status(web.getResponse().getStatus())
          .type(MediaType.APPLICATION_JSON)
          .entity(Map.of("status", web.getResponse().getStatus()))
          .build();
    }
    if (failure instanceof AccessDeniedException) {
      return Response.status(403)
          .type(MediaType.APPLICATION_JSON)
          .entity(Map.of("key", "platform.accessDenied"))
          .build();
    }
    if (failure instanceof NotFoundException) {
      return Response.status(404)
          .type(MediaType.APPLICATION_JSON)
          .entity(Map.of("key", "platform.notFound"))
          .build();
    }
    if (failure instanceof SpokesException keyed) {
      return Response.status(400)
          .type(MediaType.APPLICATION_JSON)
          .entity(Map.of("key", keyed.key()))
          .build();
    }
    String id = ErrorIds.log(failure, "REST");
    return Response.status(500)
        .type(MediaType.APPLICATION_JSON)
        .entity(Map.of("errorId", id))
        .build();
  }
}
