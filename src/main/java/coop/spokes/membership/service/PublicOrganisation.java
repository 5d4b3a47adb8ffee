package coop.spokes.membership.service;

import java.io.Serializable;

/** An organisation member on the public list: only what it agreed to show. */
public record PublicOrganisation(long id, String name, String country, String custodian)
    implements Serializable {}
