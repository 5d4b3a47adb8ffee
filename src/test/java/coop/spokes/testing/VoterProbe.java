package coop.spokes.testing;

import coop.spokes.identity.infra.PasswordHasher;
import coop.spokes.platform.persistence.DataSourceConfig;
import coop.spokes.platform.persistence.RowsInsert;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import javax.sql.DataSource;

/**
 * Test-only resource (deployed with the WAR by {@link SpokesIT}, never shipped): many members of
 * Barcelona (custodian 1) at once for the load tests, each with an account that signs in with the
 * demo password, as validation would leave them (ACTIVE since yesterday, an admission line in the
 * history, MEMBER of their own membership) but written in a few statements instead of a thousand
 * applications. They pay nothing, so they are on an assembly's roll as not eligible (standing)
 * until a test says otherwise ({@link #eligible}). Member numbers ES-9NNNNN keep clear of those the
 * application hands out.
 */
@ApplicationScoped
@Path("test-probe/voters")
public class VoterProbe {
  /** Ids far above what the demo data and the tests' own records use. */
  private static final long FIRST_ID = 90_000_000;

  private static final RowsInsert<Long> ACCOUNTS =
      new RowsInsert<>(
          "insert into identity_user_account (id, email, display_name, password_hash, language,"
              + " time_zone, home_custodian_id, enabled, created_at, password_changed_at) values",
          "(?, ?, ?, ?, 'en', 'Europe/Madrid', 1, true, ?, ?)",
          500);
  private static final RowsInsert<Long> MEMBERS =
      new RowsInsert<>(
          "insert into membership_member (id, custodian_id, number_seq, member_number,"
              + " member_class, kind, display_name, sort_name, country, email, language, status,"
              + " joined_on, account_id, live_account_id) values",
          "(?, 1, ?, ?, 'INDIVIDUAL', 'PERSON', ?, ?, 'ES', ?, 'en', 'ACTIVE', ?, ?, ?)",
          500);
  private static final RowsInsert<Long> HISTORY =
      new RowsInsert<>(
          "insert into membership_status_change (id, member_id, from_status, to_status,"
              + " changed_at, reason) values",
          "(?, ?, NULL, 'ACTIVE', ?, 'load test')",
          500);
  private static final RowsInsert<Long> GRANTS =
      new RowsInsert<>(
          "insert into identity_role_grant (id, user_id, role, scope_type, scope_id, granted_at)"
              + " values",
          "(?, ?, 'MEMBER', 'MEMBER', ?, ?)",
          500);

  @Resource(lookup = DataSourceConfig.JNDI_NAME)
  DataSource dataSource;

  @Inject PasswordHasher passwords;

  private long next = FIRST_ID;

  /**
   * Creates {@code count} members with their accounts; answers their e-mail addresses, one per
   * line, and their member ids in the same order after a blank line.
   */
  @POST
  @Produces(MediaType.TEXT_PLAIN)
  public synchronized String create(@QueryParam("count") int count) throws SQLException {
    long first = next;
    next += count;
    List<Long> ids = LongStream.range(first, first + count).boxed().toList();
    String hash = passwords.hash(DemoData.PASSWORD);
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    LocalDate yesterday = now.toLocalDate().minusDays(1);
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      ACCOUNTS.write(
          c,
          ids,
          (id, v) -> v.add(id).add(email(id)).add(name(id)).add(hash).add(now).add(now),
          "load-test accounts");
      MEMBERS.write(
          c,
          ids,
          (id, v) ->
              v.add(id)
                  .add(id - FIRST_ID + 900_000)
                  .add(number(id))
                  .add(name(id))
                  .add(name(id).toLowerCase(java.util.Locale.ROOT))
                  .add(email(id))
                  .add(yesterday)
                  .add(id)
                  .add(id),
          "load-test members");
      HISTORY.write(
          c, ids, (id, v) -> v.add(id).add(id).add(now.minusDays(1)), "load-test history");
      GRANTS.write(c, ids, (id, v) -> v.add(id).add(id).add(id).add(now), "load-test grants");
      c.commit();
    }
    return ids.stream().map(VoterProbe::email).collect(Collectors.joining("\n"))
        + "\n\n"
        + ids.stream().map(String::valueOf).collect(Collectors.joining("\n"));
  }

  /**
   * Puts the members {@code from}..{@code to} (ids) on the roll of {@code assembly} as eligible, as
   * upheld objections would; answers how many entries changed.
   */
  @POST
  @Path("eligible")
  @Produces(MediaType.TEXT_PLAIN)
  public String eligible(
      @QueryParam("assembly") long assembly,
      @QueryParam("from") long from,
      @QueryParam("to") long to)
      throws SQLException {
    try (Connection c = dataSource.getConnection();
        var s =
            c.prepareStatement(
                "update assembly_roll_entry set eligible = true, reason = null, overridden = true"
                    + " where assembly_id = ? and member_id between ? and ?")) {
      s.setLong(1, assembly);
      s.setLong(2, from);
      s.setLong(3, to);
      return Integer.toString(s.executeUpdate());
    }
  }

  static String email(long id) {
    return "voter" + id + "@load.example";
  }

  private static String name(long id) {
    return "Voter " + id;
  }

  private static String number(long id) {
    return "ES-" + (id - FIRST_ID + 900_000);
  }
}
