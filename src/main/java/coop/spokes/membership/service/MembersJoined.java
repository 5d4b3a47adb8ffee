package coop.spokes.membership.service;

import java.util.List;

/**
 * Fired in the transaction in which members enter a custodian's register: admitted from an
 * application, moved in from another custodian ({@code imported} false), or imported from a
 * spreadsheet ({@code imported} true, possibly thousands at once).
 */
public record MembersJoined(long custodianId, List<Long> memberIds, boolean imported) {}
