package coop.spokes.membership.service;

import coop.spokes.membership.infra.MemberRepository;
import coop.spokes.membership.infra.RollQueries;
import coop.spokes.membership.model.Member;
import coop.spokes.platform.persistence.PageRequest;
import coop.spokes.platform.persistence.PageResult;
import coop.spokes.platform.security.Access;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
  @Inject RollQueries roll;
  @PersistenceContext EntityManager em;

  private static final int FACTS_BATCH = 2000;

  /** One member's facts. Internal: only services call it. */
  public Optional<MemberFacts> findInternal(long memberId) {
    access.permitInternal();
    return members.find(memberId).map(MemberFactsService::facts);
  }

  /**
   * Every member of a custodian, in id order, read in batches of 2,000 as plain values (no
   * entities). Internal: only services call it.
   */
  public void forEachOfCustodianInternal(long custodianId, Consumer<MemberFacts> each) {
    access.permitInternal();
    long after = Long.MIN_VALUE;
    while (true) {
      List<Object[]> rows =
          em.createQuery(
                  COLUMNS + " where m.custodianId = :c and m.id > :after order by m.id",
                  Object[].class)
              .setParameter("c", custodianId)
              .setParameter("after", after)
              .setMaxResults(FACTS_BATCH)
              .getResultList();
      for (Object[] r : rows) {
        each.accept(facts(r));
      }
      if (rows.size() < FACTS_BATCH) {
        return;
      }
      after = (Long) rows.get(rows.size() - 1)[0];
    }
  }

  /**
   * A page of a custodian's roll at a date: the members it had admitted by then (joined on or
   * before {@code date}) and still holds, by id, as plain values. Pages of up to {@link
   * PageRequest#MAX_INTERNAL_SIZE}; the same members, order and pages as {@link
   * #statusesAtInternal}. Internal: only services call it.
   */
  public PageResult<MemberFacts> pageOfCustodianInternal(
      long custodianId, LocalDate date, PageRequest page) {
    access.permitInternal();
    List<MemberFacts> facts =
        em
            .createQuery(
                COLUMNS + " where m.custodianId = :c and m.joinedOn <= :d order by m.id",
                Object[].class)
            .setParameter("c", custodianId)
            .setParameter("d", date)
            .setFirstResult(page.first())
            .setMaxResults(page.size())
            .getResultList()
            .stream()
            .map(MemberFactsService::facts)
            .toList();
    return new PageResult<>(facts, roll.count(custodianId, date));
  }

  /**
   * A page of a custodian's roll at a date with each member's status at the end of that day (UTC),
   * read from their status history in the database, one query per page: the same members, order and
   * pages as {@link #pageOfCustodianInternal}. Pages of up to {@link
   * PageRequest#MAX_INTERNAL_SIZE}. Internal: only services call it.
   */
  public PageResult<MemberStatusAt> statusesAtInternal(
      long custodianId, LocalDate date, PageRequest page) {
    access.permitInternal();
    List<MemberStatusAt> rows =
        roll.page(custodianId, date, page.first(), page.size()).stream()
            .map(
                r ->
                    new MemberStatusAt(
                        r.id(),
                        r.memberNumber(),
                        r.displayName(),
                        r.memberClass(),
                        r.kind(),
                        r.statusAt(),
                        r.joinedOn(),
                        r.custodianSince()))
            .toList();
    return new PageResult<>(rows, roll.count(custodianId, date));
  }

  /**
   * How many members of a custodian were ACTIVE at the end of {@code date} (UTC), by their status
   * history, counted in the database. Internal: only services call it.
   */
  public long activeCountInternal(long custodianId, LocalDate date) {
    access.permitInternal();
    return roll.countActive(custodianId, date);
  }

  /**
   * The members of a custodian with the given numbers (e.g. ES-000012), by number. At most a few
   * thousand numbers at once. Internal: only services call it.
   */
  public Map<String, MemberFacts> byNumbersInternal(long custodianId, Collection<String> numbers) {
    access.permitInternal();
    Map<String, MemberFacts> found = new HashMap<>();
    if (!numbers.isEmpty()) {
      em.createQuery(COLUMNS + " where m.custodianId = :c and m.memberNumber in :n", Object[].class)
          .setParameter("c", custodianId)
          .setParameter("n", numbers)
          .getResultList()
          .forEach(r -> found.put((String) r[2], facts(r)));
    }
    return found;
  }

  /**
   * The members of a custodian with the given contact e-mail addresses (lower case), by address; a
   * person before an organisation using the same address. Internal: only services call it.
   */
  public Map<String, MemberFacts> byEmailsInternal(long custodianId, Collection<String> emails) {
    access.permitInternal();
    Map<String, MemberFacts> found = new HashMap<>();
    if (!emails.isEmpty()) {
      em.createQuery(
              COLUMNS
                  + " where m.custodianId = :c and lower(m.email) in :e order by m.kind desc, m.id",
              Object[].class)
          .setParameter("c", custodianId)
          .setParameter("e", emails)
          .getResultList()
          .forEach(
              r -> found.putIfAbsent(((String) r[8]).toLowerCase(java.util.Locale.ROOT), facts(r)));
    }
    return found;
  }

  /** The memberships a person holds in their own name (any status). Internal: only services. */
  public List<MemberFacts> ofAccountInternal(long accountId) {
    access.permitInternal();
    return em
        .createQuery(COLUMNS + " where m.accountId = :account order by m.id", Object[].class)
        .setParameter("account", accountId)
        .getResultList()
        .stream()
        .map(MemberFactsService::facts)
        .toList();
  }

  /**
   * The id of the person's personal membership that is not LEFT, if any (at most one, enforced by
   * the database). Internal: only services call it.
   */
  public Optional<Long> livePersonalOfAccountInternal(long accountId) {
    access.permitInternal();
    return members.findLiveOfAccount(accountId).map(Member::getId);
  }

  /** The members with the given ids, by id (at most a few thousand). Internal: only services. */
  public Map<Long, MemberFacts> byIdsInternal(Collection<Long> ids) {
    access.permitInternal();
    Map<Long, MemberFacts> found = new HashMap<>();
    if (!ids.isEmpty()) {
      em.createQuery(COLUMNS + " where m.id in :ids", Object[].class)
          .setParameter("ids", ids)
          .getResultList()
          .forEach(r -> found.put((Long) r[0], facts(r)));
    }
    return found;
  }

  private static final String COLUMNS =
      "select m.id, m.custodianId, m.memberNumber, m.displayName, m.memberClass,"
          + " m.kind, m.status, m.country, m.email, m.language, m.joinedOn,"
          + " m.custodianSince, m.accountId from Member m";

  private static MemberFacts facts(Object[] r) {
    return new MemberFacts(
        (Long) r[0],
        (Long) r[1],
        (String) r[2],
        (String) r[3],
        ((Enum<?>) r[4]).name(),
        ((Enum<?>) r[5]).name(),
        ((Enum<?>) r[6]).name(),
        (String) r[7],
        (String) r[8],
        (String) r[9],
        (LocalDate) r[10],
        r[11] == null ? (LocalDate) r[10] : (LocalDate) r[11],
        (Long) r[12]);
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
        m.getCustodianSince(),
        m.getAccountId());
  }
}
