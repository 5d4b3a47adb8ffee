package coop.spokes.identity.infra;

import static org.assertj.core.api.Assertions.assertThat;

import coop.spokes.identity.model.RoleGrant;
import coop.spokes.platform.security.Grant;
import coop.spokes.platform.security.Role;
import coop.spokes.platform.security.Scope;
import coop.spokes.testing.TestDatabases;
import coop.spokes.testing.TestDatabases.Kind;
import jakarta.persistence.EntityManagerFactory;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The read every signed-in request makes ({@code CurrentCaller}): an account and its grants in one
 * query, whatever the address's case, the account with no grant included, an unknown address
 * nothing.
 */
class AccountRepositoryPersistenceTest {
  static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 7, 10, 0, 0, 0, ZoneOffset.UTC);

  @ParameterizedTest
  @EnumSource(Kind.class)
  void anAccountIsReadWithItsGrantsInOneQueryOn(Kind kind) {
    DataSource ds = TestDatabases.fresh(kind);
    TestDatabases.insertAccount(ds, 1);
    TestDatabases.insertAccount(ds, 2);
    TestDatabases.insertAccount(ds, 3);
    EntityManagerFactory emf = TestDatabases.entityManagers(ds);
    TestDatabases.inTransaction(
        emf,
        em -> {
          em.persist(new RoleGrant(1, Grant.of(Role.MEMBER, Scope.member(7)), null, NOW));
          em.persist(new RoleGrant(1, Grant.of(Role.CHAIR, Scope.assembly(3)), null, NOW));
          em.persist(new RoleGrant(1, Grant.of(Role.CHAIR, Scope.assembly(2)), null, NOW));
          em.persist(new RoleGrant(3, Grant.admin(), null, NOW));
          return null;
        });

    var em = emf.createEntityManager();
    try {
      AccountRepository accounts = new AccountRepository(em);
      var first = accounts.findWithGrants(" A1@Example.org ").orElseThrow();
      assertThat(first.account().getId()).isEqualTo(1);
      assertThat(first.grants())
          .extracting(RoleGrant::toGrant)
          .containsExactlyElementsOf(accounts.grantsOf(1).stream().map(RoleGrant::toGrant).toList())
          .containsExactly(
              Grant.of(Role.CHAIR, Scope.assembly(2)),
              Grant.of(Role.CHAIR, Scope.assembly(3)),
              Grant.of(Role.MEMBER, Scope.member(7)));

      var none = accounts.findWithGrants("a2@example.org").orElseThrow();
      assertThat(none.account().getId()).isEqualTo(2);
      assertThat(none.grants()).isEmpty();

      assertThat(accounts.findWithGrants("a3@example.org").orElseThrow().grants())
          .extracting(RoleGrant::toGrant)
          .containsExactly(Grant.admin());
      assertThat(accounts.findWithGrants("nobody@example.org")).isEmpty();
    } finally {
      em.close();
      emf.close();
    }
  }
}
