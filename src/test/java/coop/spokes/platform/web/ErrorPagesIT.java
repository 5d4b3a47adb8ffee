package coop.spokes.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import coop.spokes.platform.i18n.Texts;
import coop.spokes.testing.Page;
import coop.spokes.testing.SpokesIT;
import coop.spokes.testing.WebClient;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An unexpected failure shows the translated 500 page with an error id, and never its details. */
class ErrorPagesIT extends SpokesIT {

  @Test
  void failingActionShowsThe500PageWithAnErrorIdAndNoDetails() {
    WebClient client = visitor().acceptLanguage("fr");
    Page probe = client.get("probe/failure.xhtml");

    Page failed = client.submit(probe, "probeForm", "full", Map.of());

    assertThat(failed.status()).isEqualTo(500);
    assertThat(failed.title()).isEqualTo(Texts.text(Locale.FRENCH, "platform.error.error.title"));
    assertThat(failed.doc().select(".spokes-error-id").text()).matches("[0-9A-F]{10}");
    assertThat(failed.body())
        .doesNotContain("s3cr3t")
        .doesNotContain("IllegalStateException")
        .doesNotContain("at coop.");
  }

  @Test
  void failingAjaxActionSendsTheBrowserToTheErrorPageWithItsId() {
    WebClient client = visitor();
    Page probe = client.get("probe/failure.xhtml");

    Page partial = client.ajax(probe, "probeForm", "ajax", "action", Map.of("probeForm:ajax", ""));

    assertThat(partial.body())
        .contains("<redirect")
        .contains("error.xhtml?kind=error&amp;ref=")
        .doesNotContain("s3cr3t");
    String ref = partial.body().replaceAll("(?s).*ref=([0-9A-F]{10}).*", "$1");
    Page shown = client.get("error.xhtml?kind=error&ref=" + ref);
    assertThat(shown.doc().select(".spokes-error-id").text()).isEqualTo(ref);
  }
}
