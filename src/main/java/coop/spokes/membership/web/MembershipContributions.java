package coop.spokes.membership.web;

import coop.spokes.membership.service.ApplicationReviewService;
import coop.spokes.membership.service.TransferService;
import coop.spokes.platform.dashboard.MenuContributor;
import coop.spokes.platform.dashboard.MenuEntry;
import coop.spokes.platform.security.Access;
import coop.spokes.platform.security.Grant;
import coop.spokes.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/** Menu entries for reviewing applications, with the number waiting, per managed custodian. */
@ApplicationScoped
public class MembershipContributions implements MenuContributor {
  @Inject ApplicationReviewService review;
  @Inject TransferService transfers;

  @Override
  public List<MenuEntry> menuEntries(Access access) {
    List<MenuEntry> entries = new ArrayList<>();
    int order = 10;
    for (Grant g : access.grantsOf(Role.CUSTODIAN_MANAGER)) {
      if (!g.scope().isAll()) {
        long custodian = g.scope().id();
        entries.add(
            new MenuEntry(
                "membership.menu.section",
                "membership.menu.members",
                "/membership/review/members.xhtml?custodian=" + custodian,
                "pi pi-users",
                order++));
        entries.add(
            new MenuEntry(
                "membership.menu.section",
                "membership.menu.applications",
                "/membership/review/applications.xhtml?custodian=" + custodian,
                "pi pi-inbox",
                order++,
                review.countPending(custodian)));
        entries.add(
            new MenuEntry(
                "membership.menu.section",
                "membership.menu.transfers",
                "/membership/review/transfers.xhtml?custodian=" + custodian,
                "pi pi-arrow-right-arrow-left",
                order++,
                transfers.countAwaiting(custodian)));
      }
    }
    if (!access.grantsOf(Role.MEMBER).isEmpty()) {
      entries.add(
          new MenuEntry(
              "platform.menu.account",
              "membership.menu.mine",
              "/membership/my-membership.xhtml",
              "pi pi-id-card",
              20));
    }
    if (entries.stream().noneMatch(e -> e.section().equals("membership.menu.section"))
        && access.hasAny(Grant.admin())) {
      entries.add(
          new MenuEntry(
              "membership.menu.section",
              "membership.menu.members",
              "/membership/review/members.xhtml",
              "pi pi-users",
              order++));
      entries.add(
          new MenuEntry(
              "membership.menu.section",
              "membership.menu.applications",
              "/membership/review/applications.xhtml",
              "pi pi-inbox",
              order++));
      entries.add(
          new MenuEntry(
              "membership.menu.section",
              "membership.menu.transfers",
              "/membership/review/transfers.xhtml",
              "pi pi-arrow-right-arrow-left",
              order));
    }
    return entries;
  }
}
