package coop.spokes.custodian.service;

import coop.spokes.platform.security.Access;
import coop.spokes.platform.security.ScopeDirectory;
import coop.spokes.platform.security.ScopeType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** Names custodians for scoped grants: "Xarxa Comuna SCCL (ES)". */
@ApplicationScoped
public class CustodianScopes implements ScopeDirectory {
  @Inject Access access;
  @Inject CustodianService custodians;

  /** The scope type named here. Open to any caller. */
  @Override
  public ScopeType type() {
    access.permitPublic();
    return ScopeType.CUSTODIAN;
  }

  /** Every custodian (the same list as the public join form). Open to any caller. */
  @Override
  public List<ScopeChoice> choices() {
    access.permitPublic();
    return custodians.listPublic().stream().map(c -> new ScopeChoice(c.id(), label(c))).toList();
  }

  /** The label of one custodian. Open to any caller. */
  @Override
  public Optional<String> label(long id) {
    access.permitPublic();
    return custodians.listPublic().stream()
        .filter(c -> c.id() == id)
        .findFirst()
        .map(CustodianScopes::label);
  }

  private static String label(CustodianSummary c) {
    return c.name() + " (" + c.shortCode() + ")";
  }
}
