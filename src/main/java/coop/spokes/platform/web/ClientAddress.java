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
      return perClient(TrustedProxies.normalized(request.getRemoteAddr()));
    }
    List<String> forwarded = Collections.list(request.getHeaders(HEADER));
    return perClient(trusted.clientOf(request.getRemoteAddr(), forwarded));
  }

  /**
   * An IPv6 address counts as its /64 network ("2001:db8:1:2::/64"): one subscriber usually holds a
   * whole /64, so counting single addresses would let one client take a fresh address for every
   * attempt. IPv4 addresses and anything else stay as they are.
   */
  static String perClient(String address) {
    if (address == null || address.indexOf(':') < 0) {
      return address;
    }
    try {
      byte[] bytes = java.net.InetAddress.getByName(address).getAddress();
      if (bytes.length != 16) {
        return address;
      }
      java.util.Arrays.fill(bytes, 8, 16, (byte) 0);
      return java.net.InetAddress.getByAddress(bytes).getHostAddress().replaceAll("(:0)+$", "::")
          + "/64";
    } catch (java.net.UnknownHostException e) {
      return address; // not a literal (normalized already returned literals only)
    }
  }
}
