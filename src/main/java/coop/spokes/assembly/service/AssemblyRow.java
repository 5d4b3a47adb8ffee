package coop.spokes.assembly.service;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** An assembly as lists show it. */
public record AssemblyRow(
    long id,
    String title,
    String state,
    LocalDate recordDate,
    OffsetDateTime firstCallAt,
    OffsetDateTime opensAt,
    OffsetDateTime closesAt,
    String timeZone)
    implements Serializable {}
