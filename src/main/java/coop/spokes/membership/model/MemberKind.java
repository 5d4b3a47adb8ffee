package coop.spokes.membership.model;

/** A person, or an organisation that acts through its representatives. */
public enum MemberKind {
  PERSON,
  ORGANISATION
}
