package coop.spokes.assembly.infra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every statement that reads or writes participation and ballots, in one place so that what could
 * pair a voter with a choice is easy to review. Participation ({@code assembly_participation}) says
 * who took part and who cast for them; a ballot ({@code assembly_ballot}) says what was chosen,
 * with a random id and no member; only a named motion's ballots are paired with their voter, in
 * {@code assembly_named_ballot}. Runs in the caller's transaction.
 */
@ApplicationScoped
public class BallotStore {
  @PersistenceContext EntityManager em;

  protected BallotStore() {}

  /** For persistence tests. */
  public BallotStore(EntityManager em) {
    this.em = em;
  }

  /** Who cast the counted ballot of {@code voter} on the motion (themself or a holder), if any. */
  public Optional<Long> castBy(long motionId, long voter) {
    List<?> rows =
        em.createNativeQuery(
                "select cast_by_member_id from assembly_participation"
                    + " where motion_id = ? and voter_member_id = ?")
            .setParameter(1, motionId)
            .setParameter(2, voter)
            .getResultList();
    return rows.isEmpty() ? Optional.empty() : Optional.of(((Number) rows.get(0)).longValue());
  }

  /**
   * Records that {@code voter} took part, cast by {@code castBy}. The primary key (motion, voter)
   * refuses a second row: one counted ballot per voter per motion.
   */
  public void addParticipation(long motionId, long voter, String memberClass, long castBy) {
    em.createNativeQuery(
            "insert into assembly_participation (motion_id, voter_member_id, member_class,"
                + " cast_by_member_id) values (?, ?, ?, ?)")
        .setParameter(1, motionId)
        .setParameter(2, voter)
        .setParameter(3, memberClass)
        .setParameter(4, castBy)
        .executeUpdate();
  }

  /** The principal's own ballot replaced their holder's: they cast it now. */
  public void recastBy(long motionId, long voter, long castBy) {
    em.createNativeQuery(
            "update assembly_participation set cast_by_member_id = ?"
                + " where motion_id = ? and voter_member_id = ?")
        .setParameter(1, castBy)
        .setParameter(2, motionId)
        .setParameter(3, voter)
        .executeUpdate();
  }

  /** A ballot as stored: no member, no time. */
  public record StoredBallot(
      String id,
      long motionId,
      String memberClass,
      String kind,
      String weight,
      String choices,
      String receiptHash,
      String replaceKey) {}

  public void addBallot(StoredBallot b) {
    em.createNativeQuery(
            "insert into assembly_ballot (id, motion_id, member_class, kind, weight, choices,"
                + " receipt_hash, replace_key) values (?, ?, ?, ?, ?, ?, ?, ?)")
        .setParameter(1, b.id())
        .setParameter(2, b.motionId())
        .setParameter(3, b.memberClass())
        .setParameter(4, b.kind())
        .setParameter(5, b.weight())
        .setParameter(6, b.choices())
        .setParameter(7, b.receiptHash())
        .setParameter(8, b.replaceKey())
        .executeUpdate();
  }

  /**
   * Replaces the choices of the ballot found by {@code replaceKey} (it gets a new id and receipt
   * too); returns the old id, or empty when there is no such ballot.
   */
  public Optional<String> replaceBallot(
      long motionId, String replaceKey, String newId, String choices, String receiptHash) {
    List<?> old =
        em.createNativeQuery(
                "select id from assembly_ballot where motion_id = ? and replace_key = ?")
            .setParameter(1, motionId)
            .setParameter(2, replaceKey)
            .getResultList();
    if (old.isEmpty()) {
      return Optional.empty();
    }
    em.createNativeQuery(
            "update assembly_ballot set id = ?, choices = ?, receipt_hash = ?"
                + " where motion_id = ? and replace_key = ?")
        .setParameter(1, newId)
        .setParameter(2, choices)
        .setParameter(3, receiptHash)
        .setParameter(4, motionId)
        .setParameter(5, replaceKey)
        .executeUpdate();
    return Optional.of(((String) old.get(0)).strip());
  }

  /** A named motion's ballot belongs to {@code voter} (published with the result). */
  public void name(String ballotId, long motionId, long voter) {
    em.createNativeQuery(
            "delete from assembly_named_ballot where motion_id = ? and voter_member_id = ?")
        .setParameter(1, motionId)
        .setParameter(2, voter)
        .executeUpdate();
    em.createNativeQuery(
            "insert into assembly_named_ballot (ballot_id, motion_id, voter_member_id)"
                + " values (?, ?, ?)")
        .setParameter(1, ballotId)
        .setParameter(2, motionId)
        .setParameter(3, voter)
        .executeUpdate();
  }

