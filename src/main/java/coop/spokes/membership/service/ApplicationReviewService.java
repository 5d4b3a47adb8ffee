package coop.spokes.membership.service;

import coop.spokes.audit.service.AuditService;
import coop.spokes.custodian.service.CustodianService;
import coop.spokes.custodian.service.CustodianSummary;
import coop.spokes.identity.service.AccountService;
import coop.spokes.identity.service.NewAccount;
import coop.spokes.identity.service.OpenedAccount;
import coop.spokes.identity.service.PasswordResetService;
import coop.spokes.identity.service.RoleGrantService;
import coop.spokes.membership.infra.ApplicationRepository;
import coop.spokes.membership.infra.MemberRepository;
import coop.spokes.membership.model.ApplicationStatus;
import coop.spokes.membership.model.Member;
import coop.spokes.membership.model.MemberKind;
import coop.spokes.membership.model.MembershipApplication;
import coop.spokes.membership.model.MembershipException;
import coop.spokes.platform.NotFoundException;
import coop.spokes.platform.mail.MailService;
import coop.spokes.platform.mail.MultilineText;
import coop.spokes.platform.mail.SecretLink;
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
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * Review of applications by the chosen custodian's managers (or admins): list the pending ones, ask
 * the applicant a question, approve (member, account, MEMBER role and welcome mail, in one
 * transaction) or reject with a reason. Every decision is audited and taken once: two managers
 * approving at the same moment make exactly one member.
 */
@ApplicationScoped
@Transactional
public class ApplicationReviewService {
  static final Duration WELCOME_LINK_VALIDITY = Duration.ofDays(7);

  @Inject Access access;
  @Inject ApplicationRepository applications;
  @Inject MemberRepository members;
  @Inject CustodianService custodians;
  @Inject AccountService accounts;
  @Inject RoleGrantService grants;
  @Inject PasswordResetService passwords;
  @Inject MailService mail;
  @Inject AuditService audit;
  @Inject Clock clock;
  @Inject jakarta.enterprise.event.Event<MembersJoined> joined;

  /**
   * Pending applications of one custodian. Requires ADMIN or CUSTODIAN_MANAGER of that custodian.
   */
  public PageResult<ApplicationRow> pending(long custodianId, String text, PageRequest page) {
    access.requireAny(Grant.admin(), managerOf(custodianId));
    PageResult<MembershipApplication> result =
        applications.page(custodianId, ApplicationStatus.PENDING, text, page);
    return new PageResult<>(
        result.items().stream().map(ApplicationReviewService::row).toList(), result.total());
  }

  /** How many applications wait for this custodian's managers. Same access as {@link #pending}. */
  public long countPending(long custodianId) {
    access.requireAny(Grant.admin(), managerOf(custodianId));
    return applications.countPending(custodianId);
  }

  /**
   * One application. Requires a signed-in user who is ADMIN or CUSTODIAN_MANAGER of the
   * application's custodian; anyone else gets a refusal, whatever id they try.
   */
  public ApplicationRow get(long applicationId) {
    access.requireSignedIn();
    MembershipApplication application = load(applicationId);
    access.requireAnyToSee(
        "application", applicationId, Grant.admin(), managerOf(application.getCustodianId()));
    return row(application);
  }

