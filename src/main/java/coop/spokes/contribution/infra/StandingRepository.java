package coop.spokes.contribution.infra;

import coop.spokes.contribution.model.StandingLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The computed standing of members per custodian and fiscal year, written in JDBC batches and read
 * a page at a time, filtered and sorted in the database.
 */
@ApplicationScoped
public class StandingRepository {
  private static final Map<String, String> SORT =
      Map.of(
          "displayName", "sort_name",
          "memberNumber", "member_number",
          "percent", "percent",
          "level", "level");

  @PersistenceContext EntityManager em;

  /** One computed line. */
  public record Line(
      long memberId,
      String memberNumber,
      String displayName,
      String sortName,
      StandingLevel level,
      BigDecimal percent,
      BigDecimal total,
      BigDecimal suggested) {}

  /** A stored line with when it was computed. */
  public record Stored(Line line, OffsetDateTime computedAt) {}

  /** Removes every line of every year of a custodian: each list is computed again on first view. */
  public void clearAll(long custodianId) {
    em.createNativeQuery("delete from contribution_standing where custodian_id = ?")
        .setParameter(1, custodianId)
        .executeUpdate();
  }

  /** Removes one member's line of a custodian's year. */
  public void remove(long custodianId, int year, long memberId) {
    em.createNativeQuery(
            "delete from contribution_standing where custodian_id = ? and fiscal_year = ?"
                + " and member_id = ?")
        .setParameter(1, custodianId)
        .setParameter(2, year)
        .setParameter(3, memberId)
        .executeUpdate();
  }

  /** Removes every line of a custodian's year (before it is computed again). */
  public void clear(long custodianId, int year) {
    em.createNativeQuery(
            "delete from contribution_standing where custodian_id = ? and fiscal_year = ?")
        .setParameter(1, custodianId)
        .setParameter(2, year)
        .executeUpdate();
  }

