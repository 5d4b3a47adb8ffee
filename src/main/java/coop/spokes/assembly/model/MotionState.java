package coop.spokes.assembly.model;

/** A motion waits on the agenda (PENDING), takes ballots (OPEN), then is counted (CLOSED). */
public enum MotionState {
  PENDING,
  OPEN,
  CLOSED
}
