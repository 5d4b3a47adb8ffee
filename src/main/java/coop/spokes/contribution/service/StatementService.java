package coop.spokes.contribution.service;

import coop.spokes.contribution.infra.StatementPdf;
import coop.spokes.custodian.service.CustodianService;
import coop.spokes.membership.service.MemberFacts;
import coop.spokes.membership.service.MemberFactsService;
import coop.spokes.platform.NotFoundException;
import coop.spokes.platform.i18n.Formatting;
import coop.spokes.platform.i18n.Languages;
import coop.spokes.platform.i18n.Texts;
import coop.spokes.platform.security.Access;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A member's yearly statement as PDF, in their language: the standing with every figure, the
 * payments and reversals of the year, and the resources lent. Requires the member themself, or
 * ADMIN, CUSTODIAN_MANAGER or TREASURER of their custodian.
 */
@ApplicationScoped
@Transactional
public class StatementService {
  @Inject Access access;
  @Inject MemberFactsService members;
  @Inject StandingService standing;
  @Inject PaymentService payments;
  @Inject ResourceService resources;
  @Inject CustodianService custodians;
  @Inject Clock clock;

  /** The statement of {@code year} as PDF. Same access as the class. */
  public byte[] statement(long memberId, int year) {
    access.requireSignedIn();
    MemberFacts m =
        members.findInternal(memberId).orElseThrow(() -> new NotFoundException("member", memberId));
    access.requireAnyToSee(
        "member", memberId, ContributionGrants.moneyOrSelf(m.custodianId(), memberId));
    Locale l = Languages.localeOf(m.language());
    StandingView v = standing.standing(memberId, year);
    List<String> header =
        List.of(
            Texts.text(l, "contribution.statement.member", m.displayName(), m.memberNumber()),
            Texts.text(
                l,
                "contribution.statement.standing",
                Texts.text(l, "contribution.StandingLevel." + v.level().name()),
                v.percent()));
    List<StatementPdf.Section> sections = new ArrayList<>();
    for (StandingView.PartView p : v.parts()) {
      sections.add(
          new StatementPdf.Section(
              p.custodianName(),
              List.of(
                  Texts.text(
                      l, "contribution.statement.suggested", money(p.suggested(), p.currency(), l)),
                  Texts.text(l, "contribution.statement.money", money(p.money(), p.currency(), l)),
                  Texts.text(
                      l,
                      "contribution.statement.hours",
                      p.giftHours(),
                      money(p.hourRate(), p.currency(), l),
                      money(p.hoursValue(), p.currency(), l)),
                  Texts.text(
                      l, "contribution.statement.resources", money(p.resources(), p.currency(), l)),
                  Texts.text(
                      l, "contribution.statement.total", money(p.total(), p.currency(), l)))));
    }
    List<String> paid = new ArrayList<>();
    for (PaymentRow p : payments.ofMember(memberId)) {
      if (p.fiscalYear() == year) {
        paid.add(
            Texts.text(
                l,
                "contribution.statement.payment",
                Formatting.date(p.receivedOn(), l),
                p.receiptNumber(),
                money(p.amount(), p.currency(), l),
                Texts.text(l, "contribution.PaymentMethod." + p.method().name())));
      }
    }
    sections.add(
        new StatementPdf.Section(
            Texts.text(l, "contribution.payment.title"),
            paid.isEmpty() ? List.of(Texts.text(l, "contribution.payment.none")) : paid));
    List<String> lent = new ArrayList<>();
    for (ResourceRow r : resources.ofMember(memberId)) {
      if (r.fiscalYear() == year) {
        lent.add(
            r.providedOn()
                + " · "
                + Texts.text(l, "contribution.ResourceKind." + r.kind().name())
                + " · "
                + r.description()
                + " · "
                + Texts.text(l, "contribution.ResourceStatus." + r.status().name()));
      }
    }
    sections.add(
        new StatementPdf.Section(
            Texts.text(l, "contribution.resource.title"),
            lent.isEmpty() ? List.of(Texts.text(l, "contribution.resource.none")) : lent));
    String custodianName = custodians.findPublic(m.custodianId()).map(c -> c.name()).orElse("");
    return StatementPdf.render(
        Texts.text(l, "contribution.statement.title", v.yearLabel()),
        header,
        sections,
        Texts.text(
            l,
            "contribution.statement.footer",
            custodianName,
            Formatting.date(LocalDate.now(clock), l)));
  }

  private static String money(BigDecimal v, String currency, Locale l) {
    return Formatting.money(v, currency, l);
  }
}
