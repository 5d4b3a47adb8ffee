package coop.spokes.platform.web;

import jakarta.faces.context.FacesContext;
import java.util.Optional;

/**
 * Request parameters for the beans of stateless pages, which keep nothing between requests: what a
 * page needs to decide what it shows (a link's token, the kind chosen in a form) is read from the
 * request when the bean is made, before Faces decides which parts of the page take input.
 */
public final class RequestParameters {
  private RequestParameters() {}

  /** The parameter {@code name}, when present, not blank and at most {@code maxLength} long. */
  public static Optional<String> get(String name, int maxLength) {
    String value =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
    return value == null || value.isBlank() || value.length() > maxLength
        ? Optional.empty()
        : Optional.of(value);
  }
}
