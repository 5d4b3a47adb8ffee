package coop.spokes.membership.service;

import coop.spokes.membership.model.MemberClass;
import coop.spokes.membership.model.MemberStatus;
import java.util.Map;

/**
 * How a custodian's membership stands now (or, with no custodian, the whole cooperative's): the
 * dashboard's figures.
 *
 * @param custodianId the custodian, or null for all
 * @param byStatus members by status, every status present
 * @param byClass active members by class, every class present
 * @param applicationsWaiting applications waiting for a manager's decision, by custodian id (only
 *     custodians with some)
 */
public record MembershipFigures(
    Long custodianId,
    Map<MemberStatus, Long> byStatus,
    Map<MemberClass, Long> byClass,
    Map<Long, Long> applicationsWaiting) {

  /** Applications waiting, all custodians together. */
  public long waiting() {
    return applicationsWaiting.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Active members. */
  public long active() {
    return byStatus.getOrDefault(MemberStatus.ACTIVE, 0L);
  }
}
