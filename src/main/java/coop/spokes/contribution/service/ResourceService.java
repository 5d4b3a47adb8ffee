package coop.spokes.contribution.service;

import coop.spokes.audit.service.AuditService;
import coop.spokes.contribution.infra.ResourceRepository;
import coop.spokes.contribution.model.ContributionException;
import coop.spokes.contribution.model.Resource;
import coop.spokes.contribution.model.ResourceKind;
import coop.spokes.membership.service.MemberFacts;
import coop.spokes.membership.service.MemberFactsService;
import coop.spokes.platform.NotFoundException;
import coop.spokes.platform.approval.ApprovalTally;
import coop.spokes.platform.approval.Approvals;
import coop.spokes.platform.persistence.PageRequest;
import coop.spokes.platform.persistence.PageResult;
import coop.spokes.platform.security.Access;
import coop.spokes.platform.security.Grant;
import coop.spokes.platform.security.Role;
import coop.spokes.platform.security.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * In-kind contributions: a member declares server capacity (participant-hours) or another resource
 * with its value (the node context will report capacity itself); two ops members, never the
 * member's own people, approve it (or one returns it with a comment) before it counts in the
 * standing, valued by the custodian's rate card for the year.
 */
@ApplicationScoped
@Transactional
public class ResourceService {
  @Inject Access access;
  @Inject ResourceRepository resources;
  @Inject Approvals approvals;
  @Inject MemberFactsService members;
  @Inject ScheduleService schedules;
  @Inject StandingService standing;
  @Inject AuditService audit;
  @Inject Clock clock;

  /**
   * Declares a resource lent by a member. Requires MEMBER of that member, or ADMIN,
   * CUSTODIAN_MANAGER or TREASURER of its custodian.
   *
   * @throws ContributionException those of {@link Resource}
   */
  public ResourceRow declare(
      long memberId,
      ResourceKind kind,
      String description,
      LocalDate providedOn,
      BigDecimal amount) {
    long by = access.requireUserId();
    MemberFacts m = member(memberId);
    access.requireAnyToSee(
        "member", memberId, ContributionGrants.moneyOrSelf(m.custodianId(), memberId));
    return save(m, kind, description, providedOn, amount, by);
  }

  /**
   * Server capacity reported by the node context (participant-hours of a day), to be validated like
   * any other resource. Internal: only services call it.
   */
  public ResourceRow reportCapacityInternal(
      long memberId, LocalDate day, BigDecimal participantHours, String description) {
    access.permitInternal();
    return save(
        member(memberId), ResourceKind.SERVER_CAPACITY, description, day, participantHours, null);
  }

  /**
   * A member's resources, newest first. Requires MEMBER of that member, or ADMIN, CUSTODIAN_MANAGER
   * or TREASURER of its custodian.
   */
  public List<ResourceRow> ofMember(long memberId) {
    access.requireSignedIn();
    MemberFacts m = member(memberId);
    access.requireAnyToSee(
        "member", memberId, ContributionGrants.moneyOrSelf(m.custodianId(), memberId));
    return resources.ofMember(memberId).stream().map(r -> row(r, m)).toList();
  }

  /**
   * A page of the resources waiting for validation, oldest first, without those of the members the
   * caller acts for or that the caller recorded (paged and counted in the database). Requires the
   * OPS role for any circle.
   */
  public PageResult<ResourceRow> submitted(PageRequest page) {
    access.requireRole(Role.OPS);
    List<Long> own =
        access.grantsOf(Role.MEMBER).stream()
            .filter(g -> !g.scope().isAll())
            .map(g -> g.scope().id())
            .toList();
    long me = access.requireUserId();
    List<Resource> waiting = resources.submitted(own, me, page.first(), page.size());
    Map<Long, MemberFacts> facts =
        members.byIdsInternal(waiting.stream().map(Resource::getMemberId).distinct().toList());
    Map<Long, Integer> counts =
        approvals.counts(Resource.APPROVAL_SUBJECT, waiting.stream().map(Resource::getId).toList());
    return new PageResult<>(
        waiting.stream()
            .map(
                r ->
                    row(
                        r,
                        facts.containsKey(r.getMemberId())
                            ? facts.get(r.getMemberId())
                            : member(r.getMemberId()),
                        counts.getOrDefault(r.getId(), 0)))
            .toList(),
        resources.countSubmitted(own, me));
  }

