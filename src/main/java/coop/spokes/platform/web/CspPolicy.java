package coop.spokes.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * The Content-Security-Policy. PrimeFaces evaluates {@code #{csp.facesPolicy}} (web.xml {@code
 * primefaces.CSP_POLICY}) and appends {@code 'nonce-…';} to it, so {@code script-src} must come
 * last. {@code style-src} allows inline styles because PrimeFaces writes style attributes; scripts
 * never run inline without the nonce.
 */
@Named("csp")
@ApplicationScoped
public class CspPolicy {
  static final String BASE =
      "default-src 'self'; img-src 'self' data:; font-src 'self' data:;"
          + " style-src 'self' 'unsafe-inline'; connect-src 'self'; object-src 'none';"
          + " base-uri 'self'; form-action 'self'; frame-ancestors 'none'; script-src 'self'";
  static final String POLICY = BASE + ";";

  public String getFacesPolicy() {
    return BASE;
  }
}
