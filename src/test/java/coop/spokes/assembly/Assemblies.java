package coop.spokes.assembly;

import static org.assertj.core.api.Assertions.assertThat;

import coop.spokes.platform.i18n.Texts;
import coop.spokes.testing.DemoData;
import coop.spokes.testing.Page;
import coop.spokes.testing.WebClient;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** Assemblies set up through their pages, as the integration tests need them. */
final class Assemblies {
  static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
  static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private Assemblies() {}

  /**
   * Creates (as the demo admin) an assembly chaired by {@code chair} whose members may hold {@code
   * proxyLimit} proxies and whose principals override their holder, with one yes-no motion, the
   * roll at today's date, convened (no notice period), open, and its motion open at the first call;
   * returns its id.
   */
  static String open(
      Function<String, WebClient> signedIn,
      String chair,
      String title,
      String proxyLimit,
      String motion) {
    ZonedDateTime now = ZonedDateTime.now(MADRID);
    String id =
        draft(
            signedIn.apply(DemoData.ADMIN),
            chair,
            title,
            now.toLocalDate().toString(),
            now.plusHours(2),
            now.minusHours(1),
            now.plusDays(1));
    WebClient chairs = signedIn.apply(chair);
    String page = "assembly/assembly.xhtml?id=" + id;
    Page saved =
        chairs.submit(
            chairs.get(page),
            "detailsForm",
            "save",
            Map.of(
                "proxyLimit_input",
                proxyLimit,
                "proxyLimit_hinput",
                proxyLimit,
                "principalOverrides_input",
                "on"));
    assertThat(saved.globalMessages()).as(saved.text()).contains(text(saved, "assembly.saved"));
    chairs.submit(
        chairs.get(page),
        "motionForm",
        "addMotion",
        Map.of("title", motion, "kind_input", "yes-no", "threshold", "1/2"));
    chairs.submit(chairs.get(page), "rollForm", "build", Map.of());
    chairs.submit(chairs.get(page), "stateForm", "convene", Map.of());
    chairs.submit(chairs.get(page), "stateForm", "open", Map.of());
    Page opened =
        chairs.submit(
            chairs.get(page),
            "agendaForm",
            "motions:0:openMotion",
            Map.of("agendaForm:motions:0:call_input", "1"));
    assertThat(opened.globalMessages()).contains(text(opened, "assembly.motion.opened"));
    return id;
  }

  /**
   * Creates a draft assembly in Madrid's time with no notice period, as {@code admin}, and appoints
   * {@code chair}; returns its id.
   */
  static String draft(
      WebClient admin,
      String chair,
      String title,
      String recordDate,
      ZonedDateTime firstCall,
      ZonedDateTime opens,
      ZonedDateTime closes) {
    Map<String, String> fields = new HashMap<>();
    fields.put("title", title);
    fields.put("timeZone", MADRID.getId());
    fields.put("recordDate_input", recordDate);
    fields.put("firstCallAt_input", MINUTE.format(firstCall));
    fields.put("opensAt_input", MINUTE.format(opens));
    fields.put("closesAt_input", MINUTE.format(closes));
    fields.put("noticeDays_input", "0");
    Page created =
        admin.submit(admin.get("assembly/assemblies.xhtml"), "createForm", "create", fields);
    assertThat(created.uri().getPath()).as(created.text()).endsWith("/assembly/assembly.xhtml");
    String id = created.uri().getQuery().replaceAll(".*id=(\\d+).*", "$1");
    admin.submit(created, "chairsForm", "appoint", Map.of("chairEmail", chair));
    return id;
  }

  /** The text of {@code key} in the language {@code page} is shown in. */
  static String text(Page page, String key, Object... args) {
    return Texts.text(
        Locale.forLanguageTag(page.doc().selectFirst("html").attr("lang")), key, args);
  }
}
