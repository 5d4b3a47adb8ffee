package coop.spokes.membership.service;

import coop.spokes.audit.service.AuditService;
import coop.spokes.custodian.service.CustodianService;
import coop.spokes.custodian.service.CustodianSummary;
import coop.spokes.membership.infra.MemberRepository;
import coop.spokes.membership.infra.TransferRepository;
import coop.spokes.membership.model.Member;
import coop.spokes.membership.model.MemberTransfer;
import coop.spokes.membership.model.MembershipException;
import coop.spokes.platform.NotFoundException;
import coop.spokes.platform.mail.MailService;
import coop.spokes.platform.mail.MultilineText;
import coop.spokes.platform.persistence.PageRequest;
import coop.spokes.platform.persistence.PageResult;
import coop.spokes.platform.security.Access;
import coop.spokes.platform.security.Grant;
import coop.spokes.platform.security.Role;
import coop.spokes.platform.security.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A member's move to another custodian: the member (or an organisation's representative) asks,
 * accepting the new custodian's terms; the managers of both custodians approve, in either order;
 * then, in the same transaction as the last approval, the member takes a number at the new
 * custodian and the old number stays in the history and in the old custodian's register. Either
 * custodian may refuse with a reason; the member may withdraw while it is pending.
 */
@ApplicationScoped
@Transactional
public class TransferService {
  @Inject Access access;
  @Inject TransferRepository transfers;
  @Inject MemberRepository members;
  @Inject CustodianService custodians;
  @Inject MailService mail;
  @Inject AuditService audit;
  @Inject Clock clock;
  @Inject jakarta.enterprise.event.Event<MembersJoined> joined;
  @Inject jakarta.enterprise.event.Event<MemberMovedOut> movedOut;

  /**
   * Asks to move a member to {@code toCustodianId}, accepting its terms {@code termsVersion} (the
   * version the page showed). Requires MEMBER of that member (the person or a representative).
   *
   * @throws MembershipException {@code membership.transfer.pendingExists}, {@code
   *     membership.transfer.sameCustodian}, {@code membership.transfer.notActive}, {@code
   *     membership.transfer.termsChanged} or {@code membership.transfer.termsRequired} at field
   *     {@code terms}, {@code membership.transfer.reasonRequired} at field {@code reason}, {@code
   *     membership.transfer.unknownCustodian} at field {@code custodian}
   */
  public TransferRow request(
      long memberId, Long toCustodianId, String termsVersion, String reason) {
    long by = access.requireUserId();
    access.require(Role.MEMBER, Scope.member(memberId));
    Member m = members.lock(memberId).orElseThrow(() -> new NotFoundException("member", memberId));
    if (transfers.pendingOf(memberId).isPresent()) {
      throw new MembershipException(null, "membership.transfer.pendingExists");
    }
    CustodianSummary to =
        (toCustodianId == null
                ? java.util.Optional.<CustodianSummary>empty()
                : custodians.findPublic(toCustodianId))
            .orElseThrow(
                () -> new MembershipException("custodian", "membership.transfer.unknownCustodian"));
    if (termsVersion != null && !termsVersion.equals(to.termsVersion())) {
      throw new MembershipException("terms", "membership.transfer.termsChanged", to.termsVersion());
    }
    MemberTransfer t =
        new MemberTransfer(m, to.id(), termsVersion, reason, by, OffsetDateTime.now(clock));
    transfers.save(t);
    audit.record(
        JoinService.STREAM,
        "transfer.requested",
        "member",
        memberId,
        Map.of(
            "transferId",
            t.getId().toString(),
            "to",
            Long.toString(to.id()),
            "terms",
            t.getTermsVersion()),
        null);
    return row(t, names());
  }

  /**
   * The member's transfers, newest first. Requires MEMBER of that member, CUSTODIAN_MANAGER of its
   * current custodian, or ADMIN.
   */
  public List<TransferRow> ofMember(long memberId) {
    access.requireSignedIn();
    Member m = members.find(memberId).orElseThrow(() -> new NotFoundException("member", memberId));
    access.requireAnyToSee(
        "member",
        memberId,
        Grant.admin(),
        managerOf(m.getCustodianId()),
        Grant.of(Role.MEMBER, Scope.member(memberId)));
    Map<Long, CustodianSummary> names = names();
    return transfers.ofMember(memberId).stream().map(t -> row(t, names)).toList();
  }

