package coop.spokes.platform.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The reverse proxies whose {@code X-Forwarded-For} header Spokes believes: a list of addresses and
 * CIDR blocks ({@code 10.0.0.0/8, 192.168.1.5, fd00::/8}), empty by default. Plain Java, so the
 * parsing is unit-tested without a server.
 *
 * <p>The client is the right-most address of the forwarded chain that is not a trusted proxy: each
 * trusted proxy appends the address it received the request from, so everything left of the first
 * untrusted hop (counting from the right) was written by the client and may be forged.
 */
public final class TrustedProxies {
  private static final Pattern IPV4 =
      Pattern.compile(
          "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}(%[0-9A-Za-z]+)?");

  private final List<Block> blocks;

  private TrustedProxies(List<Block> blocks) {
    this.blocks = List.copyOf(blocks);
  }

  public static TrustedProxies none() {
    return new TrustedProxies(List.of());
  }

  /**
   * Parses a comma- or space-separated list of addresses and CIDR blocks.
   *
   * @throws IllegalArgumentException naming the entry that is neither
   */
  public static TrustedProxies parse(String list) {
    List<Block> blocks = new ArrayList<>();
    if (list != null) {
      for (String entry : list.trim().split("[,\\s]+")) {
        if (!entry.isEmpty()) {
          blocks.add(Block.parse(entry));
        }
      }
    }
    return new TrustedProxies(blocks);
  }

  public boolean isEmpty() {
    return blocks.isEmpty();
  }

  /** Whether {@code address} (an IP literal) is one of the trusted proxies. */
  public boolean contains(String address) {
    Optional<InetAddress> parsed = literal(address);
    return parsed.isPresent() && blocks.stream().anyMatch(b -> b.contains(parsed.get()));
  }

  /**
   * The client's address: {@code peer} itself unless it is a trusted proxy; then the right-most
   * address of {@code forwardedFor} (the {@code X-Forwarded-For} values in the order received) that
   * is not a trusted proxy. A hop that is not an IP literal ends the walk at the last good one, so
   * a garbled header never yields a made-up address.
   */
  public String clientOf(String peer, List<String> forwardedFor) {
    String client = normalized(peer);
    if (!contains(peer)) {
      return client;
    }
    List<String> hops = new ArrayList<>();
    for (String header : forwardedFor) {
      hops.addAll(Arrays.asList(header.split(",")));
    }
    for (int i = hops.size() - 1; i >= 0; i--) {
      Optional<InetAddress> hop = literal(stripPort(hops.get(i).trim()));
      if (hop.isEmpty()) {
        return client;
      }
      client = hop.get().getHostAddress();
      if (blocks.stream().noneMatch(b -> b.contains(hop.get()))) {
        return client;
      }
    }
    return client;
  }

  /** The address in its canonical form (so one IPv6 address has one spelling), or as given. */
  static String normalized(String address) {
    return literal(address).map(InetAddress::getHostAddress).orElse(address);
  }

  /** {@code [v6]:port} and {@code v4:port} lose the port; a bare IPv6 address stays as it is. */
  private static String stripPort(String hop) {
    if (hop.startsWith("[")) {
      int end = hop.indexOf(']');
      return end < 0 ? hop : hop.substring(1, end);
    }
    int colon = hop.indexOf(':');
    return colon > 0 && hop.indexOf(':', colon + 1) < 0 ? hop.substring(0, colon) : hop;
  }

  /**
   * An IP literal as an address, without any name lookup (only strings that look like literals
   * reach {@link InetAddress#getByName}, which then does not resolve).
   */
  static Optional<InetAddress> literal(String text) {
    if (text == null || text.isEmpty()) {
      return Optional.empty();
    }
    boolean v4 = IPV4.matcher(text).matches();
    boolean v6 = !v4 && text.indexOf(':') >= 0 && IPV6.matcher(text).matches();
    if (!v4 && !v6) {
      return Optional.empty();
    }
    try {
      return Optional.of(InetAddress.getByName(text));
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }

  /** One address or CIDR block. */
  private record Block(byte[] network, int prefix) {
    static Block parse(String entry) {
      int slash = entry.indexOf('/');
      String address = slash < 0 ? entry : entry.substring(0, slash);
      InetAddress parsed =
          literal(address)
              .orElseThrow(() -> new IllegalArgumentException("not an IP address: " + entry));
      int bits = parsed.getAddress().length * 8;
      int prefix;
      try {
        prefix = slash < 0 ? bits : Integer.parseInt(entry.substring(slash + 1));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("not a CIDR block: " + entry, e);
      }
      if (prefix < 0 || prefix > bits) {
        throw new IllegalArgumentException("not a CIDR block: " + entry);
      }
      return new Block(parsed.getAddress(), prefix);
    }

    boolean contains(InetAddress address) {
      byte[] bytes = address.getAddress();
      if (bytes.length != network.length) {
        return false;
      }
      int full = prefix / 8;
      for (int i = 0; i < full; i++) {
        if (bytes[i] != network[i]) {
          return false;
        }
      }
      int rest = prefix % 8;
      if (rest == 0) {
        return true;
      }
      int mask = 0xFF << (8 - rest) & 0xFF;
      return (bytes[full] & mask) == (network[full] & mask);
    }
  }
}
