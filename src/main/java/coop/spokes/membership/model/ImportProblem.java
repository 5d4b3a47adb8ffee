package coop.spokes.membership.model;

import java.io.Serializable;

/**
 * Why a line of an import cannot be taken: the field at fault (or null), a bundle key, its args.
 */
public record ImportProblem(ImportField field, String key, Serializable... args)
    implements Serializable {}