  /**
   * Approves a resource. Requires the OPS role for any circle, and not being one of the member's
   * own people.
   *
   * @throws ContributionException {@code contribution.resource.self}, {@code
   *     contribution.resource.already}, {@code contribution.resource.notSubmitted}
   */
  public ResourceRow approve(long resourceId) {
    access.requireRoleOver("resource", resourceId, Role.OPS);
    long me = access.requireUserId();
    Resource r = load(resourceId);
    requireOther(r);
    r.requireSubmitted();
    OffsetDateTime now = OffsetDateTime.now(clock);
    ApprovalTally tally =
        approvals
            .approve(Resource.approvalSubject(resourceId), me, Resource.APPROVALS_REQUIRED, now)
            .orElseThrow(() -> new ContributionException(null, "contribution.resource.already"));
    r.approved(tally, now);
    audit.record(
        ScheduleService.STREAM,
        "resource.approved",
        "member",
        r.getMemberId(),
        Map.of("resourceId", r.getId().toString(), "status", r.getStatus().name()),
        null);
    if (r.getStatus() == Resource.Status.APPROVED) {
      standing.refreshInternal(r.getMemberId(), r.getFiscalYear());
    }
    return row(r, member(r.getMemberId()));
  }

  /**
   * Returns a resource with a comment. Same access as {@link #approve}.
   *
   * @throws ContributionException {@code contribution.resource.self}, {@code
   *     contribution.resource.notSubmitted}, {@code contribution.resource.commentRequired}
   */
  public ResourceRow reject(long resourceId, String comment) {
    access.requireRoleOver("resource", resourceId, Role.OPS);
    Resource r = load(resourceId);
    requireOther(r);
    r.reject(comment, OffsetDateTime.now(clock));
    audit.record(
        ScheduleService.STREAM,
        "resource.rejected",
        "member",
        r.getMemberId(),
        Map.of("resourceId", r.getId().toString()),
        null);
    return row(r, member(r.getMemberId()));
  }

  /** Refuses a validator who acts for the resource's member, or who recorded it themselves. */
  private void requireOther(Resource r) {
    if (access.hasAny(Grant.of(Role.MEMBER, Scope.member(r.getMemberId())))) {
      throw new ContributionException(null, "contribution.resource.self");
    }
    if (r.getSubmittedBy() != null && r.getSubmittedBy() == access.requireUserId()) {
      throw new ContributionException(null, "contribution.resource.recordedByYou");
    }
  }

  private ResourceRow save(
      MemberFacts m,
      ResourceKind kind,
      String description,
      LocalDate providedOn,
      BigDecimal amount,
      Long by) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    int year =
        providedOn == null ? 0 : schedules.fiscalYearInternal(m.custodianId(), providedOn).year();
    Resource r =
        new Resource(m.custodianId(), m.id(), kind, description, providedOn, year, amount, by, now);
    resources.add(r);
    audit.record(
        ScheduleService.STREAM,
        "resource.declared",
        "member",
        m.id(),
        Map.of("resourceId", r.getId().toString(), "kind", kind.name()),
        null);
    return row(r, m);
  }

  private Resource load(long id) {
    return resources.lock(id).orElseThrow(() -> new NotFoundException("resource", id));
  }

  private MemberFacts member(long memberId) {
    return members
        .findInternal(memberId)
        .orElseThrow(() -> new NotFoundException("member", memberId));
  }

  private ResourceRow row(Resource r, MemberFacts m) {
    return row(r, m, approvals.approvers(Resource.approvalSubject(r.getId())).size());
  }

  private ResourceRow row(Resource r, MemberFacts m, int approvals) {
    return new ResourceRow(
        r.getId(),
        r.getMemberId(),
        m.displayName() + " (" + m.memberNumber() + ")",
        r.getKind(),
        r.getDescription(),
        r.getProvidedOn(),
        r.getFiscalYear(),
        r.getParticipantHours(),
        r.getDeclaredValue(),
        schedules.currencyInternal(r.getCustodianId()),
        r.getStatus(),
        r.getRejectionComment(),
        approvals);
  }
}
