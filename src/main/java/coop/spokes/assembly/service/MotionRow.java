package coop.spokes.assembly.service;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A motion as its pages show it: its rules in the form's terms and, once counted, its result and
 * published outcome (JSON).
 */
public record MotionRow(
    long id,
    long assemblyId,
    int position,
    String title,
    String body,
    String state,
    MotionSettings settings,
    int call,
    OffsetDateTime openedAt,
    OffsetDateTime closedAt,
    String result,
    List<String> options)
    implements Serializable {}