  /**
   * Pending transfers out of or into a custodian. Requires CUSTODIAN_MANAGER of that custodian or
   * ADMIN.
   */
  public PageResult<TransferRow> pending(long custodianId, PageRequest page) {
    access.requireAny(Grant.admin(), managerOf(custodianId));
    PageResult<MemberTransfer> result = transfers.pendingInvolving(custodianId, page);
    Map<Long, CustodianSummary> names = names();
    Map<Long, String> memberNames =
        members.displayNames(result.items().stream().map(MemberTransfer::getMemberId).toList());
    return new PageResult<>(
        result.items().stream().map(t -> row(t, names, memberNames)).toList(), result.total());
  }

  /**
   * How many pending transfers wait for this custodian's managers. Same access as {@link #pending}.
   */
  public long countAwaiting(long custodianId) {
    access.requireAny(Grant.admin(), managerOf(custodianId));
    return transfers.countAwaiting(custodianId);
  }

  /**
   * Approves a transfer for custodian {@code custodianId} (the one it leaves or the one it joins).
   * When both approved and the member's accepted terms are current, the move completes now.
   * Requires CUSTODIAN_MANAGER of {@code custodianId} or ADMIN; the custodian must be one of the
   * transfer's two.
   *
   * @throws MembershipException {@code membership.transfer.alreadyDecided}
   */
  public TransferRow approve(long transferId, long custodianId) {
    long by = access.requireUserId();
    MemberTransfer t = lockInvolving(transferId, custodianId);
    OffsetDateTime now = OffsetDateTime.now(clock);
    t.approve(custodianId, by, now);
    audit.record(
        JoinService.STREAM,
        "transfer.approved",
        "member",
        t.getMemberId(),
        Map.of("transferId", t.getId().toString(), "custodianId", Long.toString(custodianId)),
        null);
    completeIfReady(t, by, now);
    return row(t, names());
  }

  /**
   * Refuses a transfer for custodian {@code custodianId}, with a reason mailed to the member. Same
   * access as {@link #approve}.
   *
   * @throws MembershipException {@code membership.transfer.alreadyDecided}, {@code
   *     membership.transfer.reasonRequired} at field {@code rejectReason}
   */
  public TransferRow reject(long transferId, long custodianId, String reason) {
    long by = access.requireUserId();
    MemberTransfer t = lockInvolving(transferId, custodianId);
    t.reject(by, reason, OffsetDateTime.now(clock));
    Member m = members.find(t.getMemberId()).orElseThrow();
    Map<Long, CustodianSummary> names = names();
    mail.queue(
        m.getEmail(),
        m.getLanguage(),
        "membership.transferRejected",
        m.getDisplayName(),
        names.get(custodianId).name(),
        new MultilineText(t.getRejectionReason()));
    audit.record(
        JoinService.STREAM,
        "transfer.rejected",
        "member",
        t.getMemberId(),
        Map.of("transferId", t.getId().toString(), "custodianId", Long.toString(custodianId)),
        null);
    return row(t, names);
  }

  /**
   * The member withdraws a pending transfer. Requires MEMBER of that member.
   *
   * @throws MembershipException {@code membership.transfer.alreadyDecided}
   */
  public TransferRow cancel(long transferId) {
    long by = access.requireUserId();
    MemberTransfer t =
        transfers.lock(transferId).orElseThrow(() -> new NotFoundException("transfer", transferId));
    access.requireToSee("transfer", transferId, Role.MEMBER, Scope.member(t.getMemberId()));
    t.cancel(by, OffsetDateTime.now(clock));
    audit.record(
        JoinService.STREAM,
        "transfer.cancelled",
        "member",
        t.getMemberId(),
        Map.of("transferId", t.getId().toString()),
        null);
    return row(t, names());
  }

