package coop.spokes.contribution.infra;

import coop.spokes.contribution.model.ImportBatch;
import coop.spokes.contribution.model.ImportFormat;
import coop.spokes.contribution.model.ImportOutcome;
import coop.spokes.platform.persistence.RowsInsert;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Import formats, batches and their staged lines. Lines are written and rewritten with multi-row
 * JDBC statements, so a file of 50,000 lines is staged and checked in a few hundred statements.
 */
@ApplicationScoped
public class ImportRepository {
  private static final int ROWS = 250;

  @PersistenceContext EntityManager em;

  /** One staged line. */
  public record Line(
      int lineNo,
      String reference,
      String dateText,
      String amountText,
      String currency,
      String memberText,
      String note,
      LocalDate receivedOn,
      BigDecimal amount,
      Long memberId,
      String memberName,
      ImportOutcome outcome,
      String problems) {
    /** The line as read from the file, to be checked again. */
    public Line asPending() {
      return new Line(
          lineNo,
          reference,
          dateText,
          amountText,
          currency,
          memberText,
          note,
          null,
          null,
          null,
          null,
          ImportOutcome.PENDING,
          null);
    }
  }

  public List<ImportFormat> formats(long custodianId) {
    return em.createQuery(
            "select f from ImportFormat f where f.custodianId = :c order by f.name",
            ImportFormat.class)
        .setParameter("c", custodianId)
        .getResultList();
  }

  public Optional<ImportFormat> format(long id) {
    return Optional.ofNullable(em.find(ImportFormat.class, id));
  }

  public void add(Object entity) {
    em.persist(entity);
  }

  public void flush() {
    em.flush();
  }

  public Optional<ImportBatch> batch(long id) {
    return Optional.ofNullable(em.find(ImportBatch.class, id));
  }

