package coop.spokes.membership.infra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;

/**
 * Says in the log, at every start, how many memberships V16 found holding an account that another
 * live personal membership already held (table {@code membership_live_account_conflict}): until a
 * manager settles each (the extra membership LEFT, or moved by a transfer), that person still acts
 * for two memberships. The operations guide (Upgrading) gives the query that lists them.
 */
@ApplicationScoped
public class LiveAccountConflicts {
  private static final Logger LOG = Logger.getLogger(LiveAccountConflicts.class.getName());

  @PersistenceContext EntityManager em;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    try {
      warnOfOpenConflicts();
    } catch (RuntimeException e) {
      // A report only: it never stops the start (e.g. a schema still being migrated).
      LOG.fine(() -> "duplicate memberships not counted: " + e);
    }
  }

  private void warnOfOpenConflicts() {
    long open =
        ((Number)
                em.createNativeQuery(
                        "select count(*) from membership_live_account_conflict c"
                            + " join membership_member m on m.id = c.member_id"
                            + " where m.status <> 'LEFT'")
                    .getSingleResult())
            .longValue();
    if (open > 0) {
      LOG.warning(
          () ->
              "SPOKES-MEMBERSHIP-DUPLICATES: "
                  + open
                  + " membership(s) share an account with another live personal membership (see"
                  + " membership_live_account_conflict; docs/operations.md, Upgrading)");
    }
  }
}
