package coop.spokes.membership.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.spokes.membership.infra.MembershipFigureQueries;
import coop.spokes.membership.model.MemberClass;
import coop.spokes.membership.model.MemberStatus;
import coop.spokes.platform.security.Access;
import coop.spokes.platform.security.AccessDeniedException;
import coop.spokes.platform.security.Caller;
import coop.spokes.platform.security.Grant;
import coop.spokes.platform.security.Role;
import coop.spokes.platform.security.Scope;
import coop.spokes.testing.TestDatabases;
import coop.spokes.testing.TestDatabases.Kind;
import coop.spokes.testing.Wiring;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The dashboard's membership figures, counted in the database on both databases: by status, active
 * members by class, applications waiting per custodian; one custodian's figures for its manager,
 * everyone's only for admins, and another custodian's manager refused.
 */
class MembershipFiguresPersistenceTest {

  @ParameterizedTest
  @EnumSource(Kind.class)
  void figuresCountWhatTheDatabaseHoldsForTheCallersScopeOnly(Kind kind) {
    DataSource ds = seeded(kind);
    EntityManager em = TestDatabases.entityManagers(ds).createEntityManager();
    try {
      MembershipFigures barcelona =
          service(em, Grant.of(Role.CUSTODIAN_MANAGER, Scope.custodian(1))).figures(1L);
      MembershipFigures all = service(em, Grant.admin()).figures(null);

      assertThat(barcelona.byStatus())
          .containsEntry(MemberStatus.ACTIVE, 3L)
          .containsEntry(MemberStatus.LAPSED, 1L)
          .containsEntry(MemberStatus.SUSPENDED, 0L)
          .containsEntry(MemberStatus.LEFT, 1L);
      assertThat(barcelona.byClass())
          .containsEntry(MemberClass.CONSUMER, 2L)
          .containsEntry(MemberClass.PRODUCER, 1L)
          .containsEntry(MemberClass.INDIVIDUAL, 0L);
      assertThat(barcelona.applicationsWaiting()).containsExactly(java.util.Map.entry(1L, 2L));
      assertThat(all.active()).isEqualTo(4);
      assertThat(all.applicationsWaiting()).containsEntry(1L, 2L).containsEntry(2L, 1L);
      assertThat(all.waiting()).isEqualTo(3);
      assertThatThrownBy(
              () -> service(em, Grant.of(Role.CUSTODIAN_MANAGER, Scope.custodian(2))).figures(1L))
          .isInstanceOf(AccessDeniedException.class);
      assertThatThrownBy(
              () -> service(em, Grant.of(Role.CUSTODIAN_MANAGER, Scope.custodian(1))).figures(null))
          .isInstanceOf(AccessDeniedException.class);
    } finally {
      em.close();
    }
  }

  private static MembershipFiguresService service(EntityManager em, Grant grant) {
    MembershipFiguresService service = new MembershipFiguresService();
    Caller caller =
        new Caller() {
          @Override
          public Optional<Long> userId() {
            return Optional.of(7L);
          }

          @Override
          public Set<Grant> grants() {
            return Set.of(grant);
          }
        };
    Wiring.wire(em, service, new Access(caller), new MembershipFigureQueries());
    return service;
  }

  private static DataSource seeded(Kind kind) {
    DataSource ds = TestDatabases.fresh(kind);
    TestDatabases.insertCustodian(ds, 1);
    TestDatabases.execute(
        ds,
        "insert into custodian_coop (id, name, short_code, jurisdiction, currency,"
            + " default_language, languages, theme, contact_email, contact_address, created_at,"
            + " updated_at) values (2, 'Sheffield', 'UK', 'GB', 'GBP', 'en', 'en', 'default',"
            + " 'y@example.org', 'Street 1', current_timestamp, current_timestamp)");
    member(ds, 1, 1, "CONSUMER", "ACTIVE");
    member(ds, 2, 1, "CONSUMER", "ACTIVE");
    member(ds, 3, 1, "PRODUCER", "ACTIVE");
    member(ds, 4, 1, "INDIVIDUAL", "LAPSED");
    member(ds, 5, 1, "INDIVIDUAL", "LEFT");
    member(ds, 6, 2, "INDIVIDUAL", "ACTIVE");
    application(ds, 1, 1, "PENDING");
    application(ds, 2, 1, "PENDING");
    application(ds, 3, 1, "APPROVED");
    application(ds, 4, 2, "PENDING");
    return ds;
  }

  private static void member(DataSource ds, long id, long custodian, String cls, String status) {
    TestDatabases.execute(
        ds,
        String.format(
            "insert into membership_member (id, custodian_id, number_seq, member_number,"
                + " member_class, kind, display_name, sort_name, country, email, language, status,"
                + " joined_on) values (%d, %d, %d, 'M-%d', '%s', 'PERSON', 'Member %d',"
                + " 'member %d', 'ES', 'm%d@example.org', 'ca', '%s', date '2025-01-01')",
            id, custodian, id, id, cls, id, id, id, status));
  }

  private static void application(DataSource ds, long id, long custodian, String status) {
    TestDatabases.execute(
        ds,
        String.format(
            "insert into membership_application (id, custodian_id, member_class, kind,"
                + " person_name, email, residence_country, language, terms_version,"
                + " terms_accepted_at, status, submitted_at) values (%d, %d, 'CONSUMER', 'PERSON',"
                + " 'Applicant %d', 'a%d@example.org', 'ES', 'ca', 'v1', current_timestamp, '%s',"
                + " current_timestamp)",
            id, custodian, id, id, status));
  }
}
