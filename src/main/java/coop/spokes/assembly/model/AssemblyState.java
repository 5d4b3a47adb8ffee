package coop.spokes.assembly.model;

/**
 * Where an assembly stands: set up by admins and chairs (DRAFT), notice sent (CONVENED), voting
 * (OPEN), voting over (CLOSED), result public (PUBLISHED). It only moves forward.
 */
public enum AssemblyState {
  DRAFT,
  CONVENED,
  OPEN,
  CLOSED,
  PUBLISHED
}
