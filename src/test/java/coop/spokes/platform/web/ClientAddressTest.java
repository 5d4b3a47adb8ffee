package coop.spokes.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which address a per-client limit counts: IPv4 as it is, IPv6 by its /64 network. */
class ClientAddressTest {

  @Test
  void everyAddressOfOneIpv6NetworkCountsAsOneClient() {
    assertThat(ClientAddress.perClient("2001:db8:1:2:aaaa:bbbb:cccc:dddd"))
        .isEqualTo(ClientAddress.perClient("2001:db8:1:2::1"))
        .isEqualTo("2001:db8:1:2::/64");
    assertThat(ClientAddress.perClient("2001:db8:1:3::1")).isEqualTo("2001:db8:1:3::/64");
  }

  @Test
  void ipv4AddressesStayAsTheyAre() {
    assertThat(ClientAddress.perClient("127.0.0.2")).isEqualTo("127.0.0.2");
    assertThat(ClientAddress.perClient("203.0.113.7")).isEqualTo("203.0.113.7");
  }
}
