package coop.spokes.membership.service;

import coop.spokes.audit.service.AuditService;
import coop.spokes.custodian.service.CustodianService;
import coop.spokes.custodian.service.CustodianSummary;
import coop.spokes.membership.infra.CertificatePdf;
import coop.spokes.membership.infra.MemberRepository;
import coop.spokes.membership.model.Member;
import coop.spokes.membership.model.MemberKind;
import coop.spokes.membership.model.MemberStatus;
import coop.spokes.membership.model.MembershipException;
import coop.spokes.platform.NotFoundException;
import coop.spokes.platform.i18n.Languages;
import coop.spokes.platform.i18n.Texts;
import coop.spokes.platform.persistence.PageRequest;
import coop.spokes.platform.persistence.PageResult;
import coop.spokes.platform.security.Access;
import coop.spokes.platform.security.Grant;
import coop.spokes.platform.security.Role;
import coop.spokes.platform.security.Scope;
import coop.spokes.platform.theme.ThemeColours;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What members do for themselves: see the memberships they hold or represent, download a membership
 * certificate, let an organisation appear on the public list; and the public list of organisation
 * members that opted in.
 */
@ApplicationScoped
@Transactional
public class MyMembershipService {
  @Inject Access access;
  @Inject MemberRepository members;
  @Inject CustodianService custodians;
  @Inject ThemeColours themes;
  @Inject coop.spokes.platform.theme.ThemeLogo logos;
  @Inject AuditService audit;
  @PersistenceContext EntityManager em;

  /** The memberships the signed-in user holds or represents. Requires a signed-in user. */
  public List<MemberRow> mine() {
    access.requireSignedIn();
    return access.grantsOf(Role.MEMBER).stream()
        .filter(g -> !g.scope().isAll())
        .map(g -> members.find(g.scope().id()))
        .flatMap(java.util.Optional::stream)
        .map(DirectoryService::row)
        .toList();
  }

  /**
   * A membership certificate as PDF, in the member's language with the custodian's colours.
   * Requires MEMBER of that member, CUSTODIAN_MANAGER of its custodian, or ADMIN.
   */
  public byte[] certificate(long memberId) {
    access.requireSignedIn();
    Member m = members.find(memberId).orElseThrow(() -> new NotFoundException("member", memberId));
    access.requireAnyToSee(
        "member",
        memberId,
        Grant.admin(),
        Grant.of(Role.CUSTODIAN_MANAGER, Scope.custodian(m.getCustodianId())),
        Grant.of(Role.MEMBER, Scope.member(memberId)));
    CustodianSummary custodian = custodians.findPublic(m.getCustodianId()).orElseThrow();
    Locale locale = Languages.localeOf(m.getLanguage());
    String since =
        m.getJoinedOn()
            .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
    return CertificatePdf.render(
        new CertificatePdf.Content(
            Texts.text(locale, "membership.certificate.title"),
            m.getDisplayName(),
            new String[] {
              Texts.text(locale, "membership.certificate.number", m.getMemberNumber()),
              Texts.text(
                  locale,
                  "membership.certificate.class",
                  Texts.text(locale, "membership.MemberClass.short." + m.getMemberClass().name())),
              Texts.text(locale, "membership.certificate.custodian", custodian.name()),
              Texts.text(locale, "membership.certificate.since", since),
              Texts.text(
                  locale,
                  "membership.certificate.status",
                  Texts.text(locale, "membership.MemberStatus." + m.getStatus().name()))
            },
            Texts.text(
                locale,
                "membership.certificate.footer",
                custodian.name(),
                custodian.contactAddress().replace('\n', ' ')),
            themes.accent(custodian.theme()).orElse(new int[] {46, 111, 94}),
            logos.render(custodian.theme(), 330).orElse(null)));
  }

  /**
   * Shows or hides an organisation on the public list of member organisations. Requires MEMBER of
   * that organisation (a representative).
   *
   * @throws MembershipException {@code membership.representative.notOrganisation}
   */
  public void setPublicListing(long memberId, boolean listed) {
    access.require(Role.MEMBER, Scope.member(memberId));
    Member m = members.lock(memberId).orElseThrow(() -> new NotFoundException("member", memberId));
    if (m.getKind() != MemberKind.ORGANISATION) {
      throw new MembershipException(null, "membership.representative.notOrganisation");
    }
    m.listPublicly(listed);
    audit.record(
        JoinService.STREAM,
        "member.listing-changed",
        "member",
        memberId,
        Map.of("listed", Boolean.toString(listed)),
        null);
  }

  /** Active organisation members that chose to be listed, by name. Open to visitors. */
  public PageResult<PublicOrganisation> publicOrganisations(PageRequest page) {
    access.permitPublic();
    String where = " where m.kind = :kind and m.status = :status and m.publicListing = true";
    List<Member> items =
        em.createQuery(
                "select m from Member m" + where + " order by m.sortName, m.id", Member.class)
            .setParameter("kind", MemberKind.ORGANISATION)
            .setParameter("status", MemberStatus.ACTIVE)
            .setFirstResult(page.first())
            .setMaxResults(page.size())
            .getResultList();
    long total =
        em.createQuery("select count(m) from Member m" + where, Long.class)
            .setParameter("kind", MemberKind.ORGANISATION)
            .setParameter("status", MemberStatus.ACTIVE)
            .getSingleResult();
    Map<Long, String> custodianNames = new java.util.HashMap<>();
    custodians.listPublic().forEach(c -> custodianNames.put(c.id(), c.name()));
    return new PageResult<>(
        items.stream()
            .map(
                m ->
                    new PublicOrganisation(
                        m.getId(),
                        m.getDisplayName(),
                        m.getCountry(),
                        custodianNames.getOrDefault(m.getCustodianId(), "")))
            .toList(),
        total);
  }
}
