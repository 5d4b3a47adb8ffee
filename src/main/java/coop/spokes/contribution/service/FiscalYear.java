package coop.spokes.contribution.service;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One fiscal year of a custodian as other contexts see it: named by the calendar year it starts in,
 * shown as {@code label} ("2026", or "2026–27" when it starts after January), running from {@code
 * start} to {@code end} inclusive.
 */
public record FiscalYear(long custodianId, int year, String label, LocalDate start, LocalDate end)
    implements Serializable {}
