package coop.spokes.membership.web;

import coop.spokes.custodian.service.CustodianService;
import coop.spokes.custodian.service.CustodianSummary;
import coop.spokes.membership.model.MemberClass;
import coop.spokes.membership.model.MemberStatus;
import coop.spokes.membership.service.MembershipFigures;
import coop.spokes.membership.service.MembershipFiguresService;
import coop.spokes.platform.dashboard.DashboardContributor;
import coop.spokes.platform.dashboard.DashboardPanel;
import coop.spokes.platform.i18n.Texts;
import coop.spokes.platform.security.Access;
import coop.spokes.platform.security.Grant;
import coop.spokes.platform.security.Role;
import coop.spokes.platform.web.Chart;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The membership panel of the admin's and the managers' dashboards: members by status and by class
 * (charts, and the same figures as links to the directory filtered to them) and applications
 * waiting, for all custodians (admins) or each custodian one manages.
 */
@Named
@RequestScoped
public class MembershipFiguresPanel implements DashboardContributor {
  @Inject MembershipFiguresService figures;
  @Inject CustodianService custodians;
  @Inject Access access;

  private List<Block> blocks;

  /** One scope's figures: a custodian's, or (custodian null) the whole cooperative's. */
  public record Block(
      Long custodianId,
      String title,
      MembershipFigures figures,
      Chart byStatus,
      Chart byClass,
      List<Waiting> waiting) {}

  /** Applications waiting at one custodian. */
  public record Waiting(long custodianId, String custodianName, long count) {}

  @Override
  public List<DashboardPanel> panels(Access access) {
    boolean shown =
        access.hasAny(Grant.admin())
            || access.grantsOf(Role.CUSTODIAN_MANAGER).stream().anyMatch(g -> !g.scope().isAll());
    return shown
        ? List.of(
            new DashboardPanel(
                "membership.dashboard.figures",
                "/WEB-INF/includes/membership/figures-panel.xhtml",
                5))
        : List.of();
  }

  public List<Block> getBlocks() {
    if (blocks == null) {
      Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
      Map<Long, String> names = new java.util.HashMap<>();
      for (CustodianSummary c : custodians.listPublic()) {
        names.put(c.id(), c.name());
      }
      blocks = new ArrayList<>();
      if (access.hasAny(Grant.admin())) {
        blocks.add(block(null, Texts.text(locale, "membership.dashboard.all"), names, locale));
      } else {
        for (Grant g : access.grantsOf(Role.CUSTODIAN_MANAGER)) {
          if (!g.scope().isAll()) {
            long id = g.scope().id();
            blocks.add(block(id, names.getOrDefault(id, ""), names, locale));
          }
        }
      }
    }
    return blocks;
  }

  private Block block(Long custodianId, String title, Map<Long, String> names, Locale locale) {
    MembershipFigures f = figures.figures(custodianId);
    Chart byStatus = Chart.doughnut(locale);
    f.byStatus().forEach((status, n) -> byStatus.slice(Texts.text(locale, statusKey(status)), n));
    List<String> classes = new ArrayList<>();
    List<Long> counts = new ArrayList<>();
    f.byClass()
        .forEach(
            (c, n) -> {
              classes.add(Texts.text(locale, classKey(c)));
              counts.add(n);
            });
    Chart byClass =
        Chart.bar(locale)
            .categories(classes)
            .series(Texts.text(locale, "membership.dashboard.active"), counts);
    List<Waiting> waiting = new ArrayList<>();
    f.applicationsWaiting()
        .forEach((id, n) -> waiting.add(new Waiting(id, names.getOrDefault(id, ""), n)));
    return new Block(custodianId, title, f, byStatus, byClass, waiting);
  }

  public static String statusKey(MemberStatus status) {
    return "membership.MemberStatus." + status.name();
  }

  public static String classKey(MemberClass memberClass) {
    return "membership.MemberClass.short." + memberClass.name();
  }
}
