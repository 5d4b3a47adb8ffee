package coop.spokes.assembly.infra;

import coop.spokes.assembly.model.Assembly;
import coop.spokes.assembly.model.AssemblyMotion;
import coop.spokes.assembly.model.AssemblyState;
import coop.spokes.assembly.model.Delegation;
import coop.spokes.assembly.model.JurisdictionRule;
import coop.spokes.assembly.model.MotionState;
import coop.spokes.assembly.model.Objection;
import coop.spokes.assembly.model.RollEntry;
import coop.spokes.platform.persistence.RowLocks;
import coop.spokes.platform.persistence.RowsInsert;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The assembly context's queries over its own tables (ballots excepted: {@link BallotStore}). */
@ApplicationScoped
public class AssemblyRepository {
  @PersistenceContext EntityManager em;

  protected AssemblyRepository() {}

  /** For persistence tests. */
  public AssemblyRepository(EntityManager em) {
    this.em = em;
  }

  public void add(Object entity) {
    em.persist(entity);
  }

  public void remove(Object entity) {
    em.remove(entity);
  }

  public void flush() {
    em.flush();
  }

  /** Writes and forgets what the persistence context holds (bulk work in pages). */
  public void flushAndClear() {
    em.flush();
    em.clear();
  }

  public Optional<Assembly> assembly(long id) {
    return Optional.ofNullable(em.find(Assembly.class, id));
  }

