package coop.spokes.membership.service;

import coop.spokes.membership.infra.DirectoryQueries;
import coop.spokes.membership.infra.MemberRepository;
import coop.spokes.membership.model.Member;
import coop.spokes.platform.security.Access;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Members' facts for other contexts' services (never pages): one member, or every member of a
 * custodian in batches. Those services check the caller's access themselves.
 */
@ApplicationScoped
@Transactional
public class MemberFactsService {
  @Inject Access access;
  @Inject MemberRepository members;
  @Inject DirectoryQueries queries;

  /** One member's facts. Internal: only services call it. */
  public Optional<MemberFacts> findInternal(long memberId) {
    access.permitInternal();
    return members.find(memberId).map(MemberFactsService::facts);
  }

  /** Every member of a custodian, in id order, read in batches. Internal: only services call it. */
  public void forEachOfCustodianInternal(long custodianId, Consumer<MemberFacts> each) {
    access.permitInternal();
    queries.forEach(DirectoryFilter.ofCustodian(custodianId), m -> each.accept(facts(m)));
  }

  static MemberFacts facts(Member m) {
    return new MemberFacts(
        m.getId(),
        m.getCustodianId(),
        m.getMemberNumber(),
        m.getDisplayName(),
        m.getMemberClass().name(),
        m.getKind().name(),
        m.getStatus().name(),
        m.getCountry(),
        m.getEmail(),
        m.getLanguage(),
        m.getJoinedOn(),
        m.getCustodianSince());
  }
}
