package coop.spokes.membership.service;

import coop.spokes.audit.service.AuditService;
import coop.spokes.custodian.service.CustodianService;
import coop.spokes.custodian.service.CustodianSummary;
import coop.spokes.identity.service.AccountService;
import coop.spokes.identity.service.NewAccount;
import coop.spokes.identity.service.OpenedAccount;
import coop.spokes.identity.service.PasswordResetService;
import coop.spokes.identity.service.RoleGrantService;
import coop.spokes.membership.infra.InvitationLinks;
import coop.spokes.membership.infra.InvitationRepository;
import coop.spokes.membership.infra.MemberRepository;
import coop.spokes.membership.model.Invitation;
import coop.spokes.membership.model.Member;
import coop.spokes.membership.model.MemberKind;
import coop.spokes.membership.model.MemberStatus;
import coop.spokes.membership.model.MembershipException;
import coop.spokes.membership.service.InvitationView.State;
import coop.spokes.platform.NotFoundException;
import coop.spokes.platform.mail.MailService;
import coop.spokes.platform.mail.SecretLink;
import coop.spokes.platform.security.Access;
import coop.spokes.platform.security.Grant;
import coop.spokes.platform.security.Role;
import coop.spokes.platform.security.Scope;
import coop.spokes.platform.security.Secrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Invitations a member import sends instead of attaching accounts. The owner of the invited address
 * accepts: signed in with that address's account, which then holds the membership (or represents
 * the organisation); or, when the address has no account yet, by opening one and choosing a
 * password. A person who already holds a live personal membership is offered to move it through the
 * usual transfer, approved by both custodians' managers; the import's line is never attached to
 * them. Open to visitors: the single-use link is the proof, and a signed-in account must be the
 * invited address's.
 */
@ApplicationScoped
@Transactional
public class InvitationService {
  /** How long an import's invitation can be accepted. */
  static final Duration VALIDITY = Duration.ofDays(14);

  /** How long the set-password link of an account opened by accepting stays valid. */
  static final Duration PASSWORD_LINK_VALIDITY = Duration.ofHours(1);

