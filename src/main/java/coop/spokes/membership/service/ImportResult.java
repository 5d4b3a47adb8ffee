package coop.spokes.membership.service;

import java.io.Serializable;

/** What an import did: members created, lines skipped as already present, invitations sent. */
public record ImportResult(int created, int existing, int invited) implements Serializable {}
