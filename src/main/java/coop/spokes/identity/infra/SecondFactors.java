package coop.spokes.identity.infra;

import coop.spokes.identity.model.RecoveryCode;
import coop.spokes.identity.model.SecondFactor;
import coop.spokes.identity.model.SignInPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Authenticators, recovery codes and the sign-in policy row. */
@ApplicationScoped
public class SecondFactors {
  @PersistenceContext EntityManager em;

  public Optional<SecondFactor> find(long accountId) {
    return Optional.ofNullable(em.find(SecondFactor.class, accountId));
  }

  /**
   * The account's authenticator, locked until the transaction ends: two codes checked at once for
   * one account are checked one after the other, so a step cannot be used twice.
   */
  public Optional<SecondFactor> findForUpdate(long accountId) {
    return Optional.ofNullable(
        em.find(SecondFactor.class, accountId, LockModeType.PESSIMISTIC_WRITE));
  }

  public void save(SecondFactor factor) {
    em.persist(factor);
  }

  /** Writes pending changes now (a removal before a new row with the same key). */
  public void flush() {
    em.flush();
  }

  /** Writes pending changes and forgets the rows read so far (a page of a long walk is done). */
  public void flushAndClear() {
    em.flush();
    em.clear();
  }

  /** Removes the account's authenticator and recovery codes. */
  public void delete(SecondFactor factor) {
    em.remove(factor);
    em.createNamedQuery("RecoveryCode.deleteOf")
        .setParameter("accountId", factor.getAccountId())
        .executeUpdate();
  }

  /** Every authenticator (set up or enabled), a page at a time: for key rotation. */
  public List<SecondFactor> page(int first, int size) {
    return em.createQuery("select f from SecondFactor f order by f.accountId", SecondFactor.class)
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }

  public List<RecoveryCode> unusedRecoveryCodes(long accountId) {
    return em.createNamedQuery("RecoveryCode.unusedOf", RecoveryCode.class)
        .setParameter("accountId", accountId)
        .getResultList();
  }

  /** Replaces the account's recovery codes with {@code fresh}. */
  public void replaceRecoveryCodes(long accountId, List<RecoveryCode> fresh) {
    em.createNamedQuery("RecoveryCode.deleteOf")
        .setParameter("accountId", accountId)
        .executeUpdate();
    fresh.forEach(em::persist);
  }

  public SignInPolicy policy() {
    return em.find(SignInPolicy.class, SignInPolicy.ID);
  }
}
