package coop.spokes.membership.infra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A custodian's roll at a date: the members it had admitted by then (joined on or before the date)
 * and still holds, in id order, each with the status they had at the end of that day (UTC), read
 * from the status history in one query per page. Both databases run the same SQL.
 */
@ApplicationScoped
public class RollQueries {
  @PersistenceContext EntityManager em;

  /** One member of the roll, with the status the history gives at the date (see {@link #page}). */
  public record Row(
      long id,
      String memberNumber,
      String displayName,
      String memberClass,
      String kind,
      String statusAt,
      LocalDate joinedOn,
      LocalDate custodianSince) {}

  /** How many members the roll of {@code custodianId} at {@code date} has. */
  public long count(long custodianId, LocalDate date) {
    return em.createQuery(
            "select count(m) from Member m where m.custodianId = :c and m.joinedOn <= :d",
            Long.class)
        .setParameter("c", custodianId)
        .setParameter("d", date)
        .getSingleResult();
  }

  /**
   * How many members of the roll of {@code custodianId} at {@code date} were ACTIVE at the end of
   * that day, by the same reading of the status history as {@link #page}, counted in the database.
   * Set-wise rather than member by member: the custodian's last change by the end of the day and
   * first change after it are numbered per member once, then joined to the roll (a lookup per
   * member took most of a year's report: about 0.3 s for 55,000 members on PostgreSQL).
   */
  public long countActive(long custodianId, LocalDate date) {
    OffsetDateTime nextDay = date.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC);
    return ((Number)
            em.createNativeQuery(
                    "select count(*) from membership_member m"
                        + " left join (select c.member_id, c.to_status as status_at,"
                        + "   row_number() over (partition by c.member_id"
                        + "     order by c.changed_at desc, c.id desc) as n"
                        + "   from membership_status_change c"
                        + "   join membership_member o on o.id = c.member_id and o.custodian_id = ?2"
                        + "   where c.changed_at < ?1) last_by on last_by.member_id = m.id"
                        + "     and last_by.n = 1"
                        + " left join (select c.member_id,"
                        + "   coalesce(c.from_status, c.to_status) as status_at,"
                        + "   row_number() over (partition by c.member_id"
                        + "     order by c.changed_at, c.id) as n"
                        + "   from membership_status_change c"
                        + "   join membership_member o on o.id = c.member_id and o.custodian_id = ?2"
                        + "   where c.changed_at >= ?1) next_after on next_after.member_id = m.id"
                        + "     and next_after.n = 1"
                        + " where m.custodian_id = ?2 and m.joined_on <= ?3 and 'ACTIVE' ="
                        + " coalesce(last_by.status_at, next_after.status_at, m.status)")
                .setParameter(1, nextDay)
                .setParameter(2, custodianId)
                .setParameter(3, date)
                .getSingleResult())
        .longValue();
  }

  /**
   * A page of the roll by member id. The page's ids are chosen first (from the index, skipping the
   * earlier pages without reading their rows), so the history is looked up for this page's members
   * only. The status at the date is the one the last change made by the end of that day set; with
   * none by then, the one the next change moved from (or, for the first line of a history, the
   * status the member entered with); with no history at all, the current one.
   */
  public List<Row> page(long custodianId, LocalDate date, int first, int size) {
    OffsetDateTime nextDay = date.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select m.id, m.member_number, m.display_name, m.member_class, m.kind,"
                    + " coalesce((select c.to_status from membership_status_change c"
                    + "   where c.member_id = m.id and c.changed_at < ?1"
                    + "   order by c.changed_at desc, c.id desc fetch first 1 rows only),"
                    + " (select coalesce(c.from_status, c.to_status) from membership_status_change c"
                    + "   where c.member_id = m.id and c.changed_at >= ?1"
                    + "   order by c.changed_at, c.id fetch first 1 rows only),"
                    + " m.status), m.joined_on, m.custodian_since"
                    + " from membership_member m join (select p.id from membership_member p"
                    + "   where p.custodian_id = ?2 and p.joined_on <= ?3"
                    + "   order by p.id offset ?4 rows fetch next ?5 rows only) page on page.id = m.id"
                    + " order by m.id")
            .setParameter(1, nextDay)
            .setParameter(2, custodianId)
            .setParameter(3, date)
            .setParameter(4, first)
            .setParameter(5, size)
            .getResultList();
    return rows.stream().map(RollQueries::row).toList();
  }

  private static Row row(Object[] r) {
    LocalDate joined = localDate(r[6]);
    return new Row(
        ((Number) r[0]).longValue(),
        (String) r[1],
        (String) r[2],
        (String) r[3],
        (String) r[4],
        ((String) r[5]).strip(),
        joined,
        r[7] == null ? joined : localDate(r[7]));
  }

  /** A DATE column as the JDBC driver hands it over ({@code java.sql.Date} or already local). */
  private static LocalDate localDate(Object value) {
    return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
  }
}
