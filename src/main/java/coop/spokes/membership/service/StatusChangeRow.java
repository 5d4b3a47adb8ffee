package coop.spokes.membership.service;

import coop.spokes.membership.model.MemberStatus;
import java.io.Serializable;
import java.time.OffsetDateTime;

/** One line of a member's status history. */
public record StatusChangeRow(
    MemberStatus from, MemberStatus to, OffsetDateTime at, Long by, String reason)
    implements Serializable {}
