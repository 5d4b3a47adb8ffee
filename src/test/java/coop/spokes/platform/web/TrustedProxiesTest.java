package coop.spokes.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which address is the client's, from the direct peer and the X-Forwarded-For chain. */
class TrustedProxiesTest {
  static final TrustedProxies PROXIES = TrustedProxies.parse("10.0.0.0/8, 192.168.1.5 fd00::/8");

  @Test
  void withoutTrustedProxiesTheHeaderIsIgnored() {
    assertThat(TrustedProxies.none().clientOf("198.51.100.7", List.of("203.0.113.9")))
        .isEqualTo("198.51.100.7");
  }

  @Test
  void anUntrustedPeerIsTheClientWhateverItForwards() {
    assertThat(PROXIES.clientOf("198.51.100.7", List.of("203.0.113.9, 10.0.0.1")))
        .isEqualTo("198.51.100.7");
  }

  @Test
  void aTrustedPeerForwardsTheRightMostUntrustedAddress() {
    assertThat(PROXIES.clientOf("10.1.2.3", List.of("203.0.113.9"))).isEqualTo("203.0.113.9");
    // The client wrote "1.1.1.1" itself: the trusted proxy appended the real peer after it.
    assertThat(PROXIES.clientOf("10.1.2.3", List.of("1.1.1.1, 203.0.113.9")))
        .isEqualTo("203.0.113.9");
  }

  @Test
  void chainedTrustedProxiesAreSkippedFromTheRight() {
    assertThat(PROXIES.clientOf("10.1.2.3", List.of("1.1.1.1, 203.0.113.9, 192.168.1.5, 10.9.9.9")))
        .isEqualTo("203.0.113.9");
  }

  @Test
  void severalHeadersFormOneChainInTheirOrder() {
    assertThat(PROXIES.clientOf("10.1.2.3", List.of("1.1.1.1", "203.0.113.9, 10.0.0.7")))
        .isEqualTo("203.0.113.9");
  }

  @Test
  void aGarbledHopStopsAtTheLastGoodAddress() {
    assertThat(PROXIES.clientOf("10.1.2.3", List.of("203.0.113.9, evil.example.org")))
        .isEqualTo("10.1.2.3");
    assertThat(PROXIES.clientOf("10.1.2.3", List.of("unknown, 10.0.0.2"))).isEqualTo("10.0.0.2");
    assertThat(PROXIES.clientOf("10.1.2.3", List.of(""))).isEqualTo("10.1.2.3");
  }

  @Test
  void noHeaderFromATrustedPeerLeavesThePeer() {
    assertThat(PROXIES.clientOf("10.1.2.3", List.of())).isEqualTo("10.1.2.3");
  }

  @Test
  void portsAndBracketsAreDroppedAndIpv6IsCanonical() {
    assertThat(PROXIES.clientOf("10.1.2.3", List.of("203.0.113.9:4711"))).isEqualTo("203.0.113.9");
    assertThat(PROXIES.clientOf("10.1.2.3", List.of("[2001:db8::1]:443")))
        .isEqualTo("2001:db8:0:0:0:0:0:1");
    assertThat(PROXIES.clientOf("fd00::1", List.of("2001:DB8:0::1")))
        .isEqualTo("2001:db8:0:0:0:0:0:1");
  }

  @Test
  void blocksMatchOnTheirPrefixOnly() {
    TrustedProxies proxies = TrustedProxies.parse("172.16.0.0/12");

    assertThat(proxies.contains("172.31.255.255")).isTrue();
    assertThat(proxies.contains("172.32.0.1")).isFalse();
    assertThat(proxies.contains("172.15.255.255")).isFalse();
    assertThat(PROXIES.contains("192.168.1.5")).isTrue();
    assertThat(PROXIES.contains("192.168.1.6")).isFalse();
    assertThat(PROXIES.contains("::ffff:10.0.0.1")).isTrue(); // Java maps it to IPv4
    assertThat(PROXIES.contains("not-an-address")).isFalse();
  }

  @Test
  void namesAreNeverLookedUpAndBadEntriesAreRefused() {
    assertThat(TrustedProxies.literal("localhost")).isEmpty();
    assertThat(TrustedProxies.literal("256.1.1.1")).isEmpty();
    assertThatThrownBy(() -> TrustedProxies.parse("proxy.example.org"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("proxy.example.org");
    assertThatThrownBy(() -> TrustedProxies.parse("10.0.0.0/33"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