  /**
   * Approves a pending application: allocates the member number, creates the member (and for a
   * person, their account, or links the existing one), grants MEMBER, and mails a welcome with a
   * link to set the password (valid 7 days) and the custodian's payment instructions. Same access
   * as {@link #get}.
   *
   * @throws MembershipException {@code membership.review.alreadyDecided}, {@code
   *     membership.review.holdsMembership} when the applicant's address holds a live personal
   *     membership by now
   */
  public ApplicationRow approve(long applicationId) {
    long manager = access.requireUserId();
    MembershipApplication application =
        applications
            .lock(applicationId)
            .orElseThrow(() -> new NotFoundException("application", applicationId));
    access.requireAnyToSee(
        "application", applicationId, Grant.admin(), managerOf(application.getCustodianId()));
    if (application.getStatus() != ApplicationStatus.PENDING) {
      throw new MembershipException(null, "membership.review.alreadyDecided");
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    CustodianSummary custodian = custodians.findPublic(application.getCustodianId()).orElseThrow();
    OpenedAccount account =
        accounts.openOrFindInternal(
            new NewAccount(
                application.getEmail(),
                application.getPersonName(),
                application.getLanguage(),
                "UTC",
                custodian.id()));
    if (application.getKind() == MemberKind.PERSON
        && !account.opened()
        && members.findLiveOfAccount(account.account().id()).isPresent()) {
      // The address got an account and a membership after applying: one live membership each.
      throw new MembershipException(null, "membership.review.holdsMembership");
    }
    long seq = members.nextNumber(custodian.id());
    Member member =
        members.save(
            new Member(
                application,
                custodian.shortCode(),
                seq,
                account.account().id(),
                now.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate()));
    members.saveChange(member.admitted(manager, now));
    joined.fire(new MembersJoined(custodian.id(), List.of(member.getId()), false));
    application.approve(manager, member.getId(), now);
    grants.grantInternal(
        account.account().id(), Grant.of(Role.MEMBER, Scope.member(member.getId())));
    SecretLink link =
        passwords.setPasswordLinkInternal(account.account().id(), WELCOME_LINK_VALIDITY);
    mail.queue(
        application.getEmail(),
        application.getLanguage(),
        application.getKind() == MemberKind.PERSON
            ? "membership.welcome"
            : "membership.welcomeOrganisation",
        application.getPersonName(),
        member.getMemberNumber(),
        custodian.name(),
        link,
        new MultilineText(custodian.paymentInstructions()));
    audit.record(
        JoinService.STREAM,
        "application.approved",
        "application",
        applicationId,
        Map.of("memberId", member.getId().toString()),
        null);
    audit.record(
        JoinService.STREAM,
        "member.admitted",
        "member",
        member.getId(),
        Map.of("custodianId", Long.toString(custodian.id()), "number", member.getMemberNumber()),
        null);
    return row(application);
  }

  /**
   * Rejects a pending application with a reason, mailed to the applicant in their language. Same
   * access as {@link #get}.
   *
   * @throws MembershipException {@code membership.review.alreadyDecided}, {@code
   *     membership.review.reason.invalid} at field {@code reason}
   */
  public ApplicationRow reject(long applicationId, String reason) {
    long manager = access.requireUserId();
    MembershipApplication application =
        applications
            .lock(applicationId)
            .orElseThrow(() -> new NotFoundException("application", applicationId));
    access.requireAnyToSee(
        "application", applicationId, Grant.admin(), managerOf(application.getCustodianId()));
    application.reject(manager, reason, OffsetDateTime.now(clock));
    String custodianName =
        custodians.findPublic(application.getCustodianId()).map(CustodianSummary::name).orElse("");
    mail.queue(
        application.getEmail(),
        application.getLanguage(),
        "membership.rejected",
        application.getPersonName(),
        custodianName,
        new MultilineText(application.getRejectionReason()));
    audit.record(
        JoinService.STREAM, "application.rejected", "application", applicationId, Map.of(), null);
    return row(application);
  }

  /**
   * Mails the applicant a question from a manager (replies go to the custodian's contact address).
   * Same access as {@link #get}; the application must be pending.
   *
   * @throws MembershipException {@code membership.review.question.invalid} at field {@code
   *     question}
   */
  public void askQuestion(long applicationId, String question) {
    access.requireSignedIn();
    MembershipApplication application = load(applicationId);
    access.requireAnyToSee(
        "application", applicationId, Grant.admin(), managerOf(application.getCustodianId()));
    if (application.getStatus() != ApplicationStatus.PENDING) {
      throw new MembershipException(null, "membership.review.alreadyDecided");
    }
    if (question == null || question.isBlank() || question.strip().length() > 2000) {
      throw new MembershipException("question", "membership.review.question.invalid", 2000);
    }
    CustodianSummary custodian = custodians.findPublic(application.getCustodianId()).orElseThrow();
    mail.queue(
        application.getEmail(),
        application.getLanguage(),
        "membership.question",
        application.getPersonName(),
        custodian.name(),
        new MultilineText(question.strip()),
        custodian.contactEmail());
    audit.record(
        JoinService.STREAM, "application.questioned", "application", applicationId, Map.of(), null);
  }

  private MembershipApplication load(long applicationId) {
    return applications
        .find(applicationId)
        .orElseThrow(() -> new NotFoundException("application", applicationId));
  }

  private static Grant managerOf(long custodianId) {
    return Grant.of(Role.CUSTODIAN_MANAGER, Scope.custodian(custodianId));
  }

  static ApplicationRow row(MembershipApplication a) {
    var d = a.details();
    return new ApplicationRow(
        a.getId(),
        a.getCustodianId(),
        a.getStatus(),
        d.memberClass(),
        d.kind(),
        d.personName(),
        d.email(),
        d.residenceCountry(),
        d.language(),
        d.orgLegalName(),
        d.orgRegistrationNumber(),
        d.orgCountry(),
        a.getTermsVersion(),
        a.getSubmittedAt(),
        a.getVerifiedAt(),
        a.getRejectionReason(),
        a.getMemberId());
  }
}
