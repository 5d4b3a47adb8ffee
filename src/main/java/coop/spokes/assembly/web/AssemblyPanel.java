package coop.spokes.assembly.web;

import coop.spokes.assembly.service.AssemblyRow;
import coop.spokes.assembly.service.AssemblyService;
import coop.spokes.assembly.service.VotingService;
import coop.spokes.platform.dashboard.DashboardContributor;
import coop.spokes.platform.dashboard.DashboardPanel;
import coop.spokes.platform.security.Access;
import coop.spokes.platform.security.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The assemblies panel: the open motions the reader may vote on (and whether each of their voters
 * has voted), and the assemblies they chair.
 */
@Named
@RequestScoped
public class AssemblyPanel implements DashboardContributor {
  @Inject VotingService voting;
  @Inject AssemblyService assemblies;
  @Inject Access access;

  private List<VotingService.OpenMotion> motions;
  private List<AssemblyRow> chaired;

  @Override
  public List<DashboardPanel> panels(Access access) {
    return access.grantsOf(Role.MEMBER).isEmpty() && !access.holdsRole(Role.CHAIR)
        ? List.of()
        : List.of(
            new DashboardPanel(
                "assembly.dashboard.title", "/WEB-INF/includes/assembly/assembly-panel.xhtml", 8));
  }

  public List<VotingService.OpenMotion> getMotions() {
    if (motions == null) {
      motions = voting.openMotions();
    }
    return motions;
  }

  public List<AssemblyRow> getChaired() {
    if (chaired == null) {
      chaired = assemblies.chairedByMe();
    }
    return chaired;
  }

  /** Whether one of the reader's voters may still vote on the motion. */
  public boolean waiting(VotingService.OpenMotion m) {
    return m.voters().stream().anyMatch(v -> !v.voted() && v.mayCast());
  }
}