  /**
   * Adds lines to a custodian's year (cleared before), 250 rows per multi-row INSERT, so a full
   * recomputation makes a few hundred statements rather than one per member.
   */
  public void addAll(long custodianId, int year, List<Line> lines, OffsetDateTime now) {
    Connection connection = em.unwrap(Connection.class);
    try {
      for (int from = 0; from < lines.size(); from += ROWS_PER_INSERT) {
        List<Line> chunk = lines.subList(from, Math.min(lines.size(), from + ROWS_PER_INSERT));
        StringBuilder sql = new StringBuilder(INSERT_HEAD);
        for (int i = 0; i < chunk.size(); i++) {
          sql.append(i == 0 ? " " : ", ").append(VALUES);
        }
        try (PreparedStatement insert = connection.prepareStatement(sql.toString())) {
          int p = 1;
          for (Line l : chunk) {
            p = bind(insert, p, custodianId, year, l, now);
          }
          insert.executeUpdate();
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("standing of custodian " + custodianId + " not saved", e);
    }
  }

  /** How many members of a custodian's year stand at each level, as last computed. */
  public Map<StandingLevel, Long> countsByLevel(long custodianId, int year) {
    Map<StandingLevel, Long> counts = new java.util.EnumMap<>(StandingLevel.class);
    for (StandingLevel level : StandingLevel.values()) {
      counts.put(level, 0L);
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select level, count(*) from contribution_standing"
                    + " where custodian_id = ? and fiscal_year = ? group by level")
            .setParameter(1, custodianId)
            .setParameter(2, year)
            .getResultList();
    for (Object[] row : rows) {
      counts.put(StandingLevel.valueOf((String) row[0]), ((Number) row[1]).longValue());
    }
    return counts;
  }

  /** Whether a custodian's year was computed (a list never computed has no line at all). */
  public boolean computed(long custodianId, int year) {
    return !em.createNativeQuery(
            "select member_id from contribution_standing where custodian_id = ? and fiscal_year = ?")
        .setParameter(1, custodianId)
        .setParameter(2, year)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /**
   * Locks one member's line of a custodian's year until the transaction ends, waiting while another
   * transaction refreshes it, so the caller computes the line from what that one committed. Returns
   * false when the member has no line yet.
   */
  public boolean lockLine(long custodianId, int year, long memberId) {
    return em.createNativeQuery(
                "update contribution_standing set computed_at = computed_at"
                    + " where custodian_id = ? and fiscal_year = ? and member_id = ?")
            .setParameter(1, custodianId)
            .setParameter(2, year)
            .setParameter(3, memberId)
            .executeUpdate()
        > 0;
  }

  /**
   * Writes one member's line of a custodian's year: over the line locked by {@link #lockLine}
   * ({@code exists}), or as a new line.
   */
  public void write(long custodianId, int year, Line line, OffsetDateTime now, boolean exists) {
    Connection connection = em.unwrap(Connection.class);
    String sql =
        exists
            ? "update contribution_standing set custodian_id = ?, fiscal_year = ?, member_id = ?,"
                + " member_number = ?, display_name = ?, sort_name = ?, level = ?, percent = ?,"
                + " total = ?, suggested = ?, computed_at = ?"
                + " where custodian_id = ? and fiscal_year = ? and member_id = ?"
            : INSERT_HEAD + " " + VALUES;
    try (PreparedStatement s = connection.prepareStatement(sql)) {
      int p = bind(s, 1, custodianId, year, line, now);
      if (exists) {
        s.setLong(p, custodianId);
        s.setInt(p + 1, year);
        s.setLong(p + 2, line.memberId());
      }
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("standing of member " + line.memberId() + " not saved", e);
    }
  }

  private static final int ROWS_PER_INSERT = 250;
  private static final String INSERT_HEAD =
      "insert into contribution_standing (custodian_id, fiscal_year, member_id, member_number,"
          + " display_name, sort_name, level, percent, total, suggested, computed_at) values";
  private static final String VALUES = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  /** Binds one line from parameter {@code p} on; returns the next parameter index. */
  private static int bind(
      PreparedStatement s, int p, long custodianId, int year, Line l, OffsetDateTime now)
      throws SQLException {
    s.setLong(p, custodianId);
    s.setInt(p + 1, year);
    s.setLong(p + 2, l.memberId());
    s.setString(p + 3, l.memberNumber());
    s.setString(p + 4, l.displayName());
    s.setString(p + 5, l.sortName());
    s.setString(p + 6, l.level().name());
    s.setBigDecimal(p + 7, l.percent());
    s.setBigDecimal(p + 8, l.total());
    s.setBigDecimal(p + 9, l.suggested());
    s.setTimestamp(p + 10, Timestamp.from(now.toInstant()));
    return p + 11;
  }

  /**
   * A page of a custodian's year, optionally one level only and names or numbers containing {@code
   * text}, sorted by an allow-listed field (name by default).
   */
  public List<Stored> page(
      long custodianId,
      int year,
      StandingLevel level,
      String text,
      String sortField,
      boolean ascending,
      int first,
      int size) {
    Where w = where(custodianId, year, level, text);
    String sort = SORT.getOrDefault(sortField == null ? "" : sortField, "sort_name");
    var q =
        em.createNativeQuery(
            "select member_id, member_number, display_name, sort_name, level, percent, total,"
                + " suggested, computed_at from contribution_standing"
                + w.sql
                + " order by "
                + sort
                + (ascending ? " asc" : " desc")
                + ", member_id limit ? offset ?");
    int i = w.bind(q);
    q.setParameter(i, size).setParameter(i + 1, first);
    List<Stored> rows = new ArrayList<>();
    for (Object o : q.getResultList()) {
      Object[] r = (Object[]) o;
      rows.add(
          new Stored(
              new Line(
                  ((Number) r[0]).longValue(),
                  (String) r[1],
                  (String) r[2],
                  (String) r[3],
                  StandingLevel.valueOf(((String) r[4]).strip()),
                  (BigDecimal) r[5],
                  (BigDecimal) r[6],
                  (BigDecimal) r[7]),
              toOffset(r[8])));
    }
    return rows;
  }

  /** How many lines {@link #page} pages through. */
  public long count(long custodianId, int year, StandingLevel level, String text) {
    Where w = where(custodianId, year, level, text);
    var q = em.createNativeQuery("select count(*) from contribution_standing" + w.sql);
    w.bind(q);
    return ((Number) q.getSingleResult()).longValue();
  }

  /** When a custodian's year was last computed in full (the oldest line), if ever. */
  public java.util.Optional<OffsetDateTime> computedAt(long custodianId, int year) {
    Object at =
        em.createNativeQuery(
                "select min(computed_at) from contribution_standing where custodian_id = ? and fiscal_year = ?")
            .setParameter(1, custodianId)
            .setParameter(2, year)
            .getSingleResult();
    return java.util.Optional.ofNullable(at == null ? null : toOffset(at));
  }

  private static OffsetDateTime toOffset(Object value) {
    if (value instanceof OffsetDateTime o) {
      return o;
    }
    if (value instanceof Timestamp t) {
      return t.toInstant().atOffset(java.time.ZoneOffset.UTC);
    }
    if (value instanceof java.time.Instant i) {
      return i.atOffset(java.time.ZoneOffset.UTC);
    }
    return OffsetDateTime.parse(value.toString());
  }

  private record Where(String sql, List<Object> params) {
    int bind(jakarta.persistence.Query q) {
      int i = 1;
      for (Object p : params) {
        q.setParameter(i++, p);
      }
      return i;
    }
  }

  private static Where where(long custodianId, int year, StandingLevel level, String text) {
    StringBuilder sql = new StringBuilder(" where custodian_id = ? and fiscal_year = ?");
    List<Object> params = new ArrayList<>(List.of(custodianId, year));
    if (level != null) {
      sql.append(" and level = ?");
      params.add(level.name());
    }
    if (text != null && !text.isBlank()) {
      sql.append(" and (sort_name like ? or member_number like ?)");
      String like =
          "%" + coop.spokes.platform.i18n.SortKeys.of(text).replace("%", "").replace("_", "") + "%";
      params.add(like);
      params.add(text.strip().toUpperCase(Locale.ROOT).replace("%", "").replace("_", "") + "%");
    }
    return new Where(sql.toString(), params);
  }
}
