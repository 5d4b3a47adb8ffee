package coop.spokes.identity.service;

import coop.spokes.identity.infra.AccountRepository;
import coop.spokes.platform.security.Access;
import coop.spokes.platform.time.ReaderTimeZone;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.util.Optional;

/** The signed-in reader's time zone from their account, for the platform's date formats. */
@ApplicationScoped
public class AccountTimeZone implements ReaderTimeZone {
  @Inject Access access;
  @Inject AccountRepository accounts;

  /** The caller's own time zone; empty for a visitor. Open to anyone: it reads only their own. */
  @Override
  @Transactional
  public Optional<ZoneId> ofCaller() {
    access.permitPublic();
    return access.userId().flatMap(accounts::find).map(a -> AccountSummary.zoneOf(a.getTimeZone()));
  }
}
