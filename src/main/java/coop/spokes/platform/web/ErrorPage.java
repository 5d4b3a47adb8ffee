package coop.spokes.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Set;

/**
 * Backs the error pages. For a failure that did not pass through the Faces exception handler (a
 * filter, a servlet), the container forwards here with the exception in a request attribute: it is
 * logged once under a new error id. The page shows only the id, never the exception.
 */
@Named("platformErrorPage")
@RequestScoped
public class ErrorPage {
  private static final Set<String> KINDS = Set.of("error", "expired", "forbidden", "notFound");

  private String errorId;

  /** The error id for this failure (logged with the exception), or null when there is none. */
  public String getErrorId() {
    if (errorId == null) {
      ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
      var requestMap = ec.getRequestMap();
      if (requestMap.get(ErrorIds.REQUEST_ATTRIBUTE) instanceof String id) {
        errorId = id;
      } else if (requestMap.get("jakarta.servlet.error.exception") instanceof Throwable t) {
        errorId =
            ErrorIds.log(t, String.valueOf(requestMap.get("jakarta.servlet.error.request_uri")));
        requestMap.put(ErrorIds.REQUEST_ATTRIBUTE, errorId);
      } else {
        String ref = ec.getRequestParameterMap().get("ref");
        errorId = ref != null && ref.matches("[0-9A-F]{10}") ? ref : "";
      }
    }
    return errorId.isEmpty() ? null : errorId;
  }

  /** For /error.xhtml (after an ajax failure): which error to show. */
  public String getKind() {
    String kind =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("kind");
    return KINDS.contains(kind) ? kind : "error";
  }
}
