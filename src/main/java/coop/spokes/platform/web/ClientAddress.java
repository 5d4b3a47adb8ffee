package coop.spokes.platform.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The client's address as the server sees it. Behind a reverse proxy this is the proxy's address
 * unless the proxy's listener is configured to pass the client address through (see
 * docs/operations.md); a forwarded header is not trusted blindly, since clients can forge it.
 */
public final class ClientAddress {
  private ClientAddress() {}

  public static String of(HttpServletRequest request) {
    return request == null ? "unknown" : request.getRemoteAddr();
  }
}