  /**
   * The member accepts the new custodian's current terms {@code termsVersion} (they changed since
   * the request); the move completes now if both custodians already approved. Requires MEMBER of
   * that member.
   *
   * @throws MembershipException {@code membership.transfer.alreadyDecided}, {@code
   *     membership.transfer.termsChanged} at field {@code terms}
   */
  public TransferRow acceptTerms(long transferId, String termsVersion) {
    long by = access.requireUserId();
    MemberTransfer t =
        transfers.lock(transferId).orElseThrow(() -> new NotFoundException("transfer", transferId));
    access.requireToSee("transfer", transferId, Role.MEMBER, Scope.member(t.getMemberId()));
    CustodianSummary to = custodians.findPublic(t.getToCustodianId()).orElseThrow();
    if (termsVersion == null || !termsVersion.equals(to.termsVersion())) {
      throw new MembershipException("terms", "membership.transfer.termsChanged", to.termsVersion());
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    t.acceptTerms(termsVersion, now);
    audit.record(
        JoinService.STREAM,
        "transfer.terms-accepted",
        "member",
        t.getMemberId(),
        Map.of("transferId", t.getId().toString(), "terms", termsVersion),
        null);
    completeIfReady(t, by, now);
    return row(t, names());
  }

  private MemberTransfer lockInvolving(long transferId, long custodianId) {
    access.requireAny(Grant.admin(), managerOf(custodianId));
    MemberTransfer t =
        transfers.lock(transferId).orElseThrow(() -> new NotFoundException("transfer", transferId));
    if (t.getFromCustodianId() != custodianId && t.getToCustodianId() != custodianId) {
      // Not this custodian's business: the same answer as an unknown id.
      throw new NotFoundException("transfer", transferId);
    }
    return t;
  }

  private void completeIfReady(MemberTransfer t, long by, OffsetDateTime now) {
    CustodianSummary to = custodians.findPublic(t.getToCustodianId()).orElseThrow();
    Member m = members.lock(t.getMemberId()).orElseThrow();
    if (!t.isReady(to.termsVersion())) {
      if (t.getFromApprovedAt() != null
          && t.getToApprovedAt() != null
          && t.needsTerms(to.termsVersion())) {
        mail.queue(
            m.getEmail(),
            m.getLanguage(),
            "membership.transferTerms",
            m.getDisplayName(),
            to.name(),
            to.termsVersion());
      }
      return;
    }
    long seq = members.nextNumber(to.id());
    long from = m.getCustodianId();
    members.saveChange(m.transfer(to.id(), to.shortCode(), seq, by, now));
    movedOut.fire(new MemberMovedOut(from, m.getId()));
    joined.fire(new MembersJoined(to.id(), List.of(m.getId()), false));
    t.complete(m.getMemberNumber(), now);
    mail.queue(
        m.getEmail(),
        m.getLanguage(),
        "membership.transferred",
        m.getDisplayName(),
        to.name(),
        m.getMemberNumber(),
        t.getFromNumber(),
        new MultilineText(to.paymentInstructions()));
    audit.record(
        JoinService.STREAM,
        "transfer.completed",
        "member",
        m.getId(),
        Map.of(
            "transferId",
            t.getId().toString(),
            "from",
            t.getFromNumber(),
            "to",
            m.getMemberNumber()),
        null);
  }

  private Map<Long, CustodianSummary> names() {
    Map<Long, CustodianSummary> byId = new HashMap<>();
    custodians.listPublic().forEach(c -> byId.put(c.id(), c));
    return byId;
  }

  private TransferRow row(MemberTransfer t, Map<Long, CustodianSummary> custodianById) {
    return row(
        t,
        custodianById,
        Map.of(
            t.getMemberId(), members.find(t.getMemberId()).map(Member::getDisplayName).orElse("")));
  }

  private TransferRow row(
      MemberTransfer t, Map<Long, CustodianSummary> custodianById, Map<Long, String> memberNames) {
    CustodianSummary from = custodianById.get(t.getFromCustodianId());
    CustodianSummary to = custodianById.get(t.getToCustodianId());
    String name = memberNames.getOrDefault(t.getMemberId(), "");
    return new TransferRow(
        t.getId(),
        t.getMemberId(),
        name,
        t.getFromCustodianId(),
        from == null ? "" : from.name(),
        t.getFromNumber(),
        t.getToCustodianId(),
        to == null ? "" : to.name(),
        t.getToNumber(),
        t.getReason(),
        t.getStatus(),
        t.getRequestedAt(),
        t.getTermsVersion(),
        t.getFromApprovedAt(),
        t.getToApprovedAt(),
        t.getDecidedAt(),
        t.getRejectionReason(),
        to != null && t.needsTerms(to.termsVersion()));
  }

  private static Grant managerOf(long custodianId) {
    return Grant.of(Role.CUSTODIAN_MANAGER, Scope.custodian(custodianId));
  }
}
