package coop.spokes.contribution.service;

import coop.spokes.contribution.model.ImportFormat;
import java.io.Serializable;

/** A saved import format of a custodian. */
public record ImportFormatRow(long id, String name, ImportFormat.Layout layout)
    implements Serializable {}