  /** At close: no ballot can be found by its voter any more. */
  public int forgetReplaceKeys(long motionId) {
    return em.createNativeQuery("update assembly_ballot set replace_key = null where motion_id = ?")
        .setParameter(1, motionId)
        .executeUpdate();
  }

  /** Identical ballots and how many there are of each. */
  public record Group(String memberClass, String kind, String weight, String choices, long count) {}

  /**
   * The motion's ballots as groups of identical (class, kind, weight, choices), in a stable order.
   */
  public List<Group> groups(long motionId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select member_class, kind, weight, choices, count(*) from assembly_ballot"
                    + " where motion_id = ? group by member_class, kind, weight, choices"
                    + " order by member_class, kind, weight, choices")
            .setParameter(1, motionId)
            .getResultList();
    List<Group> groups = new ArrayList<>();
    for (Object[] r : rows) {
      groups.add(
          new Group(
              (String) r[0],
              (String) r[1],
              (String) r[2],
              (String) r[3],
              ((Number) r[4]).longValue()));
    }
    return groups;
  }

  /** The receipt hashes of the motion's ballots, sorted (their order tells nothing). */
  public List<String> receiptHashes(long motionId) {
    return em
        .createNativeQuery(
            "select receipt_hash from assembly_ballot where motion_id = ? order by receipt_hash")
        .setParameter(1, motionId)
        .getResultList()
        .stream()
        .map(o -> ((String) o).strip())
        .toList();
  }

  /** Whether a ballot with this receipt hash was counted on the motion. */
  public boolean hasReceipt(long motionId, String receiptHash) {
    return !em.createNativeQuery(
            "select 1 from assembly_ballot where motion_id = ? and receipt_hash = ?")
        .setParameter(1, motionId)
        .setParameter(2, receiptHash)
        .getResultList()
        .isEmpty();
  }

  /** How many voters of each class took part so far (never what they chose). */
  public Map<String, Long> turnout(long motionId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select member_class, count(*) from assembly_participation where motion_id = ?"
                    + " group by member_class")
            .setParameter(1, motionId)
            .getResultList();
    Map<String, Long> turnout = new LinkedHashMap<>();
    for (Object[] r : rows) {
      turnout.put((String) r[0], ((Number) r[1]).longValue());
    }
    return turnout;
  }

  /** A named ballot with its voter. */
  public record Named(long voter, String choices) {}

  /** The named ballots of a named motion, by voter. */
  public List<Named> named(long motionId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select n.voter_member_id, b.choices from assembly_named_ballot n"
                    + " join assembly_ballot b on b.id = n.ballot_id"
                    + " where n.motion_id = ? order by n.voter_member_id")
            .setParameter(1, motionId)
            .getResultList();
    return rows.stream().map(r -> new Named(((Number) r[0]).longValue(), (String) r[1])).toList();
  }

  /**
   * Whether {@code memberId} took part (as voter or as the holder who cast) in a motion of the
   * assembly voted at {@code call}.
   */
  public boolean castAtCall(long assemblyId, int call, long memberId) {
    return !em.createNativeQuery(
            "select 1 from assembly_participation p join assembly_motion m on m.id = p.motion_id"
                + " where m.assembly_id = ? and m.call_number = ?"
                + " and (p.voter_member_id = ? or p.cast_by_member_id = ?)")
        .setParameter(1, assemblyId)
        .setParameter(2, call)
        .setParameter(3, memberId)
        .setParameter(4, memberId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** Who took part and who cast for them. */
  public record Taken(long motionId, long voter, long castBy) {}

  /** The participation of {@code voters} (at most a few dozen: one account's) in the motions. */
  public List<Taken> taken(List<Long> motionIds, List<Long> voters) {
    if (motionIds.isEmpty() || voters.isEmpty()) {
      return List.of();
    }
    var q =
        em.createNativeQuery(
            "select motion_id, voter_member_id, cast_by_member_id from assembly_participation"
                + " where motion_id in ("
                + marks(motionIds.size())
                + ") and voter_member_id in ("
                + marks(voters.size())
                + ")");
    int i = 1;
    for (Long m : motionIds) {
      q.setParameter(i++, m);
    }
    for (Long v : voters) {
      q.setParameter(i++, v);
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = q.getResultList();
    return rows.stream()
        .map(
            r ->
                new Taken(
                    ((Number) r[0]).longValue(),
                    ((Number) r[1]).longValue(),
                    ((Number) r[2]).longValue()))
        .toList();
  }

  private static String marks(int n) {
    return String.join(",", java.util.Collections.nCopies(n, "?"));
  }
}
