package coop.spokes.membership.model;

import java.util.List;

/** A member's class: producers run the service, consumers use it, individuals support it. */
public enum MemberClass {
  PRODUCER,
  CONSUMER,
  INDIVIDUAL,
  CUSTODIAN;

  /** The classes one can apply for on the public join form (custodians join by agreement). */
  public static final List<MemberClass> OPEN_TO_APPLICANTS =
      List.of(PRODUCER, CONSUMER, INDIVIDUAL);
}