  public Optional<ImportBatch> lockBatch(long id) {
    return Optional.ofNullable(em.find(ImportBatch.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  /** The latest batches of a custodian, newest first. */
  /** A custodian's payment imports being checked or waiting to be committed or discarded. */
  public long countOpen(long custodianId) {
    return em.createQuery(
            "select count(b) from ImportBatch b where b.custodianId = :c and b.status in :open",
            Long.class)
        .setParameter("c", custodianId)
        .setParameter("open", List.of(ImportBatch.Status.CHECKING, ImportBatch.Status.READY))
        .getSingleResult();
  }

  public List<ImportBatch> batches(long custodianId, int max) {
    return em.createQuery(
            "select b from ImportBatch b where b.custodianId = :c order by b.uploadedAt desc, b.id desc",
            ImportBatch.class)
        .setParameter("c", custodianId)
        .setMaxResults(max)
        .getResultList();
  }

  /**
   * Ids of up to {@code max} batches whose staged lines are still kept and were closed (committed
   * or discarded) before {@code cutoff}, or left unfinished since an upload before it. The caller
   * locks each and checks again.
   */
  public List<Long> linesDue(OffsetDateTime cutoff, int max) {
    return em.createQuery(
            "select b.id from ImportBatch b where b.linesDeletedAt is null and ((b.closedAt is not"
                + " null and b.closedAt < :cutoff) or (b.closedAt is null and b.uploadedAt <"
                + " :cutoff)) order by b.id",
            Long.class)
        .setParameter("cutoff", cutoff)
        .setMaxResults(max)
        .getResultList();
  }

  /** Deletes a batch's staged lines; returns how many there were. */
  public int deleteLines(long batchId) {
    return em.createNativeQuery("delete from contribution_import_line where batch_id = ?")
        .setParameter(1, batchId)
        .executeUpdate();
  }

  private static final RowsInsert<Line> LINES =
      new RowsInsert<>(
          "insert into contribution_import_line (batch_id, line_no, reference, date_text,"
              + " amount_text, currency, member_text, note, received_on, amount, member_id,"
              + " member_name, outcome, problems) values",
          "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          ROWS);

  /** Stages lines of a batch. */
  public void insertLines(long batchId, List<Line> lines) {
    LINES.write(
        em.unwrap(Connection.class),
        lines,
        (l, v) ->
            v.add(batchId)
                .add(l.lineNo())
                .add(l.reference())
                .add(l.dateText())
                .add(l.amountText())
                .add(l.currency())
                .add(l.memberText())
                .add(l.note())
                .add(l.receivedOn())
                .add(l.amount())
                .add(l.memberId())
                .add(l.memberName())
                .add(l.outcome().name())
                .add(l.problems()),
        "lines of import " + batchId);
  }

  /** Replaces lines (same numbers) with their checked version. */
  public void replaceLines(long batchId, List<Line> lines) {
    if (lines.isEmpty()) {
      return;
    }
    em.createNativeQuery(
            "delete from contribution_import_line where batch_id = ? and line_no >= ? and line_no <= ?")
        .setParameter(1, batchId)
        .setParameter(2, lines.get(0).lineNo())
        .setParameter(3, lines.get(lines.size() - 1).lineNo())
        .executeUpdate();
    insertLines(batchId, lines);
  }

  /** Lines {@code from}..{@code to} of a batch, in order. */
  public List<Line> lines(long batchId, int from, int to) {
    return select(
        " where batch_id = ? and line_no >= ? and line_no <= ? order by line_no",
        List.of(batchId, from, to),
        Integer.MAX_VALUE,
        0);
  }

  /** A page of a batch's lines, optionally of one outcome. */
  public List<Line> page(long batchId, ImportOutcome outcome, int first, int size) {
    List<Object> params = new ArrayList<>(List.of(batchId));
    String where = " where batch_id = ?";
    if (outcome != null) {
      where += " and outcome = ?";
      params.add(outcome.name());
    }
    return select(where + " order by line_no", params, size, first);
  }

  public long count(long batchId, ImportOutcome outcome) {
    var q =
        em.createNativeQuery(
            "select count(*) from contribution_import_line where batch_id = ?"
                + (outcome == null ? "" : " and outcome = ?"));
    q.setParameter(1, batchId);
    if (outcome != null) {
      q.setParameter(2, outcome.name());
    }
    return ((Number) q.getSingleResult()).longValue();
  }

  /** How many lines of a batch have each outcome. */
  public Map<ImportOutcome, Integer> counts(long batchId) {
    Map<ImportOutcome, Integer> counts = new EnumMap<>(ImportOutcome.class);
    for (Object o :
        em.createNativeQuery(
                "select outcome, count(*) from contribution_import_line where batch_id = ? group by outcome")
            .setParameter(1, batchId)
            .getResultList()) {
      Object[] r = (Object[]) o;
      counts.put(ImportOutcome.valueOf(((String) r[0]).strip()), ((Number) r[1]).intValue());
    }
    return counts;
  }

  /** The references among {@code references} a payment of the custodian already has. */
  public Set<String> recordedReferences(long custodianId, Collection<String> references) {
    Set<String> found = new HashSet<>();
    if (!references.isEmpty()) {
      found.addAll(
          em.createQuery(
                  "select p.externalReference from Payment p where p.custodianId = :c"
                      + " and p.externalReference in :r",
                  String.class)
              .setParameter("c", custodianId)
              .setParameter("r", references)
              .getResultList());
    }
    return found;
  }

  /** The references of a batch's lines before line {@code lineNo} among {@code references}. */
  public Set<String> earlierReferences(long batchId, int lineNo, Collection<String> references) {
    Set<String> found = new HashSet<>();
    if (!references.isEmpty()) {
      var q =
          em.createNativeQuery(
              "select reference from contribution_import_line where batch_id = ? and line_no < ?"
                  + " and reference in ("
                  + String.join(", ", java.util.Collections.nCopies(references.size(), "?"))
                  + ")");
      q.setParameter(1, batchId).setParameter(2, lineNo);
      int i = 3;
      for (String ref : references) {
        q.setParameter(i++, ref);
      }
      for (Object r : q.getResultList()) {
        found.add((String) r);
      }
    }
    return found;
  }

  /** Sets a line's outcome, member and problems. */
  public void updateLine(
      long batchId,
      int lineNo,
      ImportOutcome outcome,
      Long memberId,
      String memberName,
      String problems) {
    // JDBC, so a missing member is bound as a typed NULL (PostgreSQL refuses an untyped one).
    try (PreparedStatement s =
        em.unwrap(Connection.class)
            .prepareStatement(
                "update contribution_import_line set outcome = ?, member_id = ?, member_name = ?,"
                    + " problems = ? where batch_id = ? and line_no = ?")) {
      s.setString(1, outcome.name());
      if (memberId == null) {
        s.setNull(2, Types.BIGINT);
      } else {
        s.setLong(2, memberId);
      }
      s.setString(3, memberName);
      s.setString(4, problems);
      s.setLong(5, batchId);
      s.setInt(6, lineNo);
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("import line " + lineNo + " not updated", e);
    }
  }

  /** The block of ids for imported payments (one million, from its own sequence). */
  public long paymentIdBlock() {
    return ((Number)
            em.createNativeQuery("select nextval('contribution_import_payment_seq')")
                .getSingleResult())
        .longValue();
  }

  private List<Line> select(String where, List<Object> params, int max, int offset) {
    Connection c = em.unwrap(Connection.class);
    String sql =
        "select line_no, reference, date_text, amount_text, currency, member_text, note,"
            + " received_on, amount, member_id, member_name, outcome, problems"
            + " from contribution_import_line"
            + where
            + (max == Integer.MAX_VALUE ? "" : " limit " + max + " offset " + offset);
    List<Line> lines = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.size(); i++) {
        s.setObject(i + 1, params.get(i));
      }
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          Date d = r.getDate(8);
          long member = r.getLong(10);
          boolean noMember = r.wasNull();
          lines.add(
              new Line(
                  r.getInt(1),
                  r.getString(2),
                  r.getString(3),
                  r.getString(4),
                  r.getString(5),
                  r.getString(6),
                  r.getString(7),
                  d == null ? null : d.toLocalDate(),
                  r.getBigDecimal(9),
                  noMember ? null : member,
                  r.getString(11),
                  ImportOutcome.valueOf(r.getString(12).strip()),
                  r.getString(13)));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("import lines not read", e);
    }
    return lines;
  }
}
