package coop.spokes.assembly.infra;

import coop.spokes.assembly.model.AssemblyMotion;
import coop.spokes.platform.mail.MailSeal;
import coop.spokes.platform.mail.MailSealProvider;
import coop.spokes.platform.mail.MailService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.Base64;
import java.util.Collection;
import java.util.Optional;

/**
 * Seals receipt mails under their motion's ballot key: the outbox holds them unreadable, opens them
 * through this provider when it sends them, and clears them once sent. After the motion closes its
 * key is gone, so a receipt mail still waiting is given up and nothing pairs a member with a
 * receipt any more.
 */
@ApplicationScoped
public class ReceiptMailSeal implements MailSealProvider {
  static final String NAME = "assembly-receipt";

  @PersistenceContext EntityManager em;
  @Inject BallotKeys keys;
  @Inject MailService mail;

  /**
   * How to seal a receipt mail of {@code motionId}, whose sealed ballot key is {@code sealedKey}.
   */
  public MailSeal sealFor(long motionId, String sealedKey) {
    return new MailSeal(
        NAME,
        motionId,
        text -> Base64.getEncoder().encodeToString(keys.sealMail(motionId, sealedKey, text)));
  }

  /**
   * Sends now the receipt mails of {@code motionIds} still in the outbox and waits, at most {@code
   * max}, for them to leave: their motions are about to close, and a receipt still waiting then can
   * no longer be opened.
   */
  public void sendBeforeClosing(Collection<Long> motionIds, Duration max) {
    mail.sendSealedNow(NAME, motionIds, max);
  }

  /**
   * Gives up, within the current transaction, the receipt mails of {@code motionIds} still waiting:
   * their motions close in it and their key is destroyed.
   */
  public void giveUp(Collection<Long> motionIds) {
    mail.giveUpSealed(NAME, motionIds);
  }

  /** How many receipt mails of {@code motionIds} were not sent (waiting, or given up). */
  public long unsent(Collection<Long> motionIds) {
    return mail.unsentSealed(NAME, motionIds);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  @Transactional
  public Optional<String> open(long motionId, String sealed) {
    AssemblyMotion m = em.find(AssemblyMotion.class, motionId);
    if (m == null || m.getBallotKey() == null) {
      return Optional.empty();
    }
    return Optional.of(
        keys.openMail(motionId, m.getBallotKey(), Base64.getDecoder().decode(sealed)));
  }
}
