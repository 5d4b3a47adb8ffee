package coop.spokes.timesheet.service;

/**
 * Hours of one circle waiting for approval by the reader (their own entries left out).
 *
 * @param validator whether the reader may approve them (holds OPS of the circle), or only sees the
 *     figure (an admin)
 */
public record CircleWaiting(
    long circleId, String circleName, long entries, long minutes, boolean validator) {}
