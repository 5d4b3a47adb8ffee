package coop.spokes.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessTest {

  /** A hand-written caller: who is signed in and what they hold. */
  private record FixedCaller(Optional<Long> userId, Set<Grant> grants) implements Caller {}

  private static Access accessOf(long userId, Grant... grants) {
    return new Access(new FixedCaller(Optional.of(userId), Set.of(grants)));
  }

  private static Access visitor() {
    return new Access(new FixedCaller(Optional.empty(), Set.of()));
  }

  // --- role and scope ---------------------------------------------------------------------------

  @Test
  void managerOfCustodianOneIsAllowedToManageCustodianOne() {
    Access access = accessOf(10, Grant.of(Role.CUSTODIAN_MANAGER, Scope.custodian(1)));

    assertThatCode(() -> access.require(Role.CUSTODIAN_MANAGER, Scope.custodian(1)))
        .doesNotThrowAnyException();
    assertThat(access.hasAny(Grant.of(Role.CUSTODIAN_MANAGER, Scope.custodian(1)))).isTrue();
  }

  @Test
  void managerOfAnotherCustodianIsRefused() {
    Access access = accessOf(10, Grant.of(Role.CUSTODIAN_MANAGER, Scope.custodian(1)));

    assertThatThrownBy(() -> access.require(Role.CUSTODIAN_MANAGER, Scope.custodian(2)))
        .isInstanceOf(AccessDeniedException.class)
        .satisfies(e -> assertThat(e.getMessage()).isEqualTo("platform.accessDenied"));
  }

  @Test
  void aRecordOfAnotherCustodianNamedByIdIsRefusedAsIfItDidNotExist() {
    Access access = accessOf(10, Grant.of(Role.CUSTODIAN_MANAGER, Scope.custodian(1)));

    assertThatThrownBy(
            () -> access.requireToSee("member", 42L, Role.CUSTODIAN_MANAGER, Scope.custodian(2)))
        .isInstanceOf(coop.spokes.platform.NotFoundException.class)
        .hasMessage(new coop.spokes.platform.NotFoundException("member", 42L).getMessage());
    assertThatCode(
            () -> access.requireToSee("member", 42L, Role.CUSTODIAN_MANAGER, Scope.custodian(1)))
        .doesNotThrowAnyException();
    assertThatThrownBy(
            () -> visitor().requireAnyToSee("member", 42L, Grant.of(Role.MEMBER, Scope.member(42))))
        .isInstanceOf(coop.spokes.platform.NotFoundException.class);
  }

  @Test
  void managerOfAllCustodiansCoversAnyCustodian() {
    Access access =
        accessOf(10, Grant.of(Role.CUSTODIAN_MANAGER, Scope.allOf(ScopeType.CUSTODIAN)));

    assertThatCode(() -> access.require(Role.CUSTODIAN_MANAGER, Scope.custodian(1)))
        .doesNotThrowAnyException();
    assertThatCode(() -> access.require(Role.CUSTODIAN_MANAGER, Scope.custodian(987_654)))
        .doesNotThrowAnyException();
  }

  @Test
  void managerOfOneCustodianDoesNotCoverAllCustodians() {
    Access access = accessOf(10, Grant.of(Role.CUSTODIAN_MANAGER, Scope.custodian(1)));

    assertThatThrownBy(
            () -> access.require(Role.CUSTODIAN_MANAGER, Scope.allOf(ScopeType.CUSTODIAN)))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void treasurerOfACustodianIsNotItsManager() {
    Access access = accessOf(10, Grant.of(Role.TREASURER, Scope.custodian(1)));

    assertThatThrownBy(() -> access.require(Role.CUSTODIAN_MANAGER, Scope.custodian(1)))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void adminGrantIsGlobalAndSatisfiesAnAdminCheck() {
    Grant admin = Grant.admin();
    Access access = accessOf(1, admin);

    assertThat(admin.role()).isEqualTo(Role.ADMIN);
    assertThat(admin.scope()).isEqualTo(Scope.global());
    assertThatCode(() -> access.require(Role.ADMIN, Scope.global())).doesNotThrowAnyException();
    assertThatCode(() -> access.requireAny(Grant.admin())).doesNotThrowAnyException();
  }

  @Test
  void adminPassesAManagerCheckOnlyWhenTheCheckNamesAdminAsAnAlternative() {
    // Roles do not imply one another: services list Grant.admin() among the alternatives.
    Access access = accessOf(1, Grant.admin());
    Grant manager = Grant.of(Role.CUSTODIAN_MANAGER, Scope.custodian(1));

    assertThatThrownBy(() -> access.requireAny(manager)).isInstanceOf(AccessDeniedException.class);
    assertThatCode(() -> access.requireAny(manager, Grant.admin())).doesNotThrowAnyException();
  }

  @Test
  void adminCannotBeGrantedOverACustodian() {
    assertThatThrownBy(() -> Grant.of(Role.ADMIN, Scope.custodian(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("GLOBAL");
  }

  @Test
  void requireAnyPassesWhenOneAlternativeMatches() {
    Access access = accessOf(10, Grant.of(Role.TREASURER, Scope.custodian(3)));

    assertThatCode(
            () ->
                access.requireAny(
                    Grant.admin(),
                    Grant.of(Role.CUSTODIAN_MANAGER, Scope.custodian(3)),
                    Grant.of(Role.TREASURER, Scope.custodian(3))))
        .doesNotThrowAnyException();
  }

  @Test
  void requireAnyRefusesWhenNoAlternativeMatches() {
    Access access = accessOf(10, Grant.of(Role.TREASURER, Scope.custodian(3)));

    assertThatThrownBy(
            () -> access.requireAny(Grant.admin(), Grant.of(Role.TREASURER, Scope.custodian(4))))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void requireAnyWithoutAlternativesRefuses() {
    Access access = accessOf(10, Grant.admin());

    assertThatThrownBy(access::requireAny).isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void circleOneDoesNotCoverCustodianOne() {
    Scope circle = Scope.circle(1);

    assertThat(circle.covers(Scope.custodian(1))).isFalse();
    assertThat(Scope.allOf(ScopeType.CIRCLE).covers(Scope.custodian(1))).isFalse();
    assertThat(circle.covers(Scope.circle(1))).isTrue();
  }

  // --- signed in or visitor ---------------------------------------------------------------------

  @Test
  void visitorIsRefusedBySignedInChecks() {
    Access access = visitor();

    assertThatThrownBy(access::requireSignedIn).isInstanceOf(AccessDeniedException.class);
    assertThatThrownBy(access::requireUserId).isInstanceOf(AccessDeniedException.class);
    assertThat(access.isSignedIn()).isFalse();
    assertThat(access.userId()).isEmpty();
  }

  @Test
  void visitorIsRefusedByRoleChecks() {
    Access access = visitor();

    assertThatThrownBy(() -> access.requireAny(Grant.admin()))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void signedInUserWithoutGrantsPassesSignedInChecks() {
    Access access = accessOf(42);

    assertThatCode(access::requireSignedIn).doesNotThrowAnyException();
    assertThat(access.requireUserId()).isEqualTo(42L);
    assertThat(access.isSignedIn()).isTrue();
  }

  @Test
  void publicAndInternalDeclarationsLetAVisitorThrough() {
    Access access = visitor();

    assertThatCode(
            () -> {
              access.permitPublic();
              access.permitInternal();
            })
        .doesNotThrowAnyException();
  }

  // --- menus ------------------------------------------------------------------------------------

  @Test
  void holdsRoleAndGrantsOfListOnlyThatRole() {
    Grant managerOfOne = Grant.of(Role.CUSTODIAN_MANAGER, Scope.custodian(1));
    Grant managerOfTwo = Grant.of(Role.CUSTODIAN_MANAGER, Scope.custodian(2));
    Access access = accessOf(10, managerOfOne, managerOfTwo, Grant.of(Role.OPS, Scope.circle(5)));

    assertThat(access.holdsRole(Role.CUSTODIAN_MANAGER)).isTrue();
    assertThat(access.holdsRole(Role.TREASURER)).isFalse();
    assertThat(access.grantsOf(Role.CUSTODIAN_MANAGER))
        .containsExactlyInAnyOrder(managerOfOne, managerOfTwo);
  }

  // --- Grant and Scope --------------------------------------------------------------------------

  @Test
  void grantRefusesAScopeOfTheWrongType() {
    assertThatThrownBy(() -> Grant.of(Role.CUSTODIAN_MANAGER, Scope.circle(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CUSTODIAN_MANAGER")
        .hasMessageContaining("CUSTODIAN");
    assertThatThrownBy(() -> Grant.of(Role.OPS, Scope.custodian(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Grant.of(Role.MEMBER, Scope.global()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void everyRoleCanBeGrantedOverItsOwnScopeType() {
    for (Role role : Role.values()) {
      Grant grant = Grant.of(role, Scope.allOf(role.scopeType()));

      assertThat(grant.scope().type()).isEqualTo(role.scopeType());
    }
  }

  @Test
  void grantRefusesMissingRoleOrScope() {
    assertThatThrownBy(() -> Grant.of(null, Scope.global()))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Grant.of(Role.ADMIN, null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void globalScopeRefusesAnId() {
    assertThatThrownBy(() -> new Scope(ScopeType.GLOBAL, 1L))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("global");
  }

  @Test
  void globalScopeHasNoIdAndCoversAllOfItsType() {
    Scope global = Scope.global();

    assertThat(global.id()).isNull();
    assertThat(global.isAll()).isTrue();
    assertThat(global.covers(Scope.global())).isTrue();
  }

  @Test
  void scopeRefusesAMissingType() {
    assertThatThrownBy(() -> new Scope(null, 1L)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void singleRecordScopeIsNotAll() {
    assertThat(Scope.member(7).isAll()).isFalse();
    assertThat(Scope.assembly(7).id()).isEqualTo(7L);
  }
}