  @Inject Access access;
  @Inject InvitationRepository invitations;
  @Inject MemberRepository members;
  @Inject CustodianService custodians;
  @Inject AccountService accounts;
  @Inject RoleGrantService grants;
  @Inject PasswordResetService passwords;
  @Inject Secrets secrets;
  @Inject MailService mail;
  @Inject AuditService audit;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "spokes.base.url")
  String baseUrl;

  /**
   * Records an invitation to {@code address} for the new member {@code m} of an import (already
   * flushed: nothing tells the persistence unit to insert the member first) and queues its mail.
   * Only {@link MemberImportService} calls it, in its transaction.
   */
  void invite(Member m, String address, CustodianSummary custodian, OffsetDateTime now) {
    invite(
        m,
        address,
        custodian,
        now,
        m.getKind() == MemberKind.PERSON
            ? "membership.imported"
            : "membership.importedOrganisation");
  }

  /**
   * Records an invitation to {@code address} to represent the organisation {@code m} and queues its
   * mail. Only {@link MemberService} calls it, once its caller may manage the organisation's
   * representatives: nobody becomes one without accepting, so naming an address grants nothing and
   * tells nothing about its account.
   */
  void inviteRepresentative(Member m, String address, OffsetDateTime now) {
    CustodianSummary custodian =
        custodians
            .findPublic(m.getCustodianId())
            .orElseThrow(() -> new NotFoundException("custodian", m.getCustodianId()));
    invite(m, address, custodian, now, "membership.representativeInvited");
  }

  private void invite(
      Member m, String address, CustodianSummary custodian, OffsetDateTime now, String mailKey) {
    // The first secret is known to nobody: the outbox mints the mailed one when it sends the mail
    // (InvitationLinks), so no usable link is ever stored. Sequence ids are set on persist.
    Invitation invitation =
        new Invitation(m.getId(), address, hash(Secrets.newToken()), now, VALIDITY);
    invitations.add(invitation);
    mail.queue(
        address,
        m.getLanguage(),
        mailKey,
        m.getDisplayName(),
        m.getMemberNumber(),
        custodian.name(),
        new SecretLink(InvitationLinks.NAME, invitation.getId()));
  }

  /** What the holder of {@code token} may do. Open to visitors. */
  public InvitationView view(String token) {
    access.permitPublic();
    return find(token).map(this::view).orElseGet(InvitationView::invalid);
  }

  /**
   * Accepts the invitation: attaches the membership to the signed-in account of the invited address
   * (or makes it the organisation's representative); or, signed out and when the address has no
   * account, opens one and returns a link to choose its password. Open to visitors.
   *
   * @return the path (within the application) of the page to choose a password, when an account was
   *     opened
   * @throws MembershipException {@code membership.invitation.invalid} (unknown, used, expired, or
   *     an account must sign in first), {@code membership.invitation.wrongAccount}, {@code
   *     membership.invitation.move} when the person already holds a live personal membership
   */
  public Optional<String> accept(String token) {
    access.permitPublic();
    Invitation invitation =
        find(token)
            .map(invitations::lock)
            .orElseThrow(() -> new MembershipException(null, "membership.invitation.invalid"));
    InvitationView v = view(invitation);
    Member m = members.lock(invitation.getMemberId()).orElseThrow();
    OffsetDateTime now = OffsetDateTime.now(clock);
    switch (v.state()) {
      case ACCEPT -> {
        long account = access.requireUserId();
        take(m, account);
        invitation.accept(account, now);
        recordAccepted(m, account, false);
        return Optional.empty();
      }
      case CHOOSE_PASSWORD -> {
        OpenedAccount opened =
            accounts.openOrFindInternal(
                new NewAccount(
                    invitation.getEmail(),
                    m.getDisplayName(),
                    m.getLanguage(),
                    "UTC",
                    m.getCustodianId()));
        if (!opened.opened()) {
          throw new MembershipException(null, "membership.invitation.invalid");
        }
        long account = opened.account().id();
        take(m, account);
        invitation.accept(account, now);
        recordAccepted(m, account, true);
        // A new account has no other link that this one could spend.
        String link = passwords.setPasswordLinkNowInternal(account, PASSWORD_LINK_VALIDITY);
        return Optional.of(link.substring(baseUrl.replaceAll("/+$", "").length()));
      }
      case WRONG_ACCOUNT ->
          throw new MembershipException(null, "membership.invitation.wrongAccount");
      case MOVE -> throw new MembershipException(null, "membership.invitation.move");
      default -> throw new MembershipException(null, "membership.invitation.invalid");
    }
  }

  private void take(Member m, long account) {
    if (m.getKind() == MemberKind.PERSON) {
      m.attach(account);
      members.flush(); // the unique live account is checked here, not at commit
    } else if (m.getStatus() == MemberStatus.LEFT) {
      throw new MembershipException(null, "membership.invitation.invalid");
    }
    grants.grantInternal(account, Grant.of(Role.MEMBER, Scope.member(m.getId())));
  }

  private void recordAccepted(Member m, long account, boolean opened) {
    audit.record(
        JoinService.STREAM,
        "invitation.accepted",
        "member",
        m.getId(),
        Map.of("accountId", Long.toString(account), "opened", Boolean.toString(opened)),
        null);
  }

  private InvitationView view(Invitation invitation) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    Optional<Member> found = members.find(invitation.getMemberId());
    if (!invitation.isOpen(now)
        || found.isEmpty()
        || found.get().getStatus() == MemberStatus.LEFT
        || found.get().getKind() == MemberKind.PERSON && found.get().getAccountId() != null) {
      return InvitationView.invalid();
    }
    Member m = found.get();
    boolean organisation = m.getKind() == MemberKind.ORGANISATION;
    String custodianName =
        custodians.findPublic(m.getCustodianId()).map(CustodianSummary::name).orElse("");
    Optional<Long> owner = accounts.findIdInternal(invitation.getEmail());
    Optional<Long> caller = access.userId();
    State state;
    Member current = null;
    if (caller.isPresent() && !caller.equals(owner)) {
      state = State.WRONG_ACCOUNT;
    } else if (owner.isEmpty()) {
      state = State.CHOOSE_PASSWORD;
    } else if (caller.isEmpty()) {
      state = State.SIGN_IN;
    } else {
      current = organisation ? null : members.findLiveOfAccount(owner.get()).orElse(null);
      state = current == null ? State.ACCEPT : State.MOVE;
    }
    return new InvitationView(
        state,
        m.getDisplayName(),
        m.getMemberNumber(),
        custodianName,
        organisation,
        current == null ? null : current.getMemberNumber(),
        current == null
            ? null
            : custodians
                .findPublic(current.getCustodianId())
                .map(CustodianSummary::name)
                .orElse(""));
  }

  private Optional<Invitation> find(String token) {
    if (token == null || token.isBlank() || token.length() > 100) {
      return Optional.empty();
    }
    return invitations.findByHash(hash(token));
  }

  private String hash(String token) {
    return secrets.hmac(Invitation.SECRET_PURPOSE, token);
  }
}
