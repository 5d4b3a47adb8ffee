package coop.spokes.audit;

import static org.assertj.core.api.Assertions.assertThat;

import coop.spokes.platform.i18n.Texts;
import coop.spokes.testing.DemoData;
import coop.spokes.testing.Page;
import coop.spokes.testing.SpokesIT;
import coop.spokes.testing.WebClient;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Consequential changes reach the audit log, and admins verify its chains from the page. */
class AuditIT extends SpokesIT {
  static final Locale EN = Locale.ENGLISH;

  @Test
  void signInsAndFailuresAreAuditedWithoutPersonalDataInTheHashedPart() {
    visitor()
        .signIn("audit-probe-" + UUID.randomUUID() + "@example.org", "wrong password for audit");
    WebClient admin = signedIn(DemoData.ADMIN);

    Page failed =
        admin.submit(
            admin.get("audit/audit-log.xhtml"),
            "auditForm",
            "filter",
            Map.of("action", "login.failed"));
    Page succeeded =
        admin.submit(
            admin.get("audit/audit-log.xhtml"),
            "auditForm",
            "filter",
            Map.of("action", "login.succeeded"));

    var failedRows = failed.doc().select("#auditForm\\:events tbody tr");
    assertThat(failedRows).isNotEmpty();
    assertThat(failedRows.text()).contains("login.failed").doesNotContain("audit-probe-");
    assertThat(succeeded.doc().select("#auditForm\\:events tbody tr").text())
        .contains("login.succeeded");
  }

  @Test
  void adminVerifiesEveryStreamAndSeesThemIntact() {
    WebClient admin = signedIn(DemoData.ADMIN);
    Page log = admin.get("audit/audit-log.xhtml");

    Page verified = admin.submit(log, "verifyForm", "verify", Map.of());

    var rows = verified.doc().select("#verifyForm\\:results tbody tr");
    assertThat(rows.eachText()).anyMatch(r -> r.startsWith("auth"));
    assertThat(rows.eachText()).allMatch(r -> r.endsWith(Texts.text(EN, "audit.verify.intact")));
  }

  @Test
  void roleChangesAreAudited() {
    WebClient admin = signedIn(DemoData.ADMIN);
    Page users = admin.get("identity/admin/users.xhtml");
    Page found = admin.submit(users, "usersForm", "find", Map.of("search", "finn.robinson"));
    Page selected = admin.submit(found, "usersForm", "accounts:0:manage", Map.of());

    admin.ajax(selected, "grantForm", "role", "change", Map.of("role_input", "TREASURER"));
    Page granted =
        admin.submit(
            selected, "grantForm", "grant", Map.of("role_input", "TREASURER", "scope_input", "4"));
    Page revoked = admin.submit(granted, "grantForm", "grants:0:revoke", Map.of());

    assertThat(granted.globalMessages()).contains(Texts.text(EN, "identity.grant.added"));
    assertThat(revoked.globalMessages()).contains(Texts.text(EN, "identity.grant.revoked"));
    Page log =
        admin.submit(
            admin.get("audit/audit-log.xhtml"),
            "auditForm",
            "filter",
            Map.of("action", "role.granted"));
    assertThat(log.doc().select("#auditForm\\:events tbody tr").text())
        .contains("role=TREASURER")
        .contains("scopeId=4");
  }
}
