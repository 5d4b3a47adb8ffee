package coop.spokes.platform.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The client's address, the one place every per-client limit takes it from (sign-in throttling,
 * join and password-reset limits). It is the direct peer's address, unless that peer is one of the
 * reverse proxies in {@code spokes.platform.trusted-proxies}: then it is the right-most address of
 * the {@code X-Forwarded-For} chain that is not a trusted proxy (see {@link TrustedProxies}). With
 * the default, an empty list, the header is ignored, since any client can send it.
 */
@ApplicationScoped
public class ClientAddress {
  static final String HEADER = "X-Forwarded-For";

  @Inject
  @ConfigProperty(name = "spokes.platform.trusted-proxies")
  Optional<String> trustedProxies;

  private TrustedProxies trusted = TrustedProxies.none();

  @PostConstruct
  void configure() {
    trusted = TrustedProxies.parse(trustedProxies.orElse(""));
  }

  /** The address of the client that sent {@code request} ("unknown" without a request). */
  public String of(HttpServletRequest request) {
    if (request == null) {
      return "unknown";
    }
    if (trusted.isEmpty()) {
      return TrustedProxies.normalized(request.getRemoteAddr());
    }
    List<String> forwarded = Collections.list(request.getHeaders(HEADER));
    return trusted.clientOf(request.getRemoteAddr(), forwarded);
  }
}