  /** The assembly, locked until the transaction ends (state changes, roll builds). */
  public Optional<Assembly> lockAssembly(long id) {
    return Optional.ofNullable(em.find(Assembly.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  /** Assemblies by first call, latest first; {@code ids} null for all. */
  public List<Assembly> assemblies(Collection<Long> ids, int first, int max) {
    if (ids != null && ids.isEmpty()) {
      return List.of();
    }
    var q =
        em.createQuery(
            "select a from Assembly a"
                + (ids == null ? "" : " where a.id in :ids")
                + " order by a.firstCallAt desc, a.id desc",
            Assembly.class);
    if (ids != null) {
      q.setParameter("ids", ids);
    }
    return q.setFirstResult(first).setMaxResults(max).getResultList();
  }

  public long countAssemblies(Collection<Long> ids) {
    if (ids != null && ids.isEmpty()) {
      return 0;
    }
    var q =
        em.createQuery(
            "select count(a) from Assembly a" + (ids == null ? "" : " where a.id in :ids"),
            Long.class);
    if (ids != null) {
      q.setParameter("ids", ids);
    }
    return q.getSingleResult();
  }

  /** Assemblies in the given states, by first call (the ones members see). */
  public List<Assembly> inStates(Collection<AssemblyState> states) {
    return em.createQuery(
            "select a from Assembly a where a.state in :s order by a.firstCallAt desc, a.id desc",
            Assembly.class)
        .setParameter("s", states)
        .setMaxResults(200)
        .getResultList();
  }

  public Optional<AssemblyMotion> motion(long id) {
    return Optional.ofNullable(em.find(AssemblyMotion.class, id));
  }

  /**
   * Whether the motion is open, holding it so until the transaction ends: closing it (which locks
   * it for update) waits for the ballots being cast to commit, and a ballot cast once it is closed
   * finds it closed. Ballots on the same motion do not wait for each other on PostgreSQL.
   */
  public boolean holdOpen(long motionId) {
    List<?> state =
        em.createNativeQuery("select state from assembly_motion where id = ?" + RowLocks.shared(em))
            .setParameter(1, motionId)
            .getResultList();
    return state.size() == 1 && MotionState.OPEN.name().equals(String.valueOf(state.get(0)));
  }

  /** The motion, locked until the transaction ends (opening, closing). */
  public Optional<AssemblyMotion> lockMotion(long id) {
    return Optional.ofNullable(em.find(AssemblyMotion.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  /** The agenda, in order. */
  public List<AssemblyMotion> motions(long assemblyId) {
    return em.createQuery(
            "select m from AssemblyMotion m where m.assemblyId = :a order by m.position",
            AssemblyMotion.class)
        .setParameter("a", assemblyId)
        .getResultList();
  }

  /** The open motions of the given assemblies, in agenda order. */
  public List<AssemblyMotion> openMotions(Collection<Long> assemblyIds) {
    if (assemblyIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select m from AssemblyMotion m where m.assemblyId in :a"
                + " and m.state = coop.spokes.assembly.model.MotionState.OPEN"
                + " order by m.assemblyId, m.position",
            AssemblyMotion.class)
        .setParameter("a", assemblyIds)
        .getResultList();
  }

  // ---- The roll ------------------------------------------------------------------------------

  public Optional<RollEntry> rollEntry(long assemblyId, long memberId) {
    return Optional.ofNullable(em.find(RollEntry.class, new RollEntry.Key(assemblyId, memberId)));
  }

  /** The roll entries with these member numbers (upper case), read in chunks of 1,000. */
  public List<RollEntry> rollEntriesByNumbers(long assemblyId, Collection<String> numbers) {
    List<RollEntry> found = new ArrayList<>();
    List<String> all = new ArrayList<>(numbers);
    for (int from = 0; from < all.size(); from += 1000) {
      found.addAll(
          em.createQuery(
                  "select r from RollEntry r where r.assemblyId = :a"
                      + " and upper(r.memberNumber) in :n",
                  RollEntry.class)
              .setParameter("a", assemblyId)
              .setParameter("n", all.subList(from, Math.min(all.size(), from + 1000)))
              .getResultList());
    }
    return found;
  }

  /** The roll entry of the member numbered {@code number} (any case). */
  public Optional<RollEntry> rollEntryByNumber(long assemblyId, String number) {
    return em
        .createQuery(
            "select r from RollEntry r where r.assemblyId = :a and upper(r.memberNumber) = :n",
            RollEntry.class)
        .setParameter("a", assemblyId)
        .setParameter("n", number == null ? "" : number.strip().toUpperCase(java.util.Locale.ROOT))
        .getResultList()
        .stream()
        .findFirst();
  }

  /** The roll entry of a voter, locked: casts for one voter then run one after the other. */
  public Optional<RollEntry> lockRollEntry(long assemblyId, long memberId) {
    return Optional.ofNullable(
        em.find(
            RollEntry.class,
            new RollEntry.Key(assemblyId, memberId),
            LockModeType.PESSIMISTIC_WRITE));
  }

  /** The roll entries of the given members (one account's memberships). */
  public List<RollEntry> rollEntries(long assemblyId, Collection<Long> memberIds) {
    if (memberIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select r from RollEntry r where r.assemblyId = :a and r.memberId in :m",
            RollEntry.class)
        .setParameter("a", assemblyId)
        .setParameter("m", memberIds)
        .getResultList();
  }

  /** A page of the roll, by member number; {@code search} matches number or name (may be null). */
  public List<RollEntry> rollPage(
      long assemblyId, Boolean eligible, String search, int first, int max) {
    return rollQuery(
            "select r", assemblyId, eligible, search, " order by r.memberNumber", RollEntry.class)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  public long rollCount(long assemblyId, Boolean eligible, String search) {
    return rollQuery("select count(r)", assemblyId, eligible, search, "", Long.class)
        .getSingleResult();
  }

  private <T> jakarta.persistence.TypedQuery<T> rollQuery(
      String select,
      long assemblyId,
      Boolean eligible,
      String search,
      String order,
      Class<T> type) {
    String where = " from RollEntry r where r.assemblyId = :a";
    if (eligible != null) {
      where += " and r.eligible = :e";
    }
    if (search != null && !search.isBlank()) {
      where += " and (lower(r.memberNumber) like :s or lower(r.displayName) like :s)";
    }
    var q = em.createQuery(select + where + order, type).setParameter("a", assemblyId);
    if (eligible != null) {
      q.setParameter("e", eligible);
    }
    if (search != null && !search.isBlank()) {
      q.setParameter(
          "s",
          "%"
              + search.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("([\\\\%_])", "\\\\$1")
              + "%");
    }
    return q;
  }

  /** Eligible members per class and kind: class → kind → count. */
  public Map<String, Map<String, Long>> eligibleByClassAndKind(long assemblyId) {
    Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
    em.createQuery(
            "select r.memberClass, r.kind, count(r) from RollEntry r where r.assemblyId = :a"
                + " and r.eligible = true group by r.memberClass, r.kind"
                + " order by r.memberClass, r.kind",
            Object[].class)
        .setParameter("a", assemblyId)
        .getResultList()
        .forEach(
            r ->
                counts
                    .computeIfAbsent((String) r[0], c -> new LinkedHashMap<>())
                    .put((String) r[1], ((Number) r[2]).longValue()));
    return counts;
  }

  /** Every eligible member's class, kind and raw weight, by member id (plural votes). */
  public List<Object[]> eligibleWeights(long assemblyId, long afterMember, int max) {
    return em.createQuery(
            "select r.memberId, r.memberClass, r.kind, r.rawWeight from RollEntry r"
                + " where r.assemblyId = :a and r.eligible = true and r.memberId > :after"
                + " order by r.memberId",
            Object[].class)
        .setParameter("a", assemblyId)
        .setParameter("after", afterMember)
        .setMaxResults(max)
        .getResultList();
  }

  /** What a rebuild keeps of the current roll: raw weights and objections' decisions. */
  public Map<Long, RollEntry> kept(long assemblyId) {
    Map<Long, RollEntry> kept = new HashMap<>();
    em.createQuery(
            "select r from RollEntry r where r.assemblyId = :a"
                + " and (r.overridden = true or r.rawWeight <> '1')",
            RollEntry.class)
        .setParameter("a", assemblyId)
        .getResultList()
        .forEach(
            r -> {
              em.detach(r);
              kept.put(r.getMemberId(), r);
            });
    return kept;
  }

  private static final RowsInsert<RollEntry> ROLL =
      new RowsInsert<>(
          "insert into assembly_roll_entry (assembly_id, member_id, custodian_id, jurisdiction,"
              + " member_number, display_name, member_class, kind, raw_weight, status_at,"
              + " standing, eligible, reason, overridden) values",
          "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          500);

  /** Inserts roll entries, 500 rows per statement (a roll of 100,000 in 200). */
  public void insertRoll(List<RollEntry> entries) {
    ROLL.write(
        em.unwrap(Connection.class),
        entries,
        (r, v) ->
            v.add(r.getAssemblyId())
                .add(r.getMemberId())
                .add(r.getCustodianId())
                .add(r.getJurisdiction())
                .add(r.getMemberNumber())
                .add(r.getDisplayName())
                .add(r.getMemberClass())
                .add(r.getKind())
                .add(r.getRawWeight())
                .add(r.getStatusAt())
                .add(r.getStanding())
                .add(r.isEligible())
                .add(r.getReason())
                .add(r.isOverridden()),
        "roll entries");
  }

  public int clearRoll(long assemblyId) {
    return em.createQuery("delete from RollEntry r where r.assemblyId = :a")
        .setParameter("a", assemblyId)
        .executeUpdate();
  }

  // ---- Objections, proxies, attendance ---------------------------------------------------------

  public Optional<Objection> lockObjection(long id) {
    return Optional.ofNullable(em.find(Objection.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  /** The assembly's objections, open ones first, then by date. */
  public List<Objection> objections(long assemblyId) {
    return em.createQuery(
            "select o from Objection o where o.assemblyId = :a order by o.state, o.raisedAt",
            Objection.class)
        .setParameter("a", assemblyId)
        .getResultList();
  }

  public List<Objection> objectionsOf(long assemblyId, Collection<Long> memberIds) {
    if (memberIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select o from Objection o where o.assemblyId = :a and o.memberId in :m"
                + " order by o.raisedAt",
            Objection.class)
        .setParameter("a", assemblyId)
        .setParameter("m", memberIds)
        .getResultList();
  }

  public long openObjections(long assemblyId) {
    return em.createQuery(
            "select count(o) from Objection o where o.assemblyId = :a"
                + " and o.state = coop.spokes.assembly.model.Objection.State.OPEN",
            Long.class)
        .setParameter("a", assemblyId)
        .getSingleResult();
  }

  public Optional<Delegation> delegation(long id) {
    return Optional.ofNullable(em.find(Delegation.class, id));
  }

  public Optional<Delegation> delegationOf(long assemblyId, long principal) {
    return em
        .createQuery(
            "select d from Delegation d where d.assemblyId = :a and d.principalMemberId = :p",
            Delegation.class)
        .setParameter("a", assemblyId)
        .setParameter("p", principal)
        .getResultList()
        .stream()
        .findFirst();
  }

  /** The delegations a holder holds at an assembly. */
  public List<Delegation> heldBy(long assemblyId, Collection<Long> holders) {
    if (holders.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select d from Delegation d where d.assemblyId = :a and d.holderMemberId in :h"
                + " order by d.createdAt",
            Delegation.class)
        .setParameter("a", assemblyId)
        .setParameter("h", holders)
        .getResultList();
  }

  /** The delegations of the given principals at an assembly. */
  public List<Delegation> givenBy(long assemblyId, Collection<Long> principals) {
    if (principals.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select d from Delegation d where d.assemblyId = :a and d.principalMemberId in :p",
            Delegation.class)
        .setParameter("a", assemblyId)
        .setParameter("p", principals)
        .getResultList();
  }

  /** Whether members of {@code jurisdiction} may vote by proxy (yes unless a rule says no). */
  public boolean proxiesAllowed(String jurisdiction) {
    JurisdictionRule rule = em.find(JurisdictionRule.class, jurisdiction);
    return rule == null || rule.isProxiesAllowed();
  }

  /** Marks {@code memberId} present at a call; false when they were already. */
  /**
   * Records the member present at a call, unless they already are; true when this marked them. One
   * statement, so that two casts by the same proxy holder at once (or a cast and a check-in) never
   * collide on the key and roll one of them back.
   */
  public boolean markPresent(
      long assemblyId, int call, long memberId, long markedBy, OffsetDateTime now) {
    return em.createNativeQuery(
                "insert into assembly_attendance (assembly_id, call_number, member_id, marked_by,"
                    + " marked_at) values (?, ?, ?, ?, ?) on conflict do nothing")
            .setParameter(1, assemblyId)
            .setParameter(2, call)
            .setParameter(3, memberId)
            .setParameter(4, markedBy)
            .setParameter(5, now)
            .executeUpdate()
        > 0;
  }

  public boolean markAbsent(long assemblyId, int call, long memberId) {
    return em.createNativeQuery(
                "delete from assembly_attendance where assembly_id = ? and call_number = ?"
                    + " and member_id = ?")
            .setParameter(1, assemblyId)
            .setParameter(2, call)
            .setParameter(3, memberId)
            .executeUpdate()
        > 0;
  }

  public boolean isPresent(long assemblyId, int call, long memberId) {
    return !em.createNativeQuery(
            "select 1 from assembly_attendance where assembly_id = ? and call_number = ?"
                + " and member_id = ?")
        .setParameter(1, assemblyId)
        .setParameter(2, call)
        .setParameter(3, memberId)
        .getResultList()
        .isEmpty();
  }

  /** An eligible member at a call: class, kind and raw weight. */
  public record Attendee(String memberClass, String kind, String rawWeight) {}

  /** The eligible members present at a call. */
  public List<Attendee> presentAt(long assemblyId, int call) {
    return attendees(
        "select r.member_class, r.kind, r.raw_weight from assembly_attendance t"
            + " join assembly_roll_entry r on r.assembly_id = t.assembly_id"
            + "   and r.member_id = t.member_id"
            + " where t.assembly_id = ?1 and t.call_number = ?2 and r.eligible = true",
        assemblyId,
        call);
  }

  /**
   * The eligible members represented at a call: principals not present themselves whose holder is
   * present.
   */
  public List<Attendee> representedAt(long assemblyId, int call) {
    return attendees(
        "select r.member_class, r.kind, r.raw_weight from assembly_delegation d"
            + " join assembly_roll_entry r on r.assembly_id = d.assembly_id"
            + "   and r.member_id = d.principal_member_id"
            + " join assembly_attendance h on h.assembly_id = d.assembly_id"
            + "   and h.member_id = d.holder_member_id and h.call_number = ?2"
            + " where d.assembly_id = ?1 and r.eligible = true and not exists ("
            + "   select 1 from assembly_attendance p where p.assembly_id = d.assembly_id"
            + "   and p.member_id = d.principal_member_id and p.call_number = ?2)",
        assemblyId,
        call);
  }

  private List<Attendee> attendees(String sql, long assemblyId, int call) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(sql).setParameter(1, assemblyId).setParameter(2, call).getResultList();
    return rows.stream()
        .map(r -> new Attendee((String) r[0], (String) r[1], (String) r[2]))
        .toList();
  }
}
