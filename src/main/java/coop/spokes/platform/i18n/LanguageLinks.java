package coop.spokes.platform.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The template's language links: the page being shown, in each language ({@link LanguageSwitch}).
 */
@Named("platformLanguage")
@RequestScoped
public class LanguageLinks {

  public List<String> getLanguages() {
    return Languages.SUPPORTED;
  }

  /** This page's address with {@code ?lang=language}, keeping its other parameters. */
  public String linkTo(String language) {
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    String uri = (String) request.getAttribute("jakarta.servlet.forward.request_uri");
    String query = (String) request.getAttribute("jakarta.servlet.forward.query_string");
    if (uri == null) {
      uri = request.getRequestURI();
      query = request.getQueryString();
    }
    String rest = withoutLanguage(query);
    return uri
        + "?"
        + (rest.isEmpty() ? "" : rest + "&")
        + LanguageSwitch.PARAMETER
        + "="
        + URLEncoder.encode(language, StandardCharsets.UTF_8);
  }

  /** A query string without its {@code lang} parameters ("" for none). */
  static String withoutLanguage(String query) {
    if (query == null || query.isEmpty()) {
      return "";
    }
    return Arrays.stream(query.split("&"))
        .filter(p -> !p.isEmpty() && !p.equals(LanguageSwitch.PARAMETER))
        .filter(p -> !p.startsWith(LanguageSwitch.PARAMETER + "="))
        .collect(Collectors.joining("&"));
  }
}
