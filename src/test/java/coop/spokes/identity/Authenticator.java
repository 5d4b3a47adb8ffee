package coop.spokes.identity;

import static org.assertj.core.api.Assertions.assertThat;

import coop.spokes.identity.model.Base32;
import coop.spokes.identity.model.Totp;
import coop.spokes.testing.Page;
import java.time.Instant;
import java.util.List;

/** A test's authenticator app: the secret read from the second-factor set-up page. */
public final class Authenticator {
  final byte[] secret;
  long lastStep = Long.MIN_VALUE;
  List<String> recoveryCodes = List.of();

  Authenticator(byte[] secret) {
    this.secret = secret;
  }

  static Authenticator from(Page setUp) {
    var secretText = setUp.doc().getElementById("setUpForm:secret");
    assertThat(secretText).as("secret on " + setUp.uri()).isNotNull();
    assertThat(setUp.doc().select("svg.spokes-qr path").attr("d")).startsWith("M");
    return new Authenticator(Base32.decode(secretText.text()));
  }

  /** The recovery codes shown when the second factor was turned on. */
  public List<String> recoveryCodes() {
    return recoveryCodes;
  }

  /** The code of the next step not used yet (within the server's one step of drift). */
  public String nextCode() {
    long now = Totp.stepOf(Instant.now());
    long step = Math.max(now, lastStep + 1);
    lastStep = step;
    return Totp.code(secret, step);
  }

  /** A six-digit code that no nearby step has. */
  public String wrongCode() {
    long now = Totp.stepOf(Instant.now());
    for (int candidate = 100000; ; candidate++) {
      String code = Integer.toString(candidate);
      boolean near = false;
      for (long s = now - 2; s <= now + 2; s++) {
        near |= Totp.code(secret, s).equals(code);
      }
      if (!near) {
        return code;
      }
    }
  }
}
