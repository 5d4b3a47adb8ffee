package coop.spokes.timesheet.service;

import java.time.LocalDate;

/**
 * Fired in the transaction in which a volunteer (GIFT) entry of {@code userId} worked on {@code
 * day} becomes approved, so the context valuing hours can bring what it keeps up to date.
 */
public record VolunteerHoursApproved(long userId, LocalDate day) {}
