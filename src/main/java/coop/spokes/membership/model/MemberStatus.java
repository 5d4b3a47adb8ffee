package coop.spokes.membership.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * A member's status. ACTIVE members take part; LAPSED members have not contributed for a closed
 * year (set by managers until contributions automate it) and may become active again; SUSPENDED
 * members are barred by a decision; LEFT is final (a former member applies again).
 */
public enum MemberStatus {
  ACTIVE,
  LAPSED,
  SUSPENDED,
  LEFT;

  /** The statuses a member in this status may move to. */
  public Set<MemberStatus> next() {
    return switch (this) {
      case ACTIVE -> EnumSet.of(LAPSED, SUSPENDED, LEFT);
      case LAPSED -> EnumSet.of(ACTIVE, SUSPENDED, LEFT);
      case SUSPENDED -> EnumSet.of(ACTIVE, LEFT);
      case LEFT -> EnumSet.noneOf(MemberStatus.class);
    };
  }
}
