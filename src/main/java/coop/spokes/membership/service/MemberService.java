package coop.spokes.membership.service;

import coop.spokes.audit.service.AuditService;
import coop.spokes.identity.service.AccountService;
import coop.spokes.identity.service.AccountSummary;
import coop.spokes.identity.service.RoleGrantService;
import coop.spokes.membership.infra.MemberRepository;
import coop.spokes.membership.model.Member;
import coop.spokes.membership.model.MemberKind;
import coop.spokes.membership.model.MemberStatus;
import coop.spokes.membership.model.MembershipException;
import coop.spokes.platform.EmailAddresses;
import coop.spokes.platform.NotFoundException;
import coop.spokes.platform.security.Access;
import coop.spokes.platform.security.Grant;
import coop.spokes.platform.security.Role;
import coop.spokes.platform.security.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * One member, for the managers of its custodian (and admins): details, status changes with their
 * dated history, an organisation's representatives. Representatives and the member themself may
 * read it and manage representatives too; only managers change the status, except that members may
 * resign (LEFT).
 */
@ApplicationScoped
@Transactional
public class MemberService {
  @Inject Access access;
  @Inject MemberRepository members;
  @Inject AccountService accounts;
  @Inject RoleGrantService grants;
  @Inject InvitationService invitations;
  @Inject AuditService audit;
  @Inject Clock clock;

  /** One member. Requires ADMIN, CUSTODIAN_MANAGER of its custodian, or MEMBER of it. */
  public MemberRow get(long memberId) {
    access.requireSignedIn();
    Member m = load(memberId);
    access.requireAnyToSee("member", memberId, managerOrSelf(m));
    return DirectoryService.row(m);
  }

  /** The member's status history, oldest first. Same access as {@link #get}. */
  public List<StatusChangeRow> history(long memberId) {
    access.requireSignedIn();
    access.requireAnyToSee("member", memberId, managerOrSelf(load(memberId)));
    return members.history(memberId).stream()
        .map(
            c ->
                new StatusChangeRow(
                    c.getFromStatus(),
                    c.getToStatus(),
                    c.getChangedAt(),
                    c.getChangedBy(),
                    c.getReason()))
        .toList();
  }

  /**
   * Changes a member's status with a reason kept in the history. Requires ADMIN or
   * CUSTODIAN_MANAGER of the member's custodian; a member may only resign (to LEFT).
   *
   * @throws MembershipException {@code membership.member.status.notAllowed}, {@code
   *     membership.member.status.reasonRequired}
   */
  public MemberRow changeStatus(long memberId, MemberStatus to, String reason) {
    long by = access.requireUserId();
    Member m = members.lock(memberId).orElseThrow(() -> new NotFoundException("member", memberId));
    if (to == MemberStatus.LEFT) {
      access.requireAnyToSee("member", memberId, managerOrSelf(m));
    } else {
      access.requireAnyToSee("member", memberId, managerOrSelf(m));
      access.requireAny(Grant.admin(), managerOf(m)); // a member sees theirs but may only leave
    }
    MemberStatus from = m.getStatus();
    members.saveChange(m.changeStatus(to, by, reason, OffsetDateTime.now(clock)));
    audit.record(
        JoinService.STREAM,
        "member.status-changed",
        "member",
        memberId,
        Map.of("from", from.name(), "to", to.name()),
        null);
    return DirectoryService.row(m);
  }

  /**
   * Sets an ACTIVE member LAPSED on behalf of the contributions context (a closed year with no
   * contribution, after the grace period), with the reason in the history; the change is audited
   * with no person as actor. Does nothing for a member in any other status. Internal: only services
   * call it.
   *
   * @return whether the member was lapsed
   */
  public boolean lapseInternal(long memberId, String reason) {
    access.permitInternal();
    Member m = members.lock(memberId).orElseThrow(() -> new NotFoundException("member", memberId));
    if (m.getStatus() != MemberStatus.ACTIVE) {
      return false;
    }
    members.saveChange(
        m.changeStatus(MemberStatus.LAPSED, null, reason, OffsetDateTime.now(clock)));
    audit.record(
        JoinService.STREAM,
        "member.status-changed",
        "member",
        memberId,
        Map.of(
            "from",
            MemberStatus.ACTIVE.name(),
            "to",
            MemberStatus.LAPSED.name(),
            "by",
            "contributions"),
        null);
    return true;
  }

  /** An organisation's representatives. Same access as {@link #get}. */
  public List<AccountSummary> representatives(long memberId) {
    access.requireSignedIn();
    access.requireAnyToSee("member", memberId, managerOrSelf(load(memberId)));
    return grants.holdersInternal(Grant.of(Role.MEMBER, Scope.member(memberId)));
  }

  /**
   * Invites the owner of {@code email} to represent an organisation: they become a representative
   * when they accept, signed in with that address (or choosing a password when it has no account
   * yet). The caller is told the same whether or not the address has an account. Requires ADMIN,
   * CUSTODIAN_MANAGER of its custodian, or a representative.
   *
   * @throws MembershipException {@code membership.representative.notOrganisation}, {@code
   *     membership.join.email.invalid} at field {@code representativeEmail}
   */
  public void addRepresentative(long memberId, String email) {
    access.requireSignedIn();
    Member m = members.lock(memberId).orElseThrow(() -> new NotFoundException("member", memberId));
    access.requireAnyToSee("member", memberId, managerOrSelf(m));
    if (m.getKind() != MemberKind.ORGANISATION) {
      throw new MembershipException(null, "membership.representative.notOrganisation");
    }
    String address = EmailAddresses.normalize(email);
    if (!EmailAddresses.isPlausible(address)) {
      throw new MembershipException("representativeEmail", "membership.join.email.invalid");
    }
    invitations.inviteRepresentative(m, address, OffsetDateTime.now(clock));
    audit.record(JoinService.STREAM, "representative.invited", "member", memberId, Map.of(), null);
  }

  /**
   * Removes a representative, never the last one. Same access as {@link #addRepresentative}.
   *
   * @throws MembershipException {@code membership.representative.last}
   */
  public void removeRepresentative(long memberId, long accountId) {
    access.requireSignedIn();
    Member m = members.lock(memberId).orElseThrow(() -> new NotFoundException("member", memberId));
    access.requireAnyToSee("member", memberId, managerOrSelf(m));
    Grant representing = Grant.of(Role.MEMBER, Scope.member(memberId));
    List<AccountSummary> current = grants.holdersInternal(representing);
    if (current.size() <= 1 && current.stream().anyMatch(a -> a.id() == accountId)) {
      throw new MembershipException(null, "membership.representative.last");
    }
    if (grants.revokeInternal(accountId, representing)) {
      audit.record(
          JoinService.STREAM,
          "representative.removed",
          "member",
          memberId,
          Map.of("accountId", Long.toString(accountId)),
          null);
    }
  }

  private Member load(long memberId) {
    return members.find(memberId).orElseThrow(() -> new NotFoundException("member", memberId));
  }

  private static Grant managerOf(Member m) {
    return Grant.of(Role.CUSTODIAN_MANAGER, Scope.custodian(m.getCustodianId()));
  }

  private static Grant[] managerOrSelf(Member m) {
    return new Grant[] {
      Grant.admin(), managerOf(m), Grant.of(Role.MEMBER, Scope.member(m.getId()))
    };
  }
}
